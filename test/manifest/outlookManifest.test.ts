/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { commandFunctions, launchEventFunctions, servedPaths } from "./hostContract";
import { manifestProblems, manifestUrls, parseManifest } from "./manifestRules";
import { DEV_ORIGIN, rewriteOrigin } from "./origin";
import { pngSize } from "./pngSize";
import { missingSchemasMessage, repoRoot, schemaDir, schemasAvailable } from "./repoPaths";
import { validateManifestXml } from "./validateManifestXml";

const manifestXml = readFileSync(join(repoRoot, "manifest.xml"), "utf8");
const brokenXml = readFileSync(join(repoRoot, "test/fixtures/manifest/broken-manifest.xml"), "utf8");
const exampleProductionOrigin = "https://graceful-leave.contoso.example";
const devExpectations = { origin: DEV_ORIGIN, servedPaths, commandFunctions, launchEventFunctions };

/** Undoes exactly the two defects planted in the broken fixture (see its header comment). */
function repairBroken(xml: string): string {
  return xml
    .replace(
      "<ProviderName>Graceful Leave</ProviderName>\n  <Version>1.0.0.0</Version>",
      "<Version>1.0.0.0</Version>\n  <ProviderName>Graceful Leave</ProviderName>",
    )
    .replace('Type="OnAppointmentSending"', 'Type="OnAppointmentSend"');
}

if (!schemasAvailable) console.warn(missingSchemasMessage);
const describeWithSchemas = schemasAvailable ? describe : describe.skip;

describeWithSchemas(schemasAvailable ? "manifest.xml against the Office XSDs" : missingSchemasMessage, () => {
  it("validates manifest.xml against OfficeAppManifestV1_1.xsd", async () => {
    const verdict = await validateManifestXml(manifestXml, schemaDir);
    expect(verdict.errors).toEqual([]);
    expect(verdict.valid).toBe(true);
  });

  it("rejects the broken copy because <Version> is out of order", async () => {
    const verdict = await validateManifestXml(brokenXml, schemaDir);
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.join("\n")).toMatch(/ProviderName.*not expected.*Version/);
  });

  it("accepts the broken copy once its planted defects are repaired", async () => {
    const verdict = await validateManifestXml(repairBroken(brokenXml), schemaDir);
    expect(verdict.errors).toEqual([]);
  });

  it("still validates after the production build rewrites the origin", async () => {
    const verdict = await validateManifestXml(rewriteOrigin(manifestXml, exampleProductionOrigin), schemaDir);
    expect(verdict.errors).toEqual([]);
  });
});

describe("manifest.xml beyond the schema", () => {
  it("has no problems: documented events, defined resids, dev-origin URLs, registered functions", () => {
    expect(manifestProblems(manifestXml, devExpectations)).toEqual([]);
  });

  it("rejects the broken copy for its undocumented LaunchEvent type, and for nothing else", () => {
    expect(manifestProblems(brokenXml, devExpectations)).toEqual([
      'LaunchEvent Type "OnAppointmentSending" is not a documented Outlook event',
    ]);
  });

  it("accepts the broken copy once its planted defects are repaired", () => {
    expect(manifestProblems(repairBroken(brokenXml), devExpectations)).toEqual([]);
  });

  it("declares both event handlers and the PromptUser send mode", () => {
    const events = Array.from(parseManifest(manifestXml).getElementsByTagName("LaunchEvent")).map((el) => [
      el.getAttribute("Type"),
      el.getAttribute("FunctionName"),
      el.getAttribute("SendMode"),
    ]);
    expect(events).toEqual([
      ["OnNewAppointmentOrganizer", "onNewAppointmentOrganizerHandler", null],
      ["OnAppointmentSend", "onAppointmentSendHandler", "PromptUser"],
    ]);
  });

  it.each([
    ["MessageReadCommandSurface"],
    ["AppointmentAttendeeCommandSurface"],
    ["AppointmentOrganizerCommandSurface"],
  ])("puts the pane button and Keep it private on %s in both VersionOverrides blocks", (surface) => {
    const points = Array.from(parseManifest(manifestXml).getElementsByTagName("ExtensionPoint")).filter(
      (el) => el.getAttribute("xsi:type") === surface,
    );
    expect(points).toHaveLength(2);
    for (const point of points) {
      const actions = Array.from(point.getElementsByTagName("Action")).map((el) =>
        el.getAttribute("xsi:type"),
      );
      expect(actions).toEqual(["ShowTaskpane", "ExecuteFunction"]);
    }
  });

  it("keeps every ribbon label and tooltip free of the word interview, since ribbons show on screen shares", () => {
    const strings = Array.from(parseManifest(manifestXml).getElementsByTagName("bt:String")).map(
      (el) => el.getAttribute("DefaultValue") ?? "",
    );
    expect(strings.length).toBeGreaterThan(0);
    expect(strings.filter((text) => /interview/i.test(text))).toEqual([]);
  });

  it("finds a URL that leaves the origin, a missing resid and an unregistered function", () => {
    const tampered = manifestXml
      .replace("https://localhost:3000/support.html", "https://elsewhere.example/support.html")
      .replace('<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Command.Url"/>')
      .replace("<FunctionName>keepItPrivate</FunctionName>", "<FunctionName>keepPrivate</FunctionName>");
    const problems = manifestProblems(tampered, devExpectations).join("\n");
    expect(problems).toContain("https://elsewhere.example/support.html is not on https://localhost:3000");
    expect(problems).toContain('resid "Command.Url" on <FunctionFile> is not defined');
    expect(problems).toContain('ExecuteFunction "keepPrivate" is not registered');
  });
});

describe("the production rewrite of manifest.xml", () => {
  const rewritten = rewriteOrigin(manifestXml, exampleProductionOrigin);

  it("leaves no localhost anywhere", () => {
    expect(rewritten).not.toMatch(/localhost/i);
  });

  it("points every URL and the AppDomain at the production origin", () => {
    expect(manifestProblems(rewritten, { ...devExpectations, origin: exampleProductionOrigin })).toEqual([]);
  });
});

describe("the icons manifest.xml points at", () => {
  const icons = manifestUrls(parseManifest(manifestXml))
    .map(({ url }) => new URL(url).pathname)
    .filter((path) => path.endsWith(".png"));

  it.each([...new Set(icons)])("%s exists with the pixel size its name promises", (path) => {
    const declared = Number(/icon-(\d+)\.png$/.exec(path)?.[1]);
    expect(pngSize(readFileSync(join(repoRoot, path)))).toEqual({ width: declared, height: declared });
  });
});
