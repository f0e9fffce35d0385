import fc from "fast-check";
import {
  fromDayNumber,
  zonedDayClock,
  zonedParts,
  zonedToInstant,
  zoneOffsetMs,
} from "../../../src/core/time";

const zones = [
  "America/New_York",
  "Europe/Berlin",
  "Australia/Sydney",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "America/St_Johns",
  "UTC",
];
const date = fc.integer({ min: 20_454, max: 21_184 }).map(fromDayNumber); // 2026-01-01 … 2027-12-31

describe("zone math agrees with itself", () => {
  it("maps every time of a day the same way through the day clock as one by one", () => {
    fc.assert(
      fc.property(
        date,
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 48 * 60 }),
        (day, zone, minutes) => {
          expect(zonedDayClock(day, zone)(minutes)).toBe(zonedToInstant(day, minutes, zone));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the offset that turns the instant into the wall clock Intl shows", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const p = zonedParts(ms, zone);
          const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
          expect(zoneOffsetMs(ms, zone)).toBe(wall - Math.floor(ms / 1000) * 1000);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("round-trips a wall-clock time that exists once", () => {
    fc.assert(
      fc.property(
        date,
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (day, zone, minutes) => {
          const ms = zonedToInstant(day, minutes, zone);
          const p = zonedParts(ms, zone);
          const back = p.hour * 60 + p.minute;
          // In a gap the time moves forward by the gap; otherwise it reads back exactly.
          if (back !== minutes) {
            expect(zoneOffsetMs(ms - 3 * 3_600_000, zone)).not.toBe(zoneOffsetMs(ms + 3 * 3_600_000, zone));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
