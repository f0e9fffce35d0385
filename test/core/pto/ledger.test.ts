import { balanceOn, project, replayLedger, type LedgerEntry, type PtoPolicy } from "../../../src/core/pto";

const basePolicy: PtoPolicy = {
  balanceHours: 40,
  asOf: "2026-11-30",
  accrual: null,
  capHours: null,
  carryover: null,
  negativeLimitHours: 0,
  incrementHours: 0.25,
  minimumHours: 0,
  holidays: [],
};

let nextId = 0;
const entry = (date: string, hours: number, kind: LedgerEntry["kind"] = "planned"): LedgerEntry => ({
  id: `e${nextId++}`,
  kind,
  date,
  hours,
  source:
    kind === "planned" || kind === "taken"
      ? { type: "interview", interviewId: `i${nextId}` }
      : { type: "manual" },
});

describe("balanceOn", () => {
  it("starts from the policy's balance on its asOf date", () => {
    expect(balanceOn("2026-11-30", basePolicy, [])).toBe(40);
  });

  it("refuses a date before the policy's asOf date", () => {
    expect(() => balanceOn("2026-11-29", basePolicy, [])).toThrow(RangeError);
  });

  it("ignores entries dated on or before asOf, which the opening balance already holds", () => {
    expect(balanceOn("2026-12-31", basePolicy, [entry("2026-11-30", -8), entry("2026-11-02", -8)])).toBe(40);
  });

  it("spends planned and taken hours, adds adjustments and skips cancelled absences", () => {
    const ledger = [
      entry("2026-12-03", -2.5),
      entry("2026-12-08", -4, "taken"),
      entry("2026-12-10", 1.5, "adjustment"),
      entry("2026-12-11", -8, "cancelled"),
    ];
    expect(balanceOn("2026-12-02", basePolicy, ledger)).toBe(40);
    expect(balanceOn("2026-12-03", basePolicy, ledger)).toBe(37.5);
    expect(balanceOn("2026-12-31", basePolicy, ledger)).toBe(35);
  });

  it("adds biweekly accrual credited at the start of each period", () => {
    const policy: PtoPolicy = {
      ...basePolicy,
      accrual: { hours: 80, per: "year", period: "biweekly", timing: "start", anchorDate: "2026-12-04" },
    };
    // Periods start 4 and 18 December: two credits of 80/26 hours.
    expect(balanceOn("2026-12-31", policy, [])).toBeCloseTo(40 + (2 * 80) / 26, 5);
  });

  it("loses accrual that would pass the cap", () => {
    const policy: PtoPolicy = {
      ...basePolicy,
      balanceHours: 98,
      capHours: 100,
      accrual: { hours: 4, per: "period", period: "monthly", timing: "start", anchorDate: "2026-12-01" },
    };
    const events = replayLedger(policy, [], "2026-12-01");
    expect(events).toEqual([
      expect.objectContaining({ date: "2026-12-01", kind: "accrual", hours: 2, lostHours: 2, balance: 100 }),
    ]);
  });

  it("lets spending make room under the cap for the next accrual", () => {
    const policy: PtoPolicy = {
      ...basePolicy,
      balanceHours: 100,
      capHours: 100,
      accrual: { hours: 4, per: "period", period: "monthly", timing: "start", anchorDate: "2026-12-01" },
    };
    expect(balanceOn("2027-01-01", policy, [entry("2026-12-15", -3)])).toBe(100);
    expect(balanceOn("2026-12-31", policy, [entry("2026-12-15", -3)])).toBe(97);
  });

  it("keeps at most the carryover limit at year end", () => {
    const policy: PtoPolicy = {
      ...basePolicy,
      balanceHours: 60,
      carryover: { maxHours: 40, expiresOn: null },
    };
    expect(balanceOn("2026-12-31", policy, [])).toBe(60);
    expect(balanceOn("2027-01-01", policy, [])).toBe(40);
  });

  it("spends carried hours first and forfeits the rest on the expiry date", () => {
    const policy: PtoPolicy = {
      ...basePolicy,
      balanceHours: 60,
      carryover: { maxHours: 40, expiresOn: "03-31" },
      accrual: { hours: 10, per: "period", period: "monthly", timing: "start", anchorDate: "2027-01-01" },
    };
    const ledger = [entry("2027-02-10", -10)];
    // 1 Jan: 40 carried + 10 accrued; 1 Feb: +10; 10 Feb spends 10 of the carried hours; 1 Mar: +10.
    expect(balanceOn("2027-03-30", policy, ledger)).toBe(60);
    // 31 March: the 30 carried hours left expire; the 30 accrued this year stay.
    expect(balanceOn("2027-03-31", policy, ledger)).toBe(30);
  });

  it("carries a negative balance into the new year as it is", () => {
    const policy: PtoPolicy = {
      ...basePolicy,
      balanceHours: 4,
      negativeLimitHours: 16,
      carryover: { maxHours: 0, expiresOn: null },
    };
    expect(balanceOn("2027-01-01", policy, [entry("2026-12-20", -8)])).toBe(-4);
  });
});

describe("project", () => {
  const policy: PtoPolicy = {
    ...basePolicy,
    accrual: { hours: 8, per: "period", period: "monthly", timing: "end", anchorDate: "2026-12-01" },
  };

  it("projects twelve months with month-end balances", () => {
    const projection = project(policy, [entry("2027-02-10", -16)], "2026-11-30");
    expect(projection.to).toBe("2027-11-30");
    expect(projection.monthEnds.map((m) => m.date)).toEqual(
      [
        "2026-11-30",
        "2026-12-31",
        "2027-01-31",
        "2027-02-28",
        "2027-03-31",
        "2027-04-30",
        "2027-05-31",
        "2027-06-30",
        "2027-07-31",
        "2027-08-31",
        "2027-09-30",
        "2027-10-31",
        "2027-11-30",
      ].slice(1),
    );
    expect(projection.monthEnds[0]).toEqual({ date: "2026-12-31", balance: 48 });
    expect(projection.monthEnds[2]).toEqual({ date: "2027-02-28", balance: 48 });
    expect(projection.closing).toBe(40 + 12 * 8 - 16);
  });

  it("reports the lowest point in the window", () => {
    const projection = project(policy, [entry("2026-12-10", -45)], "2026-11-30");
    expect(projection.lowest).toEqual({ date: "2026-12-10", balance: -5 });
  });
});
