import { GraphClient, GraphError } from "../../../src/graph";
import { CAL, FIXED_NOW, eventAt, graphHarness } from "../../support/graphHarness";

const day = (offsetDays: number): string => new Date(FIXED_NOW + offsetDays * 86_400_000).toISOString();

async function seedEvents(h: ReturnType<typeof graphHarness>, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) h.sim.state.insertEvent(eventAt(i + 1, `Meeting ${i}`));
}

describe("GraphClient paging", () => {
  test.each([
    [0, 1],
    [7, 1],
    [10, 1],
    [11, 2],
    [25, 3],
  ])(
    "getAll over %i events follows nextLinks across %i page(s) and returns each event once",
    async (count, pages) => {
      const h = graphHarness();
      await seedEvents(h, count);
      const items = await h.client.getAll<{ id: string }>({
        method: "GET",
        path: "/me/calendarView",
        query: { startDateTime: day(0), endDateTime: day(30) },
        scopes: CAL,
      });
      expect(items).toHaveLength(count);
      expect(new Set(items.map((e) => e.id)).size).toBe(count);
      expect(h.sim.requests.filter((r) => r.path === "/me/calendarView")).toHaveLength(pages);
    },
  );

  test("nextLinks are followed verbatim, so options such as $select are not sent twice", async () => {
    const h = graphHarness();
    await seedEvents(h, 12);
    await h.client.getAll({
      method: "GET",
      path: "/me/calendarView",
      query: { startDateTime: day(0), endDateTime: day(30), $select: "subject" },
      scopes: CAL,
    });
    const second = h.sim.requests[1]!;
    expect(second.query.$select).toBe("subject");
    expect(second.query.$skip).toBe("10");
  });

  test("delta follows nextLinks, including empty pages, until the deltaLink", async () => {
    const h = graphHarness();
    await seedEvents(h, 5);
    const round = await h.client.delta<{ id: string }>({
      method: "GET",
      path: "/me/calendarView/delta",
      query: { startDateTime: day(0), endDateTime: day(30) },
      headers: { Prefer: "odata.maxpagesize=2" },
      scopes: CAL,
    });
    expect(round.items).toHaveLength(5);
    expect(round.deltaLink).toContain("$deltatoken=");
    expect(h.sim.requests).toHaveLength(3);
  });
});

