import {
  isEnglishWeekday,
  WEEKDAY_NAMES,
  WEEKDAY_PATTERN,
  weekdayOf,
} from "../../../src/core/detection/weekdayNames";

const everyName = WEEKDAY_NAMES.flatMap((names, day) =>
  Object.values(names).flatMap((list: readonly string[]) => list.map((name) => [name, day] as const)),
);

describe("weekdayNames", () => {
  it.each(everyName)("reads %s as day %i", (name, day) => {
    expect(weekdayOf(name)).toBe(day);
  });

  it.each(everyName)("matches all of %s, not a shorter name inside it", (name) => {
    expect(new RegExp(`^(?:${WEEKDAY_PATTERN})`, "iu").exec(`${name}x`)?.[0]).toBe(name);
  });

  it("knows nothing that is not a weekday name", () => {
    expect(new RegExp(`^(?:${WEEKDAY_PATTERN})$`, "iu").test("mond")).toBe(false);
    expect(weekdayOf("mond")).toBeUndefined();
  });

  it("reads month first only after an English name", () => {
    expect(isEnglishWeekday("thurs")).toBe(true);
    expect(isEnglishWeekday("jeudi")).toBe(false);
  });
});
