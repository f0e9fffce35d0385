import { contractorCost, type WorkingHours } from "../../../src/core/pto";

const berlin: WorkingHours = {
  daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
  startTime: "08:00",
  endTime: "16:30",
  timeZone: "Europe/Berlin",
};

describe("contractorCost", () => {
  const morning = { start: "2026-12-03T09:00:00+01:00", end: "2026-12-03T11:00:00+01:00" };
  const overlapping = { start: "2026-12-03T10:00:00+01:00", end: "2026-12-03T12:30:00+01:00" };

  it("counts the working hours missed as unpaid and prices them at the hourly rate", () => {
    expect(contractorCost([morning], berlin, { hourlyRate: 92.5, currency: "EUR" })).toEqual({
      unpaidHours: 2,
      forgoneBillings: 185,
      currency: "EUR",
      perBlock: [2],
    });
  });

  it("counts overlapping absences once in the total", () => {
    const cost = contractorCost([morning, overlapping], berlin, { hourlyRate: 100, currency: "EUR" });
    expect(cost.perBlock).toEqual([2, 2.5]);
    expect(cost.unpaidHours).toBe(3.5);
    expect(cost.forgoneBillings).toBe(350);
  });

  it("leaves billings out when no rate is set", () => {
    expect(
      contractorCost([morning], berlin, { hourlyRate: null, currency: "EUR" }).forgoneBillings,
    ).toBeNull();
  });

  it("rounds up to the billing increment when the contract has one", () => {
    const short = { start: "2026-12-03T09:00:00+01:00", end: "2026-12-03T09:40:00+01:00" };
    expect(
      contractorCost([short], berlin, { hourlyRate: 80, currency: "EUR" }, { incrementHours: 0.5 }),
    ).toMatchObject({
      unpaidHours: 1,
      forgoneBillings: 80,
    });
  });

  it("costs nothing on a holiday", () => {
    const cost = contractorCost(
      [morning],
      berlin,
      { hourlyRate: 80, currency: "EUR" },
      { holidays: ["2026-12-03"] },
    );
    expect(cost.unpaidHours).toBe(0);
  });
});
