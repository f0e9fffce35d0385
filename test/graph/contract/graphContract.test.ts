import { ContractChecker, CSDL_PATH, loadCsdl } from "../../support/graphContract";
import { graphHarness } from "../../support/graphHarness";

const model = loadCsdl();
const describeWithCsdl = model ? describe : describe.skip;
if (!model)
  console.warn(`Graph contract tests skipped: ${CSDL_PATH} is absent (../shared is outside the repo).`);

type Shape = { method: string; path: string; query: Record<string, string>; bodyProperties: string[] };
const shape = (
  method: string,
  path: string,
  query: Record<string, string> = {},
  bodyProperties: string[] = [],
): Shape => ({
  method,
  path,
  query,
  bodyProperties,
});
const WINDOW = { startDateTime: "2026-11-25T00:00:00Z", endDateTime: "2026-12-02T00:00:00Z" };
const MARKER = "String {6f1b7c1e-0c2a-4d0e-9a51-3b2f0c8e7d41} Name GracefulLeaveMarker";

describeWithCsdl("Graph contract resolver", () => {
  const checker = new ContractChecker(model!);

  test.each([
    [
      "the calendar window with $select, including a base-type property",
      shape("GET", "/me/calendarView", {
        ...WINDOW,
        $select: "subject,start,end,sensitivity,showAs,categories,isReminderOn",
      }),
    ],
    [
      "calendarView delta, a bound function on Collection(event)",
      shape("GET", "/me/calendarView/delta", WINDOW),
    ],
    [
      "the event behind a meeting request through a type cast",
      shape("GET", "/me/messages/AAMkX", { $expand: "microsoft.graph.eventMessage/event" }),
    ],
    [
      "the inbox delta with the documented filter and changeType",
      shape("GET", "/me/mailFolders/inbox/messages/delta", {
        $select: "subject,from,receivedDateTime",
        $filter: "receivedDateTime ge 2026-11-01T00:00:00Z",
        changeType: "created",
      }),
    ],
    [
      "a private block with an open extension and an extended property",
      shape("POST", "/me/events", {}, [
        "subject",
        "start/dateTime",
        "start/timeZone",
        "end/dateTime",
        "end/timeZone",
        "sensitivity",
        "showAs",
        "isReminderOn",
        "reminderMinutesBeforeStart",
        "transactionId",
        "extensions/#microsoft.graph.openTypeExtension/extensionName",
        "extensions/#microsoft.graph.openTypeExtension/anyCustomValue",
        "singleValueExtendedProperties/id",
        "singleValueExtendedProperties/value",
      ]),
    ],
    [
      "finding our marker by extended property",
      shape("GET", "/me/events", {
        $filter: `singleValueExtendedProperties/Any(ep: ep/id eq '${MARKER}' and ep/value eq 'x')`,
        $expand: `singleValueExtendedProperties($filter=id eq '${MARKER}')`,
      }),
    ],
    [
      "finding our marker by open extension, written as the docs write it",
      shape("GET", "/me/events", {
        $filter: "Extensions/any(f:f/id eq 'Com.GracefulLeave.Marker')",
        $expand: "Extensions($filter=id eq 'Com.GracefulLeave.Marker')",
      }),
    ],
    [
      "an open extension on an event",
      shape("PATCH", "/me/events/AAMkX/extensions/Com.GracefulLeave.Marker", {}, [
        "#microsoft.graph.openTypeExtension/extensionName",
        "#microsoft.graph.openTypeExtension/v",
      ]),
    ],
    [
      "working hours, a complex property below a complex property",
      shape("GET", "/me/mailboxSettings/workingHours"),
    ],
    ["the manager navigation", shape("GET", "/me/manager", { $select: "displayName,mail" })],
    ["calendar permissions", shape("GET", "/me/calendar/calendarPermissions")],
    ["the app folder", shape("GET", "/me/drive/special/approot")],
    [
      "a file in the app folder by path",
      shape("PUT", "/me/drive/special/approot:/graceful-leave.json:/content", {
        "@microsoft.graph.conflictBehavior": "fail",
      }),
    ],
    [
      "a draft to the manager",
      shape("POST", "/me/messages", {}, [
        "subject",
        "body/contentType",
        "body/content",
        "toRecipients/emailAddress/address",
      ]),
    ],
  ])("resolves %s", (_name, request) => {
    expect(checker.check(request)).toEqual([]);
  });

  test.each([
    [
      "a misspelt $select property",
      shape("GET", "/me/calendarView", { ...WINDOW, $select: "subject,sensitivty" }),
      "sensitivty",
    ],
    ["a misspelt body property", shape("PATCH", "/me/events/AAMkX", {}, ["isReminderOnn"]), "isReminderOnn"],
    ["a misspelt nested body property", shape("POST", "/me/events", {}, ["start/dateTim"]), "start/dateTim"],
    [
      "a body property in the wrong case",
      shape("PATCH", "/me/events/AAMkX", {}, ["Sensitivity"]),
      "Sensitivity",
    ],
    ["an unknown path segment", shape("GET", "/me/calendarViews", WINDOW), "calendarViews"],
    [
      "a cast to a type that is not a message",
      shape("GET", "/me/messages/AAMkX", { $expand: "microsoft.graph.event/calendar" }),
      "microsoft.graph.event",
    ],
    [
      "an unknown navigation in $expand",
      shape("GET", "/me/messages/AAMkX", { $expand: "microsoft.graph.eventMessage/evnt" }),
      "evnt",
    ],
    [
      "an unknown property in $filter",
      shape("GET", "/me/events", { $filter: "sensitivty eq 'private'" }),
      "sensitivty",
    ],
    [
      "an unknown property in a lambda",
      shape("GET", "/me/events", { $filter: "singleValueExtendedProperties/any(ep: ep/idd eq 'x')" }),
      "idd",
    ],
    [
      "an unknown property in $orderby",
      shape("GET", "/me/calendarView", { ...WINDOW, $orderby: "start/dateTme" }),
      "dateTme",
    ],
    [
      "an undocumented custom query option",
      shape("GET", "/me/events", { startDateTime: "x" }),
      "startDateTime",
    ],
    ["an unknown $ option", shape("GET", "/me/events", { $selct: "subject" }), "$selct"],
    [
      "a misspelt bound function that would otherwise pass as a key",
      shape("GET", "/me/calendarView/detla", WINDOW),
      "delta",
    ],
    ["a misspelt well-known folder name", shape("GET", "/me/mailFolders/inbx/messages/delta"), "inbox"],
    [
      "path addressing on something that is not a driveItem",
      shape("GET", "/me/events:/x.json:/content"),
      "driveItem",
    ],
  ])("rejects %s", (_name, request, culprit) => {
    const problems = checker.check(request);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(culprit);
  });

  test("parses the CSDL once per process", () => {
    expect(loadCsdl()).toBe(model);
  });
});

