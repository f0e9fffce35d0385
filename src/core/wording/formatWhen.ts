import { parseCivilDate, zonedDate } from "../time";

/** Date-and-time options for one moment, as a person would say it: "Thursday 3 December, 13:30". */
const MOMENT: Intl.DateTimeFormatOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
  hour: "numeric",
  minute: "2-digit",
};
const DAY: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };

export interface WhenOptions {
  locale: string;
  /** The zone the reader should see times in (the user's own for a note to their manager). */
  timeZone: string;
  /** Add the year ("Thursday 3 December 2026"), e.g. when the date is not in the current year. */
  includeYear?: boolean;
  /** Add the zone's short name ("GMT-5"), for readers elsewhere. */
  showTimeZone?: boolean;
}

function options(base: Intl.DateTimeFormatOptions, o: WhenOptions): Intl.DateTimeFormatOptions {
  return {
    ...base,
    timeZone: o.timeZone,
    ...(o.includeYear ? { year: "numeric" } : {}),
    ...(o.showTimeZone && base.hour ? { timeZoneName: "short" } : {}),
  };
}

/** True when both instants fall on the same calendar day in the zone. */
export function sameLocalDay(start: number, end: number, timeZone: string): boolean {
  // An end at exactly midnight still belongs to the day before for a reader.
  return zonedDate(start, timeZone) === zonedDate(Math.max(start, end - 1), timeZone);
}

/** "Thursday 3 December, 13:30–16:00" in the reader's locale and zone (same day only). */
export function formatTimeRange(start: number, end: number, o: WhenOptions): string {
  return new Intl.DateTimeFormat(o.locale, options(MOMENT, o)).formatRange(start, end);
}

/** "Thursday 3 December at 13:30" in the reader's locale and zone. */
export function formatMoment(at: number, o: WhenOptions): string {
  return new Intl.DateTimeFormat(o.locale, options(MOMENT, o)).format(at);
}

/** "Thursday 3 December" for a calendar date (YYYY-MM-DD), which has no zone. */
export function formatDay(date: string, o: Pick<WhenOptions, "locale" | "includeYear">): string {
  const { year, month, day } = parseCivilDate(date);
  // Noon UTC, read in UTC: the calendar date cannot shift whatever the machine's zone.
  return new Intl.DateTimeFormat(o.locale, {
    ...DAY,
    timeZone: "UTC",
    ...(o.includeYear ? { year: "numeric" } : {}),
  }).format(Date.UTC(year, month - 1, day, 12));
}
