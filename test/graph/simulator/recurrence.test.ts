import type {
  PatternedRecurrence,
  RecurrencePattern,
  RecurrenceRange,
} from "@microsoft/microsoft-graph-types";
import { SimulatorState, createGraphSimulator } from "../../../src/graph/simulator";
import { expandSeries } from "../../../src/graph/simulator/recurrence";
import { formatGraphDateTime, parseGraphDateTime } from "../../../src/graph/simulator/simTime";
import { FIXED_NOW, rawCall } from "../../support/graphHarness";

type Json = Record<string, unknown>;

/** Occurrence starts of a 30-minute series, as "YYYY-MM-DD HH:mm" in `shownIn` (the series' zone by default). */
function occurrences(
  start: string,
  zone: string,
  recurrence: PatternedRecurrence,
  window: [string, string],
  shownIn = zone,
): string[] {
  const state = new SimulatorState({}, () => FIXED_NOW);
  const end = formatGraphDateTime(parseGraphDateTime(start, zone)! + 30 * 60_000, zone);
  const master = state.insertEvent({
    subject: "Series",
    start: { dateTime: start, timeZone: zone },
    end: { dateTime: end, timeZone: zone },
    recurrence,
  });
  return expandSeries(master.event, Date.parse(window[0]), Date.parse(window[1])).map((o) =>
    formatGraphDateTime(o.start, shownIn).slice(0, 16).replace("T", " "),
  );
}

const noEnd = (startDate: string): RecurrenceRange => ({ type: "noEnd", startDate });
const YEAR_2026: [string, string] = ["2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"];

