import { zonedToInstant, zoneOffsetMs } from "../../../src/core/time";

const iso = (ms: number) => new Date(ms).toISOString();

describe("zonedToInstant", () => {
  // Expected instants worked out by hand from each zone's published rules for 2026.
  it.each([
    ["America/New_York", "2026-03-07", "12:00", "2026-03-07T17:00:00.000Z"],
    ["America/New_York", "2026-03-08", "01:59", "2026-03-08T06:59:00.000Z"],
    ["America/New_York", "2026-03-08", "03:00", "2026-03-08T07:00:00.000Z"],
    ["America/New_York", "2026-11-01", "00:30", "2026-11-01T04:30:00.000Z"],
    ["America/New_York", "2026-11-01", "03:00", "2026-11-01T08:00:00.000Z"],
    ["Europe/Berlin", "2026-03-29", "01:30", "2026-03-29T00:30:00.000Z"],
    ["Europe/Berlin", "2026-03-29", "03:30", "2026-03-29T01:30:00.000Z"],
    ["Europe/Berlin", "2026-10-25", "04:00", "2026-10-25T03:00:00.000Z"],
    ["Australia/Sydney", "2026-04-05", "04:00", "2026-04-04T18:00:00.000Z"],
    ["Australia/Sydney", "2026-10-04", "01:00", "2026-10-03T15:00:00.000Z"],
    ["Australia/Sydney", "2026-10-04", "09:00", "2026-10-03T22:00:00.000Z"],
    ["Asia/Kolkata", "2026-12-03", "09:00", "2026-12-03T03:30:00.000Z"],
    ["Asia/Kathmandu", "2026-12-03", "09:00", "2026-12-03T03:15:00.000Z"],
  ])("reads %s %s %s as %s", (zone, date, time, expected) => {
    const [h, m] = time.split(":").map(Number);
    expect(iso(zonedToInstant(date, h! * 60 + m!, zone))).toBe(expected);
  });

  it.each([
    ["America/New_York", "2026-03-08", "02:30", "2026-03-08T07:30:00.000Z"],
    ["Europe/Berlin", "2026-03-29", "02:30", "2026-03-29T01:30:00.000Z"],
    ["Australia/Sydney", "2026-10-04", "02:30", "2026-10-03T16:30:00.000Z"],
  ])(
    "moves %s %s %s, which the spring-forward gap skips, forward by the gap",
    (zone, date, time, expected) => {
      const [h, m] = time.split(":").map(Number);
      expect(iso(zonedToInstant(date, h! * 60 + m!, zone))).toBe(expected);
    },
  );

  it.each([
    ["America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00.000Z"],
    ["Europe/Berlin", "2026-10-25", "02:30", "2026-10-25T00:30:00.000Z"],
    ["Australia/Sydney", "2026-04-05", "02:30", "2026-04-04T15:30:00.000Z"],
  ])(
    "resolves %s %s %s, which the fall-back hour repeats, to the earlier instant",
    (zone, date, time, expected) => {
      const [h, m] = time.split(":").map(Number);
      expect(iso(zonedToInstant(date, h! * 60 + m!, zone))).toBe(expected);
    },
  );

  it("reads minutes past midnight as the next day's wall clock", () => {
    expect(iso(zonedToInstant("2026-12-03", 24 * 60 + 90, "Europe/Paris"))).toBe("2026-12-04T00:30:00.000Z");
  });
});

describe("zoneOffsetMs", () => {
  it.each([
    ["Asia/Kolkata", "2026-06-01T00:00:00Z", 330],
    ["Asia/Kathmandu", "2026-06-01T00:00:00Z", 345],
    ["America/New_York", "2026-01-15T12:00:00Z", -300],
    ["America/New_York", "2026-07-15T12:00:00Z", -240],
    ["Australia/Sydney", "2026-01-15T12:00:00Z", 660],
    ["Australia/Sydney", "2026-07-15T12:00:00Z", 600],
  ])("gives %s at %s an offset of %i minutes", (zone, at, minutes) => {
    expect(zoneOffsetMs(Date.parse(at), zone)).toBe(minutes * 60_000);
  });
});
