import { addDays, addMonths, clampedDate, dayNumber, fromDayNumber, parseCivilDate } from "../time";
import type { Accrual, PayPeriod } from "./model";

export interface AccrualCredit {
  date: string;
  hours: number;
}

/** How many pay periods a year has, for accruals stated per year. */
export const PERIODS_PER_YEAR: Record<PayPeriod, number> = {
  weekly: 52,
  biweekly: 26,
  semimonthly: 24,
  monthly: 12,
};

/**
 * Start dates of pay periods from a little before `from` to a little after `to`.
 * Weekly and biweekly periods step from the anchor. Monthly periods start on the anchor's day of
 * month; semi-monthly ones on that day and fifteen days later (the 1st and 16th for an anchor on the
 * 1st); days past a month's end clamp to its last day, as payroll does.
 */
export function periodStarts(accrual: Accrual, from: string, to: string): string[] {
  const anchor = parseCivilDate(accrual.anchorDate);
  const first = parseCivilDate(from);
  const lastDay = dayNumber(to);
  if (accrual.period === "weekly" || accrual.period === "biweekly") {
    const length = accrual.period === "weekly" ? 7 : 14;
    const anchorDay = dayNumber(accrual.anchorDate);
    const k0 = Math.floor((dayNumber(from) - length - anchorDay) / length);
    const starts: string[] = [];
    for (let day = anchorDay + k0 * length; day <= lastDay + length; day += length)
      starts.push(fromDayNumber(day));
    return starts;
  }
  const low = anchor.day > 15 ? anchor.day - 15 : anchor.day;
  const daysOfMonth = accrual.period === "monthly" ? [anchor.day] : [low, low + 15];
  const starts: string[] = [];
  for (let i = -1; ; i++) {
    const { year, month } = addMonths(first.year, first.month, i);
    for (const day of daysOfMonth) starts.push(clampedDate(year, month, day));
    if (dayNumber(clampedDate(year, month, 1)) > lastDay + 31) break;
  }
  return starts;
}

/** Scheduled credits dated after `fromExclusive` up to and including `toInclusive`. */
export function accrualCredits(
  accrual: Accrual,
  fromExclusive: string,
  toInclusive: string,
): AccrualCredit[] {
  if (fromExclusive >= toInclusive) return [];
  const hours = accrual.per === "period" ? accrual.hours : accrual.hours / PERIODS_PER_YEAR[accrual.period];
  const starts = periodStarts(accrual, fromExclusive, toInclusive);
  const credits: AccrualCredit[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    // "End" timing credits the last day of the period, the day before the next one starts.
    const date = accrual.timing === "start" ? starts[i]! : addDays(starts[i + 1]!, -1);
    if (date > fromExclusive && date <= toInclusive) credits.push({ date, hours });
  }
  return credits;
}
