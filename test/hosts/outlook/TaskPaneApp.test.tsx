/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { AppFrame } from "../../../src/ui";
import { TaskPaneApp } from "../../../src/hosts/outlook/TaskPaneApp";
import type { OpenItemState } from "../../../src/hosts/outlook/useOpenItem";

function show(state: OpenItemState) {
  return render(
    <AppFrame appearance="light" label="Graceful Leave task pane">
      <TaskPaneApp state={state} timeZone="America/New_York" />
    </AppFrame>,
  );
}

describe("TaskPaneApp", () => {
  it("shows the open item's subject, kind and time", () => {
    show({
      status: "ready",
      item: {
        kind: "event",
        itemClass: "IPM.Schedule.Meeting.Request",
        restId: "1",
        subject: "Fabrikam | Phone Screen",
        body: { contentType: "html", content: "" },
        start: { dateTime: "2026-12-03T19:00:00.0000000", timeZone: "UTC" },
        end: { dateTime: "2026-12-03T19:30:00.0000000", timeZone: "UTC" },
        isOrganizer: false,
      },
    });
    expect(screen.getByRole("main", { name: "Graceful Leave task pane" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Fabrikam | Phone Screen" })).toBeTruthy();
    expect(screen.getByText(/Meeting request · .*Dec/)).toBeTruthy();
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
