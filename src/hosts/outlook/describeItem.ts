import type { OpenItem } from "./officeHost";

/** The words the pane uses for the open item's kind. */
export function kindLabel(item: Pick<OpenItem, "kind" | "itemClass" | "isOrganizer">): string {
  if (item.itemClass.startsWith("IPM.Schedule.Meeting.Request")) return "Meeting request";
  if (item.itemClass.startsWith("IPM.Schedule.Meeting.Canceled")) return "Meeting cancellation";
  if (item.kind === "event") return item.isOrganizer ? "Your calendar event" : "Calendar event";
  return "Email";
}

/** "Thu, 3 Dec, 13:30 – 14:30" in the user's locale and zone; undefined when the item has no time. */
export function whenLabel(item: Pick<OpenItem, "start" | "end">, locale?: string, timeZone?: string): string | undefined {
  if (!item.start) return undefined;
  const asDate = (t: { dateTime: string; timeZone: string }) =>
    new Date(t.timeZone === "UTC" ? `${t.dateTime.replace(/(\.\d{3})\d*$/, "$1")}Z` : t.dateTime);
  const start = asDate(item.start);
  if (Number.isNaN(start.getTime())) return undefined;
  const fmt = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit", timeZone });
  if (!item.end) return fmt.format(start);
  const end = asDate(item.end);
  return Number.isNaN(end.getTime()) ? fmt.format(start) : fmt.formatRange(start, end);
}
