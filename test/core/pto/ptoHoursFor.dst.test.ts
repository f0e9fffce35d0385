import { ptoHoursFor, type DayOfWeek, type WorkingHours } from "../../../src/core/pto";

const everyDay: DayOfWeek[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const exact = { incrementHours: 0, minimumHours: 0, holidays: [] };
const hours = (zone: string, startTime: string, endTime: string): WorkingHours => ({
  daysOfWeek: everyDay,
  startTime,
  endTime,
  timeZone: zone,
});

describe("PTO hours on DST weekends", () => {
  // The 2026 change days: New York 8 Mar / 1 Nov, Berlin 29 Mar / 25 Oct, Sydney 5 Apr (back) / 4 Oct (forward).
  it.each([
    ["America/New_York", "2026-03-08", 23, 2],
    ["America/New_York", "2026-11-01", 25, 4],
    ["Europe/Berlin", "2026-03-29", 23, 2],
    ["Europe/Berlin", "2026-10-25", 25, 4],
    ["Australia/Sydney", "2026-10-04", 23, 2],
    ["Australia/Sydney", "2026-04-05", 25, 4],
    ["Asia/Kolkata", "2026-03-08", 24, 3],
    ["Asia/Kathmandu", "2026-10-25", 24, 3],
  ])("in %s on %s a whole day holds %i hours and a 01:00–04:00 shift %i", (zone, date, day, night) => {
    expect(ptoHoursFor({ allDay: true, startDate: date }, hours(zone, "00:00", "24:00"), exact).hours).toBe(
      day,
    );
    expect(ptoHoursFor({ allDay: true, startDate: date }, hours(zone, "01:00", "04:00"), exact).hours).toBe(
      night,
    );
  });

  // The same UTC hours move on the local clock when the offset changes: New York and Berlin spring
  // forward (9–11 instead of 8–10), Sydney falls back in April (8–10 instead of 9–11).
  it.each([
    ["America/New_York", "2026-03-06T13:00:00Z", "2026-03-06T15:00:00Z", 1],
    ["America/New_York", "2026-03-09T13:00:00Z", "2026-03-09T15:00:00Z", 2],
    ["Europe/Berlin", "2026-03-27T07:00:00Z", "2026-03-27T09:00:00Z", 1],
    ["Europe/Berlin", "2026-03-30T07:00:00Z", "2026-03-30T09:00:00Z", 2],
    ["Australia/Sydney", "2026-04-02T22:00:00Z", "2026-04-03T00:00:00Z", 2],
    ["Australia/Sydney", "2026-04-05T22:00:00Z", "2026-04-06T00:00:00Z", 1],
    ["Asia/Kolkata", "2026-12-03T03:00:00Z", "2026-12-03T05:00:00Z", 1.5],
    ["Asia/Kathmandu", "2026-12-03T03:00:00Z", "2026-12-03T05:00:00Z", 1.75],
  ])("in %s a block from %s to %s overlaps a 9–5 day by %d hours", (zone, start, end, expected) => {
    expect(ptoHoursFor({ start, end }, hours(zone, "09:00", "17:00"), exact).hours).toBe(expected);
  });

  it("keeps an overnight shift across the New York spring change one hour short", () => {
    const nights = hours("America/New_York", "22:00", "06:00");
    const charge = ptoHoursFor({ allDay: true, startDate: "2026-03-07" }, nights, exact);
    // Saturday 00:00–24:00 holds Friday's shift tail (0–6) and Saturday's shift head (22–24).
    expect(charge.hours).toBe(8);
    const across = ptoHoursFor({ start: "2026-03-08T03:00:00Z", end: "2026-03-08T11:00:00Z" }, nights, exact);
    expect(across.hours).toBe(7);
  });
});
