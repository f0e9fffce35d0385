import { createGraphSimulator, demoSeed } from "../../../src/graph/simulator";
import { rawCall } from "../../support/graphHarness";

type Json = Record<string, unknown>;

describe("demo mailbox seed", () => {
  test.each([
    ["a Wednesday", "2026-11-25T08:00:00Z"],
    ["a Friday evening", "2026-11-27T19:00:00Z"],
    ["a Sunday", "2026-11-29T12:00:00Z"],
  ])("starting on %s, every invite falls on a weekday in the coming week", (_name, now) => {
    const nowMs = Date.parse(now);
    const sim = createGraphSimulator({ seed: demoSeed(nowMs), now: () => nowMs });
    for (const { event } of sim.state.events.values()) {
      if (event.recurrence) continue;
      const start = sim.state.eventSpan(event).start;
      expect(start).toBeGreaterThan(nowMs);
      expect(start).toBeLessThan(nowMs + 10 * 86_400_000);
      expect([0, 6]).not.toContain(new Date(start).getUTCDay());
    }
  });

  test("holds five interview-like invites among ordinary meetings", () => {
    const seed = demoSeed(Date.parse("2026-11-25T08:00:00Z"));
    const invites = (seed.events ?? []).filter((e) => /interview|screen|entretien/i.test(e.subject ?? ""));
    expect(invites).toHaveLength(5);
    expect((seed.events ?? []).length).toBeGreaterThan(invites.length);
  });

  test("the meeting request in the inbox leads to its calendar item", async () => {
    const nowMs = Date.parse("2026-11-25T08:00:00Z");
    const sim = createGraphSimulator({ seed: demoSeed(nowMs), now: () => nowMs });
    const request = [...sim.state.messages.values()].find(
      (m) => m.message["@odata.type"] === "#microsoft.graph.eventMessage",
    )!;
    const res = await rawCall(sim, "GET", `/me/messages/${request.message.id}`, {
      query: { $expand: "microsoft.graph.eventMessage/event" },
    });
    expect(((res.body as Json).event as Json).subject).toBe(request.message.subject);
  });

  test("the week's calendar view expands the daily stand-up into occurrences", async () => {
    const nowMs = Date.parse("2026-11-25T08:00:00Z");
    const sim = createGraphSimulator({ seed: demoSeed(nowMs), now: () => nowMs });
    const res = await rawCall(sim, "GET", "/me/calendarView", {
      query: {
        startDateTime: "2026-11-25T00:00:00Z",
        endDateTime: "2026-12-03T00:00:00Z",
        $top: "100",
        $select: "subject,type",
      },
    });
    const standUps = (res.body as { value: Json[] }).value.filter((e) => e.subject === "Team stand-up");
    expect(standUps.length).toBe(6);
    expect(standUps.every((e) => e.type === "occurrence")).toBe(true);
  });
});
