import { createGraphSimulator } from "../../../src/graph/simulator";
import { FIXED_NOW, eventAt, rawCall } from "../../support/graphHarness";

type Json = Record<string, unknown>;
const newSim = () => createGraphSimulator({ now: () => FIXED_NOW });

describe("simulator: POST /me/events", () => {
  test("a created event carries Graph's documented defaults and a weak eTag", async () => {
    const sim = newSim();
    const res = await rawCall(sim, "POST", "/me/events", { body: eventAt(3, "Dentist") });
    expect(res.status).toBe(201);
    const body = res.body as Json;
    expect(body).toMatchObject({
      subject: "Dentist",
      sensitivity: "normal",
      showAs: "busy",
      isReminderOn: true,
      reminderMinutesBeforeStart: 15,
      type: "singleInstance",
      isOrganizer: true,
    });
    expect(body["@odata.etag"]).toMatch(/^W\/".+"$/);
    expect(body["@odata.etag"]).toBe(`W/"${String(body.changeKey)}"`);
  });

  test("a repeated transactionId returns the first event and creates no second one", async () => {
    const sim = newSim();
    const first = await rawCall(sim, "POST", "/me/events", {
      body: { ...eventAt(3, "Appointment"), transactionId: "t-1" },
    });
    const second = await rawCall(sim, "POST", "/me/events", {
      body: { ...eventAt(3, "Appointment"), transactionId: "t-1" },
    });
    expect(second.status).toBe(201);
    expect((second.body as Json).id).toBe((first.body as Json).id);
    expect(sim.state.events.size).toBe(1);
  });

  test("transactionId is returned only when the app set it", async () => {
    const sim = newSim();
    const res = await rawCall(sim, "POST", "/me/events", { body: eventAt(3) });
    expect(res.body).not.toHaveProperty("transactionId");
  });

  test("times given in a Windows zone are stored and returned in UTC", async () => {
    const sim = newSim();
    const res = await rawCall(sim, "POST", "/me/events", {
      body: {
        subject: "x",
        start: { dateTime: "2026-07-01T14:00:00", timeZone: "Romance Standard Time" },
        end: { dateTime: "2026-07-01T15:00:00", timeZone: "Romance Standard Time" },
      },
    });
    expect((res.body as Json).start).toEqual({ dateTime: "2026-07-01T12:00:00.0000000", timeZone: "UTC" });
    expect((res.body as Json).originalStartTimeZone).toBe("Romance Standard Time");
  });

  test("an unknown time zone is a 400", async () => {
    const sim = newSim();
    const res = await rawCall(sim, "POST", "/me/events", {
      body: {
        subject: "x",
        start: { dateTime: "2026-07-01T14:00:00", timeZone: "Mars Standard Time" },
        end: { dateTime: "2026-07-01T15:00:00", timeZone: "UTC" },
      },
    });
    expect(res.status).toBe(400);
  });

  test("extended properties in the create body are stored but not echoed", async () => {
    const sim = newSim();
    const id = "String {6f1b7c1e-0c2a-4d0e-9a51-3b2f0c8e7d41} Name Marker";
    const res = await rawCall(sim, "POST", "/me/events", {
      body: { ...eventAt(3), singleValueExtendedProperties: [{ id, value: "1" }] },
    });
    expect(res.body).not.toHaveProperty("singleValueExtendedProperties");
    const got = await rawCall(sim, "GET", `/me/events/${(res.body as Json).id}`, {
      query: { $expand: `singleValueExtendedProperties($filter=id eq '${id}')` },
    });
    expect((got.body as Json).singleValueExtendedProperties).toEqual([{ id, value: "1" }]);
  });
});

describe("simulator: PATCH and DELETE /me/events/{id}", () => {
  async function created() {
    const sim = newSim();
    const res = await rawCall(sim, "POST", "/me/events", { body: eventAt(3, "Interview with Fabrikam") });
    return { sim, event: res.body as Json };
  }

  test("If-Match with the current eTag applies the change and yields a new eTag", async () => {
    const { sim, event } = await created();
    const res = await rawCall(sim, "PATCH", `/me/events/${event.id}`, {
      headers: { "If-Match": String(event["@odata.etag"]) },
      body: { sensitivity: "private", isReminderOn: false },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sensitivity: "private", isReminderOn: false });
    expect((res.body as Json)["@odata.etag"]).not.toBe(event["@odata.etag"]);
  });

  test("a stale If-Match is a 412 ErrorIrresolvableConflict and changes nothing", async () => {
    const { sim, event } = await created();
    await rawCall(sim, "PATCH", `/me/events/${event.id}`, { body: { showAs: "oof" } });
    const res = await rawCall(sim, "PATCH", `/me/events/${event.id}`, {
      headers: { "If-Match": String(event["@odata.etag"]) },
      body: { sensitivity: "private" },
    });
    expect(res.status).toBe(412);
    expect((res.body as { error: Json }).error.code).toBe("ErrorIrresolvableConflict");
    expect(sim.state.events.get(String(event.id))!.event.sensitivity).toBe("normal");
  });

  test.each([
    ["sensitivity", "secret"],
    ["showAs", "invisible"],
  ])("an invalid %s value is a 400", async (property, value) => {
    const { sim, event } = await created();
    const res = await rawCall(sim, "PATCH", `/me/events/${event.id}`, { body: { [property]: value } });
    expect(res.status).toBe(400);
  });

  test("an organizer's update resets the private flag on the attendee's copy", async () => {
    const { sim, event } = await created();
    await rawCall(sim, "PATCH", `/me/events/${event.id}`, { body: { sensitivity: "private" } });
    sim.state.organizerUpdate(String(event.id), { subject: "Interview with Fabrikam (moved)" });
    const res = await rawCall(sim, "GET", `/me/events/${event.id}`);
    expect((res.body as Json).sensitivity).toBe("normal");
  });

  test("DELETE answers 204, then the event is a 404 ErrorItemNotFound", async () => {
    const { sim, event } = await created();
    expect((await rawCall(sim, "DELETE", `/me/events/${event.id}`)).status).toBe(204);
    const res = await rawCall(sim, "GET", `/me/events/${event.id}`);
    expect(res.status).toBe(404);
    expect((res.body as { error: Json }).error.code).toBe("ErrorItemNotFound");
  });
});

