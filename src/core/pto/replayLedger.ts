import { accrualCredits } from "./accrualSchedule";
import type { LedgerEntry, PtoPolicy } from "./model";

export type BalanceEventKind = "accrual" | "entry" | "yearEnd" | "expiry";

/** One change to the balance, with what it did and what was lost on the way. */
export interface BalanceEvent {
  date: string;
  kind: BalanceEventKind;
  /** The ledger entry behind an "entry" event. */
  entry?: LedgerEntry;
  /** Change actually applied to the balance. */
  hours: number;
  /** Hours that would have been credited or kept but were lost (cap, carryover limit, expiry). */
  lostHours: number;
  /** Balance right after this event. */
  balance: number;
}

/** Kinds of ledger entry that move the balance; a cancelled absence stays on record at zero cost. */
export function countsTowardBalance(entry: LedgerEntry): boolean {
  return entry.kind !== "cancelled";
}

/** Hour sums are rounded to a millionth so 26 × (80/26) comes back as 80, not 79.99999999999999. */
function tidy(hours: number): number {
  return Math.round(hours * 1e6) / 1e6;
}

interface Step {
  date: string;
  order: number;
  apply: (state: State) => BalanceEvent;
}

interface State {
  balance: number;
  /** Hours carried over from last year that have not been used yet (they go first). */
  carried: number;
}

/**
 * Replays the policy and ledger from the policy's `asOf` balance up to `until` (inclusive) and
 * returns every change in order. Within a day: year-end carryover, then expiry of carried hours,
 * then scheduled accrual, then ledger entries in their given order. Entries dated on or before
 * `asOf` are already inside the opening balance and are skipped.
 *
 * The opening balance is treated as this year's hours: what part of it was carried from last year
 * is not known, so none of it expires.
 */
export function replayLedger(
  policy: PtoPolicy,
  ledger: readonly LedgerEntry[],
  until: string,
): BalanceEvent[] {
  const steps: Step[] = [];
  const cap = policy.capHours;

  const credit = (date: string, hours: number, kind: BalanceEventKind, entry?: LedgerEntry) => (s: State) => {
    const room = cap === null ? Infinity : Math.max(0, cap - s.balance);
    const applied = tidy(Math.min(hours, room));
    s.balance = tidy(s.balance + applied);
    return { date, kind, entry, hours: applied, lostHours: tidy(hours - applied), balance: s.balance };
  };

  if (policy.accrual) {
    for (const c of accrualCredits(policy.accrual, policy.asOf, until)) {
      steps.push({ date: c.date, order: 2, apply: credit(c.date, c.hours, "accrual") });
    }
  }

  ledger.forEach((entry, index) => {
    if (entry.date <= policy.asOf || entry.date > until || !countsTowardBalance(entry)) return;
    const order = 3 + index / (ledger.length + 1);
    if (entry.kind === "accrual" && entry.hours > 0) {
      steps.push({ date: entry.date, order, apply: credit(entry.date, entry.hours, "entry", entry) });
      return;
    }
    steps.push({
      date: entry.date,
      order,
      apply: (s) => {
        s.balance = tidy(s.balance + entry.hours);
        if (entry.hours < 0) s.carried = tidy(Math.max(0, s.carried + entry.hours));
        return {
          date: entry.date,
          kind: "entry",
          entry,
          hours: entry.hours,
          lostHours: 0,
          balance: s.balance,
        };
      },
    });
  });

  const carryover = policy.carryover;
  if (carryover) {
    const firstYear = Number(policy.asOf.slice(0, 4)) + 1;
    const lastYear = Number(until.slice(0, 4));
    for (let year = firstYear; year <= lastYear; year++) {
      const newYear = `${year}-01-01`;
      steps.push({
        date: newYear,
        order: 0,
        apply: (s) => {
          const kept = s.balance <= 0 ? s.balance : Math.min(s.balance, carryover.maxHours ?? Infinity);
          const lost = tidy(s.balance - kept);
          s.balance = tidy(kept);
          s.carried = carryover.expiresOn ? Math.max(0, s.balance) : 0;
          return { date: newYear, kind: "yearEnd", hours: -lost, lostHours: lost, balance: s.balance };
        },
      });
      if (carryover.expiresOn) {
        const expiry = `${year}-${carryover.expiresOn}`;
        if (expiry <= until) {
          steps.push({
            date: expiry,
            order: 1,
            apply: (s) => {
              const lost = tidy(Math.min(s.carried, Math.max(0, s.balance)));
              s.balance = tidy(s.balance - lost);
              s.carried = 0;
              return { date: expiry, kind: "expiry", hours: -lost, lostHours: lost, balance: s.balance };
            },
          });
        }
      }
    }
  }

  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  const state: State = { balance: policy.balanceHours, carried: 0 };
  return steps.map((step) => step.apply(state));
}
