// The one place that knows the development origin and how a production origin replaces it.
// Plain CommonJS so webpack.config.js and the tsx scripts can both load it.
const DEV_ORIGIN = "https://localhost:3000";

/** The origin the production artefacts point at: ADDIN_BASE_URL without a trailing slash. */
function productionOrigin(env = process.env) {
  const raw = (env.ADDIN_BASE_URL || "").trim();
  if (!raw) return DEV_ORIGIN;
  const url = new URL(raw);
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_BASE_URL must be https (Office and Teams load add-ins over https only): got ${raw}`,
    );
  }
  return url.origin + url.pathname.replace(/\/+$/, "");
}

/**
 * Rewrites every dev URL to the production base. A bare origin (AppDomains) stays a bare origin even
 * when the base has a path, and a bare host (Teams validDomains) becomes the production host.
 */
function rewriteOrigin(text, origin) {
  const url = new URL(origin);
  return text
    .split(`${DEV_ORIGIN}/`)
    .join(`${origin}/`)
    .split(DEV_ORIGIN)
    .join(url.origin)
    .split("localhost:3000")
    .join(url.host);
}

module.exports = { DEV_ORIGIN, productionOrigin, rewriteOrigin };
