/** @jest-environment ./test/hosts/support/jsdomWithFetch.js */
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { detect, revealsInterview, type RevealContext } from "../../../src/core";
import {
  GraphClient,
  createAppDataStore,
  createKeyValueBackend,
  createMemoryKeyValueStore,
} from "../../../src/graph";
import { createGraphSimulator, demoSeed, type GraphSimulator } from "../../../src/graph/simulator";
import { eventToOpenItem, messageToOpenItem } from "../../../src/hosts/demo/toOpenItem";
import { leavePlanFor } from "../../../src/hosts/outlook/leavePlanFor";
import type { OpenItem } from "../../../src/hosts/outlook/officeHost";
import { TaskPaneApp } from "../../../src/hosts/outlook/TaskPaneApp";
import { createTaskPaneServices } from "../../../src/hosts/outlook/TaskPaneServices";
import { AppFrame } from "../../../src/ui";

const NOW_MS = Date.parse("2026-11-25T08:00:00Z");
const NOW = new Date(NOW_MS).toISOString();
const owner = { name: "Sam Rivera", address: "sam.rivera@contoso.com", timeZone: "Europe/London" };

interface Write {
  method: string;
  path: string;
  body: unknown;
}

/** Every string in a request body: the write paths must not put a revealing word in any of them. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

function harness() {
  const sim = createGraphSimulator({ seed: demoSeed(NOW_MS), now: () => NOW_MS });
  const writes: Write[] = [];
  const fetchAndRecord: typeof fetch = async (input, init) => {
    const method = (init?.method ?? "GET").toUpperCase();
    if (method !== "GET" && typeof init?.body === "string") {
      writes.push({ method, path: new URL(String(input)).pathname, body: JSON.parse(init.body) as unknown });
    }
    return sim.fetch(input, init);
  };
  const client = new GraphClient({
    fetch: fetchAndRecord,
    getToken: async () => "t",
    sleep: async () => undefined,
  });
  const services = createTaskPaneServices(client, {
    appData: createAppDataStore({
      backend: createKeyValueBackend(createMemoryKeyValueStore()),
      now: () => NOW_MS,
    }),
    deviceZone: "Europe/London",
    locale: "en-GB",
    now: () => NOW_MS,
  });
  return { sim, writes, services };
}

/** Every demo item the detector calls an interview with a time: each one is run through every write path. */
function interviewItems(sim: GraphSimulator): OpenItem[] {
  const events = [...sim.state.events.values()].map((e) => eventToOpenItem(e.event));
  const messages = [...sim.state.messages.values()].map((m) => messageToOpenItem(m.message));
  return [...events, ...messages].filter((item) => {
    const detection = detect(item, owner, { now: NOW });
    return (
      leavePlanFor(item, detection, { company: "", agency: "", stage: "unknown", joinUrl: "" }, owner) !==
      null
    );
  });
}

/** The names this item must never leak, as the pane itself derives them. */
function contextOf(item: OpenItem): RevealContext {
  const detection = detect(item, owner, { now: NOW });
  const fields = {
    company: detection.company ?? "",
    agency: detection.agency ?? "",
    stage: detection.stage ?? "unknown",
    joinUrl: "",
  } as const;
  const plan = leavePlanFor(item, detection, fields, owner);
  if (!plan) throw new Error("not an interview with a time");
  return plan.reveal;
}

