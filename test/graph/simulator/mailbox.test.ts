import { createGraphSimulator } from "../../../src/graph/simulator";
import type { SimulatorSeed } from "../../../src/graph/simulator";
import { FIXED_NOW, eventAt, rawCall } from "../../support/graphHarness";

type Json = Record<string, unknown>;
type ErrorBody = { error: { code: string; message: string; innerError: Json } };

describe("simulator: user, mailbox settings, manager, permissions", () => {
  test("/me returns the signed-in user", async () => {
    const res = await rawCall(createGraphSimulator(), "GET", "/me", {
      query: { $select: "displayName,mail" },
    });
    expect(Object.keys(res.body as Json).sort()).toEqual(["@odata.context", "displayName", "mail"]);
  });

  test("working hours carry Windows zone names and TimeOfDay strings", async () => {
    const sim = createGraphSimulator({
      seed: {
        mailboxSettings: {
          timeZone: "Pacific Standard Time",
          workingHours: {
            daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
            startTime: "08:00:00.0000000",
            endTime: "17:00:00.0000000",
            timeZone: { name: "Pacific Standard Time" },
          },
        },
      },
    });
    const res = await rawCall(sim, "GET", "/me/mailboxSettings/workingHours");
    expect(res.body).toMatchObject({
      startTime: "08:00:00.0000000",
      timeZone: { name: "Pacific Standard Time" },
    });
  });

  test("a custom working-hours zone is served with its @odata.type", async () => {
    const custom = {
      "@odata.type": "#microsoft.graph.customTimeZone",
      bias: -200,
      name: "Customized Time Zone",
      standardOffset: { time: "02:00:00.0000000", dayOccurrence: 4, dayOfWeek: "sunday", month: 5, year: 0 },
      daylightOffset: {
        daylightBias: -100,
        time: "02:00:00.0000000",
        dayOccurrence: 2,
        dayOfWeek: "sunday",
        month: 10,
        year: 0,
      },
    };
    const seed = {
      mailboxSettings: { timeZone: "Customized Time Zone", workingHours: { timeZone: custom } },
    } as SimulatorSeed;
    const res = await rawCall(createGraphSimulator({ seed }), "GET", "/me/mailboxSettings");
    expect((res.body as { workingHours: Json }).workingHours.timeZone).toEqual(custom);
  });

  test.each([
    ["none", 404, "Request_ResourceNotFound"],
    ["forbidden", 403, "Authorization_RequestDenied"],
  ] as const)("/me/manager in mode %s answers %i %s", async (mode, status, code) => {
    const res = await rawCall(createGraphSimulator({ seed: { manager: mode } }), "GET", "/me/manager");
    expect(res.status).toBe(status);
    expect((res.body as ErrorBody).error.code).toBe(code);
  });

  test("/me/manager returns a user when one is set", async () => {
    const res = await rawCall(createGraphSimulator(), "GET", "/me/manager");
    expect(res.body).toMatchObject({
      "@odata.type": "#microsoft.graph.user",
      mail: expect.stringContaining("@"),
    });
  });

  test("calendar permissions include the My Organization entry that cannot be removed", async () => {
    const res = await rawCall(createGraphSimulator(), "GET", "/me/calendar/calendarPermissions");
    expect((res.body as { value: Json[] }).value).toContainEqual(
      expect.objectContaining({ isRemovable: false, emailAddress: { name: "My Organization" } }),
    );
  });
});