describe("GraphClient retries", () => {
  test("a 429 is retried after exactly the Retry-After the server sent", async () => {
    const h = graphHarness();
    h.sim.faults.failNext(429, 2, 3);
    const res = await h.client.request({ method: "GET", path: "/me", scopes: ["User.Read"] });
    expect(res.status).toBe(200);
    expect(h.sleeps).toEqual([3000, 3000]);
  });

  test("fractional Retry-After seconds are honoured to the millisecond", async () => {
    const h = graphHarness();
    h.sim.faults.failNext(429, 1, 2.128);
    await h.client.request({ method: "GET", path: "/me", scopes: ["User.Read"] });
    expect(h.sleeps).toEqual([2128]);
  });

  test.each([503, 504] as const)(
    "%i without Retry-After backs off exponentially, jittered and capped",
    async (status) => {
      const h = graphHarness({}, { maxRetries: 8, random: () => 1 });
      h.sim.faults.failNext(status, 8);
      await h.client.request({ method: "GET", path: "/me", scopes: ["User.Read"] });
      expect(h.sleeps).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    },
  );

  test("backoff jitter keeps each wait between half and all of its step", async () => {
    const low = graphHarness({}, { random: () => 0 });
    low.sim.faults.failNext(504, 3);
    await low.client.request({ method: "GET", path: "/me", scopes: ["User.Read"] });
    expect(low.sleeps).toEqual([250, 500, 1000]);
  });

  test("after maxRetries a throttled request throws GraphError with status, code, request id and Retry-After", async () => {
    const h = graphHarness({}, { maxRetries: 2 });
    h.sim.faults.failNext(429, 3, 7);
    const error = await h.client
      .request({ method: "GET", path: "/me", scopes: ["User.Read"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 429, code: "ApplicationThrottled", retryAfterMs: 7000 });
    expect((error as GraphError).requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.sleeps).toHaveLength(2);
  });

  test("a 503 carrying Retry-After waits what the server asked", async () => {
    const h = graphHarness();
    h.sim.faults.failNext(503, 1, 4);
    await h.client.request({ method: "GET", path: "/me", scopes: ["User.Read"] });
    expect(h.sleeps).toEqual([4000]);
  });

  test("a dropped connection is retried for a GET", async () => {
    const h = graphHarness();
    h.sim.faults.dropNext(2);
    const res = await h.client.request({ method: "GET", path: "/me", scopes: ["User.Read"] });
    expect(res.status).toBe(200);
    expect(h.sleeps).toHaveLength(2);
  });

  test("a dropped POST without transactionId is not repeated and surfaces as a networkError", async () => {
    const h = graphHarness();
    h.sim.faults.dropNext(1, "after");
    const error = await h.client
      .request({
        method: "POST",
        path: "/me/messages",
        body: { subject: "Note" },
        scopes: ["Mail.ReadWrite"],
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: "networkError" });
    expect(h.sim.requests).toHaveLength(1);
  });

  test("a POST with transactionId dropped after it was applied is retried and creates one event", async () => {
    const h = graphHarness();
    h.sim.faults.dropNext(1, "after");
    const res = await h.client.request<{ id: string }>({
      method: "POST",
      path: "/me/events",
      body: { ...eventAt(5, "Appointment"), transactionId: "tx-123" },
      scopes: CAL,
    });
    expect(res.status).toBe(201);
    expect(h.sim.state.events.size).toBe(1);
    expect(h.sim.requests).toHaveLength(2);
  });
});

describe("GraphClient authentication", () => {
  test("a 401 refreshes the token once and retries with the new token", async () => {
    const h = graphHarness();
    h.sim.state.acceptToken = (t) => t !== "token-v0";
    const res = await h.client.request({ method: "GET", path: "/me", scopes: ["User.Read"] });
    expect(res.status).toBe(200);
    expect(h.tokenCalls).toEqual([undefined, true]);
  });

  test("a second 401 after the refresh throws instead of looping", async () => {
    const h = graphHarness();
    h.sim.state.acceptToken = () => false;
    const error = await h.client
      .request({ method: "GET", path: "/me", scopes: ["User.Read"] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: "InvalidAuthenticationToken" });
    expect(h.tokenCalls).toEqual([undefined, true]);
  });

  test("the scopes of the request are the ones asked of the token provider", async () => {
    const asked: string[][] = [];
    const h = graphHarness({}, { getToken: async (scopes) => (asked.push(scopes), "t") });
    await h.client.request({ method: "GET", path: "/me/mailboxSettings", scopes: ["MailboxSettings.Read"] });
    expect(asked).toEqual([["MailboxSettings.Read"]]);
  });
});

describe("GraphClient errors", () => {
  test("a 404 throws GraphError carrying Graph's code, message and request id", async () => {
    const h = graphHarness();
    const error = await h.client
      .request({ method: "GET", path: "/me/events/missing", scopes: CAL })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    const graphError = error as GraphError;
    expect(graphError.status).toBe(404);
    expect(graphError.code).toBe("ErrorItemNotFound");
    expect(graphError.message).toBe("The specified object was not found in the store.");
    expect(graphError.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      (graphError.body as { error: { innerError: Record<string, string> } }).error.innerError["request-id"],
    ).toBe(graphError.requestId);
  });

  test("a 412 on a stale If-Match is not retried", async () => {
    const h = graphHarness();
    const created = await h.client.request<{ id: string }>({
      method: "POST",
      path: "/me/events",
      body: eventAt(2),
      scopes: CAL,
    });
    const error = await h.client
      .request({
        method: "PATCH",
        path: `/me/events/${created.body.id}`,
        headers: { "If-Match": 'W/"stale"' },
        body: { sensitivity: "private" },
        scopes: CAL,
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 412, code: "ErrorIrresolvableConflict" });
    expect(h.sleeps).toEqual([]);
  });
});

describe("GraphClient concurrency", () => {
  test.each([1, 2, 4])("with a cap of %i, uses all of it and never exceeds it", async (cap) => {
    const h = graphHarness({}, { maxConcurrent: cap });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        h.client.request({ method: "GET", path: "/me", scopes: ["User.Read"] }),
      ),
    );
    expect(h.sim.maxInFlight).toBe(cap);
  });

  test("the default cap is Outlook's 4 per mailbox", async () => {
    const h = graphHarness();
    await Promise.all(
      Array.from({ length: 12 }, () =>
        h.client.request({ method: "GET", path: "/me", scopes: ["User.Read"] }),
      ),
    );
    expect(h.sim.maxInFlight).toBe(4);
  });
});