async function runEveryWritePath(item: OpenItem, services: ReturnType<typeof harness>["services"]) {
  render(
    <AppFrame appearance="light" label="Graceful Leave task pane">
      <TaskPaneApp state={{ status: "ready", item }} owner={owner} now={NOW} services={services} />
    </AppFrame>,
  );
  const mark = screen.queryByRole("button", { name: "Keep it private" });
  if (mark) {
    fireEvent.click(mark);
    await screen.findByRole("status", { name: "What was done" });
  }
  for (const name of ["Travel before (minutes)", "Travel after (minutes)"]) {
    const spin = await screen.findByRole("spinbutton", { name });
    fireEvent.change(spin, { target: { value: "15" } });
    fireEvent.blur(spin);
  }
  fireEvent.click(screen.getByRole("button", { name: /Add my own private block|Block the time as/ }));
  await screen.findByText(/15 minutes of travel time after it/);
  fireEvent.change(screen.getByRole("textbox", { name: /Manager's email address/ }), {
    target: { value: "jordan.lee@contoso.com" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Draft note to my manager" }));
  await screen.findByText(/Saved as a draft/);
  cleanup();
}

describe("privacy of every write path the task pane adds", () => {
  const { sim } = harness();
  const items = interviewItems(sim);

  it("has interview items to check, and the check catches each one's own text", () => {
    expect(items.length).toBeGreaterThanOrEqual(3);
    // The check is live: each item's own subject or body does give it away.
    for (const item of items) {
      expect(
        revealsInterview(`${item.subject}\n${item.body.content}`, contextOf(item)).length,
      ).toBeGreaterThan(0);
    }
  });

  it.each(items.map((item) => [item.subject, item] as const))(
    "writes nothing others can see that reveals %s",
    async (_subject, item) => {
      const { sim: mailbox, writes, services } = harness();
      await runEveryWritePath(item, services);
      const context = contextOf(item);
      // What went over the wire to Microsoft 365 (calendar and mail; app data here stays on the device).
      expect(writes.length).toBeGreaterThan(0);
      for (const write of writes) {
        for (const text of strings(write.body))
          expect([write.path, revealsInterview(text, context)]).toEqual([write.path, []]);
      }
      // What the mailbox now shows others: our blocks and the draft (the invite itself is the organizer's).
      const written = [...mailbox.state.events.values()].filter(
        (e) => !sim.state.events.has(e.event.id ?? ""),
      );
      expect(written.length).toBeGreaterThanOrEqual(1);
      for (const { event } of written) {
        const visible = [
          event.subject ?? "",
          event.body?.content ?? "",
          event.location?.displayName ?? "",
          ...(event.categories ?? []),
          ...(event.attendees ?? []).map(
            (a) => `${a.emailAddress?.name ?? ""} ${a.emailAddress?.address ?? ""}`,
          ),
        ];
        for (const text of visible) expect(revealsInterview(text, context)).toEqual([]);
        expect(event.attendees ?? []).toEqual([]);
        expect(event.sensitivity).toBe("private");
      }
      const drafts = [...mailbox.state.messages.values()].filter((m) => m.folder === "drafts");
      expect(drafts).toHaveLength(1);
      for (const { message } of drafts) {
        expect(message.isDraft).toBe(true);
        expect(revealsInterview(message.subject ?? "", context)).toEqual([]);
        expect(revealsInterview(message.body?.content ?? "", context)).toEqual([]);
      }
    },
  );

  // The neutral word is the user's to choose: one that says "interview" in any language is refused.
  it.each([
    ["English", "Interview prep"],
    ["French", "Entretien"],
    ["German", "Vorstellungsgespräch"],
    ["Spanish", "Entrevista de trabajo"],
    ["Portuguese", "Entrevista de emprego"],
    ["Dutch", "Sollicitatiegesprek"],
    ["Italian", "Colloquio di lavoro"],
  ])("refuses the %s interview word as the block's subject and writes no block", async (_language, word) => {
    const { sim: mailbox, writes, services } = harness();
    await services.appData!.save((doc) => ({
      ...doc,
      settings: { ...doc.settings, updatedAt: NOW, neutralWord: word },
    }));
    render(
      <AppFrame appearance="light" label="Graceful Leave task pane">
        <TaskPaneApp
          state={{ status: "ready", item: items[0]! }}
          owner={owner}
          now={NOW}
          services={services}
        />
      </AppFrame>,
    );
    fireEvent.click(
      await screen.findByRole("button", { name: /Add my own private block|Block the time as/ }),
    );
    expect((await screen.findByRole("alert")).textContent).toMatch(/Nothing was written/);
    expect(writes.filter((w) => w.path.endsWith("/me/events"))).toEqual([]);
    expect(mailbox.state.events.size).toBe(sim.state.events.size);
    cleanup();
  });
});