describe("simulator: messages", () => {
  function withInvite() {
    const sim = createGraphSimulator({ now: () => FIXED_NOW });
    const event = sim.state.insertEvent(
      { ...(eventAt(48, "Phone screen") as object), showAs: "tentative", isOrganizer: false },
      [],
      [],
    );
    const invite = sim.state.insertMessage(
      {
        "@odata.type": "#microsoft.graph.eventMessage",
        subject: "Phone screen",
        meetingMessageType: "meetingRequest",
      },
      "inbox",
      event.event.id ?? undefined,
    );
    const note = sim.state.insertMessage({ subject: "Lunch?" }, "inbox");
    return { sim, event, invite, note };
  }

  test("$expand=microsoft.graph.eventMessage/event brings the calendar item behind a meeting request", async () => {
    const { sim, event, invite } = withInvite();
    const res = await rawCall(sim, "GET", `/me/messages/${invite.message.id}`, {
      query: { $expand: "microsoft.graph.eventMessage/event" },
    });
    const body = res.body as Json;
    expect((body.event as Json).id).toBe(event.event.id);
    expect(String(body["event@odata.context"])).toContain("/microsoft.graph.eventMessage/event/$entity");
  });

  test("the expanded event comes back alongside a $select that does not name it", async () => {
    const { sim, invite } = withInvite();
    const res = await rawCall(sim, "GET", `/me/messages/${invite.message.id}`, {
      query: { $select: "subject", $expand: "microsoft.graph.eventMessage/event" },
    });
    expect(res.body).toHaveProperty("event.subject", "Phone screen");
  });

  test("the same $expand on a plain message returns no event", async () => {
    const { sim, note } = withInvite();
    const res = await rawCall(sim, "GET", `/me/messages/${note.message.id}`, {
      query: { $expand: "microsoft.graph.eventMessage/event" },
    });
    expect(res.body).not.toHaveProperty("event");
  });

  test("inbox delta lists messages, then only new ones and deletions", async () => {
    const { sim, invite } = withInvite();
    const first = (
      await rawCall(sim, "GET", "/me/mailFolders/inbox/messages/delta", {
        query: { $select: "subject,receivedDateTime" },
      })
    ).body as Json;
    expect((first.value as Json[]).map((m) => m.subject).sort()).toEqual(["Lunch?", "Phone screen"]);
    const token = new URL(String(first["@odata.deltaLink"])).searchParams.get("$deltatoken")!;
    sim.state.insertMessage({ subject: "Recruiter follow-up" }, "inbox");
    sim.state.deleteMessage(invite.message.id!);
    const second = (
      await rawCall(sim, "GET", "/me/mailFolders/inbox/messages/delta", { query: { $deltatoken: token } })
    ).body as Json;
    expect(second.value).toEqual([
      expect.objectContaining({ subject: "Recruiter follow-up" }),
      { "@odata.type": "#microsoft.graph.message", id: invite.message.id, "@removed": { reason: "deleted" } },
    ]);
    // $select from the first call is kept in the token.
    expect(Object.keys((second.value as Json[])[0]!).sort()).toEqual([
      "@odata.etag",
      "id",
      "receivedDateTime",
      "subject",
    ]);
  });

  test("POST /me/messages creates a draft and sends nothing", async () => {
    const sim = createGraphSimulator();
    const res = await rawCall(sim, "POST", "/me/messages", {
      body: {
        subject: "Appointment on Thursday",
        body: { contentType: "text", content: "I have an appointment." },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ isDraft: true });
    expect([...sim.state.messages.values()].map((m) => m.folder)).toEqual(["drafts"]);
  });
});

describe("simulator: message details", () => {
  test("a meeting request carries its meeting's start and end, as v1.0 eventMessage does", async () => {
    const sim = createGraphSimulator({ now: () => FIXED_NOW });
    const event = sim.state.insertEvent(eventAt(24, "Screen"));
    const msg = sim.state.insertMessage(
      { "@odata.type": "#microsoft.graph.eventMessage", subject: "Screen" },
      "inbox",
      event.event.id!,
    );
    const res = await rawCall(sim, "GET", `/me/messages/${msg.message.id}`);
    expect(res.body).toMatchObject({
      startDateTime: event.event.start,
      endDateTime: event.event.end,
      meetingMessageType: "meetingRequest",
    });
  });

  test("inbox delta pages by $top when no Prefer is sent, and keeps it across the round", async () => {
    const sim = createGraphSimulator({ now: () => FIXED_NOW });
    for (let i = 0; i < 5; i += 1) sim.state.insertMessage({ subject: `m${i}` }, "inbox");
    const first = (
      await rawCall(sim, "GET", "/me/mailFolders/inbox/messages/delta", { query: { $top: "2" } })
    ).body as Json;
    expect((first.value as Json[]).length).toBe(2);
    const skip = new URL(String(first["@odata.nextLink"])).searchParams.get("$skiptoken")!;
    const second = (
      await rawCall(sim, "GET", "/me/mailFolders/inbox/messages/delta", { query: { $skiptoken: skip } })
    ).body as Json;
    expect((second.value as Json[]).length).toBe(2);
  });
});
