import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumPath } from "./chromiumPath";

const BUNDLE_DIR = join(__dirname, "../../../.cache/browser-dist");
const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".png": "image/png",
  ".json": "application/json",
  ".xml": "application/xml",
};

export interface BrowserSession {
  browser: Browser;
  baseUrl: string;
  /** A fresh page; requests leaving loopback are aborted so no test depends on the internet. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Serves the built bundle on 127.0.0.1 and starts Debian's Chromium headless. */
export async function startBrowserSession(): Promise<BrowserSession> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium");
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    let file = join(BUNDLE_DIR, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(BUNDLE_DIR) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    baseUrl,
    async newPage() {
      // axe-core/playwright needs a page from an explicit context.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `describe` when Chromium is present, otherwise a skipped block (globalSetup already said why). */
export const describeInBrowser: jest.Describe = chromiumPath() ? describe : describe.skip;

/** Ids of the serious or critical accessibility violations axe finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}
