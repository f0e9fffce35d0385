/**
 * Calendar dates ("YYYY-MM-DD") with no time and no zone. PTO ledgers, holidays and accruals are
 * dated this way, so their arithmetic must not depend on any machine's zone: everything goes
 * through day numbers computed with Date.UTC.
 */

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits "YYYY-MM-DD"; throws RangeError on anything else, including 2026-02-30. */
export function parseCivilDate(date: string): DateParts {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${date}"`);
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (
    parts.month < 1 ||
    parts.month > 12 ||
    parts.day < 1 ||
    parts.day > daysInMonth(parts.year, parts.month)
  ) {
    throw new RangeError(`"${date}" is not a calendar date`);
  }
  return parts;
}

export function formatCivilDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(date: string): number {
  const { year, month, day } = parseCivilDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(days: number): string {
  const d = new Date(days * DAY_MS);
  return formatCivilDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekdayIndex(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The date in `year`/`month` on `day`, clamped to the month's last day (the 31st in February → 28/29). */
export function clampedDate(year: number, month: number, day: number): string {
  return formatCivilDate({ year, month, day: Math.min(day, daysInMonth(year, month)) });
}

/** Month arithmetic on (year, month) pairs, month 1–12. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
