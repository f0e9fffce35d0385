/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { AppFrame } from "../../../src/ui";
import { TaskPaneApp } from "../../../src/hosts/outlook/TaskPaneApp";
import type { OpenItem } from "../../../src/hosts/outlook/officeHost";
import type { OpenItemState } from "../../../src/hosts/outlook/useOpenItem";

const owner = { name: "Sam Rivera", address: "sam.rivera@contoso.com", timeZone: "America/New_York" };

function show(state: OpenItemState) {
  return render(
    <AppFrame appearance="light" label="Graceful Leave task pane">
      <TaskPaneApp state={state} owner={owner} now="2026-11-25T15:00:00Z" />
    </AppFrame>,
  );
}

const phoneScreen: OpenItem = {
  kind: "event",
  itemClass: "IPM.Schedule.Meeting.Request",
  restId: "1",
  subject: "Fabrikam | Phone Screen – Sam Rivera (Senior Software Engineer)",
  body: {
    contentType: "html",
    content:
      "<p>Hi Sam, this invite is for a 30-minute introductory phone screen with me about the Senior Software Engineer opening.</p><p>Dana Whitfield<br>Senior Technical Recruiter | Fabrikam, Inc.</p>",
  },
  organizer: { emailAddress: { name: "Dana Whitfield", address: "dana.whitfield@fabrikam.com" } },
  attendees: [{ type: "required", emailAddress: { name: "Sam Rivera", address: "sam.rivera@contoso.com" } }],
  start: { dateTime: "2026-12-03T19:00:00.0000000", timeZone: "UTC" },
  end: { dateTime: "2026-12-03T19:30:00.0000000", timeZone: "UTC" },
  isOrganizer: false,
};

describe("TaskPaneApp", () => {
  it("shows the open item's subject, kind and time", () => {
    show({ status: "ready", item: phoneScreen });
    expect(screen.getByRole("main", { name: "Graceful Leave task pane" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: phoneScreen.subject })).toBeTruthy();
    expect(screen.getByText(/Meeting request · .*Dec/)).toBeTruthy();
  });

  it("shows the verdict with its evidence and editable fields for an interview invite", () => {
    show({ status: "ready", item: phoneScreen });
    expect(screen.getByRole("heading", { name: "Job interview: you are the candidate" })).toBeTruthy();
    expect(
      within(screen.getByRole("list", { name: "Evidence" })).getAllByRole("listitem").length,
    ).toBeGreaterThan(0);
    const company = screen.getByRole("textbox", { name: "Company" }) as HTMLInputElement;
    expect(company.value).toBe("Fabrikam");
    fireEvent.change(company, { target: { value: "Fabrikam Labs" } });
    expect((screen.getByRole("textbox", { name: "Company" }) as HTMLInputElement).value).toBe(
      "Fabrikam Labs",
    );
  });

  it("does not call an internal interview the owner runs an interview for them", () => {
    show({
      status: "ready",
      item: {
        ...phoneScreen,
        subject: "Interview: Jordan Lee for Senior Software Engineer",
        body: {
          contentType: "html",
          content:
            "<p>You are on the interview panel for Jordan Lee. Please submit your scorecard in Greenhouse within 24 hours.</p>",
        },
        organizer: { emailAddress: { name: "Priya Shah", address: "priya.shah@contoso.com" } },
      },
    });
    expect(screen.queryByRole("heading", { name: "Job interview: you are the candidate" })).toBeNull();
    expect(screen.queryByRole("textbox", { name: "Company" })).toBeNull();
  });

  it("tells the user what went wrong and what to do when the item cannot be read", () => {
    show({ status: "error", message: "Outlook could not read the body: Internal error" });
    expect(screen.getByRole("alert").textContent).toContain("Outlook could not read the body");
  });

  it("asks for a selection when no item is open", () => {
    show({ status: "none" });
    expect(screen.getByText("No item selected")).toBeTruthy();
  });
});
