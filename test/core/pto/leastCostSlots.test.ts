import { leastCostSlots, type SlotRequest, type WorkingHours } from "../../../src/core/pto";

const london: WorkingHours = {
  daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
  startTime: "09:00",
  endTime: "17:00",
  timeZone: "Europe/London",
  breaks: [{ startTime: "12:30", endTime: "13:30" }],
};

// Monday 7 and Tuesday 8 December 2026; London is on UTC in winter.
const base: SlotRequest = {
  busy: [],
  workingHours: london,
  policy: { incrementHours: 0.25, minimumHours: 0, holidays: [] },
  durationMinutes: 60,
  from: "2026-12-07T00:00:00Z",
  to: "2026-12-09T00:00:00Z",
};

const at = (slots: { start: number; end: number; ptoHours: number }[]) =>
  slots.map((s) => `${new Date(s.start).toISOString().slice(0, 16)} ${s.ptoHours}`);

describe("leastCostSlots", () => {
  it("suggests the free early, late and lunch slots first, earliest first among equals", () => {
    expect(at(leastCostSlots({ ...base, count: 4 }))).toEqual([
      "2026-12-07T08:00 0",
      "2026-12-07T12:30 0",
      "2026-12-07T17:00 0",
      "2026-12-08T08:00 0",
    ]);
  });

  it("skips busy times and prices the buffers", () => {
    const busy = [
      { start: "2026-12-07T07:00:00Z", end: "2026-12-07T18:00:00Z" },
      { start: "2026-12-08T12:00:00Z", end: "2026-12-08T14:00:00Z" },
    ];
    const slots = leastCostSlots({ ...base, busy, bufferBeforeMinutes: 30, bufferAfterMinutes: 30 });
    // Monday is full and Tuesday's lunch is taken. Half an hour of travel each side makes 08:00 and
    // 17:00 reach 30 minutes into the working day; the next cheapest, two hours, starts at 10:00,
    // the first start whose travel does not overlap the 08:00 suggestion.
    expect(at(slots)).toEqual(["2026-12-08T08:00 0.5", "2026-12-08T10:00 2", "2026-12-08T17:00 0.5"]);
  });

  it("keeps suggestions from overlapping each other", () => {
    const slots = leastCostSlots({ ...base, count: 10, window: { startTime: "09:00", endTime: "17:00" } });
    const sorted = [...slots].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
  });

  it("prefers a company holiday, which costs nothing", () => {
    const slots = leastCostSlots({
      ...base,
      count: 1,
      window: { startTime: "10:00", endTime: "12:00" },
      policy: { ...base.policy, holidays: ["2026-12-08"] },
    });
    expect(at(slots)).toEqual(["2026-12-08T10:00 0"]);
  });

  it("suggests nothing when the range is empty", () => {
    expect(leastCostSlots({ ...base, to: base.from })).toEqual([]);
  });

  it("follows the user's zone across a DST change", () => {
    const ny: WorkingHours = { ...london, timeZone: "America/New_York", breaks: [] };
    // Friday 6 March is EST (UTC−5), Monday 9 March EDT (UTC−4): 08:00 local moves by an hour in UTC.
    const slots = leastCostSlots({
      ...base,
      workingHours: ny,
      from: "2026-03-06T00:00:00Z",
      to: "2026-03-10T00:00:00Z",
      count: 2,
      window: { startTime: "08:00", endTime: "09:00" },
    });
    expect(at(slots)).toEqual(["2026-03-06T13:00 0", "2026-03-09T12:00 0"]);
  });

  it("keeps to the other side's hours in their own zone", () => {
    const ny: WorkingHours = { ...london, timeZone: "America/New_York", breaks: [] };
    const berlin = { startTime: "09:00", endTime: "17:00", timeZone: "Europe/Berlin" };
    const monday = { from: "2026-12-07T05:00:00Z", to: "2026-12-08T05:00:00Z" };
    // Without them: 08:00 and 17:00 in New York cost nothing, but 17:00 there is 23:00 in Berlin.
    expect(at(leastCostSlots({ ...base, ...monday, workingHours: ny, count: 2 }))).toEqual([
      "2026-12-07T13:00 0",
      "2026-12-07T22:00 0",
    ]);
    // With them: Berlin closes at 17:00, 11:00 in New York, so the morning is all there is.
    expect(at(leastCostSlots({ ...base, ...monday, workingHours: ny, otherHours: berlin }))).toEqual([
      "2026-12-07T13:00 0",
      "2026-12-07T14:00 1",
      "2026-12-07T15:00 1",
    ]);
  });
});
