/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { AppFrame, ManagerNoteCard, type ManagerNoteCardProps } from "../../src/ui";

const NOTE = "I have an appointment on Thursday 3 December, 13:30–16:00, and will take PTO for it.";

function show(overrides: Partial<ManagerNoteCardProps> = {}) {
  const events = { onAddressChange: jest.fn(), onLookUp: jest.fn(), onSaveDraft: jest.fn() };
  render(
    <AppFrame appearance="light" label="pane">
      <ManagerNoteCard
        subject="Time off"
        text={NOTE}
        address=""
        canLookUp={false}
        lookup="idle"
        status="idle"
        {...events}
        {...overrides}
      />
    </AppFrame>,
  );
  return events;
}

describe("ManagerNoteCard", () => {
  it("shows the exact note and its subject for review before anything is saved", () => {
    show();
    expect(screen.getByRole("note", { name: "Note text" }).textContent).toBe(NOTE);
    expect(screen.getByRole("heading", { name: "Subject: Time off" })).toBeTruthy();
  });

  it("reports the typed address and the draft request", () => {
    const events = show({ address: "jordan@contoso.com" });
    fireEvent.change(screen.getByRole("textbox", { name: /Manager's email address/ }), {
      target: { value: "j@x.org" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Draft note to my manager" }));
    expect(events.onAddressChange).toHaveBeenCalledWith("j@x.org");
    expect(events.onSaveDraft).toHaveBeenCalledTimes(1);
  });

  it("offers a directory lookup only when the host allows it", () => {
    show();
    expect(screen.queryByRole("button", { name: "Find my manager" })).toBeNull();
  });

  it("asks the user to type the address when the directory does not say", () => {
    const events = show({ canLookUp: true, lookup: "none" });
    fireEvent.click(screen.getByRole("button", { name: "Find my manager" }));
    expect(events.onLookUp).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/type the address instead/)).toBeTruthy();
  });

  it("says the note was saved as a draft and not sent", () => {
    show({
      status: "saved",
      savedTo: "jordan@contoso.com",
      webLink: "https://outlook.office.com/mail/drafts/id/1",
    });
    expect(screen.getByRole("status").textContent).toMatch(
      /Saved as a draft to jordan@contoso.com.*It is not sent/,
    );
    expect(screen.getByRole("link", { name: "Open the draft" }).getAttribute("href")).toMatch(/^https:/);
  });

  it("never links a draft address that is not https", () => {
    show({ status: "saved", savedTo: "j@x.org", webLink: "javascript:alert(1)" });
    expect(screen.queryByRole("link", { name: "Open the draft" })).toBeNull();
  });

  it("shows a failure as one alert", () => {
    show({
      status: "failed",
      problem: { title: "Check the address", message: "Type your manager's address." },
    });
    expect(screen.getAllByRole("alert")).toHaveLength(1);
  });
});
