import { useMemo } from "react";
import {
  balanceOn,
  contractorCost,
  formatDay,
  formatHours,
  formatMoney,
  plannedEntryFor,
  type LedgerEntry,
  type PtoPolicy,
  type Settings,
  type TimedBlock,
  type WorkingHours,
} from "../../core";
import type { LeavePlan } from "./leavePlanFor";
import type { BlockChoices } from "./useKeepPrivate";

/** The PTO card's figures, already worded for the user's locale. */
export type PtoCostView =
  | {
      mode: "pto";
      hours: number;
      hoursText: string;
      /** "2 hours of working time", unrounded, when rounding changed it. */
      exactText: string | null;
      balanceText: string | null;
      /** Why there is no balance, or a caution about it. */
      balanceNote: string | null;
    }
  | { mode: "contractor"; hours: number; hoursText: string; forgoneText: string | null };

/** Used when no policy is stored: quarter hours, no minimum, no holidays. */
const FALLBACK_ROUNDING = { incrementHours: 0.25, minimumHours: 0, holidays: [] as string[] };

export function ptoCostFor(
  plan: LeavePlan,
  choices: BlockChoices,
  workingHours: WorkingHours,
  settings: Settings,
  policy: PtoPolicy | null,
  ledger: readonly LedgerEntry[],
  locale: string,
): PtoCostView {
  const block: TimedBlock = {
    start: plan.startUtc,
    end: plan.endUtc,
    bufferBeforeMinutes: choices.bufferBeforeMinutes,
    bufferAfterMinutes: choices.bufferAfterMinutes,
  };
  if (settings.contractorMode) {
    const terms = settings.contractor ?? { hourlyRate: null, currency: "USD" };
    const cost = contractorCost([block], workingHours, terms);
    return {
      mode: "contractor",
      hours: cost.unpaidHours,
      hoursText: formatHours(cost.unpaidHours, locale),
      forgoneText:
        cost.forgoneBillings === null ? null : formatMoney(cost.forgoneBillings, cost.currency, locale),
    };
  }
  const rounding = policy ?? FALLBACK_ROUNDING;
  // The same id every time for this interview: booking it again replaces, never doubles.
  const { entry, charge } = plannedEntryFor(
    `${plan.interviewId}/pto`,
    plan.interviewId,
    block,
    workingHours,
    rounding,
  );
  const exactText =
    Math.abs(charge.exactHours - charge.hours) > 1e-9
      ? `${formatHours(Math.round(charge.exactHours * 100) / 100, locale)} of working time, rounded up per your policy`
      : null;
  if (policy === null)
    return {
      mode: "pto",
      hours: charge.hours,
      hoursText: formatHours(charge.hours, locale),
      exactText,
      balanceText: null,
      balanceNote: "Enter your PTO balance in the Graceful Leave tab to see what is left on that date.",
    };
  if (entry.date < policy.asOf)
    return {
      mode: "pto",
      hours: charge.hours,
      hoursText: formatHours(charge.hours, locale),
      exactText,
      balanceText: null,
      balanceNote: `Your balance is known from ${formatDay(policy.asOf, { locale, includeYear: true })}; this is earlier.`,
    };
  const others = ledger.filter((e) => e.id !== entry.id);
  const balance = balanceOn(entry.date, policy, [...others, entry]);
  return {
    mode: "pto",
    hours: charge.hours,
    hoursText: formatHours(charge.hours, locale),
    exactText,
    balanceText: `${formatHours(balance, locale)} left on ${formatDay(entry.date, { locale })}, after this`,
    balanceNote: balance < 0 ? "That is below zero: check your policy allows it before you book." : null,
  };
}

/** The PTO figures for the plan as the user has set it up (buffers count: they are time away too). */
export function usePtoCost(
  plan: LeavePlan,
  choices: BlockChoices,
  workingHours: WorkingHours | null,
  settings: Settings,
  policy: PtoPolicy | null,
  ledger: readonly LedgerEntry[],
  locale: string,
): PtoCostView | null {
  return useMemo(
    () => (workingHours ? ptoCostFor(plan, choices, workingHours, settings, policy, ledger, locale) : null),
    [plan, choices, workingHours, settings, policy, ledger, locale],
  );
}
