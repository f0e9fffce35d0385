import { addMonths, clampedDate, daysInMonth, parseCivilDate } from "../time";
import type { LedgerEntry, PtoPolicy } from "./model";
import { replayLedger, type BalanceEvent } from "./replayLedger";

export interface Projection {
  from: string;
  to: string;
  /** Balance at the end of `from`. */
  opening: number;
  /** Balance at the end of `to`. */
  closing: number;
  /** Every change after `from` up to `to`, in order. */
  events: BalanceEvent[];
  /** Balance at the end of each month in the window (the last one may be `to` itself). */
  monthEnds: { date: string; balance: number }[];
  lowest: { date: string; balance: number };
  /** Accrual lost to the cap, and hours lost at year end or on expiry, over the window. */
  lostToCap: number;
  lostAtYearEnd: number;
}

/**
 * The balance over the next `months` months from `from` (default 12), with the planned absences
 * already in the ledger. One replay of the ledger; every figure equals balanceOn for its date.
 */
export function project(
  policy: PtoPolicy,
  ledger: readonly LedgerEntry[],
  from: string,
  months = 12,
): Projection {
  const start = from < policy.asOf ? policy.asOf : from;
  const { year, month, day } = parseCivilDate(start);
  const end = addMonths(year, month, months);
  const to = clampedDate(end.year, end.month, day);
  const all = replayLedger(policy, ledger, to);

  let opening = policy.balanceHours;
  const events: BalanceEvent[] = [];
  for (const event of all) {
    if (event.date <= start) opening = event.balance;
    else events.push(event);
  }

  const monthEnds: Projection["monthEnds"] = [];
  let balance = opening;
  let cursor = 0;
  for (let i = 0; i <= months; i++) {
    const m = addMonths(year, month, i);
    const last = clampedDate(m.year, m.month, daysInMonth(m.year, m.month));
    const date = last > to ? to : last;
    if (date <= start) continue;
    while (cursor < events.length && events[cursor]!.date <= date) balance = events[cursor++]!.balance;
    monthEnds.push({ date, balance });
    if (date === to) break;
  }

  let lowest = { date: start, balance: opening };
  for (const event of events)
    if (event.balance < lowest.balance) lowest = { date: event.date, balance: event.balance };

  const sum = (pick: (e: BalanceEvent) => number) =>
    Math.round(events.reduce((s, e) => s + pick(e), 0) * 1e6) / 1e6;
  return {
    from: start,
    to,
    opening,
    closing: events.length > 0 ? events[events.length - 1]!.balance : opening,
    events,
    monthEnds,
    lowest,
    lostToCap: sum((e) => (e.kind === "accrual" || e.kind === "entry" ? e.lostHours : 0)),
    lostAtYearEnd: sum((e) => (e.kind === "yearEnd" || e.kind === "expiry" ? e.lostHours : 0)),
  };
}
