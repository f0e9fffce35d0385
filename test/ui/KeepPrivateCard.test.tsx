/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { AppFrame, KeepPrivateCard, type KeepPrivateCardProps } from "../../src/ui";

function show(overrides: Partial<KeepPrivateCardProps> = {}) {
  const events = { onMarkInvite: jest.fn(), onCreateBlock: jest.fn(), onChoicesChange: jest.fn() };
  const props: KeepPrivateCardProps = {
    onCalendar: true,
    blockSubject: "Appointment",
    choices: { showAs: "busy", bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
    status: "idle",
    done: [],
    notDone: [],
    ...events,
    ...overrides,
  };
  render(
    <AppFrame appearance="light" label="pane">
      <KeepPrivateCard {...props} />
    </AppFrame>,
  );
  return events;
}

describe("KeepPrivateCard", () => {
  it("offers to mark an invite private and, on request, to add the user's own block", () => {
    const events = show();
    fireEvent.click(screen.getByRole("button", { name: "Keep it private" }));
    fireEvent.click(screen.getByRole("button", { name: "Add my own private block" }));
    expect(events.onMarkInvite).toHaveBeenCalledTimes(1);
    expect(events.onCreateBlock).toHaveBeenCalledTimes(1);
  });

  it("offers only a block named with the neutral word for an email", () => {
    const events = show({ onCalendar: false, blockSubject: "Errand" });
    expect(screen.queryByRole("button", { name: "Keep it private" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: 'Block the time as "Errand"' }));
    expect(events.onCreateBlock).toHaveBeenCalledTimes(1);
  });

  it.each([["Out of office", { showAs: "oof" }]] as const)(
    "reports the show-as choice %s",
    (label, expected) => {
      const events = show();
      fireEvent.click(screen.getByRole("radio", { name: label }));
      expect(events.onChoicesChange).toHaveBeenCalledWith(expect.objectContaining(expected));
    },
  );

  it("reports travel buffers typed in minutes", () => {
    const events = show();
    const before = screen.getByRole("spinbutton", { name: "Travel before (minutes)" });
    fireEvent.change(before, { target: { value: "45" } });
    fireEvent.blur(before);
    expect(events.onChoicesChange).toHaveBeenCalledWith(expect.objectContaining({ bufferBeforeMinutes: 45 }));
  });

  it("disables the actions while the calendar is being updated", () => {
    show({ status: "working" });
    expect(screen.getByRole("button", { name: "Keep it private" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("button", { name: "Add my own private block" }).hasAttribute("disabled")).toBe(
      true,
    );
  });

  it("says what was done and what could not be", () => {
    show({
      status: "done",
      done: ["Marked your copy private."],
      notDone: ["An organizer's update can reset this."],
    });
    expect(
      within(screen.getByRole("list", { name: "Done" })).getByText("Marked your copy private."),
    ).toBeTruthy();
    expect(
      within(screen.getByRole("list", { name: "Not done" })).getByText(
        "An organizer's update can reset this.",
      ),
    ).toBeTruthy();
  });

  it("shows a failure once, as an alert with what to do", () => {
    show({ status: "failed", problem: { title: "Nothing was written", message: "Choose a neutral word." } });
    const alerts = screen.getAllByRole("alert");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.textContent).toContain("Choose a neutral word.");
  });
});
