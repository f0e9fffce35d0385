import {
  plannedEntryFor,
  ptoHoursFor,
  type BlockedTime,
  type PtoPolicy,
  type WorkingHours,
} from "../../../src/core/pto";

const weekdays: WorkingHours["daysOfWeek"] = ["monday", "tuesday", "wednesday", "thursday", "friday"];
const paris: WorkingHours = {
  daysOfWeek: weekdays,
  startTime: "09:00",
  endTime: "17:00",
  timeZone: "Europe/Paris",
};
const quarterHours: Pick<PtoPolicy, "incrementHours" | "minimumHours" | "holidays"> = {
  incrementHours: 0.25,
  minimumHours: 0,
  holidays: [],
};

describe("ptoHoursFor", () => {
  // 2026-12-03 is a Thursday; Paris is UTC+1 in December.
  it.each<[string, BlockedTime, number]>([
    [
      "an afternoon interview inside the working day",
      { start: "2026-12-03T13:30:00+01:00", end: "2026-12-03T16:00:00+01:00" },
      2.5,
    ],
    [
      "the same interview with half-hour travel buffers",
      {
        start: "2026-12-03T13:30:00+01:00",
        end: "2026-12-03T16:00:00+01:00",
        bufferBeforeMinutes: 30,
        bufferAfterMinutes: 30,
      },
      3.5,
    ],
    [
      "an interview before work starts",
      { start: "2026-12-03T07:00:00+01:00", end: "2026-12-03T08:30:00+01:00" },
      0,
    ],
    [
      "an interview across the start of the day",
      { start: "2026-12-03T08:00:00+01:00", end: "2026-12-03T10:00:00+01:00" },
      1,
    ],
    [
      "a buffer that runs past the end of the day",
      { start: "2026-12-03T16:00:00+01:00", end: "2026-12-03T17:00:00+01:00", bufferAfterMinutes: 60 },
      1,
    ],
    [
      "an interview on a Saturday",
      { start: "2026-12-05T10:00:00+01:00", end: "2026-12-05T12:00:00+01:00" },
      0,
    ],
    [
      "an absence from Thursday afternoon to Friday morning",
      { start: "2026-12-03T15:00:00+01:00", end: "2026-12-04T11:00:00+01:00" },
      4,
    ],
    [
      "an absence across midnight",
      { start: "2026-12-03T22:00:00+01:00", end: "2026-12-04T10:00:00+01:00" },
      1,
    ],
    [
      "an interview written in New York time",
      { start: "2026-12-03T07:30:00-05:00", end: "2026-12-03T10:00:00-05:00" },
      2.5,
    ],
    [
      "an interview written in Kathmandu time",
      { start: "2026-12-03T18:15:00+05:45", end: "2026-12-03T20:45:00+05:45" },
      2.5,
    ],
    [
      "an interview given as Graph's local time and zone",
      {
        start: { dateTime: "2026-12-03T07:30:00", timeZone: "America/New_York" },
        end: { dateTime: "2026-12-03T10:00:00", timeZone: "America/New_York" },
      },
      2.5,
    ],
    ["an all-day item on a Thursday", { allDay: true, startDate: "2026-12-03" }, 8],
    [
      "an all-day item from Thursday to Sunday (exclusive)",
      { allDay: true, startDate: "2026-12-03", endDate: "2026-12-06" },
      16,
    ],
    [
      "an interview of twenty minutes",
      { start: "2026-12-03T10:00:00+01:00", end: "2026-12-03T10:20:00+01:00" },
      0.5,
    ],
  ])("charges %s %d hours", (_name, block, expected) => {
    expect(ptoHoursFor(block, paris, quarterHours).hours).toBe(expected);
  });

  it("charges nothing for a company holiday", () => {
    const block = { start: "2026-12-24T10:00:00+01:00", end: "2026-12-24T12:00:00+01:00" };
    expect(ptoHoursFor(block, paris, { ...quarterHours, holidays: ["2026-12-24"] }).hours).toBe(0);
    expect(ptoHoursFor(block, paris, quarterHours).hours).toBe(2);
  });

  it("charges nothing for time in an unpaid lunch break", () => {
    const withLunch = { ...paris, breaks: [{ startTime: "12:00", endTime: "13:00" }] };
    const block = { start: "2026-12-03T11:00:00+01:00", end: "2026-12-03T14:00:00+01:00" };
    expect(ptoHoursFor(block, withLunch, quarterHours).hours).toBe(2);
  });

  it("counts an overnight shift's morning hours against the day the shift started", () => {
    const nights: WorkingHours = {
      daysOfWeek: ["thursday"],
      startTime: "22:00",
      endTime: "06:00",
      timeZone: "Europe/Paris",
    };
    const charge = ptoHoursFor(
      { start: "2026-12-04T05:00:00+01:00", end: "2026-12-04T07:00:00+01:00" },
      nights,
      quarterHours,
    );
    expect(charge.hours).toBe(1);
    expect(charge.days).toEqual([{ date: "2026-12-03", hours: 1 }]);
  });

  it.each([
    [20, 1, 0, 1],
    [31, 0.5, 0, 1],
    [30, 0.5, 0, 0.5],
    [30, 0.25, 2, 2],
    [150, 0.25, 2, 2.5],
  ])(
    "rounds %i minutes up to the %d h increment with a %d h minimum to %d h",
    (minutes, increment, minimum, expected) => {
      const start = Date.parse("2026-12-03T10:00:00+01:00");
      const block = { start, end: start + minutes * 60_000 };
      expect(
        ptoHoursFor(block, paris, { incrementHours: increment, minimumHours: minimum, holidays: [] }).hours,
      ).toBe(expected);
    },
  );

  it("does not apply the minimum when no working time is touched", () => {
    const block = { start: "2026-12-05T10:00:00+01:00", end: "2026-12-05T12:00:00+01:00" };
    expect(ptoHoursFor(block, paris, { incrementHours: 1, minimumHours: 4, holidays: [] }).hours).toBe(0);
  });

  it("refuses a block that ends before it starts", () => {
    expect(() =>
      ptoHoursFor({ start: "2026-12-03T12:00:00Z", end: "2026-12-03T11:00:00Z" }, paris, quarterHours),
    ).toThrow(RangeError);
  });
});

describe("plannedEntryFor", () => {
  it("books a planned entry on the local start date that spends the rounded charge", () => {
    const block = { start: "2026-12-03T23:30:00-05:00", end: "2026-12-04T05:00:00-05:00" };
    const { entry, charge } = plannedEntryFor("entry-1", "interview-7", block, paris, quarterHours);
    // Thursday 23:30 in New York is Friday 05:30 in Paris; the block ends at 11:00 there: 9–11 is charged.
    expect(charge.hours).toBe(2);
    expect(entry).toEqual({
      id: "entry-1",
      kind: "planned",
      date: "2026-12-04",
      hours: -2,
      source: { type: "interview", interviewId: "interview-7" },
    });
  });

  it("dates an all-day absence on its first day", () => {
    const { entry } = plannedEntryFor(
      "e",
      "i",
      { allDay: true, startDate: "2026-12-03" },
      paris,
      quarterHours,
    );
    expect(entry).toMatchObject({ date: "2026-12-03", hours: -8 });
  });

  it("books a free absence as zero hours, not minus zero", () => {
    const block = { start: "2026-12-05T10:00:00+01:00", end: "2026-12-05T11:00:00+01:00" };
    expect(Object.is(plannedEntryFor("e", "i", block, paris, quarterHours).entry.hours, 0)).toBe(true);
  });
});
