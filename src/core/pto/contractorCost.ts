import { mergeIntervals } from "../time";
import { blockedSpan } from "./ptoHoursFor";
import type { BlockedTime } from "./blockedTime";
import type { ContractorTerms, WorkingHours } from "./model";
import { roundCharge } from "./roundCharge";
import { workingIntervals } from "./workingIntervals";

export interface ContractorCost {
  /** Working hours not worked (and so not billed), overlapping absences counted once. */
  unpaidHours: number;
  /** unpaidHours × hourly rate, to the cent; null when no rate is set. */
  forgoneBillings: number | null;
  currency: string;
  /** Unpaid hours of each block on its own, in input order. */
  perBlock: number[];
}

/**
 * Contractor mode: no PTO, so the same absences become unpaid hours, and with an hourly rate the
 * billings forgone. Time is counted exactly unless the contract bills in increments.
 */
export function contractorCost(
  blocks: readonly BlockedTime[],
  workingHours: WorkingHours,
  terms: ContractorTerms,
  options: { holidays?: readonly string[]; incrementHours?: number } = {},
): ContractorCost {
  const holidays = options.holidays ?? [];
  const increment = options.incrementHours ?? 0;
  const spans = blocks.map((b) => blockedSpan(b, workingHours.timeZone));
  const hoursOf = (pieces: { start: number; end: number }[]) =>
    roundCharge(
      pieces.reduce((sum, p) => sum + p.end - p.start, 0),
      increment,
      0,
    );
  const perBlock = spans.map((span) => hoursOf(workingIntervals(span, workingHours, holidays)));
  const unpaidHours = hoursOf(
    mergeIntervals(spans).flatMap((span) => workingIntervals(span, workingHours, holidays)),
  );
  const forgone = terms.hourlyRate === null ? null : Math.round(unpaidHours * terms.hourlyRate * 100) / 100;
  return { unpaidHours, forgoneBillings: forgone, currency: terms.currency, perBlock };
}