describe("GraphClient batch", () => {
  test.each([
    [1, 1],
    [20, 1],
    [21, 2],
    [45, 3],
  ])("%i requests go out in %i $batch call(s) of at most 20", async (count, calls) => {
    const h = graphHarness();
    const results = await h.client.batch(
      Array.from({ length: count }, (_, i) => ({
        method: "POST" as const,
        path: "/me/events",
        body: eventAt(i, `B${i}`),
        scopes: CAL,
      })),
    );
    const outer = h.sim.requests.filter((r) => r.path === "/$batch");
    expect(outer).toHaveLength(calls);
    expect(results.map((r) => r.status)).toEqual(Array(count).fill(201));
    // Results come back in input order although the simulator answers in a different order.
    expect(results.map((r) => (r.body as { subject: string }).subject)).toEqual(
      Array.from({ length: count }, (_, i) => `B${i}`),
    );
  });

  test("inner 429s are retried alone after their Retry-After and the batch completes", async () => {
    const h = graphHarness();
    h.sim.faults.failNextInBatch(429, 2, 5);
    const results = await h.client.batch(
      Array.from({ length: 4 }, (_, i) => ({
        method: "GET" as const,
        path: "/me",
        scopes: ["User.Read"],
        query: { $select: i % 2 ? "id" : "displayName" },
      })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(h.sleeps).toEqual([5000]);
    const inner = h.sim.requests.filter((r) => r.inBatch);
    expect(inner).toHaveLength(6);
  });

  test("an inner 404 is returned with its own status, not thrown", async () => {
    const h = graphHarness();
    const [me, missing] = await h.client.batch([
      { method: "GET", path: "/me", scopes: ["User.Read"] },
      { method: "GET", path: "/me/events/nope", scopes: CAL },
    ]);
    expect(me!.status).toBe(200);
    expect(missing!.status).toBe(404);
    expect((missing!.body as { error: { code: string } }).error.code).toBe("ErrorItemNotFound");
  });
});

describe("GraphClient construction", () => {
  test.each([
    ["the configured base URL", "http://127.0.0.1:4010/v1.0/me", true],
    ["Graph itself", "https://graph.microsoft.com/v1.0/me/events?$skip=5", true],
    [
      "a preauthenticated download URL on another host",
      "https://contoso-my.sharepoint.com/download.aspx?x=1",
      false,
    ],
  ])("sends the bearer token to %s: %s", async (_name, url, withToken) => {
    const seen: Array<string | null> = [];
    const client = new GraphClient({
      fetch: (async (_url: string, init: RequestInit) => {
        seen.push(new Headers(init.headers).get("authorization"));
        return new Response("{}", { headers: { "content-type": "application/json" } });
      }) as unknown as typeof fetch,
      getToken: async () => "secret",
      baseUrl: "http://127.0.0.1:4010/v1.0",
    });
    await client.request({ method: "GET", path: url, scopes: [] });
    expect(seen).toEqual([withToken ? "Bearer secret" : null]);
  });

  test("an absolute nextLink keeps its own origin, any baseUrl notwithstanding", async () => {
    const seen: string[] = [];
    const client = new GraphClient({
      fetch: (async (url: string) => {
        seen.push(url);
        return new Response(JSON.stringify({ value: [] }), {
          headers: { "content-type": "application/json" },
        });
      }) as unknown as typeof fetch,
      getToken: async () => "t",
      baseUrl: "http://127.0.0.1:4010/v1.0/",
    });
    await client.request({ method: "GET", path: "/me/events", scopes: CAL, query: { $top: "5" } });
    await client.request({
      method: "GET",
      path: "https://graph.microsoft.com/v1.0/me/events?$skip=5",
      scopes: CAL,
    });
    expect(seen).toEqual([
      "http://127.0.0.1:4010/v1.0/me/events?$top=5",
      "https://graph.microsoft.com/v1.0/me/events?$skip=5",
    ]);
  });
});

describe("GraphClient against the mailbox concurrency limit", () => {
  test("with the default cap no request is ever throttled for concurrency", async () => {
    const h = graphHarness();
    await Promise.all(
      Array.from({ length: 30 }, () =>
        h.client.request({ method: "GET", path: "/me", scopes: ["User.Read"] }),
      ),
    );
    expect(h.sim.requests.filter((r) => r.status === 429)).toHaveLength(0);
  });

  test("a cap above Outlook's limit gets throttled and still completes by honouring Retry-After", async () => {
    // Time runs 100× faster here, but a throttled request still waits while the admitted ones finish.
    const waits: number[] = [];
    const h = graphHarness(
      {},
      {
        maxConcurrent: 8,
        sleep: (ms) => (waits.push(ms), new Promise((resolve) => setTimeout(resolve, ms / 100))),
      },
    );
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        h.client.request({ method: "GET", path: "/me", scopes: ["User.Read"] }),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(h.sim.requests.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.every((ms) => ms === 1000)).toBe(true);
  });
});
