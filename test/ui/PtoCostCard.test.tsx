/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { AppFrame, PtoCostCard, type PtoCostCardProps } from "../../src/ui";

function show(props: PtoCostCardProps) {
  render(
    <AppFrame appearance="light" label="pane">
      <PtoCostCard {...props} />
    </AppFrame>,
  );
}

describe("PtoCostCard", () => {
  it("shows the PTO hours and the projected balance", () => {
    show({
      mode: "pto",
      hoursText: "2.5 hours",
      exactText: null,
      balanceText: "14 hours left on Thursday 3 December, after this",
      balanceNote: null,
    });
    expect(screen.getByRole("region", { name: "PTO for this" })).toBeTruthy();
    expect(screen.getByLabelText("PTO hours: 2.5 hours").textContent).toBe("2.5 hours");
    expect(screen.getByLabelText("Projected balance").textContent).toContain("14 hours left");
  });

  it("explains rounding and a missing balance", () => {
    show({
      mode: "pto",
      hoursText: "1 hour",
      exactText: "0.5 hours of working time, rounded up per your policy",
      balanceText: null,
      balanceNote: "Enter your PTO balance in the tab.",
    });
    expect(screen.getByText(/rounded up per your policy/)).toBeTruthy();
    expect(screen.getByText("Enter your PTO balance in the tab.")).toBeTruthy();
    expect(screen.queryByLabelText("Projected balance")).toBeNull();
  });

  it("shows unpaid hours and billings forgone for a contractor, and no PTO", () => {
    show({ mode: "contractor", hoursText: "3 hours", forgoneText: "£240.00" });
    expect(screen.getByRole("region", { name: "Unpaid time" })).toBeTruthy();
    expect(screen.getByLabelText("Unpaid hours: 3 hours")).toBeTruthy();
    expect(screen.getByLabelText("Billings forgone").textContent).toContain("£240.00");
    expect(screen.queryByText(/PTO/)).toBeNull();
  });

  it("leaves out billings when no rate is set", () => {
    show({ mode: "contractor", hoursText: "3 hours", forgoneText: null });
    expect(screen.queryByLabelText("Billings forgone")).toBeNull();
  });

  it("says why there is no figure when working hours are unknown", () => {
    show({ mode: "unavailable", reason: "Your working hours could not be read." });
    expect(screen.getByText("Your working hours could not be read.")).toBeTruthy();
  });
});
