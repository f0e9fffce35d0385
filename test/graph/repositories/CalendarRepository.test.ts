import type { Event } from "@microsoft/microsoft-graph-types";
import type { SimulatorSeed } from "../../../src/graph/simulator";
import { createCalendarRepository, EVENT_SELECT, MARKER_EXTENSION_NAME } from "../../../src/graph";
import { simClient } from "./simClient";

type SeedEvent = NonNullable<SimulatorSeed["events"]>[number];

function invite(id: string, day: number, extra: Pick<Event, "isReminderOn" | "sensitivity"> = {}): SeedEvent {
  const date = `2026-12-${String(day).padStart(2, "0")}`;
  return {
    id,
    subject: `Phone screen ${id}`,
    start: { dateTime: `${date}T14:00:00`, timeZone: "UTC" },
    end: { dateTime: `${date}T15:00:00`, timeZone: "UTC" },
    isOrganizer: false,
    organizer: { emailAddress: { name: "Recruiter", address: "talent@fabrikam.example" } },
    ...extra,
  };
}

const window = { startUtc: "2026-12-01T00:00:00Z", endUtc: "2026-12-31T00:00:00Z" };

describe("CalendarRepository", () => {
  it("lists every event of a window across pages, asking only for the fields it uses, in UTC", async () => {
    const events = Array.from({ length: 130 }, (_, i) => invite(`e${i}`, 1 + (i % 28)));
    const { sim, client } = simClient({ events });
    const found = await createCalendarRepository(client).listWindow(window.startUtc, window.endUtc);
    expect(new Set(found.map((e) => e.id)).size).toBe(130);
    const first = sim.requests.find((r) => r.path === "/me/calendarView");
    expect(first?.query.$select).toBe(EVENT_SELECT);
    expect(found.every((e) => e.start?.timeZone === "UTC")).toBe(true);
  });

  it("scans with delta and then reports only what changed, including removals", async () => {
    const { sim, client } = simClient({ events: [invite("a", 3), invite("b", 4)] });
    const repo = createCalendarRepository(client);
    const first = await repo.scanDelta(window);
    expect(first.changed.map((e) => e.id).sort()).toEqual(["a", "b"]);
    sim.state.insertEvent(invite("c", 5), [], []);
    sim.state.deleteEvent("a");
    const second = await repo.scanDelta(window, first.deltaLink);
    expect(second.changed.map((e) => e.id)).toEqual(["c"]);
    expect(second.removedIds).toEqual(["a"]);
    expect(second.restarted).toBe(false);
  });

  it("reads the whole window again when Graph has forgotten the stored delta link", async () => {
    const { sim, client } = simClient({ events: [invite("a", 3)] });
    const repo = createCalendarRepository(client);
    const first = await repo.scanDelta(window);
    sim.state.deltaStates.clear();
    const again = await repo.scanDelta(window, first.deltaLink);
    expect(again.restarted).toBe(true);
    expect(again.changed.map((e) => e.id)).toEqual(["a"]);
  });

  it("finds the calendar event behind a meeting request and nothing behind a plain email", async () => {
    const { client } = simClient({
      events: [invite("ev", 3)],
      messages: [
        {
          message: { id: "mr", subject: "Invitation", "@odata.type": "#microsoft.graph.eventMessage" },
          eventId: "ev",
        },
        { message: { id: "plain", subject: "Hello" } },
      ],
    });
    const repo = createCalendarRepository(client);
    await expect(repo.eventForMessage("mr")).resolves.toMatchObject({ id: "ev" });
    await expect(repo.eventForMessage("plain")).resolves.toBeNull();
  });

  it("marks the user's copy private with no reminder, verifies it, and sees an organizer's reset", async () => {
    const { sim, client } = simClient({
      events: [invite("ev", 3, { isReminderOn: true, sensitivity: "normal" })],
    });
    const repo = createCalendarRepository(client);
    const result = await repo.markPrivate("ev", { showAs: "oof" });
    expect(result).toEqual({
      verified: true,
      state: { sensitivity: "private", isReminderOn: false, showAs: "oof" },
    });
    sim.state.organizerUpdate("ev", { subject: "Phone screen (moved)" });
    await expect(repo.privacyState("ev")).resolves.toMatchObject({ sensitivity: "normal" });
  });

  it("puts one marker holding only a reference and a version, and replaces it when set again", async () => {
    const { sim, client } = simClient({ events: [invite("ev", 3)] });
    const repo = createCalendarRepository(client);
    await repo.setMarker("ev", "interview-1");
    await repo.setMarker("ev", "interview-2");
    await expect(repo.getMarker("ev")).resolves.toEqual({ ref: "interview-2", version: 1 });
    const extensions = sim.state.events
      .get("ev")!
      .extensions.filter((e) => e.extensionName === MARKER_EXTENSION_NAME);
    expect(extensions).toHaveLength(1);
    expect(Object.keys(extensions[0]!).sort()).toEqual(expect.arrayContaining(["ref", "version"]));
    expect(JSON.stringify(extensions[0])).not.toMatch(/screen|fabrikam/i);
  });

  it("lists a window with bodies when asked, for the scan's detector", async () => {
    const { sim, client } = simClient({
      events: [{ ...invite("b1", 9), body: { contentType: "html", content: "<p>Phone screen</p>" } }],
    });
    const [event] = await createCalendarRepository(client).listWindow(window.startUtc, window.endUtc, {
      withBody: true,
    });
    expect(event?.body?.content).toBe("<p>Phone screen</p>");
    expect(sim.requests.find((r) => r.path === "/me/calendarView")?.query.$select).toBe(
      `${EVENT_SELECT},body`,
    );
  });

  it("reads one event with its body in UTC", async () => {
    const { client } = simClient({
      events: [{ ...invite("full", 9), body: { contentType: "html", content: "<p>Join us</p>" } }],
    });
    const event = await createCalendarRepository(client).getEvent("full");
    expect(event.body?.content).toBe("<p>Join us</p>");
    expect(event.start).toEqual({ dateTime: expect.stringMatching(/^2026-12-09T14:00:00/), timeZone: "UTC" });
  });

  it("answers null for an event without our marker", async () => {
    const { client } = simClient({ events: [invite("ev", 3)] });
    await expect(createCalendarRepository(client).getMarker("ev")).resolves.toBeNull();
  });

  it("lists who has access to the calendar", async () => {
    const delegate = {
      id: "d1",
      role: "delegateWithPrivateEventAccess" as const,
      emailAddress: { address: "assistant@contoso.example" },
    };
    const { client } = simClient({ calendarPermissions: [delegate] });
    await expect(createCalendarRepository(client).calendarPermissions()).resolves.toEqual([
      expect.objectContaining({ id: "d1", role: "delegateWithPrivateEventAccess" }),
    ]);
  });
});
