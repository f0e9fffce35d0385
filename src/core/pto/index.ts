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
