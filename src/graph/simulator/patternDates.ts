import type { RecurrencePattern } from "@microsoft/microsoft-graph-types";

/**
 * Which calendar dates a Graph recurrencePattern produces. Dates are day numbers (days since
 * 1970-01-01) of wall-clock dates in the series' own zone, so no time zone is involved here;
 * recurrence.ts turns them into instants. Sources: learn.microsoft.com/graph/outlook-schedule-recurring-events
 * [REC] and /graph/api/resources/recurrencepattern.
 */

const DAY_MS = 86_400_000;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEK_INDEXES = ["first", "second", "third", "fourth"];
/**
 * Periods (days, weeks, months or years) walked at most: about 270 years of a daily series. Bounds
 * the walk for a series that starts centuries before the window asked for.
 */
const MAX_PERIODS = 100_000;

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Graph's docs spell days "Thursday" in some examples and "thursday" in others; both are accepted. */
function weekdaysOf(pattern: RecurrencePattern): Set<number> {
  const days = (pattern.daysOfWeek ?? []).map((d) => WEEKDAYS.indexOf(String(d).toLowerCase()));
  return new Set(days.filter((d) => d >= 0));
}

/**
 * The dates, in order, from `first` to `last` (inclusive). Patterns missing what their type
 * requires (no daysOfWeek, dayOfMonth outside 1–31, month outside 1–12) produce no dates.
 */
export function* patternDates(pattern: RecurrencePattern, first: number, last: number): Generator<number> {
  const interval = Math.max(1, Math.floor(pattern.interval ?? 1));
  switch (pattern.type) {
    case "daily":
      for (let day = first, n = 0; day <= last && n < MAX_PERIODS; day += interval, n += 1) yield day;
      return;
    case "weekly":
      yield* weeklyDates(pattern, first, last, interval);
      return;
    case "absoluteMonthly":
    case "relativeMonthly":
      yield* monthlyDates(pattern, first, last, interval, undefined);
      return;
    case "absoluteYearly":
    case "relativeYearly":
      if (!Number.isInteger(pattern.month) || pattern.month! < 1 || pattern.month! > 12) return;
      yield* monthlyDates(pattern, first, last, 12 * interval, pattern.month!);
      return;
    default:
      return;
  }
}

/** Weeks begin on firstDayOfWeek (default Sunday); `interval` counts weeks from the one holding the start. [REC] */
function* weeklyDates(
  pattern: RecurrencePattern,
  first: number,
  last: number,
  interval: number,
): Generator<number> {
  const days = weekdaysOf(pattern);
  if (days.size === 0) return;
  const weekStartsOn = Math.max(
    0,
    WEEKDAYS.indexOf(String(pattern.firstDayOfWeek ?? "sunday").toLowerCase()),
  );
  const firstWeek = first - ((weekday(first) - weekStartsOn + 7) % 7);
  for (let week = firstWeek, n = 0; week <= last && n < MAX_PERIODS; week += 7 * interval, n += 1) {
    for (let day = Math.max(week, first); day < week + 7 && day <= last; day += 1) {
      if (days.has(weekday(day))) yield day;
    }
  }
}

/**
 * One date per month (monthly) or per year in `month` (yearly). The first occurrence is the first
 * matching date on or after the start, and `interval` counts from there: Graph's own example, "first
 * Thursday of every other month starting August 29, 2017", begins in September. [REC]
 */
function* monthlyDates(
  pattern: RecurrencePattern,
  first: number,
  last: number,
  stepMonths: number,
  month: number | undefined,
): Generator<number> {
  const start = new Date(first * DAY_MS);
  let monthIndex = start.getUTCFullYear() * 12 + (month === undefined ? start.getUTCMonth() : month - 1);
  const firstPick = dayIn(pattern, monthIndex);
  if (firstPick === undefined) return;
  if (firstPick < first) monthIndex += month === undefined ? 1 : 12;
  for (let n = 0; n < MAX_PERIODS; n += 1, monthIndex += stepMonths) {
    const day = dayIn(pattern, monthIndex);
    if (day === undefined || day > last) return;
    yield day;
  }
}

/** The pattern's day in the month `monthIndex` (year * 12 + zero-based month); undefined if the pattern is invalid. */
function dayIn(pattern: RecurrencePattern, monthIndex: number): number | undefined {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const firstDay = Math.floor(Date.UTC(year, month, 1) / DAY_MS);
  const length = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (pattern.type === "absoluteMonthly" || pattern.type === "absoluteYearly") {
    const dayOfMonth = pattern.dayOfMonth;
    if (dayOfMonth === undefined || !Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 31)
      return undefined;
    // Exchange: "If for a particular month this value is larger than the number of days in the month,
    // the last day of the month is assumed" (EWS DayOfMonth element, learn.microsoft.com/exchange/
    // client-developer/web-service-reference/dayofmonth). So the 31st lands on 30 April, and
    // 29 February on the 28th in common years; no month is skipped.
    return firstDay + Math.min(dayOfMonth, length) - 1;
  }
  // Relative: the index-th of the allowed days in the month, counted from the first; with several
  // days allowed, the first day that satisfies the pattern ([REC] "first Thursday or Friday").
  const days = weekdaysOf(pattern);
  const index = String(pattern.index ?? "first").toLowerCase();
  const nth = WEEK_INDEXES.indexOf(index);
  if (days.size === 0 || (nth < 0 && index !== "last")) return undefined;
  const matches: number[] = [];
  for (let day = firstDay; day < firstDay + length; day += 1) if (days.has(weekday(day))) matches.push(day);
  return index === "last" ? matches[matches.length - 1] : matches[nth];
}