describeWithCsdl("Graph contract over real traffic", () => {
  const checker = new ContractChecker(model!);

  // observed: false keeps these deliberate mistakes out of the suite-wide check (which would fail the run).
  test("a request the client sends with a deliberately wrong property name fails the check", async () => {
    const h = graphHarness({ observed: false });
    await h.client.request({
      method: "GET",
      path: "/me/calendarView",
      query: { ...WINDOW, $select: "subject,sensitivty" },
      scopes: [],
    });
    const problems = h.sim.requests.flatMap((r) => checker.check(r));
    expect(problems).toEqual([
      "GET /me/calendarView: $select: 'sensitivty' is not a property of microsoft.graph.event",
    ]);
  });

  test("the same request with the right name passes", async () => {
    const h = graphHarness({ observed: false });
    await h.client.request({
      method: "GET",
      path: "/me/calendarView",
      query: { ...WINDOW, $select: "subject,sensitivity" },
      scopes: [],
    });
    expect(h.sim.requests.flatMap((r) => checker.check(r))).toEqual([]);
  });

  test("inner $batch requests are recorded and checked one by one", async () => {
    const h = graphHarness({ observed: false });
    await h.client.batch([
      { method: "GET", path: "/me", scopes: [], query: { $select: "displayName" } },
      { method: "PATCH", path: "/me/events/AAMkX", scopes: [], body: { sensitivityy: "private" } },
    ]);
    const problems = h.sim.requests.flatMap((r) => checker.check(r));
    expect(problems).toEqual([
      "PATCH /me/events/AAMkX: body property 'sensitivityy' is not defined on microsoft.graph.event",
    ]);
  });
});
