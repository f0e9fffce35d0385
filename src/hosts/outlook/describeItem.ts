import type { OpenItem } from "./officeHost";

/** The words the pane uses for the open item's kind. */
export function kindLabel(item: Pick<OpenItem, "kind" | "itemClass" | "isOrganizer">): string {
  if (item.itemClass.startsWith("IPM.Schedule.Meeting.Request")) return "Meeting request";
  if (item.itemClass.startsWith("IPM.Schedule.Meeting.Canceled")) return "Meeting cancellation";
  if (item.kind === "event") return item.isOrganizer ? "Your calendar event" : "Calendar event";
  return "Email";
}

export { whenLabel } from "../shared";
