import { createGraphSimulator } from "../../../src/graph/simulator";
import { FIXED_NOW, rawCall } from "../../support/graphHarness";

type Json = Record<string, unknown>;
const FILE = "/me/drive/special/approot:/graceful-leave.json:/content";
const newSim = () => createGraphSimulator({ now: () => FIXED_NOW });

async function put(
  sim: ReturnType<typeof newSim>,
  text: string,
  headers: Record<string, string> = {},
  query: Record<string, string> = {},
) {
  return rawCall(sim, "PUT", FILE, {
    body: text,
    headers: { "Content-Type": "application/json", ...headers },
    query,
  });
}

describe("simulator: OneDrive app folder", () => {
  test("approot is a folder with the approot special-folder facet", async () => {
    const res = await rawCall(newSim(), "GET", "/me/drive/special/approot");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ folder: {}, specialFolder: { name: "approot" } });
  });

  test("a new file answers 201, a replacement 200, and both tags change on every write", async () => {
    const sim = newSim();
    const first = await put(sim, '{"v":1}');
    const second = await put(sim, '{"v":2}');
    expect([first.status, second.status]).toEqual([201, 200]);
    const a = first.body as Json;
    const b = second.body as Json;
    expect(a.eTag).toMatch(/^"\{[0-9A-F-]+\},\d+"$/);
    expect(a.cTag).toMatch(/^"c:\{[0-9A-F-]+\},\d+"$/);
    expect(b.eTag).not.toBe(a.eTag);
    expect(b.cTag).not.toBe(a.cTag);
    expect(b.id).toBe(a.id);
  });

  test.each([
    ["the current eTag", (f: Json) => String(f.eTag), 200],
    ["the current cTag", (f: Json) => String(f.cTag), 200],
    ["a stale eTag", () => '"{00000000-0000-0000-0000-000000000000},1"', 412],
  ])("If-Match with %s answers %i", async (_name, tag, status) => {
    const sim = newSim();
    const file = (await put(sim, '{"v":1}')).body as Json;
    const res = await put(sim, '{"v":2}', { "If-Match": tag(file) });
    expect(res.status).toBe(status);
    if (status === 412) {
      expect((res.body as { error: Json }).error.code).toBe("resourceModified");
      expect(sim.state.readFileText("graceful-leave.json")).toBe('{"v":1}');
    }
  });

  test("If-None-Match: * creates a missing file but will not overwrite one", async () => {
    const sim = newSim();
    expect((await put(sim, '{"v":1}', { "If-None-Match": "*" })).status).toBe(201);
    expect((await put(sim, '{"v":2}', { "If-None-Match": "*" })).status).toBe(412);
    expect(sim.state.readFileText("graceful-leave.json")).toBe('{"v":1}');
  });

  test("conflictBehavior=fail on an existing name is a 409 nameAlreadyExists", async () => {
    const sim = newSim();
    await put(sim, "{}");
    const res = await put(sim, "{}", {}, { "@microsoft.graph.conflictBehavior": "fail" });
    expect(res.status).toBe(409);
    expect((res.body as { error: Json }).error.code).toBe("nameAlreadyExists");
  });

  test("GET content follows the 302 to the download URL and returns the bytes as stored, even when they are not JSON", async () => {
    const sim = newSim();
    await put(sim, '{"truncated": ');
    const res = await rawCall(sim, "GET", FILE);
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"truncated": ');
  });

  test("GET content with redirect: manual shows the 302 and its Location", async () => {
    const sim = newSim();
    await put(sim, "{}");
    const res = await sim.fetch(`https://graph.microsoft.com/v1.0${FILE}`, {
      headers: { Authorization: "Bearer t" },
      redirect: "manual",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(/^https:\/\/graph\.microsoft\.com\/_sim\/download\//);
  });

  test("If-None-Match with the current tag answers 304", async () => {
    const sim = newSim();
    const file = (await put(sim, "{}")).body as Json;
    const res = await rawCall(sim, "GET", FILE, { headers: { "If-None-Match": String(file.eTag) } });
    expect(res.status).toBe(304);
  });

  test("a missing file is a 404 itemNotFound", async () => {
    const res = await rawCall(newSim(), "GET", FILE);
    expect(res.status).toBe(404);
    expect((res.body as { error: Json }).error.code).toBe("itemNotFound");
  });

  test("seeded files are served as written", async () => {
    const sim = createGraphSimulator({
      seed: { driveFiles: { "graceful-leave.json": '{"schemaVersion":1}' } },
    });
    expect((await rawCall(sim, "GET", FILE)).text).toBe('{"schemaVersion":1}');
  });
});
