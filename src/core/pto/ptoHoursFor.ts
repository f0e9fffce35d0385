import { toEpochMs, zonedToInstant, type Interval } from "../time";
import type { BlockedTime } from "./blockedTime";
import type { PtoPolicy, WorkingHours } from "./model";
import { roundCharge } from "./roundCharge";
import { workingIntervals } from "./workingIntervals";

const HOUR_MS = 3_600_000;

export interface PtoCharge {
  /** Hours to book: exact hours rounded up to the policy increment, at least the minimum. */
  hours: number;
  /** Working hours actually overlapped, unrounded. */
  exactHours: number;
  /** Same as exactHours in integer milliseconds, which add up exactly. */
  exactMs: number;
  /** The whole span blocked (appointment plus buffers), in hours. */
  blockedHours: number;
  /** Exact hours per working day touched, by the local date the shift started on. */
  days: { date: string; hours: number }[];
}

/** The span a block occupies: the appointment widened by its buffers, or whole days in the user's zone. */
export function blockedSpan(block: BlockedTime, timeZone: string): Interval {
  if ("allDay" in block) {
    const end = block.endDate ?? block.startDate;
    const start = zonedToInstant(block.startDate, 0, timeZone);
    const endInstant =
      end > block.startDate
        ? zonedToInstant(end, 0, timeZone)
        : zonedToInstant(block.startDate, 24 * 60, timeZone);
    return { start, end: endInstant };
  }
  const start = toEpochMs(block.start) - (block.bufferBeforeMinutes ?? 0) * 60_000;
  const end = toEpochMs(block.end) + (block.bufferAfterMinutes ?? 0) * 60_000;
  if (end < start) throw new RangeError("A blocked time cannot end before it starts");
  return { start, end };
}

/**
 * PTO an absence costs: the overlap of the blocked span with the user's working hours, in their
 * zone, minus company holidays, rounded up per the policy.
 */
export function ptoHoursFor(
  block: BlockedTime,
  workingHours: WorkingHours,
  policy: Pick<PtoPolicy, "incrementHours" | "minimumHours" | "holidays">,
): PtoCharge {
  const span = blockedSpan(block, workingHours.timeZone);
  const pieces = workingIntervals(span, workingHours, policy.holidays);
  const byDate = new Map<string, number>();
  let exactMs = 0;
  for (const piece of pieces) {
    exactMs += piece.end - piece.start;
    byDate.set(piece.date, (byDate.get(piece.date) ?? 0) + piece.end - piece.start);
  }
  return {
    hours: roundCharge(exactMs, policy.incrementHours, policy.minimumHours),
    exactHours: exactMs / HOUR_MS,
    exactMs,
    blockedHours: (span.end - span.start) / HOUR_MS,
    days: [...byDate].map(([date, ms]) => ({ date, hours: ms / HOUR_MS })),
  };
}
