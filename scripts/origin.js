// The one place that knows the development origin and how a production origin replaces it.
// Plain CommonJS so webpack.config.js and the tsx scripts can both load it.
const DEV_ORIGIN = "https://localhost:3000";

/** The origin the production artefacts point at: ADDIN_BASE_URL without a trailing slash. */
function productionOrigin(env = process.env) {
  const raw = (env.ADDIN_BASE_URL || "").trim();
  if (!raw) return DEV_ORIGIN;
  const url = new URL(raw);
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL must be https (Office and Teams load add-ins over https only): got ${raw}`);
  }
  return url.origin + url.pathname.replace(/\/+$/, "");
}

/** Rewrites every occurrence of the dev origin (and its bare host, for validDomains/AppDomains). */
function rewriteOrigin(text, origin) {
  const host = new URL(origin).host;
  return text.split(DEV_ORIGIN).join(origin).split("localhost:3000").join(host);
}

module.exports = { DEV_ORIGIN, productionOrigin, rewriteOrigin };
