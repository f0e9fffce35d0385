import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildTeamsPackage,
  packageFiles,
  packagedManifest,
  placeholderClientId,
} from "../../scripts/package-teams";
import { decodePng } from "./decodePng";
import { DEV_ORIGIN } from "./origin";
import { pngSize } from "./pngSize";
import { repoRoot } from "./repoPaths";
import { teamsManifestErrors } from "./teamsSchema";

interface StaticTab {
  readonly entityId: string;
  readonly name?: string;
  readonly contentUrl?: string;
  readonly websiteUrl?: string;
  readonly scopes: readonly string[];
}

interface TeamsManifest {
  readonly $schema: string;
  readonly manifestVersion: string;
  readonly id: string;
  readonly developer: Record<string, string>;
  readonly icons: { readonly color: string; readonly outline: string };
  readonly staticTabs: readonly StaticTab[];
  readonly validDomains: readonly string[];
  readonly webApplicationInfo: { readonly id: string; readonly resource: string };
}

const manifestText = readFileSync(join(repoRoot, "appPackage", "manifest.json"), "utf8");
const manifest = JSON.parse(manifestText) as TeamsManifest;
const exampleProductionOrigin = "https://graceful-leave.contoso.example";
const exampleClientId = "3f2c5a1e-8b7d-4c6e-9a0f-1e2d3c4b5a69";

/** Every https URL in a manifest, found by walking its values. */
function urlsIn(value: unknown): string[] {
  if (typeof value === "string") return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(urlsIn);
  return [];
}

function tabHostsOutsideValidDomains(m: TeamsManifest): string[] {
  return m.staticTabs
    .flatMap((tab) => [tab.contentUrl, tab.websiteUrl])
    .filter((url): url is string => url !== undefined)
    .map((url) => new URL(url).host)
    .filter((host) => !m.validDomains.includes(host));
}

async function unzip(zip: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(zip);
}

describe("appPackage/manifest.json", () => {
  it("validates offline against the schema @microsoft/app-manifest ships for its manifestVersion", () => {
    expect(teamsManifestErrors(manifest)).toEqual([]);
  });

  it("uses manifest schema 1.24 or later, and its $schema names the same version", () => {
    const [major = 0, minor = 0] = manifest.manifestVersion.split(".").map(Number);
    expect(major * 1000 + minor).toBeGreaterThanOrEqual(1024);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it("is rejected by the same validator when a required field is broken", () => {
    const broken = { ...manifest, accentColor: "teal", developer: { name: "Graceful Leave" } };
    const errors = teamsManifestErrors(broken).join("\n");
    expect(errors).toContain("/accentColor");
    expect(errors).toContain("privacyUrl");
  });

  it("has a personal static tab that loads tab.html from the dev origin", () => {
    const personal = manifest.staticTabs.filter((tab) => tab.scopes.includes("personal") && tab.contentUrl);
    expect(personal.map((tab) => tab.contentUrl)).toEqual([`${DEV_ORIGIN}/tab.html`]);
  });

  it("names its tabs neutrally, since the Teams app bar shows on screen shares", () => {
    const names = manifest.staticTabs.map((tab) => tab.name ?? "");
    expect(names.filter((name) => /interview/i.test(name))).toEqual([]);
  });

  it("lists every tab URL's host in validDomains", () => {
    expect(tabHostsOutsideValidDomains(manifest)).toEqual([]);
  });

  it("keeps every URL but its $schema on the dev origin", () => {
    const { $schema: _schema, ...rest } = manifest;
    expect(urlsIn(rest).filter((url) => !url.startsWith(`${DEV_ORIGIN}/`))).toEqual([]);
  });

  it("carries the documented placeholder client ID, and the resource built from it", () => {
    expect(manifest.webApplicationInfo).toEqual({
      id: placeholderClientId,
      resource: `api://${new URL(DEV_ORIGIN).host}/${placeholderClientId}`,
    });
  });
});

describe("the Teams icons", () => {
  it.each([
    ["color", manifest.icons.color, 192],
    ["outline", manifest.icons.outline, 32],
  ])("the %s icon (%s) is %ipx square", (_kind, file, size) => {
    expect(pngSize(readFileSync(join(repoRoot, "appPackage", file)))).toEqual({ width: size, height: size });
  });

  it("the outline icon is white on transparent, with both kinds of pixel present", () => {
    const { pixels } = decodePng(readFileSync(join(repoRoot, "appPackage", manifest.icons.outline)));
    let transparent = 0;
    let opaqueWhite = 0;
    const offWhite: number[] = [];
    for (let i = 0; i < pixels.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = pixels.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (Math.min(r, g, b) < 250) offWhite.push(i / 4);
      else if (a === 255) opaqueWhite++;
    }
    expect(offWhite).toEqual([]);
    expect(transparent).toBeGreaterThan(0);
    expect(opaqueWhite).toBeGreaterThan(0);
  });
});

describe("npm run package:teams", () => {
  it("zips exactly the three files, flat at the root", async () => {
    const zip = await unzip(await buildTeamsPackage(DEV_ORIGIN));
    expect(Object.keys(zip.files).sort()).toEqual([...packageFiles].sort());
  });

  it("zips a manifest that still validates and icons of the right sizes", async () => {
    const zip = await unzip(await buildTeamsPackage(DEV_ORIGIN));
    const zipped = JSON.parse((await zip.file("manifest.json")?.async("string")) ?? "{}") as TeamsManifest;
    expect(teamsManifestErrors(zipped)).toEqual([]);
    const color = await zip.file(zipped.icons.color)?.async("uint8array");
    const outline = await zip.file(zipped.icons.outline)?.async("uint8array");
    expect(color && pngSize(color)).toEqual({ width: 192, height: 192 });
    expect(outline && pngSize(outline)).toEqual({ width: 32, height: 32 });
  });

  it("rewrites the manifest to the production origin and client ID, leaving no localhost", async () => {
    const zip = await unzip(await buildTeamsPackage(exampleProductionOrigin, exampleClientId));
    const text = (await zip.file("manifest.json")?.async("string")) ?? "";
    const zipped = JSON.parse(text) as TeamsManifest;
    expect(text).not.toMatch(/localhost/i);
    expect(text).not.toContain(placeholderClientId);
    expect(teamsManifestErrors(zipped)).toEqual([]);
    expect(tabHostsOutsideValidDomains(zipped)).toEqual([]);
    expect(zipped.validDomains).toEqual([new URL(exampleProductionOrigin).host]);
    expect(zipped.webApplicationInfo.resource).toBe(
      `api://${new URL(exampleProductionOrigin).host}/${exampleClientId}`,
    );
  });

  it("refuses a client ID that is not a GUID", () => {
    expect(() => packagedManifest(DEV_ORIGIN, "my-app")).toThrow(/GUID/);
  });
});
