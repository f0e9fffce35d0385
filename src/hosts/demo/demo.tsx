import { createRoot } from "react-dom/client";
import { useState } from "react";
import { GraphClient, createCalendarRepository, toIana } from "../../graph";
import { createGraphSimulator, demoSeed } from "../../graph/simulator";
import { AppFrame } from "../../ui";
import { useInterviewScan } from "../teams/useInterviewScan";
import { DemoApp } from "./DemoApp";
import { eventToOpenItem, messageToOpenItem } from "./toOpenItem";

// The demo runs the real Graph client and repositories against the in-process simulator: only the
// network and the sign-in are stood in for.
const nowMs = Date.now();
const now = new Date(nowMs).toISOString();
const seed = demoSeed(nowMs);
const simulator = createGraphSimulator({ seed, now: () => Date.now() });
const client = new GraphClient({ fetch: simulator.fetch, getToken: async () => "demo-token" });
const calendar = createCalendarRepository(client);
const listWindow = (startUtc: string, endUtc: string) => calendar.listWindow(startUtc, endUtc);

const owner = {
  name: seed.user?.displayName ?? "Sam Rivera",
  address: seed.user?.mail ?? seed.user?.userPrincipalName ?? "sam.rivera@contoso.com",
  timeZone: toIana(seed.mailboxSettings?.timeZone ?? "UTC") ?? "UTC",
};

function mailboxItems() {
  const events = [...simulator.state.events.values()]
    .map((stored) => stored.event)
    .sort((a, b) => (a.start?.dateTime ?? "").localeCompare(b.start?.dateTime ?? ""))
    .map(eventToOpenItem);
  const messages = [...simulator.state.messages.values()]
    .filter((stored) => stored.folder === "inbox")
    .map((stored) => messageToOpenItem(stored.message));
  return [...messages, ...events];
}

function Demo() {
  const [items] = useState(mailboxItems);
  const scan = useInterviewScan(listWindow, owner, now);
  return <DemoApp owner={owner} now={now} items={items} scan={scan} />;
}

const prefersDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
createRoot(document.getElementById("root")!).render(
  <AppFrame appearance={prefersDark ? "dark" : "light"} label="Graceful Leave demo">
    <Demo />
  </AppFrame>,
);
