import type { LedgerEntry, PtoPolicy } from "./model";
import { replayLedger } from "./replayLedger";

/**
 * The balance at the end of `date` (YYYY-MM-DD). Dates before the policy's `asOf` are refused:
 * the app only knows the balance from that day on.
 */
export function balanceOn(date: string, policy: PtoPolicy, ledger: readonly LedgerEntry[]): number {
  if (date < policy.asOf) throw new RangeError(`No balance is known before ${policy.asOf}`);
  const events = replayLedger(policy, ledger, date);
  return events.length > 0 ? events[events.length - 1]!.balance : policy.balanceHours;
}
