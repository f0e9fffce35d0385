export default "file-stub";
