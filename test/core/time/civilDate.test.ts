import { addDays, clampedDate, daysBetween, parseCivilDate, weekdayIndex } from "../../../src/core/time";

describe("civil dates", () => {
  it.each([
    ["2026-12-31", 1, "2027-01-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-03-08", 0, "2026-03-08"],
  ])("adds to %s %i days to get %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ["2026-12-03", 4],
    ["2026-11-29", 0],
    ["1969-12-31", 3],
  ])("knows %s falls on weekday %i", (date, weekday) => {
    expect(weekdayIndex(date)).toBe(weekday);
  });

  it("counts the days between two dates across a leap day", () => {
    expect(daysBetween("2028-02-01", "2028-03-01")).toBe(29);
  });

  it("clamps a day past the month's end to its last day", () => {
    expect(clampedDate(2026, 2, 31)).toBe("2026-02-28");
  });

  it.each(["2026-02-30", "2026-13-01", "3 Dec 2026"])("refuses %p", (date) => {
    expect(() => parseCivilDate(date)).toThrow(RangeError);
  });
});
