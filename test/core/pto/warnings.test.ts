import { absencePatterns, warnings, type LedgerEntry, type PtoPolicy } from "../../../src/core/pto";

const policy: PtoPolicy = {
  balanceHours: 10,
  asOf: "2026-11-30",
  accrual: null,
  capHours: null,
  carryover: null,
  negativeLimitHours: 8,
  incrementHours: 0.25,
  minimumHours: 0,
  holidays: [],
};

const absence = (date: string, hours: number): LedgerEntry => ({
  id: `a-${date}`,
  kind: "planned",
  date,
  hours,
  source: { type: "interview", interviewId: `i-${date}` },
});

describe("warnings", () => {
  it("says nothing when the balance covers a lone absence", () => {
    expect(warnings(policy, [absence("2026-12-03", -4)], "2026-11-30")).toEqual([]);
  });

  it("warns on the first day the balance goes negative within the allowed limit", () => {
    expect(warnings(policy, [absence("2026-12-03", -8), absence("2027-02-03", -6)], "2026-11-30")).toEqual([
      { kind: "negative", date: "2027-02-03", balance: -4 },
    ]);
  });

  it("warns when the balance goes past the negative limit", () => {
    expect(warnings(policy, [absence("2026-12-03", -20)], "2026-11-30")).toEqual([
      { kind: "overdrawn", date: "2026-12-03", balance: -10, limitHours: 8 },
    ]);
  });

  it("warns when accrual is lost at the cap", () => {
    const capped: PtoPolicy = {
      ...policy,
      balanceHours: 39,
      capHours: 40,
      accrual: { hours: 4, per: "period", period: "monthly", timing: "start", anchorDate: "2026-12-01" },
    };
    const found = warnings(capped, [], "2026-11-30", 2);
    expect(found).toEqual([{ kind: "capLoss", date: "2026-12-01", lostHours: 3, totalLostHours: 7 }]);
  });

  it("warns about hours forfeited at year end", () => {
    const carry: PtoPolicy = { ...policy, balanceHours: 50, carryover: { maxHours: 40, expiresOn: null } };
    expect(warnings(carry, [], "2026-11-30")).toEqual([
      { kind: "forfeit", date: "2027-01-01", lostHours: 10 },
    ]);
  });

  it("warns about three absences within three weeks", () => {
    const roomy = { ...policy, balanceHours: 100 };
    const ledger = [
      absence("2026-12-01", -2),
      absence("2026-12-09", -2),
      absence("2026-12-18", -2),
      absence("2027-03-01", -2),
    ];
    expect(warnings(roomy, ledger, "2026-11-30")).toEqual([
      { kind: "pattern", dates: ["2026-12-01", "2026-12-09", "2026-12-18"], windowDays: 21 },
    ]);
  });

  it("counts absences booked just before the window towards a pattern", () => {
    const roomy = { ...policy, balanceHours: 100 };
    const ledger = [absence("2026-11-25", -2), absence("2026-12-01", -2), absence("2026-12-04", -2)];
    expect(warnings(roomy, ledger, "2026-11-30").map((w) => w.kind)).toEqual(["pattern"]);
  });
});

describe("absencePatterns", () => {
  it.each<[string, string[], number, number, string[][]]>([
    ["no run when the absences are spread out", ["2026-12-01", "2026-12-22", "2027-01-12"], 3, 21, []],
    [
      "one run of three",
      ["2026-12-01", "2026-12-10", "2026-12-21"],
      3,
      21,
      [["2026-12-01", "2026-12-10", "2026-12-21"]],
    ],
    [
      "overlapping windows joined into one run",
      ["2026-12-01", "2026-12-08", "2026-12-15", "2026-12-22", "2026-12-29"],
      3,
      21,
      [["2026-12-01", "2026-12-08", "2026-12-15", "2026-12-22", "2026-12-29"]],
    ],
    [
      "two separate runs",
      ["2026-12-01", "2026-12-02", "2026-12-03", "2027-02-01", "2027-02-02", "2027-02-03"],
      3,
      7,
      [
        ["2026-12-01", "2026-12-02", "2026-12-03"],
        ["2027-02-01", "2027-02-02", "2027-02-03"],
      ],
    ],
    ["several absences on one day counted once", ["2026-12-01", "2026-12-01", "2026-12-02"], 3, 21, []],
  ])("finds %s", (_name, dates, count, windowDays, expected) => {
    expect(absencePatterns(dates, count, windowDays)).toEqual(expected);
  });
});
