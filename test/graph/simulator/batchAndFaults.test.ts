import { createGraphSimulator, seededRandom } from "../../../src/graph/simulator";
import { FIXED_NOW, eventAt, rawCall } from "../../support/graphHarness";

type Json = Record<string, unknown>;
type BatchBody = {
  responses: Array<{ id: string; status: number; headers: Record<string, string>; body: unknown }>;
};

describe("simulator: $batch", () => {
  test("each inner request keeps its own status and is matched by id", async () => {
    const sim = createGraphSimulator({ now: () => FIXED_NOW });
    const res = await rawCall(sim, "POST", "/$batch", {
      body: {
        requests: [
          { id: "a", method: "GET", url: "/me" },
          { id: "b", method: "GET", url: "/me/events/missing" },
          {
            id: "c",
            method: "POST",
            url: "/me/events",
            body: eventAt(2),
            headers: { "Content-Type": "application/json" },
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries((res.body as BatchBody).responses.map((r) => [r.id, r.status]));
    expect(byId).toEqual({ a: 200, b: 404, c: 201 });
  });

  test("more than 20 requests is a 400 for the whole batch", async () => {
    const sim = createGraphSimulator();
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET", url: "/me" }));
    expect((await rawCall(sim, "POST", "/$batch", { body: { requests } })).status).toBe(400);
  });

  test("a body without Content-Type is a 400", async () => {
    const sim = createGraphSimulator();
    const res = await rawCall(sim, "POST", "/$batch", {
      body: { requests: [{ id: "1", method: "POST", url: "/me/events", body: eventAt(1) }] },
    });
    expect(res.status).toBe(400);
  });

  test("a request whose dependency failed answers 424 and does not run", async () => {
    const sim = createGraphSimulator();
    const res = await rawCall(sim, "POST", "/$batch", {
      body: {
        requests: [
          { id: "1", method: "GET", url: "/me/events/missing" },
          { id: "2", method: "DELETE", url: "/me/events/missing", dependsOn: ["1"] },
        ],
      },
    });
    const second = (res.body as BatchBody).responses.find((r) => r.id === "2")!;
    expect(second.status).toBe(424);
  });

  test("a throttled inner request is a 429 with its own retry-after while the batch is 200", async () => {
    const sim = createGraphSimulator();
    sim.faults.failNextInBatch(429, 1, 9);
    const res = await rawCall(sim, "POST", "/$batch", {
      body: {
        requests: [
          { id: "1", method: "GET", url: "/me" },
          { id: "2", method: "GET", url: "/me" },
        ],
      },
    });
    expect(res.status).toBe(200);
    const first = (res.body as BatchBody).responses.find((r) => r.id === "1")!;
    expect(first.status).toBe(429);
    expect(first.headers["retry-after"]).toBe("9");
  });
});

describe("simulator: errors and headers", () => {
  test("every answer carries request-id and echoes client-request-id", async () => {
    const res = await rawCall(createGraphSimulator(), "GET", "/me", {
      headers: { "client-request-id": "abc-123" },
    });
    expect(res.headers["request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers["client-request-id"]).toBe("abc-123");
  });

  test("error bodies have code, message and innerError with the same request-id and a date", async () => {
    const sim = createGraphSimulator({ now: () => FIXED_NOW });
    const res = await rawCall(sim, "GET", "/me/events/missing");
    const error = (res.body as { error: { code: string; message: string; innerError: Json } }).error;
    expect(error.code).toBe("ErrorItemNotFound");
    expect(error.message).not.toBe("");
    expect(error.innerError).toEqual({
      "request-id": res.headers["request-id"],
      "client-request-id": res.headers["request-id"],
      date: "2026-11-25T09:00:00",
    });
  });

  test("a request without a token is a 401 InvalidAuthenticationToken naming the authorize endpoint", async () => {
    const res = await rawCall(createGraphSimulator(), "GET", "/me", { token: null });
    expect(res.status).toBe(401);
    expect((res.body as { error: Json }).error.code).toBe("InvalidAuthenticationToken");
    expect(res.headers["www-authenticate"]).toContain("authorization_uri=");
  });

  test("an unknown segment answers like Graph: 400 Resource not found for the segment", async () => {
    const sim = createGraphSimulator({ observed: false });
    const res = await rawCall(sim, "GET", "/me/calendarz");
    expect(res.status).toBe(400);
    expect((res.body as { error: Json }).error.message).toBe(
      "Resource not found for the segment 'calendarz'.",
    );
  });

  test("an unsupported $filter is refused loudly rather than ignored", async () => {
    const res = await rawCall(createGraphSimulator(), "GET", "/me/events", {
      query: { $filter: "importance eq 'high'" },
    });
    expect(res.status).toBe(501);
  });
});

describe("simulator: faults", () => {
  test("failNext answers the given status the given number of times, then recovers", async () => {
    const sim = createGraphSimulator();
    sim.faults.failNext(503, 2, 3);
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await rawCall(sim, "GET", "/me")).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  test("a drop before the write leaves the mailbox unchanged", async () => {
    const sim = createGraphSimulator();
    sim.faults.dropNext(1, "before");
    await expect(rawCall(sim, "POST", "/me/events", { body: eventAt(1) })).rejects.toThrow(
      new TypeError("Failed to fetch"),
    );
    expect(sim.state.events.size).toBe(0);
  });

  test("a drop after the write leaves the write applied", async () => {
    const sim = createGraphSimulator();
    sim.faults.dropNext(1, "after");
    await expect(rawCall(sim, "POST", "/me/events", { body: eventAt(1) })).rejects.toThrow(TypeError);
    expect(sim.state.events.size).toBe(1);
  });

  test("random faults follow the seed: the same seed gives the same sequence", async () => {
    async function run(seed: number): Promise<string[]> {
      const sim = createGraphSimulator({ random: seededRandom(seed) });
      sim.faults.set({ p429: 0.2, p503: 0.2, pDrop: 0.1 });
      const out: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        out.push(
          await rawCall(sim, "GET", "/me").then(
            (r) => String(r.status),
            () => "drop",
          ),
        );
      }
      return out;
    }
    const a = await run(7);
    expect(await run(7)).toEqual(a);
    expect(await run(8)).not.toEqual(a);
    expect(new Set(a)).toEqual(new Set(["200", "429", "503", "drop"]));
  });
});

describe("simulator: mailbox concurrency", () => {
  test("a fifth request in flight for the mailbox is throttled with 429 ApplicationThrottled", async () => {
    const sim = createGraphSimulator();
    const results = await Promise.all(Array.from({ length: 6 }, () => rawCall(sim, "GET", "/me")));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 429, 429]);
    const throttled = results.find((r) => r.status === 429)!;
    expect(throttled.headers["retry-after"]).toBe("1");
    expect((throttled.body as { error: Json }).error.message).toContain("MailboxConcurrency");
  });

  test("four at a time are all served", async () => {
    const sim = createGraphSimulator();
    const results = await Promise.all(Array.from({ length: 4 }, () => rawCall(sim, "GET", "/me")));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });
});

describe("simulator: /users/{id}", () => {
  test.each(["id", "userPrincipalName"] as const)(
    "the signed-in user's %s addresses the same mailbox as /me",
    async (key) => {
      const sim = createGraphSimulator();
      const res = await rawCall(sim, "GET", `/users/${sim.state.user[key]}/mailboxSettings`);
      expect(res.status).toBe(200);
      expect(res.body).toHaveProperty("workingHours");
    },
  );
});
