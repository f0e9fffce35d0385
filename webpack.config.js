// Builds the add-in pages (task pane, commands, event handlers), the Teams tab and the demo.
// The production build rewrites every dev URL in manifest.xml and the Teams manifest to ADDIN_BASE_URL.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const webpack = require("webpack");
const { DEV_ORIGIN, productionOrigin, rewriteOrigin } = require("./scripts/origin");

// Office requires add-ins to load office.js from Microsoft's CDN (store policy); pages that only run in a
// plain browser (demo, tab, static pages) do not load it at all.
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Dev certificates made by `npx office-addin-dev-certs install` (needs sudo, so it is optional here). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return null;
  return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
}

/**
 * One HTML page per entry; `office` pages load office.js first. Static pages (support, privacy...)
 * put the HTML fragment `content` in the same shell instead of a React root.
 */
function page(filename, chunks, title, { office = false, content = null } = {}) {
  return new HtmlWebpackPlugin({
    filename,
    chunks,
    title,
    template: "./src/hosts/page.html",
    templateParameters: {
      officeJs: office ? OFFICE_JS : "",
      title,
      content: content ? fs.readFileSync(path.join(__dirname, "src/hosts/pages", content), "utf8") : "",
    },
    scriptLoading: "defer",
  });
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  const origin = dev ? DEV_ORIGIN : productionOrigin();
  const outDir = process.env.GL_OUT_DIR
    ? path.resolve(process.env.GL_OUT_DIR)
    : path.resolve(__dirname, "dist");
  const certs = dev ? devCertificates() : null;
  if (dev && argv.env && argv.env.WEBPACK_SERVE && !certs) {
    console.log(
      "No dev certificates (~/.office-addin-dev-certs): serving http://localhost:3000 for the demo; Outlook and Teams need https (see README).",
    );
  }

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/hosts/outlook/taskpane.tsx",
      commands: "./src/hosts/outlook/commands.ts",
      // Event-based activation loads this one file on its own in classic Outlook: it must be
      // self-contained (no runtime chunk, no shared chunks), see optimization below.
      launchevent: "./src/hosts/outlook/launchevent.ts",
      tab: "./src/hosts/teams/tab.tsx",
      demo: "./src/hosts/demo/demo.tsx",
      redirect: "./src/hosts/redirect.ts",
    },
    output: {
      path: outDir,
      filename: "[name].js",
      clean: true,
      publicPath: "/",
    },
    target: ["web", "es2020"],
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        "process.env.GL_CLIENT_ID": JSON.stringify(process.env.GL_CLIENT_ID || ""),
        "process.env.GL_AUTHORITY": JSON.stringify(process.env.GL_AUTHORITY || ""),
        "process.env.GL_BUILD": JSON.stringify(dev ? "development" : "production"),
      }),
      page("taskpane.html", ["taskpane"], "Graceful Leave", { office: true }),
      page("commands.html", ["commands"], "Graceful Leave commands", { office: true }),
      page("launchevent.html", ["launchevent"], "Graceful Leave events", { office: true }),
      page("tab.html", ["tab"], "Graceful Leave"),
      page("index.html", ["demo"], "Graceful Leave — demo"),
      page("support.html", [], "Graceful Leave — support", { content: "support.html" }),
      page("privacy.html", [], "Graceful Leave — privacy", { content: "privacy.html" }),
      page("terms.html", [], "Graceful Leave — terms", { content: "terms.html" }),
      page("redirect.html", ["redirect"], "Graceful Leave — signing in", { content: "redirect.html" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (c) => rewriteOrigin(c.toString(), origin) },
          {
            from: "appPackage/*.{json,png}",
            to: "appPackage/[name][ext]",
            transform: (c, p) => (p.endsWith(".json") ? rewriteOrigin(c.toString(), origin) : c),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      server: certs ? { type: "https", options: certs } : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      historyApiFallback: false,
      open: process.env.CI || process.env.GL_NO_OPEN ? false : ["/"],
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
