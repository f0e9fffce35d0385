import type { Detection, Mailbox, RevealContext } from "../../core";
import type { InterviewFields } from "../../ui";
import { interviewIdFor } from "./interviewIdFor";
import type { OpenItem } from "./officeHost";

/** What the pane acts on for one interview: when, which id, and the names that must not show. */
export interface LeavePlan {
  interviewId: string;
  startUtc: string;
  endUtc: string;
  /** The item sits on the user's calendar (an event or a meeting request), so it can be marked private. */
  onCalendar: boolean;
  reveal: RevealContext;
}

function domainOf(address: string | undefined): string {
  return (address ?? "").split("@")[1]?.toLowerCase() ?? "";
}

function present(values: Array<string | null | undefined>): string[] {
  return [...new Set(values.map((v) => (v ?? "").trim()).filter((v) => v.length >= 2))];
}

/**
 * The plan for an item the detector calls an interview, using the user's corrected fields. Null when
 * it is not an interview for the user or no time could be read (nothing to block or cost).
 */
export function leavePlanFor(
  item: OpenItem,
  detection: Detection,
  fields: InterviewFields,
  owner: Mailbox,
): LeavePlan | null {
  if (!detection.interview || !detection.start || !detection.end) return null;
  const start = Date.parse(detection.start);
  const end = Date.parse(detection.end);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null;
  const ownDomain = domainOf(owner.address ?? undefined);
  // The recruiter is whoever wrote from outside the user's organisation; a colleague's name is not a secret.
  const people = [item.organizer, item.from]
    .filter((p) => p !== undefined && domainOf(p.emailAddress.address) !== ownDomain)
    .map((p) => p?.emailAddress.name);
  const companies = present([fields.company, detection.company]);
  const agencies = present([fields.agency, detection.agency]);
  return {
    interviewId: interviewIdFor(item),
    startUtc: new Date(start).toISOString(),
    endUtc: new Date(end).toISOString(),
    onCalendar: item.kind === "event",
    reveal: {
      companies,
      agencies,
      // revealsInterview also catches a shortened name ("Northwind" of "Northwind Traders").
      recruiters: present(people),
    },
  };
}