describe("simulator: open extensions", () => {
  const ext = {
    "@odata.type": "microsoft.graph.openTypeExtension",
    extensionName: "Com.GracefulLeave.Marker",
    v: 1,
    kind: "block",
  };

  async function withExtension() {
    const sim = newSim();
    const event = (await rawCall(sim, "POST", "/me/events", { body: eventAt(2) })).body as Json;
    const res = await rawCall(sim, "POST", `/me/events/${event.id}/extensions`, { body: ext });
    return { sim, event, res };
  }

  test("creating one answers 201 with its fully qualified id", async () => {
    const { res } = await withExtension();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      extensionName: "Com.GracefulLeave.Marker",
      v: 1,
      id: "Microsoft.OutlookServices.OpenTypeExtension.Com.GracefulLeave.Marker",
    });
  });

  test("a second one with the same name is a 409", async () => {
    const { sim, event } = await withExtension();
    expect((await rawCall(sim, "POST", `/me/events/${event.id}/extensions`, { body: ext })).status).toBe(409);
  });

  test("PATCH replaces the data: properties not sent are gone", async () => {
    const { sim, event } = await withExtension();
    const res = await rawCall(sim, "PATCH", `/me/events/${event.id}/extensions/Com.GracefulLeave.Marker`, {
      body: {
        "@odata.type": "microsoft.graph.openTypeExtension",
        extensionName: "Com.GracefulLeave.Marker",
        v: 2,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ v: 2 });
    expect(res.body).not.toHaveProperty("kind");
  });

  test("events carrying it are found with the documented any() filter", async () => {
    const { sim, event } = await withExtension();
    await rawCall(sim, "POST", "/me/events", { body: eventAt(4, "Other") });
    const fqn = "Microsoft.OutlookServices.OpenTypeExtension.Com.GracefulLeave.Marker";
    const res = await rawCall(sim, "GET", "/me/events", {
      query: { $filter: `Extensions/any(f:f/id eq '${fqn}')`, $expand: `Extensions($filter=id eq '${fqn}')` },
    });
    const value = (res.body as { value: Json[] }).value;
    expect(value.map((e) => e.id)).toEqual([event.id]);
    expect((value[0]!.extensions as Json[])[0]).toMatchObject({ v: 1 });
  });

  test("changing an extension changes the event's eTag", async () => {
    const { sim, event } = await withExtension();
    const now = (await rawCall(sim, "GET", `/me/events/${event.id}`)).body as Json;
    expect(now["@odata.etag"]).not.toBe(event["@odata.etag"]);
  });

  test("DELETE removes it", async () => {
    const { sim, event } = await withExtension();
    expect(
      (await rawCall(sim, "DELETE", `/me/events/${event.id}/extensions/Com.GracefulLeave.Marker`)).status,
    ).toBe(204);
    expect(
      (await rawCall(sim, "GET", `/me/events/${event.id}/extensions/Com.GracefulLeave.Marker`)).status,
    ).toBe(404);
  });
});

describe("simulator: $select with $expand", () => {
  test("an expanded navigation comes back even when $select does not name it", async () => {
    const sim = newSim();
    const ext = {
      "@odata.type": "microsoft.graph.openTypeExtension",
      extensionName: "Com.GracefulLeave.Marker",
      v: 1,
    };
    const event = (await rawCall(sim, "POST", "/me/events", { body: { ...eventAt(2), extensions: [ext] } }))
      .body as Json;
    const fqn = "Microsoft.OutlookServices.OpenTypeExtension.Com.GracefulLeave.Marker";
    const res = await rawCall(sim, "GET", `/me/events/${event.id}`, {
      query: { $select: "subject", $expand: `extensions($filter=id eq '${fqn}')` },
    });
    expect(Object.keys(res.body as Json).sort()).toEqual(["@odata.etag", "extensions", "id", "subject"]);
  });
});
