import { useEffect, useState } from "react";
import type { Event } from "@microsoft/microsoft-graph-types";
import { detect, type Mailbox } from "../../core";
import type { InterviewRow } from "../../ui";
import { whenLabel } from "../shared";

export type ScanState =
  { status: "loading" } | { status: "ready"; rows: InterviewRow[] } | { status: "error"; message: string };

export const SCAN_DAYS = 28;

/** Runs the local detector over each event; keeps the ones where the owner is the candidate. */
export function interviewRows(events: Event[], owner: Mailbox, now: string): InterviewRow[] {
  const rows: InterviewRow[] = [];
  for (const event of events) {
    if (event.isCancelled) continue;
    const verdict = detect({ ...event, kind: "event" }, owner, { now });
    if (!verdict.interview || !event.id) continue;
    rows.push({
      id: event.id,
      when:
        whenLabel(
          { start: event.start as never, end: event.end as never },
          undefined,
          owner.timeZone ?? undefined,
        ) ?? "Time not set",
      company: verdict.company,
      agency: verdict.agency,
      stage: verdict.stage,
      isPrivate: event.sensitivity === "private",
    });
  }
  return rows;
}

/** Scans the coming weeks of calendar once the tab knows who the user is. */
export function useInterviewScan(
  listWindow: ((startUtc: string, endUtc: string) => Promise<Event[]>) | null,
  owner: Mailbox,
  now: string,
): ScanState {
  const [state, setState] = useState<ScanState>({ status: "loading" });
  useEffect(() => {
    if (!listWindow) return;
    let live = true;
    const start = new Date(now);
    const end = new Date(start.getTime() + SCAN_DAYS * 86_400_000);
    listWindow(start.toISOString(), end.toISOString()).then(
      (events) => live && setState({ status: "ready", rows: interviewRows(events, owner, now) }),
      (error: unknown) =>
        live &&
        setState({
          status: "error",
          message:
            error instanceof Error ? error.message : "The calendar could not be read. Try again in a minute.",
        }),
    );
    return () => {
      live = false;
    };
  }, [listWindow, owner, now]);
  return state;
}
