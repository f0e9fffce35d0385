/** @jest-environment ./test/hosts/support/jsdomWithFetch.js */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import {
  GraphClient,
  createAppDataStore,
  createKeyValueBackend,
  createMemoryKeyValueStore,
} from "../../../src/graph";
import { createGraphSimulator, demoSeed, type GraphSimulator } from "../../../src/graph/simulator";
import { eventToOpenItem, messageToOpenItem } from "../../../src/hosts/demo/toOpenItem";
import type { OpenItem } from "../../../src/hosts/outlook/officeHost";
import { TaskPaneApp } from "../../../src/hosts/outlook/TaskPaneApp";
import { createTaskPaneServices, type TaskPaneServices } from "../../../src/hosts/outlook/TaskPaneServices";
import { AppFrame } from "../../../src/ui";

// A Wednesday morning, so the demo's invites fall on the coming workdays.
const NOW_MS = Date.parse("2026-11-25T08:00:00Z");
const PHONE_SCREEN = "AAMkAGDemoPhoneScreen01AAA=";
const TECH_ROUND = "AAMkAGDemoTechRound01AAA=";
const owner = { name: "Sam Rivera", address: "sam.rivera@contoso.com", timeZone: "Europe/London" };

interface Setup {
  sim: GraphSimulator;
  services: TaskPaneServices;
}

function setUp(): Setup {
  const sim = createGraphSimulator({ seed: demoSeed(NOW_MS), now: () => NOW_MS });
  const client = new GraphClient({
    fetch: sim.fetch,
    getToken: async () => "t",
    sleep: async () => undefined,
  });
  const appData = createAppDataStore({
    backend: createKeyValueBackend(createMemoryKeyValueStore()),
    now: () => NOW_MS,
  });
  const services = createTaskPaneServices(client, {
    appData,
    deviceZone: "Europe/London",
    locale: "en-GB",
    now: () => NOW_MS,
  });
  return { sim, services };
}

function show(item: OpenItem, services: TaskPaneServices) {
  return render(
    <AppFrame appearance="light" label="Graceful Leave task pane">
      <TaskPaneApp
        state={{ status: "ready", item }}
        owner={owner}
        now={new Date(NOW_MS).toISOString()}
        services={services}
      />
    </AppFrame>,
  );
}

/** The phone screen as an attendee sees it on their own calendar in Outlook. */
function phoneScreenItem(sim: GraphSimulator): OpenItem {
  const stored = sim.state.events.get(PHONE_SCREEN);
  if (!stored) throw new Error("the demo seed no longer has the phone screen");
  return eventToOpenItem(stored.event);
}

function ourBlocks(sim: GraphSimulator) {
  return [...sim.state.events.values()].filter((e) =>
    e.extensions.some((x) => String(x.extensionName ?? x.id ?? "").includes("graceful")),
  );
}

function drafts(sim: GraphSimulator) {
  return [...sim.state.messages.values()].filter((m) => m.folder === "drafts");
}

