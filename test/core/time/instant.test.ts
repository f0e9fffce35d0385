import { toEpochMs, toZonedIso } from "../../../src/core/time";

describe("toEpochMs", () => {
  it.each([
    ["2026-12-03T13:30:00Z", "2026-12-03T13:30:00.000Z"],
    ["2026-12-03T13:30:00+01:00", "2026-12-03T12:30:00.000Z"],
    ["2026-12-03T13:30:00.250-05:00", "2026-12-03T18:30:00.250Z"],
    ["2026-12-03T13:30+0545", "2026-12-03T07:45:00.000Z"],
    ["2026-12-03T13:30:00.0000000+05:30", "2026-12-03T08:00:00.000Z"],
  ])("reads %s as %s", (input, expected) => {
    expect(new Date(toEpochMs(input)).toISOString()).toBe(expected);
  });

  it("reads Graph's dateTimeTimeZone pair in its own zone", () => {
    const ms = toEpochMs({ dateTime: "2026-12-03T13:30:00.0000000", timeZone: "Asia/Kathmandu" });
    expect(new Date(ms).toISOString()).toBe("2026-12-03T07:45:00.000Z");
  });

  it.each(["2026-12-03T13:30:00", "2026-12-03", "next Thursday", ""])(
    "refuses %p, which has no offset to place it in time",
    (input) => {
      expect(() => toEpochMs(input)).toThrow(RangeError);
    },
  );

  it("refuses a number that is not finite", () => {
    expect(() => toEpochMs(Number.NaN)).toThrow(RangeError);
  });
});

describe("toZonedIso", () => {
  it("writes the instant with the given offset and reads back the same instant", () => {
    const ms = Date.parse("2026-12-03T07:45:00Z");
    const text = toZonedIso(ms, 345 * 60_000);
    expect(text).toBe("2026-12-03T13:30:00+05:45");
    expect(toEpochMs(text)).toBe(ms);
  });
});
