import type { Event } from "@microsoft/microsoft-graph-types";
import { formatGraphDateTime, parseGraphDateTime } from "./simTime";
import { dayNumber, isoDate, patternDates } from "./patternDates";

/** More occurrences than any calendarView window the product asks for; bounds a runaway series. */
const MAX_OCCURRENCES = 2_000;

export interface Occurrence {
  /** Instant of this occurrence's start (its originalStart). */
  start: number;
  end: number;
}

/**
 * Occurrences of a series master overlapping [from, to), for every Graph pattern type (daily,
 * weekly, absolute/relative monthly and yearly) and range type (endDate, noEnd, numbered).
 * patternDates says which dates; this turns each into an instant at the master's wall-clock time
 * in the series' own zone, so a 9:00 stand-up stays at 9:00 across DST. range.recurrenceTimeZone
 * ("time zone for startDate and endDate; if not specified, the time zone of the event is used") is
 * taken to be the event's zone, as Outlook sets it.
 */
export function expandSeries(master: Event, from: number, to: number): Occurrence[] {
  const pattern = master.recurrence?.pattern;
  const range = master.recurrence?.range;
  if (!pattern || !range || !master.start?.dateTime || !master.end?.dateTime) return [];
  const zone = master.originalStartTimeZone ?? "UTC";
  const firstStart = parseGraphDateTime(master.start.dateTime, "UTC");
  const firstEnd = parseGraphDateTime(master.end.dateTime, "UTC");
  if (firstStart === undefined || firstEnd === undefined) return [];
  const duration = firstEnd - firstStart;
  const wall = formatGraphDateTime(firstStart, zone);
  const timeOfDay = wall.slice(10);
  // startDate "MUST correspond to the date value of the start property" [REC]; never expand before the master itself.
  const first = Math.max(dayNumber(range.startDate ?? wall), dayNumber(wall));
  const rangeEnd = range.type === "endDate" && range.endDate ? dayNumber(range.endDate) : Infinity;
  // numbered: "a fixed number of times (based on the pattern) from a start date" [REC], so the
  // count runs from the start, not from the window.
  const limit = range.type === "numbered" ? (range.numberOfOccurrences ?? 0) : Infinity;
  // Dates are wall-clock dates in the series' zone; a day of slack either side covers any UTC offset.
  const windowFirst = dayNumber(formatGraphDateTime(from - duration, zone)) - 1;
  const last = Math.min(rangeEnd, dayNumber(formatGraphDateTime(to, zone)) + 1);
  const out: Occurrence[] = [];
  let count = 0;
  for (const day of patternDates(pattern, first, last)) {
    count += 1;
    if (count > limit || out.length >= MAX_OCCURRENCES) break;
    if (day < windowFirst) continue;
    const start = parseGraphDateTime(`${isoDate(day)}${timeOfDay}`, zone);
    if (start === undefined || start >= to) break;
    if (start + duration > from) out.push({ start, end: start + duration });
  }
  return out;
}

/** Occurrence ids encode master and original start, so GET/PATCH on them can find their way back. */
export function occurrenceId(masterId: string, start: number): string {
  return `${masterId}_OID_${new Date(start).toISOString().replace(/[-:]/g, "").slice(0, 15)}`;
}

export function parseOccurrenceId(id: string): { masterId: string; start: number } | undefined {
  const match = /^(.*)_OID_(\d{8})T(\d{6})$/.exec(id);
  if (!match) return undefined;
  const [, masterId, d, t] = match as unknown as [string, string, string, string];
  const start = Date.parse(
    `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}Z`,
  );
  return Number.isNaN(start) ? undefined : { masterId, start };
}
