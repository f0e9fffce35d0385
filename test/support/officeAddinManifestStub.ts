// Stands in for office-addin-manifest, which office-addin-mock imports but never uses in tests.
export const OfficeApp = {};
export const OfficeAddinManifest = {};
export default {};
