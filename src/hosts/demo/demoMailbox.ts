import type { Mailbox } from "../../core";
import {
  GraphClient,
  createCalendarRepository,
  createMailboxSettingsRepository,
  createMessageRepository,
  createAppDataStore,
  createDriveBackend,
  createProfileRepository,
} from "../../graph";
import { createGraphSimulator, demoSeed } from "../../graph/simulator";
import type { OpenItem } from "../outlook/officeHost";
import { createTaskPaneServices, type TaskPaneServices } from "../outlook/TaskPaneServices";
import { seedDemoPolicy } from "./seedDemoPolicy";
import { eventToOpenItem, messageToOpenItem } from "./toOpenItem";

export interface DemoListEntry {
  id: string;
  kind: "event" | "message";
  /** The list row as Outlook shows it: enough to pick an item, not its body. */
  preview: OpenItem;
}

export interface DemoMailbox {
  owner: Mailbox;
  /** Where the Graph traffic goes, for the banner: in this page, or a simulator server. */
  source: "in-page" | string;
  entries: DemoListEntry[];
  /** Reads one item in full, as Outlook hands the task pane the open item. */
  open(entry: DemoListEntry): Promise<OpenItem>;
  /** The task pane's actions, on the same simulated mailbox. */
  services: TaskPaneServices;
  listWindow(
    startUtc: string,
    endUtc: string,
  ): ReturnType<ReturnType<typeof createCalendarRepository>["listWindow"]>;
}

const DAY = 86_400_000;

/**
 * The demo mailbox through the real Graph client and repositories. With `?graph=http://127.0.0.1:PORT`
 * the traffic goes to the simulator's HTTP server (browser tests); otherwise to one in this page.
 */
export async function openDemoMailbox(nowMs: number, search: string): Promise<DemoMailbox> {
  const remote = new URLSearchParams(search).get("graph");
  const fetchImpl: typeof fetch = remote
    ? (input, init) => window.fetch(input, init)
    : createGraphSimulator({ seed: demoSeed(nowMs), now: () => Date.now() }).fetch;
  const client = new GraphClient({
    fetch: fetchImpl,
    getToken: async () => "demo-token",
    ...(remote ? { baseUrl: `${remote.replace(/\/+$/, "")}/v1.0` } : {}),
  });
  const calendar = createCalendarRepository(client);
  const messages = createMessageRepository(client);
  const settings = createMailboxSettingsRepository(client);

  const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const appData = createAppDataStore({ backend: createDriveBackend(client), now: () => Date.now() });
  const [profile, time, events, inbox] = await Promise.all([
    createProfileRepository(client).me(),
    settings.timeSettings(deviceZone),
    calendar.listWindow(new Date(nowMs - DAY).toISOString(), new Date(nowMs + 14 * DAY).toISOString()),
    messages.scanInbox(new Date(nowMs - 30 * DAY).toISOString()),
  ]);
  // A daily stand-up would fill the list; one row per series is how a person thinks of it.
  const seenSeries = new Set<string>();
  const eventEntries: DemoListEntry[] = [];
  for (const event of events) {
    const series = event.seriesMasterId ?? event.id ?? "";
    if (!event.id || seenSeries.has(series)) continue;
    seenSeries.add(series);
    eventEntries.push({ id: event.id, kind: "event", preview: eventToOpenItem(event) });
  }
  const messageEntries: DemoListEntry[] = inbox.changed
    .filter((m) => m.id)
    .sort((a, b) => (b.receivedDateTime ?? "").localeCompare(a.receivedDateTime ?? ""))
    .map((m) => ({ id: m.id!, kind: "message", preview: messageToOpenItem(m) }));

  // Without a balance the pane still shows the hours; the demo must open regardless.
  await seedDemoPolicy(appData, nowMs).catch(() => undefined);
  const services = createTaskPaneServices(client, {
    appData,
    deviceZone,
    locale: navigator.language || "en-US",
    now: () => Date.now(),
  });

  return {
    services,
    owner: { name: profile.name, address: profile.address, timeZone: time.timeZone },
    source: remote ?? "in-page",
    entries: [...messageEntries, ...eventEntries],
    async open(entry) {
      return entry.kind === "event"
        ? eventToOpenItem(await calendar.getEvent(entry.id))
        : messageToOpenItem(await messages.getMessage(entry.id));
    },
    listWindow: (startUtc, endUtc) => calendar.listWindow(startUtc, endUtc, { withBody: true }),
  };
}
