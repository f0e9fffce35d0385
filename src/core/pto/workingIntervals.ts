import {
  addDays,
  dayNumber,
  parseClockTime,
  subtractIntervals,
  weekdayIndex,
  zonedDate,
  zonedDayClock,
  type Interval,
} from "../time";
import { DAYS_OF_WEEK, type DayOfWeek, type WorkingHours } from "./model";

const WEEKDAYS: readonly DayOfWeek[] = DAYS_OF_WEEK;

/** A stretch of working time, tagged with the local date its shift started on. */
export interface WorkingInterval extends Interval {
  date: string;
}

/**
 * The user's working time that falls inside `range`, built day by day on the wall clock of the
 * working-hours zone, so a 9–5 day stays 9–5 across DST and a 01:00–04:00 shift on a change night
 * lasts two or four real hours. An end at or before the start is a shift that ends the next day.
 * Holidays (dates in that zone, by the day a shift starts) contribute nothing.
 */
export function workingIntervals(
  range: Interval,
  workingHours: WorkingHours,
  holidays: readonly string[] = [],
): WorkingInterval[] {
  if (range.end <= range.start) return [];
  const zone = workingHours.timeZone;
  const startMinutes = parseClockTime(workingHours.startTime);
  let endMinutes = parseClockTime(workingHours.endTime);
  if (endMinutes <= startMinutes) endMinutes += 24 * 60;
  const breaks = (workingHours.breaks ?? []).map((b) => {
    let from = parseClockTime(b.startTime);
    if (from < startMinutes) from += 24 * 60;
    let to = parseClockTime(b.endTime);
    if (to <= from) to += 24 * 60;
    return { from, to };
  });
  const days = new Set(workingHours.daysOfWeek);
  const skip = new Set(holidays);
  const out: WorkingInterval[] = [];
  // Start a day early: yesterday's overnight shift may reach into the range.
  const last = zonedDate(range.end, zone);
  for (
    let date = addDays(zonedDate(range.start, zone), -1);
    dayNumber(date) <= dayNumber(last);
    date = addDays(date, 1)
  ) {
    if (!days.has(WEEKDAYS[weekdayIndex(date)]!) || skip.has(date)) continue;
    const at = zonedDayClock(date, zone);
    const shift = { start: at(startMinutes), end: at(endMinutes) };
    const pauses = breaks.map((b) => ({ start: at(b.from), end: at(b.to) }));
    for (const piece of subtractIntervals([shift], pauses)) {
      const start = Math.max(piece.start, range.start);
      const end = Math.min(piece.end, range.end);
      if (end > start) out.push({ start, end, date });
    }
  }
  return out;
}
