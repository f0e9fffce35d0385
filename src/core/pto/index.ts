export { DAYS_OF_WEEK } from "./model";
export type {
  Accrual,
  Carryover,
  ContractorTerms,
  DayOfWeek,
  LedgerEntry,
  LedgerKind,
  PayPeriod,
  PtoPolicy,
  WorkingHours,
} from "./model";
export { accrualCredits, periodStarts, PERIODS_PER_YEAR } from "./accrualSchedule";
export type { AccrualCredit } from "./accrualSchedule";
export { balanceOn } from "./balanceOn";
export type { AllDayBlock, BlockedTime, TimedBlock } from "./blockedTime";
export { contractorCost } from "./contractorCost";
export type { ContractorCost } from "./contractorCost";
export { leastCostSlots } from "./leastCostSlots";
export type { Slot, SlotRequest } from "./leastCostSlots";
export { plannedEntryFor } from "./plannedEntryFor";
export { project } from "./project";
export type { Projection } from "./project";
export { blockedSpan, ptoHoursFor } from "./ptoHoursFor";
export type { PtoCharge } from "./ptoHoursFor";
export { countsTowardBalance, replayLedger } from "./replayLedger";
export type { BalanceEvent, BalanceEventKind } from "./replayLedger";
export { roundCharge } from "./roundCharge";
export { absencePatterns, warnings } from "./warnings";
export type { PtoWarning, WarningOptions } from "./warnings";
export { workingIntervals } from "./workingIntervals";
export type { WorkingInterval } from "./workingIntervals";
