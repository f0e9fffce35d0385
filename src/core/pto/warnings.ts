import { addDays, daysBetween } from "../time";
import type { LedgerEntry, PtoPolicy } from "./model";
import { project } from "./project";

export type PtoWarning =
  /** The balance dips below zero but stays within what the policy allows. */
  | { kind: "negative"; date: string; balance: number }
  /** The balance goes further below zero than the policy allows. */
  | { kind: "overdrawn"; date: string; balance: number; limitHours: number }
  /** Accrual is lost because the balance sits at the cap. */
  | { kind: "capLoss"; date: string; lostHours: number; totalLostHours: number }
  /** Hours are lost at year end (carryover limit) or when carried hours expire. */
  | { kind: "forfeit"; date: string; lostHours: number }
  /** Several absences close together: coworkers notice runs of appointments. */
  | { kind: "pattern"; dates: string[]; windowDays: number };

export interface WarningOptions {
  /** How many absences within the window make a pattern (default 3). */
  patternCount?: number;
  /** The window in days (default 21). */
  patternWindowDays?: number;
}

function isAbsence(entry: LedgerEntry): boolean {
  return (entry.kind === "planned" || entry.kind === "taken") && entry.hours < 0;
}

/**
 * Dates of absences forming runs: any `count` absences within `windowDays` make a window, and
 * windows that share an absence join into one run, reported once.
 */
export function absencePatterns(dates: readonly string[], count: number, windowDays: number): string[][] {
  const sorted = [...new Set(dates)].sort();
  const runs: string[][] = [];
  let run: { first: number; last: number } | null = null;
  for (let k = 0; k + count - 1 < sorted.length; k++) {
    const last = k + count - 1;
    if (daysBetween(sorted[k]!, sorted[last]!) >= windowDays) continue;
    if (run && k <= run.last) run.last = last;
    else {
      if (run) runs.push(sorted.slice(run.first, run.last + 1));
      run = { first: k, last };
    }
  }
  if (run) runs.push(sorted.slice(run.first, run.last + 1));
  return runs;
}

/**
 * What the user should know before booking: over the projection window, the first time the balance
 * goes negative or past the allowed limit, the first accrual lost to the cap, hours forfeited, and
 * runs of absences that form a visible pattern.
 */
export function warnings(
  policy: PtoPolicy,
  ledger: readonly LedgerEntry[],
  from: string,
  months = 12,
  options: WarningOptions = {},
): PtoWarning[] {
  const found: PtoWarning[] = [];
  const projection = project(policy, ledger, from, months);
  const negative = projection.events.find((e) => e.balance < 0);
  if (negative && negative.balance >= -policy.negativeLimitHours) {
    found.push({ kind: "negative", date: negative.date, balance: negative.balance });
  }
  const overdrawn = projection.events.find((e) => e.balance < -policy.negativeLimitHours);
  if (overdrawn) {
    found.push({
      kind: "overdrawn",
      date: overdrawn.date,
      balance: overdrawn.balance,
      limitHours: policy.negativeLimitHours,
    });
  }
  const capped = projection.events.find(
    (e) => (e.kind === "accrual" || e.kind === "entry") && e.lostHours > 0,
  );
  if (capped) {
    found.push({
      kind: "capLoss",
      date: capped.date,
      lostHours: capped.lostHours,
      totalLostHours: projection.lostToCap,
    });
  }
  for (const e of projection.events) {
    if ((e.kind === "yearEnd" || e.kind === "expiry") && e.lostHours > 0) {
      found.push({ kind: "forfeit", date: e.date, lostHours: e.lostHours });
    }
  }
  const windowDays = options.patternWindowDays ?? 21;
  const earliest = addDays(projection.from, -windowDays);
  const absenceDates = ledger
    .filter((e) => isAbsence(e) && e.date >= earliest && e.date <= projection.to)
    .map((e) => e.date);
  for (const dates of absencePatterns(absenceDates, options.patternCount ?? 3, windowDays)) {
    found.push({ kind: "pattern", dates, windowDays });
  }
  return found;
}
