import { defaultSettings, type PtoPolicy, type WorkingHours } from "../../../src/core";
import type { LeavePlan } from "../../../src/hosts/outlook/leavePlanFor";
import { ptoCostFor } from "../../../src/hosts/outlook/usePtoCost";

const hours: WorkingHours = {
  daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
  startTime: "09:00",
  endTime: "17:00",
  timeZone: "Europe/London",
};
const settings = defaultSettings("2026-01-01T00:00:00.000Z");
const policy: PtoPolicy = {
  balanceHours: 20,
  asOf: "2026-11-01",
  accrual: null,
  capHours: null,
  carryover: null,
  negativeLimitHours: 0,
  incrementHours: 0.5,
  minimumHours: 0,
  holidays: [],
};
const plan = (startUtc: string, endUtc: string): LeavePlan => ({
  interviewId: "gl-0123456789abcdef",
  startUtc,
  endUtc,
  onCalendar: true,
  reveal: {},
});
const noBuffers = { showAs: "busy" as const, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 };

describe("ptoCostFor", () => {
  it.each([
    // [case, start, end, buffers before/after, expected hours]
    ["a 30-minute screen inside working hours", "2026-12-03T14:00:00Z", "2026-12-03T14:30:00Z", 0, 0, 0.5],
    [
      "a 40-minute call, rounded up to the half hour",
      "2026-12-03T14:00:00Z",
      "2026-12-03T14:40:00Z",
      0,
      0,
      1,
    ],
    [
      "an hour with 30 minutes of travel each side",
      "2026-12-03T14:00:00Z",
      "2026-12-03T15:00:00Z",
      30,
      30,
      2,
    ],
    ["an early call that ends as work starts", "2026-12-03T08:00:00Z", "2026-12-03T09:00:00Z", 0, 0, 0],
    ["a Saturday interview", "2026-12-05T10:00:00Z", "2026-12-05T12:00:00Z", 0, 0, 0],
  ])("charges %s", (_case, start, end, before, after, expected) => {
    const view = ptoCostFor(
      plan(start, end),
      { ...noBuffers, bufferBeforeMinutes: before, bufferAfterMinutes: after },
      hours,
      settings,
      policy,
      [],
      "en-GB",
    );
    expect(view.mode).toBe("pto");
    expect(view.hours).toBe(expected);
  });

  it("projects the balance after this absence on its date", () => {
    const view = ptoCostFor(
      plan("2026-12-03T14:00:00Z", "2026-12-03T16:00:00Z"),
      noBuffers,
      hours,
      settings,
      policy,
      [],
      "en-GB",
    );
    expect(view.mode === "pto" && view.balanceText).toBe("18 hours left on Thursday 3 December, after this");
  });

  it("does not count the same interview twice when it is already in the ledger", () => {
    const booked = [
      {
        id: "gl-0123456789abcdef/pto",
        kind: "planned" as const,
        date: "2026-12-03",
        hours: -2,
        source: { type: "manual" as const },
      },
    ];
    const view = ptoCostFor(
      plan("2026-12-03T14:00:00Z", "2026-12-03T16:00:00Z"),
      noBuffers,
      hours,
      settings,
      policy,
      booked,
      "en-GB",
    );
    expect(view.mode === "pto" && view.balanceText).toMatch(/^18 hours/);
  });

  it("asks for a balance when no policy is stored", () => {
    const view = ptoCostFor(
      plan("2026-12-03T14:00:00Z", "2026-12-03T16:00:00Z"),
      noBuffers,
      hours,
      settings,
      null,
      [],
      "en-GB",
    );
    expect(view.mode === "pto" && view.balanceText).toBeNull();
    expect(view.mode === "pto" && view.balanceNote).toMatch(/Enter your PTO balance/);
  });

  it("shows unpaid hours and billings forgone in contractor mode", () => {
    const view = ptoCostFor(
      plan("2026-12-03T14:00:00Z", "2026-12-03T16:30:00Z"),
      noBuffers,
      hours,
      { ...settings, contractorMode: true, contractor: { hourlyRate: 100, currency: "EUR" } },
      policy,
      [],
      "en-GB",
    );
    expect(view).toEqual({ mode: "contractor", hours: 2.5, hoursText: "2.5 hours", forgoneText: "€250.00" });
  });

  it("counts working hours in the user's zone across the autumn clock change", () => {
    const newYork = { ...hours, timeZone: "America/New_York" };
    // Monday 2 November 2026, New York is on EST (UTC−5) again: 14:00Z is 09:00 local, start of work.
    const view = ptoCostFor(
      plan("2026-11-02T13:00:00Z", "2026-11-02T15:00:00Z"),
      noBuffers,
      newYork,
      settings,
      policy,
      [],
      "en-US",
    );
    expect(view.hours).toBe(1);
  });
});
