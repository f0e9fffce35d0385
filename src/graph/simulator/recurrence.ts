import type { Event } from "@microsoft/microsoft-graph-types";
import { formatGraphDateTime, parseGraphDateTime } from "./simTime";

const DAY_MS = 86_400_000;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** More occurrences than any calendarView window the product asks for; bounds a runaway series. */
const MAX_OCCURRENCES = 2_000;

export interface Occurrence {
  /** Instant of this occurrence's start (its originalStart). */
  start: number;
  end: number;
}

/**
 * Occurrences of a series master overlapping [from, to). Supports the daily and weekly patterns
 * (what job-hunters' calendars mostly hold: stand-ups, 1:1s); monthly/yearly series are reported as
 * no occurrences rather than wrong ones. Wall-clock times repeat in the series' own zone, so a 9:00
 * stand-up stays at 9:00 across DST.
 */
export function expandSeries(master: Event, from: number, to: number): Occurrence[] {
  const pattern = master.recurrence?.pattern;
  const range = master.recurrence?.range;
  if (!pattern || !range || !master.start?.dateTime || !master.end?.dateTime) return [];
  if (pattern.type !== "daily" && pattern.type !== "weekly") return [];
  const zone = master.originalStartTimeZone ?? "UTC";
  const firstStart = parseGraphDateTime(master.start.dateTime, "UTC");
  const firstEnd = parseGraphDateTime(master.end.dateTime, "UTC");
  if (firstStart === undefined || firstEnd === undefined) return [];
  const duration = firstEnd - firstStart;
  // Wall-clock time of day in the series zone, reapplied on each occurrence date.
  const wall = formatGraphDateTime(firstStart, zone);
  const timeOfDay = wall.slice(10);
  const startDate = Date.parse(`${range.startDate ?? wall.slice(0, 10)}T00:00:00Z`);
  const endDate =
    range.type === "endDate" && range.endDate ? Date.parse(`${range.endDate}T00:00:00Z`) : Infinity;
  const limit = range.type === "numbered" ? (range.numberOfOccurrences ?? 0) : MAX_OCCURRENCES;
  const interval = Math.max(1, pattern.interval ?? 1);
  const days = new Set((pattern.daysOfWeek ?? []).map((d) => WEEKDAYS.indexOf(d)));
  const out: Occurrence[] = [];
  let count = 0;
  for (let day = startDate; day <= endDate && count < limit && count < MAX_OCCURRENCES; day += DAY_MS) {
    const index = Math.round((day - startDate) / DAY_MS);
    if (pattern.type === "daily" && index % interval !== 0) continue;
    if (pattern.type === "weekly") {
      const week = Math.floor((index + new Date(startDate).getUTCDay()) / 7);
      if (week % interval !== 0 || !days.has(new Date(day).getUTCDay())) continue;
    }
    const date = new Date(day).toISOString().slice(0, 10);
    const start = parseGraphDateTime(`${date}${timeOfDay}`, zone);
    if (start === undefined || start < firstStart) continue;
    count += 1;
    if (start >= to) break;
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
