import {
  addDays,
  dayNumber,
  mergeIntervals,
  parseClockTime,
  toEpochMs,
  weekdayIndex,
  zonedDate,
  zonedDayClock,
  type Instant,
  type Interval,
} from "../time";
import { DAYS_OF_WEEK, type DayOfWeek, type PtoPolicy, type WorkingHours } from "./model";
import { roundCharge } from "./roundCharge";
import { workingIntervals } from "./workingIntervals";

const WEEKDAYS: readonly DayOfWeek[] = DAYS_OF_WEEK;

export interface SlotRequest {
  /** Calendar busy times (Graph getSchedule / calendarView), any zone. */
  busy: readonly { start: Instant; end: Instant }[];
  workingHours: WorkingHours;
  policy: Pick<PtoPolicy, "incrementHours" | "minimumHours" | "holidays">;
  durationMinutes: number;
  /** The range to search; slots start at or after `from` and end by `to`. */
  from: Instant;
  to: Instant;
  /** How many slots to suggest (default 3). */
  count?: number;
  /** Candidate start times step by this many minutes of wall clock (default 15). */
  stepMinutes?: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  /**
   * Wall-clock hours in the user's zone an interview may fall in. Default: the working day widened
   * by an hour each side, which is where the cheap early and late slots are.
   */
  window?: { startTime: string; endTime: string };
  /** Days an interview may fall on (default: the working days). */
  days?: DayOfWeek[];
  /**
   * The other side's hours (a recruiter abroad): a slot must also fall inside them on their own
   * wall clock, so nothing is offered at 3 am for them.
   */
  otherHours?: { startTime: string; endTime: string; timeZone: string; daysOfWeek?: DayOfWeek[] };
}

export interface Slot {
  /** The interview itself, epoch ms. */
  start: number;
  end: number;
  /** PTO it costs, buffers included, rounded per policy; and unrounded. */
  ptoHours: number;
  exactHours: number;
}

/**
 * Up to `count` free, non-overlapping slots that cost the least PTO: early, late, over an unpaid
 * lunch break, or on a company holiday. Ties go to the earliest slot.
 */
export function leastCostSlots(request: SlotRequest): Slot[] {
  const zone = request.workingHours.timeZone;
  const from = toEpochMs(request.from);
  const to = toEpochMs(request.to);
  const durationMs = request.durationMinutes * 60_000;
  const before = (request.bufferBeforeMinutes ?? 0) * 60_000;
  const after = (request.bufferAfterMinutes ?? 0) * 60_000;
  const step = Math.max(1, request.stepMinutes ?? 15);
  if (durationMs <= 0 || to <= from) return [];

  const windowStart = request.window
    ? parseClockTime(request.window.startTime)
    : parseClockTime(request.workingHours.startTime) - 60;
  let windowEnd = request.window
    ? parseClockTime(request.window.endTime)
    : parseClockTime(request.workingHours.endTime) + 60;
  if (windowEnd <= windowStart) windowEnd += 24 * 60;
  const days = new Set(request.days ?? request.workingHours.daysOfWeek);
  const busy = mergeIntervals(
    request.busy.map((b) => ({ start: toEpochMs(b.start), end: toEpochMs(b.end) })),
  );
  const work = workingIntervals(
    { start: from - before, end: to + after },
    request.workingHours,
    request.policy.holidays,
  );

  const fitsOther = otherHoursCheck(request.otherHours);
  const candidates: Slot[] = [];
  const last = zonedDate(to, zone);
  for (let date = zonedDate(from, zone); dayNumber(date) <= dayNumber(last); date = addDays(date, 1)) {
    if (!days.has(WEEKDAYS[weekdayIndex(date)]!)) continue;
    const at = zonedDayClock(date, zone);
    for (
      let minute = Math.max(0, windowStart);
      minute + request.durationMinutes <= windowEnd;
      minute += step
    ) {
      const start = at(minute);
      const end = start + durationMs;
      if (start < from || end > to || !fitsOther(start, end)) continue;
      const span: Interval = { start: start - before, end: end + after };
      if (overlaps(busy, span)) continue;
      const exactMs = coveredMs(work, span);
      candidates.push({
        start,
        end,
        ptoHours: roundCharge(exactMs, request.policy.incrementHours, request.policy.minimumHours),
        exactHours: exactMs / 3_600_000,
      });
    }
  }
  candidates.sort((a, b) => a.ptoHours - b.ptoHours || a.exactHours - b.exactHours || a.start - b.start);

  const chosen: Slot[] = [];
  const wanted = request.count ?? 3;
  for (const slot of candidates) {
    if (chosen.length >= wanted) break;
    const span = { start: slot.start - before, end: slot.end + after };
    if (!chosen.some((c) => span.start < c.end + after && c.start - before < span.end)) chosen.push(slot);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** A test that [start, end) lies within the other side's hours on the day it starts for them. */
function otherHoursCheck(other: SlotRequest["otherHours"]): (start: number, end: number) => boolean {
  if (!other) return () => true;
  const open = parseClockTime(other.startTime);
  let close = parseClockTime(other.endTime);
  if (close <= open) close += 24 * 60;
  const days = other.daysOfWeek ? new Set(other.daysOfWeek) : null;
  const clocks = new Map<string, (minutes: number) => number>();
  return (start, end) => {
    const date = zonedDate(start, other.timeZone);
    if (days && !days.has(WEEKDAYS[weekdayIndex(date)]!)) return false;
    let at = clocks.get(date);
    if (!at) {
      at = zonedDayClock(date, other.timeZone);
      clocks.set(date, at);
    }
    return start >= at(open) && end <= at(close);
  };
}

function overlaps(sorted: readonly Interval[], span: Interval): boolean {
  return sorted.some((b) => b.start < span.end && span.start < b.end);
}

function coveredMs(work: readonly Interval[], span: Interval): number {
  let total = 0;
  for (const w of work) {
    const start = Math.max(w.start, span.start);
    const end = Math.min(w.end, span.end);
    if (end > start) total += end - start;
  }
  return total;
}
