// Stands in for office-addin-manifest, which office-addin-mock imports only for its OfficeApp host
// names; the real package pulls in network tooling that Jest 30 on Node 20 cannot load.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
export default { OfficeApp };
