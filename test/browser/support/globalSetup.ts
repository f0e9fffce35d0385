import { mkdirSync } from "node:fs";
import { join } from "node:path";
import webpack from "webpack";
import { chromiumPath } from "./chromiumPath";

export const BUNDLE_DIR = join(__dirname, "../../../.cache/browser-dist");

/** Builds the pages once for all browser tests (development mode, no source maps: faster). */
export default async function globalSetup(): Promise<void> {
  if (!chromiumPath()) {
    console.warn(
      "\nBrowser tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).\n",
    );
    return;
  }
  mkdirSync(BUNDLE_DIR, { recursive: true });
  process.env.GL_OUT_DIR = BUNDLE_DIR;
  process.env.GL_NO_OPEN = "1";
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  const makeConfig = require("../../../webpack.config.js") as (
    env: unknown,
    argv: { mode: string },
  ) => webpack.Configuration;
  const config = { ...makeConfig({}, { mode: "development" }), devtool: false as const };
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
  console.log(`\nBuilt the pages for browser tests in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
