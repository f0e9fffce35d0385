// `npm run package:teams`: zips the Teams app package (manifest.json, color.png, outline.png, flat at the
// zip root, as Teams requires) into dist/graceful-leave-teams.zip, with URLs rewritten to ADDIN_BASE_URL
// (the dev origin when unset) and the Entra client ID from GL_CLIENT_ID in place of the placeholder.
import JSZip from "jszip";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";

interface OriginModule {
  readonly DEV_ORIGIN: string;
  productionOrigin(env?: Record<string, string | undefined>): string;
  rewriteOrigin(text: string, origin: string): string;
}

// scripts/origin.js is CommonJS without type declarations (webpack.config.js shares it).
const { productionOrigin, rewriteOrigin } = createRequire(__filename)("./origin.js") as OriginModule;

const root = join(__dirname, "..");
export const packageFiles = ["manifest.json", "color.png", "outline.png"] as const;
export const placeholderClientId = "00000000-0000-0000-0000-000000000000";
export const zipPath = join(root, "dist", "graceful-leave-teams.zip");

const guid = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/** The manifest text as it goes into the zip. */
export function packagedManifest(origin: string, clientId?: string): string {
  let text = rewriteOrigin(readFileSync(join(root, "appPackage", "manifest.json"), "utf8"), origin);
  if (clientId) {
    if (!guid.test(clientId))
      throw new Error(`GL_CLIENT_ID must be a GUID (the Entra application ID): got ${clientId}`);
    text = text.split(placeholderClientId).join(clientId);
  }
  return text;
}

/** Builds the zip in memory so tests can inspect exactly what the script writes. */
export async function buildTeamsPackage(origin: string, clientId?: string): Promise<Buffer> {
  const zip = new JSZip();
  // A fixed timestamp makes the same inputs give the same zip, so a rebuilt package diffs clean.
  const date = new Date(Date.UTC(2020, 0, 1));
  zip.file("manifest.json", packagedManifest(origin, clientId), { date });
  zip.file("color.png", readFileSync(join(root, "appPackage", "color.png")), { date });
  zip.file("outline.png", readFileSync(join(root, "appPackage", "outline.png")), { date });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  const origin = productionOrigin(process.env);
  const clientId = process.env.GL_CLIENT_ID?.trim() || undefined;
  const zip = await buildTeamsPackage(origin, clientId);
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zip);
  console.log(`${relative(root, zipPath)}: ${packageFiles.join(", ")} for ${origin}, ${zip.length} bytes`);
  if (!clientId)
    console.log(
      `webApplicationInfo.id is the placeholder ${placeholderClientId}; set GL_CLIENT_ID to your app's client ID.`,
    );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
