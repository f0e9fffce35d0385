/**
 * The PTO data model shared by the PTO math (src/core/pto) and the stored document
 * (src/core/data). Plain types: the zod schemas in src/core/data are checked against these.
 */

/** Weekday names as Microsoft Graph's workingHours.daysOfWeek spells them, in getUTCDay() order. */
export const DAYS_OF_WEEK = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

/** The user's working hours, read from mailboxSettings.workingHours, in their own IANA zone. */
export interface WorkingHours {
  daysOfWeek: DayOfWeek[];
  /** Local wall-clock time "HH:mm" (Graph sends "08:00:00.0000000"; adapters normalise it). */
  startTime: string;
  endTime: string;
  /** IANA zone name, e.g. "America/New_York" (Windows names are mapped before they get here). */
  timeZone: string;
  /**
   * Unpaid breaks inside the working day ("HH:mm", same zone), e.g. lunch: time away during them
   * costs no PTO. Graph has no such field; the user enters it. Absent means none.
   */
  breaks?: { startTime: string; endTime: string }[];
}

export type PayPeriod = "weekly" | "biweekly" | "semimonthly" | "monthly";

export interface Accrual {
  /** Hours credited each pay period, or per year spread evenly over the periods. */
  hours: number;
  per: "period" | "year";
  period: PayPeriod;
  /** Credited at the start or at the end of each period. */
  timing: "start" | "end";
  /** A date (YYYY-MM-DD) on which a pay period starts, anchoring the schedule. */
  anchorDate: string;
}

export interface Carryover {
  /** Most hours carried into the new year; null for no limit. */
  maxHours: number | null;
  /** Carried hours expire on this month-day of the new year (MM-DD), or never when null. */
  expiresOn: string | null;
}

export interface PtoPolicy {
  /** Balance in hours as of `asOf` (YYYY-MM-DD), before any ledger entry dated after it. */
  balanceHours: number;
  asOf: string;
  accrual: Accrual | null;
  /** Balance never exceeds this; accrual that would pass it is lost. null for no cap. */
  capHours: number | null;
  carryover: Carryover | null;
  /** How far below zero the balance may go (0 = never negative). */
  negativeLimitHours: number;
  /** Hours are rounded up to this increment (0.25, 0.5, 1 ...). */
  incrementHours: number;
  /** Smallest charge per absence, in hours (0 = none). */
  minimumHours: number;
  /** Company holidays (YYYY-MM-DD, in the working-hours zone): they cost nothing. */
  holidays: string[];
}

/**
 * accrual: hours credited (subject to the cap); planned / taken: an absence booked or already
 * taken, spending hours; cancelled: an absence called off, kept for the record and counted as zero;
 * adjustment: a correction either way (not capped).
 */
export type LedgerKind = "accrual" | "planned" | "taken" | "cancelled" | "adjustment";

export interface LedgerEntry {
  id: string;
  kind: LedgerKind;
  /** YYYY-MM-DD the entry applies to, in the working-hours zone. */
  date: string;
  /** Signed hours: positive adds to the balance, negative spends it. */
  hours: number;
  source: { type: "interview"; interviewId: string } | { type: "manual" };
  note?: string;
}

/** Contractors have no PTO: absences are unpaid hours, optionally priced at an hourly rate. */
export interface ContractorTerms {
  hourlyRate: number | null;
  currency: string;
}
