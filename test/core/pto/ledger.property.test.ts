import fc from "fast-check";
import {
  accrualCredits,
  balanceOn,
  project,
  type Accrual,
  type LedgerEntry,
  type PtoPolicy,
} from "../../../src/core/pto";
import { addDays } from "../../../src/core/time";

const asOf = "2026-11-30";
const dateAfterAsOf = fc.integer({ min: -30, max: 420 }).map((days) => addDays(asOf, days));

const accrual: fc.Arbitrary<Accrual> = fc.record({
  hours: fc.integer({ min: 1, max: 200 }).map((h) => h / 4),
  per: fc.constantFrom("period" as const, "year" as const),
  period: fc.constantFrom("weekly" as const, "biweekly" as const, "semimonthly" as const, "monthly" as const),
  timing: fc.constantFrom("start" as const, "end" as const),
  anchorDate: fc.integer({ min: -400, max: 30 }).map((days) => addDays(asOf, days)),
});

// Signs as the app writes them: absences spend, accruals credit, adjustments go either way.
const entryHours: Record<LedgerEntry["kind"], fc.Arbitrary<number>> = {
  accrual: fc.integer({ min: 1, max: 32 }).map((q) => q / 4),
  planned: fc.integer({ min: -64, max: -1 }).map((q) => q / 4),
  taken: fc.integer({ min: -64, max: -1 }).map((q) => q / 4),
  cancelled: fc.integer({ min: -64, max: -1 }).map((q) => q / 4),
  adjustment: fc.integer({ min: -64, max: 32 }).map((q) => q / 4),
};

const ledger: fc.Arbitrary<LedgerEntry[]> = fc.array(
  fc
    .constantFrom<LedgerEntry["kind"]>("accrual", "planned", "taken", "cancelled", "adjustment")
    .chain((kind) =>
      fc.record({
        id: fc.uuid(),
        kind: fc.constant(kind),
        date: dateAfterAsOf,
        hours: entryHours[kind],
        source: fc.constant({ type: "manual" as const }),
      }),
    ),
  { maxLength: 30 },
);

const policy = (extra: fc.Arbitrary<Partial<PtoPolicy>>): fc.Arbitrary<PtoPolicy> =>
  fc
    .tuple(fc.integer({ min: -40, max: 200 }), fc.option(accrual, { nil: null }), extra)
    .map(([balance, acc, rest]) => ({
      balanceHours: balance,
      asOf,
      accrual: acc,
      capHours: null,
      carryover: null,
      negativeLimitHours: 0,
      incrementHours: 0.25,
      minimumHours: 0,
      holidays: [],
      ...rest,
    }));

const anyPolicy = policy(
  fc.record({
    capHours: fc.option(fc.integer({ min: 40, max: 240 }), { nil: null }),
    carryover: fc.option(
      fc.record({
        maxHours: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
        expiresOn: fc.option(fc.constantFrom("03-31", "06-30", "01-01"), { nil: null }),
      }),
      { nil: null },
    ),
  }),
);

describe("ledger properties", () => {
  it("projects, at every change and month end, the balance that replaying the ledger to that date gives", () => {
    fc.assert(
      fc.property(anyPolicy, ledger, (p, entries) => {
        const projection = project(p, entries, asOf, 12);
        const lastOfDay = new Map<string, number>();
        for (const event of projection.events) lastOfDay.set(event.date, event.balance);
        for (const [date, balance] of lastOfDay) expect(balanceOn(date, p, entries)).toBe(balance);
        for (const { date, balance } of projection.monthEnds)
          expect(balanceOn(date, p, entries)).toBe(balance);
        expect(balanceOn(projection.to, p, entries)).toBe(projection.closing);
      }),
      { numRuns: 60 },
    );
  });

  it("without cap or carryover, equals the opening balance plus every credit and counted entry", () => {
    fc.assert(
      fc.property(policy(fc.constant({})), ledger, dateAfterAsOf, (p, entries, date) => {
        fc.pre(date >= asOf);
        const credits = p.accrual ? accrualCredits(p.accrual, asOf, date) : [];
        const expected =
          p.balanceHours +
          credits.reduce((sum, c) => sum + c.hours, 0) +
          entries
            .filter((e) => e.date > asOf && e.date <= date && e.kind !== "cancelled")
            .reduce((sum, e) => sum + e.hours, 0);
        expect(balanceOn(date, p, entries)).toBeCloseTo(expected, 4);
      }),
    );
  });

  it("never lets accrual lift the balance above the cap", () => {
    fc.assert(
      fc.property(anyPolicy, ledger, (p, entries) => {
        fc.pre(p.capHours !== null && p.balanceHours <= p.capHours);
        const positiveAdjustments = entries.some((e) => e.kind === "adjustment" && e.hours > 0);
        fc.pre(!positiveAdjustments);
        for (const event of project(p, entries, asOf, 12).events)
          expect(event.balance).toBeLessThanOrEqual(p.capHours!);
      }),
    );
  });
});
