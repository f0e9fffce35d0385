/**
 * What the host code promises the manifests (agreed with src/hosts and webpack.config.js): the pages
 * served at the origin root and the functions each runtime registers with Office.actions.associate.
 * A manifest naming anything else would load a 404 or click a button that silently does nothing.
 */
export const servedPaths: ReadonlySet<string> = new Set([
  "/taskpane.html",
  "/commands.html",
  "/launchevent.html",
  "/launchevent.js",
  "/tab.html",
  "/index.html",
  "/support.html",
  "/privacy.html",
  "/terms.html",
  "/redirect.html",
  "/assets/icon-16.png",
  "/assets/icon-32.png",
  "/assets/icon-64.png",
  "/assets/icon-80.png",
  "/assets/icon-128.png",
]);

/** Functions registered by the FunctionFile (commands.html): ExecuteFunction buttons. */
export const commandFunctions: ReadonlySet<string> = new Set(["keepItPrivate"]);

/** Functions registered by the event runtime (launchevent.html / launchevent.js): LaunchEvent handlers. */
export const launchEventFunctions: ReadonlySet<string> = new Set([
  "onNewAppointmentOrganizerHandler",
  "onAppointmentSendHandler",
]);
