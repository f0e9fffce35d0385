import { createGraphSimulator } from "../../../src/graph/simulator";
import { FIXED_NOW, eventAt, rawCall } from "../../support/graphHarness";

type Json = Record<string, unknown>;
type Page = { value: Json[]; "@odata.nextLink"?: string; "@odata.deltaLink"?: string };
const newSim = () => createGraphSimulator({ now: () => FIXED_NOW });
const WINDOW = { startDateTime: "2026-11-25T00:00:00Z", endDateTime: "2026-12-02T00:00:00Z" };

describe("simulator: GET /me/calendarView", () => {
  test.each<[Record<string, string>, string]>([
    [{}, "both missing"],
    [{ startDateTime: WINDOW.startDateTime }, "endDateTime missing"],
    [{ endDateTime: WINDOW.endDateTime }, "startDateTime missing"],
  ])("answers 400 when the window is incomplete (%#: %s)", async (query) => {
    const res = await rawCall(newSim(), "GET", "/me/calendarView", { query });
    expect(res.status).toBe(400);
    expect((res.body as { error: Json }).error.code).toBe("ErrorInvalidParameter");
  });

  test("window bounds are read with the offset they carry, and no offset means UTC", async () => {
    const sim = newSim();
    sim.state.insertEvent(eventAt(0, "at 09:00Z"));
    const inParis = await rawCall(sim, "GET", "/me/calendarView", {
      query: { startDateTime: "2026-11-25T10:30:00+01:00", endDateTime: "2026-11-25T11:00:00+01:00" },
    });
    const asUtc = await rawCall(sim, "GET", "/me/calendarView", {
      query: { startDateTime: "2026-11-25T10:30:00", endDateTime: "2026-11-25T11:00:00" },
    });
    expect((inParis.body as Page).value).toHaveLength(1);
    expect((asUtc.body as Page).value).toHaveLength(0);
  });

  test("Prefer outlook.timezone converts start and end and is echoed in Preference-Applied", async () => {
    const sim = newSim();
    sim.state.insertEvent(eventAt(5));
    const res = await rawCall(sim, "GET", "/me/calendarView", {
      query: WINDOW,
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect((res.body as Page).value[0]!.start).toEqual({
      dateTime: "2026-11-25T06:00:00.0000000",
      timeZone: "Pacific Standard Time",
    });
    expect(res.headers["preference-applied"]).toBe('outlook.timezone="Pacific Standard Time"');
  });

  test("$select returns only the chosen properties plus id and @odata.etag", async () => {
    const sim = newSim();
    sim.state.insertEvent(eventAt(5));
    const res = await rawCall(sim, "GET", "/me/calendarView", {
      query: { ...WINDOW, $select: "subject,sensitivity" },
    });
    expect(Object.keys((res.body as Page).value[0]!).sort()).toEqual([
      "@odata.etag",
      "id",
      "sensitivity",
      "subject",
    ]);
  });

  test.each([
    [{ $top: "3" }, {}, 3],
    [{}, { Prefer: "odata.maxpagesize=4" }, 4],
    [{}, {}, 10],
  ])(
    "page size follows $top, then Prefer maxpagesize, then Graph's default of 10 (%#)",
    async (query, headers, size) => {
      const sim = newSim();
      for (let i = 0; i < 25; i += 1) sim.state.insertEvent(eventAt(i + 1));
      const res = await rawCall(sim, "GET", "/me/calendarView", { query: { ...WINDOW, ...query }, headers });
      const page = res.body as Page;
      expect(page.value).toHaveLength(size);
      expect(page["@odata.nextLink"]).toContain("startDateTime=");
    },
  );

  test("$top of 0 is a 400", async () => {
    const res = await rawCall(newSim(), "GET", "/me/calendarView", { query: { ...WINDOW, $top: "0" } });
    expect(res.status).toBe(400);
  });

  test("a weekly series is returned as occurrences that point at their master", async () => {
    const sim = newSim();
    const master = sim.state.insertEvent(
      {
        subject: "1:1",
        start: { dateTime: "2026-11-02T09:00:00", timeZone: "UTC" },
        end: { dateTime: "2026-11-02T09:30:00", timeZone: "UTC" },
        recurrence: {
          pattern: { type: "weekly", interval: 1, daysOfWeek: ["monday", "thursday"] },
          range: { type: "noEnd", startDate: "2026-11-02" },
        },
      },
      [],
      [],
    );
    const res = await rawCall(sim, "GET", "/me/calendarView", { query: WINDOW });
    const value = (res.body as Page).value;
    expect(value.map((e) => (e.start as Json).dateTime)).toEqual([
      "2026-11-26T09:00:00.0000000",
      "2026-11-30T09:00:00.0000000",
    ]);
    expect(value.every((e) => e.type === "occurrence" && e.seriesMasterId === master.event.id)).toBe(true);
    const one = await rawCall(sim, "GET", `/me/events/${value[0]!.id}`);
    expect(one.status).toBe(200);
  });

  test("a series keeps its wall-clock time in its own zone across a DST change", async () => {
    const sim = newSim();
    sim.state.insertEvent(
      {
        subject: "Stand-up",
        start: { dateTime: "2026-10-20T09:00:00", timeZone: "Romance Standard Time" },
        end: { dateTime: "2026-10-20T09:15:00", timeZone: "Romance Standard Time" },
        recurrence: {
          pattern: { type: "daily", interval: 1 },
          range: { type: "numbered", startDate: "2026-10-20", numberOfOccurrences: 20 },
        },
      },
      [],
      [],
    );
    const res = await rawCall(sim, "GET", "/me/calendarView", {
      query: { startDateTime: "2026-10-23T00:00:00Z", endDateTime: "2026-10-27T00:00:00Z" },
    });
    // Paris leaves summer time on 25 October 2026: 09:00 local is 07:00Z before, 08:00Z after.
    expect((res.body as Page).value.map((e) => (e.start as Json).dateTime)).toEqual([
      "2026-10-23T07:00:00.0000000",
      "2026-10-24T07:00:00.0000000",
      "2026-10-25T08:00:00.0000000",
      "2026-10-26T08:00:00.0000000",
    ]);
  });

  test("changing one occurrence turns it into an exception and leaves the others alone", async () => {
    const sim = newSim();
    sim.state.insertEvent(
      {
        subject: "Sync",
        start: { dateTime: "2026-11-25T15:00:00", timeZone: "UTC" },
        end: { dateTime: "2026-11-25T16:00:00", timeZone: "UTC" },
        recurrence: {
          pattern: { type: "daily", interval: 1 },
          range: { type: "numbered", startDate: "2026-11-25", numberOfOccurrences: 3 },
        },
      },
      [],
      [],
    );
    const before = (await rawCall(sim, "GET", "/me/calendarView", { query: WINDOW })).body as Page;
    await rawCall(sim, "PATCH", `/me/events/${before.value[1]!.id}`, { body: { sensitivity: "private" } });
    const after = (await rawCall(sim, "GET", "/me/calendarView", { query: WINDOW })).body as Page;
    expect(after.value.map((e) => [e.type, e.sensitivity])).toEqual([
      ["occurrence", "normal"],
      ["exception", "private"],
      ["occurrence", "normal"],
    ]);
  });
});

describe("simulator: GET /me/calendarView/delta", () => {
  async function fullRound(
    sim: ReturnType<typeof newSim>,
    first: { query?: Record<string, string>; link?: string },
    pageSize = 2,
  ) {
    const items: Json[] = [];
    let link = first.link;
    let query = first.query;
    for (;;) {
      const path = link ? link.replace("https://graph.microsoft.com/v1.0", "") : "/me/calendarView/delta";
      const [p, qs] = path.split("?");
      const q = link ? Object.fromEntries(new URLSearchParams(qs)) : query;
      const res = await rawCall(sim, "GET", p!, {
        query: q ?? {},
        headers: { Prefer: `odata.maxpagesize=${pageSize}` },
      });
      const page = res.body as Page;
      items.push(...page.value);
      if (page["@odata.deltaLink"]) return { items, deltaLink: page["@odata.deltaLink"] };
      link = page["@odata.nextLink"];
      query = undefined;
      expect(link).toContain("$skiptoken=");
    }
  }

  test("the first round returns what is in the window, paged, and ends with a deltaLink", async () => {
    const sim = newSim();
    for (let i = 0; i < 5; i += 1) sim.state.insertEvent(eventAt(i + 1));
    sim.state.insertEvent(eventAt(24 * 30));
    const round = await fullRound(sim, { query: WINDOW });
    expect(round.items).toHaveLength(5);
    expect(round.deltaLink).toMatch(/\/me\/calendarView\/delta\?\$deltatoken=/);
  });

  test("the next round reports only changes, with deletions as @removed", async () => {
    const sim = newSim();
    const kept = sim.state.insertEvent(eventAt(1, "kept"));
    const gone = sim.state.insertEvent(eventAt(2, "gone"));
    sim.state.insertEvent(eventAt(3, "untouched"));
    const first = await fullRound(sim, { query: WINDOW });
    await rawCall(sim, "PATCH", `/me/events/${kept.event.id}`, { body: { sensitivity: "private" } });
    await rawCall(sim, "DELETE", `/me/events/${gone.event.id}`);
    const added = (await rawCall(sim, "POST", "/me/events", { body: eventAt(4, "new") })).body as Json;
    const second = await fullRound(sim, { link: first.deltaLink });
    expect(
      second.items
        .filter((i) => !i["@removed"])
        .map((i) => i.id)
        .sort(),
    ).toEqual([kept.event.id, added.id].sort());
    expect(second.items.filter((i) => i["@removed"])).toEqual([
      { "@odata.type": "#microsoft.graph.event", id: gone.event.id, "@removed": { reason: "deleted" } },
    ]);
  });

  test("an event moved out of the window comes back as @removed", async () => {
    const sim = newSim();
    const moved = sim.state.insertEvent(eventAt(1));
    const first = await fullRound(sim, { query: WINDOW });
    await rawCall(sim, "PATCH", `/me/events/${moved.event.id}`, { body: eventAt(24 * 40) });
    const second = await fullRound(sim, { link: first.deltaLink });
    expect(second.items).toEqual([
      { "@odata.type": "#microsoft.graph.event", id: moved.event.id, "@removed": { reason: "deleted" } },
    ]);
  });

  test("an evicted token answers 410 SyncStateNotFound", async () => {
    const sim = newSim();
    const first = await fullRound(sim, { query: WINDOW });
    sim.state.expireDeltaTokens();
    const token = new URL(first.deltaLink).searchParams.get("$deltatoken")!;
    const res = await rawCall(sim, "GET", "/me/calendarView/delta", { query: { $deltatoken: token } });
    expect(res.status).toBe(410);
    expect((res.body as { error: Json }).error.code).toBe("SyncStateNotFound");
  });

  test("$select is refused on calendarView delta, as Graph does not support it there", async () => {
    const sim = createGraphSimulator({ now: () => FIXED_NOW });
    const res = await rawCall(sim, "GET", "/me/calendarView/delta", {
      query: { ...WINDOW, $select: "subject" },
    });
    expect(res.status).toBe(400);
  });
});

describe("simulator: the primary calendar by its own path", () => {
  test("/me/calendar/calendarView and /me/calendar/events address the same events as /me/…", async () => {
    const sim = newSim();
    sim.state.insertEvent(eventAt(5, "Dentist"));
    const view = await rawCall(sim, "GET", "/me/calendar/calendarView", { query: WINDOW });
    const events = await rawCall(sim, "GET", "/me/calendar/events");
    expect((view.body as Page).value.map((e) => e.subject)).toEqual(["Dentist"]);
    expect((events.body as Page).value.map((e) => e.subject)).toEqual(["Dentist"]);
  });
});
