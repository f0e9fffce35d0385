import { toEpochMs, zonedDate } from "../time";
import type { BlockedTime } from "./blockedTime";
import type { LedgerEntry, PtoPolicy, WorkingHours } from "./model";
import { ptoHoursFor, type PtoCharge } from "./ptoHoursFor";

/**
 * The ledger entry that books an interview's absence: planned, dated the day it starts in the
 * working-hours zone, spending the rounded charge. The id is the caller's (stable per interview, so
 * booking twice replaces rather than doubles). Returns the charge too, for the pane to explain.
 */
export function plannedEntryFor(
  id: string,
  interviewId: string,
  block: BlockedTime,
  workingHours: WorkingHours,
  policy: Pick<PtoPolicy, "incrementHours" | "minimumHours" | "holidays">,
): { entry: LedgerEntry; charge: PtoCharge } {
  const charge = ptoHoursFor(block, workingHours, policy);
  const date = "allDay" in block ? block.startDate : zonedDate(toEpochMs(block.start), workingHours.timeZone);
  // 0 - x rather than -x: a free absence is booked as 0, not −0.
  return {
    entry: { id, kind: "planned", date, hours: 0 - charge.hours, source: { type: "interview", interviewId } },
    charge,
  };
}
