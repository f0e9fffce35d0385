import { z } from "zod";
import {
  DAYS_OF_WEEK,
  type Accrual,
  type Carryover,
  type ContractorTerms,
  type DayOfWeek,
  type LedgerEntry,
  type PtoPolicy,
} from "../pto";

/** True only when A and B are the same type; used below so the schemas cannot drift from ../pto/model. */
export type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const hours = z.number().finite();

export const DayOfWeekSchema = z.enum(DAYS_OF_WEEK);

export const AccrualSchema = z.object({
  hours,
  per: z.enum(["period", "year"]),
  period: z.enum(["weekly", "biweekly", "semimonthly", "monthly"]),
  timing: z.enum(["start", "end"]),
  anchorDate: isoDate,
});

export const CarryoverSchema = z.object({
  maxHours: hours.nullable(),
  expiresOn: z
    .string()
    .regex(/^\d{2}-\d{2}$/, "expected MM-DD")
    .nullable(),
});

export const PtoPolicySchema = z.object({
  balanceHours: hours,
  asOf: isoDate,
  accrual: AccrualSchema.nullable(),
  capHours: hours.nullable(),
  carryover: CarryoverSchema.nullable(),
  negativeLimitHours: hours.min(0),
  incrementHours: hours.min(0),
  minimumHours: hours.min(0),
  holidays: z.array(isoDate).max(1000),
});

export const LedgerEntrySchema = z.object({
  id: z.string().min(1).max(200),
  kind: z.enum(["accrual", "planned", "taken", "cancelled", "adjustment"]),
  date: isoDate,
  hours,
  source: z.discriminatedUnion("type", [
    z.object({ type: z.literal("interview"), interviewId: z.string().min(1).max(200) }),
    z.object({ type: z.literal("manual") }),
  ]),
  note: z.string().max(2000).optional(),
});

export const ContractorTermsSchema = z.object({
  hourlyRate: z.number().finite().min(0).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code"),
});

// Compile-time proof that each schema's output is exactly the shared model type: editing
// ../pto/model.ts without the schema (or the reverse) stops the build here.
const _exact: [
  Exact<z.infer<typeof DayOfWeekSchema>, DayOfWeek>,
  Exact<z.infer<typeof AccrualSchema>, Accrual>,
  Exact<z.infer<typeof CarryoverSchema>, Carryover>,
  Exact<z.infer<typeof PtoPolicySchema>, PtoPolicy>,
  Exact<z.infer<typeof LedgerEntrySchema>, LedgerEntry>,
  Exact<z.infer<typeof ContractorTermsSchema>, ContractorTerms>,
] = [true, true, true, true, true, true];
void _exact;
