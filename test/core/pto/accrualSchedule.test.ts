import { accrualCredits, type Accrual } from "../../../src/core/pto";

const accrual = (overrides: Partial<Accrual>): Accrual => ({
  hours: 4,
  per: "period",
  period: "biweekly",
  timing: "start",
  anchorDate: "2026-01-02",
  ...overrides,
});

describe("accrualCredits", () => {
  it.each<[string, Partial<Accrual>, string[]]>([
    ["biweekly at the start", {}, ["2026-01-02", "2026-01-16", "2026-01-30", "2026-02-13", "2026-02-27"]],
    [
      "biweekly at the end",
      { timing: "end" },
      ["2026-01-01", "2026-01-15", "2026-01-29", "2026-02-12", "2026-02-26"],
    ],
    [
      "weekly at the start",
      { period: "weekly", anchorDate: "2026-01-05" },
      [
        "2026-01-05",
        "2026-01-12",
        "2026-01-19",
        "2026-01-26",
        "2026-02-02",
        "2026-02-09",
        "2026-02-16",
        "2026-02-23",
      ],
    ],
    [
      "semi-monthly at the start",
      { period: "semimonthly", anchorDate: "2026-01-01" },
      ["2026-01-01", "2026-01-16", "2026-02-01", "2026-02-16"],
    ],
    [
      "semi-monthly at the end",
      { period: "semimonthly", anchorDate: "2026-01-01", timing: "end" },
      ["2026-01-15", "2026-01-31", "2026-02-15", "2026-02-28"],
    ],
    [
      "monthly on the 31st, clamped in February",
      { period: "monthly", anchorDate: "2025-12-31" },
      ["2026-01-31", "2026-02-28"],
    ],
    [
      "monthly at the end",
      { period: "monthly", anchorDate: "2026-01-01", timing: "end" },
      ["2026-01-31", "2026-02-28"],
    ],
  ])("credits %s on the right days", (_name, overrides, dates) => {
    expect(accrualCredits(accrual(overrides), "2025-12-31", "2026-02-28").map((c) => c.date)).toEqual(dates);
  });

  it.each<[Accrual["period"], number]>([
    ["weekly", 52],
    ["biweekly", 26],
    ["semimonthly", 24],
    ["monthly", 12],
  ])("spreads a yearly amount evenly over %s periods", (period, periods) => {
    const credits = accrualCredits(
      accrual({ per: "year", hours: 120, period, anchorDate: "2026-01-01" }),
      "2025-12-31",
      "2026-06-30",
    );
    expect(credits[0]!.hours).toBeCloseTo(120 / periods, 10);
  });

  it("credits nothing on or before the start of the window", () => {
    expect(accrualCredits(accrual({}), "2026-01-16", "2026-01-29").map((c) => c.date)).toEqual([]);
  });
});
