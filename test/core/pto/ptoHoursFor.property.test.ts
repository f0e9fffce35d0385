import fc from "fast-check";
import { ptoHoursFor, type DayOfWeek, type WorkingHours } from "../../../src/core/pto";
import { toZonedIso, zoneOffsetMs } from "../../../src/core/time";

const zones = [
  "America/New_York",
  "Europe/Berlin",
  "Australia/Sydney",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "America/St_Johns",
  "Pacific/Chatham",
  "UTC",
];
const days: DayOfWeek[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const HOUR = 3_600_000;

const clock = fc.integer({ min: 0, max: 95 }).map((q) => {
  const minutes = q * 15;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
});

const workingHours: fc.Arbitrary<WorkingHours> = fc.record({
  daysOfWeek: fc.subarray(days, { minLength: 1 }),
  startTime: clock,
  endTime: clock,
  timeZone: fc.constantFrom(...zones),
  breaks: fc.option(
    fc.tuple(clock, clock).map(([startTime, endTime]) => [{ startTime, endTime }]),
    { nil: undefined },
  ),
});

// 2026 and 2027, so every DST change of the zones above is inside the range.
const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });
const span = fc.tuple(instant, fc.integer({ min: 0, max: 4 * 24 * 60 })).map(([start, minutes]) => ({
  start,
  end: start + minutes * 60_000,
}));
const increment = fc.constantFrom(0, 0.1, 0.25, 0.5, 1);
const exact = { incrementHours: 0, minimumHours: 0, holidays: [] };

describe("ptoHoursFor properties", () => {
  it("never charges negative hours nor more working time than the span blocked", () => {
    fc.assert(
      fc.property(span, workingHours, (block, hours) => {
        const charge = ptoHoursFor(block, hours, exact);
        expect(charge.exactMs).toBeGreaterThanOrEqual(0);
        expect(charge.exactMs).toBeLessThanOrEqual(block.end - block.start);
      }),
    );
  });

  it("adds up over disjoint spans that together make the whole", () => {
    fc.assert(
      fc.property(span, fc.double({ min: 0, max: 1, noNaN: true }), workingHours, (block, at, hours) => {
        const middle = block.start + Math.floor((block.end - block.start) * at);
        const whole = ptoHoursFor(block, hours, exact).exactMs;
        const left = ptoHoursFor({ start: block.start, end: middle }, hours, exact).exactMs;
        const right = ptoHoursFor({ start: middle, end: block.end }, hours, exact).exactMs;
        expect(left + right).toBe(whole);
      }),
    );
  });

  it("does not depend on the zone the interview was written in", () => {
    fc.assert(
      fc.property(
        span,
        workingHours,
        fc.constantFrom(...zones),
        increment,
        (block, hours, writtenIn, inc) => {
          const policy = { incrementHours: inc, minimumHours: 0, holidays: [] };
          const asEpoch = ptoHoursFor(block, hours, policy);
          const asText = ptoHoursFor(
            {
              start: toZonedIso(block.start, zoneOffsetMs(block.start, writtenIn)),
              end: toZonedIso(block.end, zoneOffsetMs(block.end, writtenIn)),
            },
            hours,
            policy,
          );
          expect(asText).toEqual(asEpoch);
        },
      ),
    );
  });

  it("never rounds under the exact hours, and never by a whole increment or more", () => {
    fc.assert(
      fc.property(span, workingHours, increment, (block, hours, inc) => {
        const charge = ptoHoursFor(block, hours, { incrementHours: inc, minimumHours: 0, holidays: [] });
        expect(charge.hours).toBeGreaterThanOrEqual(charge.exactHours);
        if (inc > 0) expect((charge.hours - charge.exactHours) * HOUR).toBeLessThan(inc * HOUR);
      }),
    );
  });

  it("never charges less than the minimum for an absence that touches working time", () => {
    fc.assert(
      fc.property(span, workingHours, fc.constantFrom(0.5, 1, 2, 4), (block, hours, minimum) => {
        const charge = ptoHoursFor(block, hours, {
          incrementHours: 0.25,
          minimumHours: minimum,
          holidays: [],
        });
        if (charge.exactMs > 0) expect(charge.hours).toBeGreaterThanOrEqual(minimum);
        else expect(charge.hours).toBe(0);
      }),
    );
  });
});
