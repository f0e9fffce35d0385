import { GraphClient } from "../../../src/graph";
import { startGraphSimServer } from "../../../scripts/graph-sim-server";
import type { GraphSimServer } from "../../../scripts/graph-sim-server";

// Loopback only: the server listens on 127.0.0.1 and an OS-chosen port, so no network is involved.
describe("graph simulator over HTTP", () => {
  let server: GraphSimServer;
  beforeAll(async () => {
    server = await startGraphSimServer({ port: 0, seed: { driveFiles: { "doc.json": '{"a":1}' } } });
  });
  afterAll(() => server.close());

  test("the Graph client works against it exactly as in-process", async () => {
    const client = new GraphClient({ fetch, getToken: async () => "t", baseUrl: server.baseUrl });
    const created = await client.request<{ id: string }>({
      method: "POST",
      path: "/me/events",
      scopes: [],
      body: {
        subject: "Appointment",
        start: { dateTime: "2026-12-01T10:00:00", timeZone: "UTC" },
        end: { dateTime: "2026-12-01T11:00:00", timeZone: "UTC" },
      },
    });
    expect(created.status).toBe(201);
    const file = await client.request<string>({
      method: "GET",
      path: "/me/drive/special/approot:/doc.json:/content",
      scopes: [],
      responseType: "text",
    });
    expect(file.body).toBe('{"a":1}');
    expect(server.simulator().state.events.has(created.body.id)).toBe(true);
  });

  test("a CORS preflight is answered with the headers Graph calls need", async () => {
    const res = await fetch(`${server.baseUrl}/me/events`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://localhost:3000",
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "authorization,if-match",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
    expect(res.headers.get("access-control-allow-headers")).toContain("If-Match");
    expect(res.headers.get("access-control-expose-headers")).toContain("request-id");
  });

  test("faults can be injected through the control endpoint", async () => {
    await fetch(server.baseUrl.replace("/v1.0", "/_sim/faults"), {
      method: "POST",
      body: JSON.stringify({ failNext: { status: 429, count: 1, retryAfterSeconds: 2 } }),
    });
    const res = await fetch(`${server.baseUrl}/me`, { headers: { Authorization: "Bearer t" } });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("2");
  });
});
