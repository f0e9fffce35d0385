import type { Event, Message } from "@microsoft/microsoft-graph-types";
import type { OpenItem } from "../outlook/officeHost";

/**
 * The demo's stand-in for Outlook's own view of an item: Outlook hands the task pane the full item
 * through Office.js, so the demo reads the simulated mailbox directly and maps it the same way.
 */
export function eventToOpenItem(event: Event): OpenItem {
  return {
    kind: "event",
    // Read from the calendar: Outlook reports every calendar item, accepted invites included, as an appointment.
    itemClass: "IPM.Appointment",
    restId: event.id ?? null,
    subject: event.subject ?? "",
    body: {
      contentType: event.body?.contentType === "text" ? "text" : "html",
      content: event.body?.content ?? "",
    },
    organizer: event.organizer?.emailAddress
      ? {
          emailAddress: {
            name: event.organizer.emailAddress.name ?? "",
            address: event.organizer.emailAddress.address ?? "",
          },
        }
      : undefined,
    attendees: (event.attendees ?? []).map((a) => ({
      type: a.type === "optional" ? "optional" : "required",
      emailAddress: { name: a.emailAddress?.name ?? "", address: a.emailAddress?.address ?? "" },
    })),
    start: event.start?.dateTime
      ? { dateTime: event.start.dateTime, timeZone: event.start.timeZone ?? "UTC" }
      : undefined,
    end: event.end?.dateTime
      ? { dateTime: event.end.dateTime, timeZone: event.end.timeZone ?? "UTC" }
      : undefined,
    location: event.location?.displayName ? { displayName: event.location.displayName } : undefined,
    isOrganizer: event.isOrganizer ?? false,
  };
}

export function messageToOpenItem(message: Message): OpenItem {
  const person = (
    r: { emailAddress?: { name?: string | null; address?: string | null } | null } | null | undefined,
  ) =>
    r?.emailAddress
      ? { emailAddress: { name: r.emailAddress.name ?? "", address: r.emailAddress.address ?? "" } }
      : undefined;
  return {
    kind: "message",
    itemClass: "IPM.Note",
    restId: message.id ?? null,
    subject: message.subject ?? "",
    body: {
      contentType: message.body?.contentType === "text" ? "text" : "html",
      content: message.body?.content ?? "",
    },
    from: person(message.from),
    toRecipients: (message.toRecipients ?? []).map((r) => person(r)).filter((r) => r !== undefined),
    receivedDateTime: message.receivedDateTime ?? undefined,
    isOrganizer: false,
  };
}
