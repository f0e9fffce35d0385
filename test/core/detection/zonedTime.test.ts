import { formatWithOffset, readGraphDateTime, toIanaZone } from "../../../src/core/detection/zonedTime";

describe("toIanaZone", () => {
  it.each([
    ["Eastern Standard Time", "America/New_York"],
    ["Romance Standard Time", "Europe/Paris"],
    ["US Mountain Standard Time", "America/Phoenix"],
    ["AUS Eastern Standard Time", "Australia/Sydney"],
    ["UTC", "UTC"],
    ["Europe/Prague", "Europe/Prague"],
  ])("maps %s to %s", (windows, iana) => {
    expect(toIanaZone(windows)).toBe(iana);
  });

  it.each(["Mars/Olympus_Mons", "Not A Zone", ""])("returns null for the unknown zone %j", (zone) => {
    expect(toIanaZone(zone)).toBeNull();
  });
});

describe("readGraphDateTime", () => {
  it.each([
    ["2026-12-03T14:00:00.0000000", "Eastern Standard Time", "2026-12-03T14:00:00-05:00"],
    ["2027-06-15T09:00:00.0000000", "Pacific Standard Time", "2027-06-15T09:00:00-07:00"],
    ["2027-02-25T09:00:00.0000000", "AUS Eastern Standard Time", "2027-02-25T09:00:00+11:00"],
    ["2027-01-28T20:30:00.0000000", "India Standard Time", "2027-01-28T20:30:00+05:30"],
    ["2026-12-09T10:00:00.0000000", "GMT Standard Time", "2026-12-09T10:00:00+00:00"],
    ["2027-01-07T14:30:00.0000000", "UTC", "2027-01-07T14:30:00+00:00"],
  ])("reads %s in %s as %s", (dateTime, timeZone, iso) => {
    expect(readGraphDateTime({ dateTime, timeZone }, null)).toBe(iso);
  });

  it("falls back to the owner's zone when the item's zone is unknown", () => {
    expect(
      readGraphDateTime({ dateTime: "2026-12-03T14:00:00", timeZone: "Nowhere Time" }, "Europe/Berlin"),
    ).toBe("2026-12-03T14:00:00+01:00");
  });

  it.each(["not a date", "2026-13-40T99:99:00", ""])("returns null for the invalid date %j", (dateTime) => {
    expect(readGraphDateTime({ dateTime, timeZone: "UTC" }, null)).toBeNull();
  });
});

describe("formatWithOffset", () => {
  it("writes the offset in force at that instant across a DST change", () => {
    expect(formatWithOffset(Date.UTC(2027, 2, 14, 6, 59), "America/New_York")).toBe(
      "2027-03-14T01:59:00-05:00",
    );
    expect(formatWithOffset(Date.UTC(2027, 2, 14, 7, 0), "America/New_York")).toBe(
      "2027-03-14T03:00:00-04:00",
    );
  });
});