describe("the task pane's leave journey against the Graph simulator", () => {
  it("marks an invite the user opened on their calendar private with no reminder, and says what may undo it", async () => {
    const { sim, services } = setUp();
    show(phoneScreenItem(sim), services);
    fireEvent.click(await screen.findByRole("button", { name: "Keep it private" }));
    const done = await screen.findByRole("list", { name: "Done" });
    expect(within(done).getByText(/Marked your copy private/)).toBeTruthy();
    expect(within(done).getByText(/reminder off/)).toBeTruthy();
    expect(screen.getByText(/organizer's update can reset this/)).toBeTruthy();
    const event = sim.state.events.get(PHONE_SCREEN)!.event;
    expect(event.sensitivity).toBe("private");
    expect(event.isReminderOn).toBe(false);
  });

  it("finds the event behind a meeting request and marks that one private", async () => {
    const { sim, services } = setUp();
    const request = [...sim.state.messages.values()].find((m) => m.eventId === TECH_ROUND);
    if (!request) throw new Error("the demo seed no longer has the meeting request");
    const event = sim.state.events.get(TECH_ROUND)!.event;
    const item: OpenItem = {
      ...messageToOpenItem(request.message),
      kind: "event",
      itemClass: "IPM.Schedule.Meeting.Request",
      start: { dateTime: event.start!.dateTime!, timeZone: event.start!.timeZone ?? "UTC" },
      end: { dateTime: event.end!.dateTime!, timeZone: event.end!.timeZone ?? "UTC" },
    };
    show(item, services);
    fireEvent.click(await screen.findByRole("button", { name: "Keep it private" }));
    await screen.findByRole("list", { name: "Done" });
    expect(sim.state.events.get(TECH_ROUND)!.event.sensitivity).toBe("private");
  });

  it("creates the user's own block once, even when the action is repeated", async () => {
    const { sim, services } = setUp();
    const before = sim.state.events.size;
    show(phoneScreenItem(sim), services);
    const add = await screen.findByRole("button", { name: "Add my own private block" });
    fireEvent.click(add);
    await screen.findByRole("list", { name: "Done" });
    fireEvent.click(add);
    await waitFor(() => expect(screen.getByRole("list", { name: "Done" })).toBeTruthy());
    await waitFor(() => expect(add.hasAttribute("disabled")).toBe(false));
    expect(sim.state.events.size).toBe(before + 1);
    const block = ourBlocks(sim)
      .map((e) => e.event)
      .find((e) => e.id !== PHONE_SCREEN)!;
    expect(block.subject).toBe("Appointment");
    expect(block.sensitivity).toBe("private");
    expect(block.attendees ?? []).toEqual([]);
    expect(block.body?.content ?? "").toBe("");
    expect(block.isReminderOn).toBe(true);
  });

  it("creates the block once when the first response was lost on the way back", async () => {
    const { sim, services } = setUp();
    const before = sim.state.events.size;
    show(phoneScreenItem(sim), services);
    const add = await screen.findByRole("button", { name: "Add my own private block" });
    // Written by Graph, but the answer never arrives: the retry must find it, not add a second one.
    sim.faults.dropNext(1, "after");
    fireEvent.click(add);
    await screen.findByRole("list", { name: "Done" }).catch(() => screen.findByRole("alert"));
    await waitFor(() => expect(add.hasAttribute("disabled")).toBe(false));
    fireEvent.click(add);
    await screen.findByRole("list", { name: "Done" });
    await waitFor(() => expect(add.hasAttribute("disabled")).toBe(false));
    expect(sim.state.events.size).toBe(before + 1);
    // The loss really happened (the first answer never arrived) and the create was sent again.
    const creates = sim.requests.filter((r) => r.method === "POST" && r.path === "/me/events");
    expect(creates.length).toBeGreaterThan(1);
    expect(creates[0]?.status).toBe(0);
  });

  it("adds travel buffers as separate private blocks and counts them in the PTO hours", async () => {
    const { sim, services } = setUp();
    const before = sim.state.events.size;
    show(phoneScreenItem(sim), services);
    const hoursBefore = (await screen.findByLabelText(/^PTO hours:/)).textContent;
    fireEvent.change(screen.getByRole("spinbutton", { name: "Travel before (minutes)" }), {
      target: { value: "30" },
    });
    fireEvent.blur(screen.getByRole("spinbutton", { name: "Travel before (minutes)" }));
    await waitFor(() => expect(screen.getByLabelText(/^PTO hours:/).textContent).not.toBe(hoursBefore));
    fireEvent.click(screen.getByRole("button", { name: "Add my own private block" }));
    await screen.findByText(/30 minutes of travel time before it/);
    expect(sim.state.events.size).toBe(before + 2);
  });

  it("shows the PTO hours and the projected balance from the stored policy", async () => {
    const { sim, services } = setUp();
    await services.appData!.save((doc) => ({
      ...doc,
      ptoPolicy: {
        updatedAt: new Date(NOW_MS).toISOString(),
        value: {
          balanceHours: 10,
          asOf: "2026-11-25",
          accrual: null,
          capHours: null,
          carryover: null,
          negativeLimitHours: 0,
          incrementHours: 1,
          minimumHours: 0,
          holidays: [],
        },
      },
    }));
    show(phoneScreenItem(sim), services);
    // A 30-minute screen in working hours, rounded up to whole hours: 1 hour, leaving 9.
    expect((await screen.findByLabelText(/^PTO hours:/)).textContent).toBe("1 hour");
    expect(screen.getByLabelText("Projected balance").textContent).toMatch(/^9 hours left on /);
  });

  it("shows unpaid hours and billings forgone in contractor mode", async () => {
    const { sim, services } = setUp();
    await services.appData!.save((doc) => ({
      ...doc,
      settings: {
        ...doc.settings,
        updatedAt: new Date(NOW_MS).toISOString(),
        contractorMode: true,
        contractor: { hourlyRate: 80, currency: "GBP" },
      },
    }));
    show(phoneScreenItem(sim), services);
    expect((await screen.findByLabelText(/^Unpaid hours:/)).textContent).toBe("0.5 hours");
    expect(screen.getByLabelText("Billings forgone").textContent).toMatch(/£40\.00/);
    expect(screen.queryByLabelText(/^PTO hours:/)).toBeNull();
  });

  it("saves the note to the manager as a draft, never sends it, and remembers the address", async () => {
    const { sim, services } = setUp();
    const sentBefore = [...sim.state.messages.values()].filter((m) => m.folder === "sentitems").length;
    show(phoneScreenItem(sim), services);
    const note = await screen.findByRole("note", { name: "Note text" });
    expect(note.textContent).toMatch(/^I have an appointment on .+ and will take PTO for it\.$/);
    fireEvent.change(screen.getByRole("textbox", { name: /Manager's email address/ }), {
      target: { value: "jordan.lee@contoso.com" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Draft note to my manager" }));
    await screen.findByText(/Saved as a draft to jordan.lee@contoso.com/);
    const saved = drafts(sim);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.message.isDraft).toBe(true);
    expect(saved[0]!.message.body?.content).toBe(note.textContent);
    expect(saved[0]!.message.toRecipients?.[0]?.emailAddress?.address).toBe("jordan.lee@contoso.com");
    expect([...sim.state.messages.values()].filter((m) => m.folder === "sentitems").length).toBe(sentBefore);
    const stored = await services.appData!.load();
    expect(stored.status === "ok" && stored.document.settings.managerAddress).toBe("jordan.lee@contoso.com");
  });

  it("refuses to draft to something that is not an address, and writes nothing", async () => {
    const { sim, services } = setUp();
    show(phoneScreenItem(sim), services);
    fireEvent.change(await screen.findByRole("textbox", { name: /Manager's email address/ }), {
      target: { value: "my boss" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Draft note to my manager" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/not an email address/);
    expect(drafts(sim)).toHaveLength(0);
  });

  it("refuses a neutral word that names the company, with a message and no write", async () => {
    const { sim, services } = setUp();
    await services.appData!.save((doc) => ({
      ...doc,
      settings: { ...doc.settings, updatedAt: new Date(NOW_MS).toISOString(), neutralWord: "Northwind call" },
    }));
    const before = sim.state.events.size;
    show(phoneScreenItem(sim), services);
    fireEvent.click(await screen.findByRole("button", { name: "Add my own private block" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Nothing was written/);
    expect(sim.state.events.size).toBe(before);
  });

  it("blocks the time of an email that states one, under the neutral word, with no invite to mark", async () => {
    const { sim, services } = setUp();
    const before = sim.state.events.size;
    const email: OpenItem = {
      kind: "message",
      itemClass: "IPM.Note",
      restId: "AAMkConfirmation01",
      subject: "Interview confirmation: Data Engineer at Northwind Traders",
      body: {
        contentType: "text",
        content:
          "Hi Sam,\n\nYour interview with our hiring manager is confirmed for Thursday 3 December 2026, 14:00–15:00 " +
          "(London time) at our office.\n\nBest regards,\nRita Okafor\nTalent Acquisition, Northwind Traders",
      },
      from: { emailAddress: { name: "Rita Okafor", address: "rita.okafor@northwindtraders.example" } },
      toRecipients: [{ emailAddress: { name: owner.name, address: owner.address } }],
      receivedDateTime: "2026-11-24T10:00:00Z",
      isOrganizer: false,
    };
    show(email, services);
    const block = await screen.findByRole("button", { name: 'Block the time as "Appointment"' });
    expect(screen.queryByRole("button", { name: "Keep it private" })).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "Out of office" }));
    fireEvent.click(block);
    await screen.findByRole("list", { name: "Done" });
    const created = [...sim.state.events.values()]
      .map((e) => e.event)
      .filter((e) => e.subject === "Appointment");
    expect(sim.state.events.size).toBe(before + 1);
    expect(created).toHaveLength(1);
    expect(created[0]!.showAs).toBe("oof");
    expect(Date.parse(`${created[0]!.start!.dateTime!}Z`)).toBe(Date.parse("2026-12-03T14:00:00Z"));
    expect(screen.getByRole("note", { name: "Note text" }).textContent).toMatch(
      /Thursday 3 December, 14:00.15:00/,
    );
  });

  it("fills in the manager from the directory when the tenant allows it", async () => {
    const { sim, services } = setUp();
    show(phoneScreenItem(sim), services);
    fireEvent.click(await screen.findByRole("button", { name: "Find my manager" }));
    await waitFor(() =>
      expect(
        (screen.getByRole("textbox", { name: /Manager's email address/ }) as HTMLInputElement).value,
      ).toBe(
        String(
          sim.state.manager !== "none" && sim.state.manager !== "forbidden" ? sim.state.manager.mail : "",
        ),
      ),
    );
    expect(
      (screen.getByRole("textbox", { name: /Manager's email address/ }) as HTMLInputElement).value,
    ).not.toBe("");
  });

  it("asks for the address when the directory will not say who the manager is", async () => {
    const { sim, services } = setUp();
    sim.state.manager = "forbidden";
    show(phoneScreenItem(sim), services);
    fireEvent.click(await screen.findByRole("button", { name: "Find my manager" }));
    await screen.findByText(/type the address instead/);
    expect((screen.getByRole("textbox", { name: /Manager's email address/ }) as HTMLInputElement).value).toBe(
      "",
    );
  });

  it("records the interview and its planned PTO once, however often the user acts on it", async () => {
    const { sim, services } = setUp();
    show(phoneScreenItem(sim), services);
    fireEvent.click(await screen.findByRole("button", { name: "Keep it private" }));
    await screen.findByText(/Saved to your interviews/);
    const add = screen.getByRole("button", { name: "Add my own private block" });
    fireEvent.click(add);
    fireEvent.click(add);
    await waitFor(() =>
      expect(screen.getByRole("list", { name: "Done" }).textContent).toMatch(/Added "Appointment"/),
    );
    await waitFor(() => expect(add.hasAttribute("disabled")).toBe(false));
    const stored = await services.appData!.load();
    if (stored.status !== "ok") throw new Error(`stored document is ${stored.status}`);
    const { interviews, ledger } = stored.document;
    expect(interviews).toHaveLength(1);
    // Both calendar items are remembered, so the check-up can re-check the invite and clean up the block.
    expect(interviews[0]!.calendar.eventId).toBe(PHONE_SCREEN);
    expect(interviews[0]!.calendar.blockEventId).toBe(
      ourBlocks(sim)
        .map((e) => e.event.id)
        .find((id) => id !== PHONE_SCREEN),
    );
    expect(interviews[0]!.company).toBe("Northwind Traders");
    expect(ledger.map((e) => [e.kind, e.hours])).toEqual([["planned", -0.5]]);
  });
});