describe("simulator: recurrence patterns", () => {
  test.each<[string, string, RecurrencePattern, RecurrenceRange, [string, string], string[]]>([
    [
      "the last Friday of every month",
      "2026-01-30T16:00:00",
      { type: "relativeMonthly", interval: 1, daysOfWeek: ["friday"], index: "last" },
      noEnd("2026-01-30"),
      ["2026-01-01T00:00:00Z", "2026-07-01T00:00:00Z"],
      [
        "2026-01-30 16:00",
        "2026-02-27 16:00",
        "2026-03-27 16:00",
        "2026-04-24 16:00",
        "2026-05-29 16:00",
        "2026-06-26 16:00",
      ],
    ],
    [
      "the third Tuesday of every month",
      "2026-03-17T10:00:00",
      { type: "relativeMonthly", interval: 1, daysOfWeek: ["tuesday"], index: "third" },
      { type: "numbered", startDate: "2026-03-17", numberOfOccurrences: 3 },
      YEAR_2026,
      ["2026-03-17 10:00", "2026-04-21 10:00", "2026-05-19 10:00"],
    ],
    [
      "the first Thursday or Friday of every month (Graph's example, with its capitalised day names)",
      "2026-01-01T12:00:00",
      {
        type: "relativeMonthly",
        interval: 1,
        daysOfWeek: ["Thursday", "Friday"] as unknown as RecurrencePattern["daysOfWeek"],
        index: "first",
      },
      noEnd("2026-01-01"),
      ["2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z"],
      ["2026-01-01 12:00", "2026-02-05 12:00", "2026-03-05 12:00"],
    ],
    [
      "the first Thursday of every other month from 29 August 2017 begins in September (Graph's example)",
      "2017-08-29T14:00:00",
      { type: "relativeMonthly", interval: 2, daysOfWeek: ["thursday"], index: "first" },
      noEnd("2017-08-29"),
      ["2017-08-01T00:00:00Z", "2018-02-01T00:00:00Z"],
      ["2017-09-07 14:00", "2017-11-02 14:00", "2018-01-04 14:00"],
    ],
    [
      "every 2 months on the 31st falls on the last day of shorter months, as Exchange does",
      "2026-01-31T09:00:00",
      { type: "absoluteMonthly", interval: 2, dayOfMonth: 31 },
      noEnd("2026-01-31"),
      ["2026-01-01T00:00:00Z", "2027-02-01T00:00:00Z"],
      [
        "2026-01-31 09:00",
        "2026-03-31 09:00",
        "2026-05-31 09:00",
        "2026-07-31 09:00",
        "2026-09-30 09:00",
        "2026-11-30 09:00",
        "2027-01-31 09:00",
      ],
    ],
    [
      "quarterly on the 7th (Graph's example)",
      "2026-01-07T09:00:00",
      { type: "absoluteMonthly", interval: 3, dayOfMonth: 7 },
      noEnd("2026-01-07"),
      YEAR_2026,
      ["2026-01-07 09:00", "2026-04-07 09:00", "2026-07-07 09:00", "2026-10-07 09:00"],
    ],
    [
      "yearly on 29 February falls on the 28th in common years",
      "2028-02-29T08:00:00",
      { type: "absoluteYearly", interval: 1, month: 2, dayOfMonth: 29 },
      noEnd("2028-02-29"),
      ["2028-01-01T00:00:00Z", "2033-01-01T00:00:00Z"],
      ["2028-02-29 08:00", "2029-02-28 08:00", "2030-02-28 08:00", "2031-02-28 08:00", "2032-02-29 08:00"],
    ],
    [
      "every other year on 15 April, first in the year after a start past that date",
      "2026-05-01T12:00:00",
      { type: "absoluteYearly", interval: 2, month: 4, dayOfMonth: 15 },
      noEnd("2026-05-01"),
      ["2026-01-01T00:00:00Z", "2032-01-01T00:00:00Z"],
      ["2027-04-15 12:00", "2029-04-15 12:00", "2031-04-15 12:00"],
    ],
    [
      "the last Wednesday of November every year (Graph's example)",
      "2026-11-25T15:00:00",
      { type: "relativeYearly", interval: 1, daysOfWeek: ["wednesday"], index: "last", month: 11 },
      noEnd("2026-11-25"),
      ["2026-01-01T00:00:00Z", "2029-01-01T00:00:00Z"],
      ["2026-11-25 15:00", "2027-11-24 15:00", "2028-11-29 15:00"],
    ],
    [
      "every Monday until 31 December 2017 ends on 25 December (Graph's example)",
      "2017-12-04T13:00:00",
      { type: "weekly", interval: 1, daysOfWeek: ["monday"] },
      { type: "endDate", startDate: "2017-12-04", endDate: "2017-12-31" },
      ["2017-12-01T00:00:00Z", "2018-02-01T00:00:00Z"],
      ["2017-12-04 13:00", "2017-12-11 13:00", "2017-12-18 13:00", "2017-12-25 13:00"],
    ],
    [
      "every other week counts weeks from firstDayOfWeek",
      "2026-11-01T09:00:00",
      { type: "weekly", interval: 2, daysOfWeek: ["sunday", "monday"], firstDayOfWeek: "monday" },
      noEnd("2026-11-01"),
      ["2026-11-01T00:00:00Z", "2026-11-24T00:00:00Z"],
      ["2026-11-01 09:00", "2026-11-09 09:00", "2026-11-15 09:00", "2026-11-23 09:00"],
    ],
    [
      "every three days",
      "2026-11-20T09:00:00",
      { type: "daily", interval: 3 },
      { type: "endDate", startDate: "2026-11-20", endDate: "2026-11-30" },
      YEAR_2026,
      ["2026-11-20 09:00", "2026-11-23 09:00", "2026-11-26 09:00", "2026-11-29 09:00"],
    ],
    [
      "a numbered range counts occurrences from the start, not from the window",
      "2026-11-20T09:00:00",
      { type: "daily", interval: 1 },
      { type: "numbered", startDate: "2026-11-20", numberOfOccurrences: 5 },
      ["2026-11-23T00:00:00Z", "2027-01-01T00:00:00Z"],
      ["2026-11-23 09:00", "2026-11-24 09:00"],
    ],
    [
      "a series started years before the window still has occurrences in it",
      "2015-03-15T09:00:00",
      { type: "absoluteMonthly", interval: 1, dayOfMonth: 15 },
      noEnd("2015-03-15"),
      ["2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"],
      ["2026-11-15 09:00"],
    ],
  ])("%s", (_name, start, pattern, range, window, expected) => {
    expect(occurrences(start, "UTC", { pattern, range }, window)).toEqual(expected);
  });

  test("monthly occurrences keep their wall-clock time in the series' zone across DST", () => {
    const starts = occurrences(
      "2026-02-15T09:00:00",
      "Romance Standard Time",
      {
        pattern: { type: "absoluteMonthly", interval: 1, dayOfMonth: 15 },
        range: { type: "numbered", startDate: "2026-02-15", numberOfOccurrences: 3 },
      },
      YEAR_2026,
      "UTC",
    );
    // Paris moves to summer time on 29 March 2026: 09:00 local is 08:00Z before, 07:00Z after.
    expect(starts).toEqual(["2026-02-15 08:00", "2026-03-15 08:00", "2026-04-15 07:00"]);
  });

  test.each<[string, RecurrencePattern]>([
    ["weekly without daysOfWeek", { type: "weekly", interval: 1, daysOfWeek: [] }],
    ["relativeMonthly without daysOfWeek", { type: "relativeMonthly", interval: 1 }],
    ["absoluteMonthly with dayOfMonth 0", { type: "absoluteMonthly", interval: 1, dayOfMonth: 0 }],
    ["absoluteYearly with month 13", { type: "absoluteYearly", interval: 1, month: 13, dayOfMonth: 1 }],
  ])("an invalid pattern (%s) yields no occurrences instead of spinning", (_name, pattern) => {
    const window: [string, string] = ["2026-01-01T00:00:00Z", "2126-01-01T00:00:00Z"];
    expect(
      occurrences("2026-01-05T09:00:00", "UTC", { pattern, range: noEnd("2026-01-05") }, window),
    ).toEqual([]);
  });

  test("a daily series over a century-long window is cut at 2,000 occurrences", () => {
    const window: [string, string] = ["2026-01-01T00:00:00Z", "2126-01-01T00:00:00Z"];
    const starts = occurrences(
      "2026-01-05T09:00:00",
      "UTC",
      { pattern: { type: "daily", interval: 1 }, range: noEnd("2026-01-05") },
      window,
    );
    expect(starts).toHaveLength(2_000);
  });

  test("calendarView serves relative monthly occurrences, and each one can be read back by id", async () => {
    const sim = createGraphSimulator({ now: () => FIXED_NOW });
    const master = sim.state.insertEvent({
      subject: "Portfolio review",
      start: { dateTime: "2026-10-30T16:00:00", timeZone: "UTC" },
      end: { dateTime: "2026-10-30T17:00:00", timeZone: "UTC" },
      recurrence: {
        pattern: { type: "relativeMonthly", interval: 1, daysOfWeek: ["friday"], index: "last" },
        range: { type: "noEnd", startDate: "2026-10-30" },
      },
    });
    const res = await rawCall(sim, "GET", "/me/calendarView", {
      query: { startDateTime: "2026-11-01T00:00:00Z", endDateTime: "2027-01-01T00:00:00Z" },
    });
    const value = (res.body as { value: Json[] }).value;
    expect(value.map((e) => (e.start as Json).dateTime)).toEqual([
      "2026-11-27T16:00:00.0000000",
      "2026-12-25T16:00:00.0000000",
    ]);
    expect(value.every((e) => e.seriesMasterId === master.event.id)).toBe(true);
    const one = await rawCall(sim, "GET", `/me/events/${value[1]!.id}`);
    expect((one.body as Json).originalStart).toBe("2026-12-25T16:00:00Z");
  });
});
