import ICAL from "ical.js";
import { formatCivilDate } from "../time";
import { detect } from "./detect";
import type { DetectOptions, Detection, MailItem, Mailbox, Recipient } from "./types";

/**
 * Reads an iCalendar text (a forwarded invite's .ics) into Graph-shaped events and runs the
 * same detector on each VEVENT. Unreadable calendars yield no detections rather than throwing.
 */

function text(v: unknown): string {
  return typeof v === "string"
    ? v
    : Array.isArray(v)
      ? v.filter((x) => typeof x === "string").join(", ")
      : "";
}

function person(prop: ICAL.Property | null): Recipient | null {
  if (!prop) return null;
  const value = text(prop.getFirstValue()).replace(/^mailto:/i, "");
  const cn = text(prop.getParameter("cn"));
  if (!value && !cn) return null;
  return { emailAddress: { name: cn, address: value } };
}

function graphTime(prop: ICAL.Property | null): { dateTime: string; timeZone: string } | null {
  if (!prop) return null;
  const v = prop.getFirstValue();
  if (!(v instanceof ICAL.Time)) return null;
  const pad = (n: number): string => String(n).padStart(2, "0");
  const dateTime = `${formatCivilDate(v)}T${pad(v.hour)}:${pad(v.minute)}:${pad(v.second)}`;
  const tzid = text(prop.getParameter("tzid"));
  const zone = v.zone?.tzid === "UTC" || /Z$/i.test(text(prop.toICALString())) ? "UTC" : tzid;
  return { dateTime, timeZone: zone };
}

function readIcs(icsText: string): MailItem[] {
  let root: ICAL.Component;
  try {
    const parsed: unknown = ICAL.parse(icsText.slice(0, 2_000_000));
    // ical.js returns [] for empty input and an array of components for several calendars.
    const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
    if (!Array.isArray(first) || first.length < 2) return [];
    root = new ICAL.Component(first as unknown as ConstructorParameters<typeof ICAL.Component>[0]);
  } catch {
    return [];
  }
  const method = text(root.getFirstPropertyValue("method")).toUpperCase();
  const events = root.name === "vevent" ? [root] : root.getAllSubcomponents("vevent");
  return events.slice(0, 500).map((ev): MailItem => {
    const status = text(ev.getFirstPropertyValue("status")).toUpperCase();
    const summary = text(ev.getFirstPropertyValue("summary"));
    const url = text(ev.getFirstPropertyValue("url"));
    const description = text(ev.getFirstPropertyValue("description"));
    const attendees = ev
      .getAllProperties("attendee")
      .map(person)
      .filter((r): r is Recipient => r !== null);
    const start = graphTime(ev.getFirstProperty("dtstart"));
    const end = graphTime(ev.getFirstProperty("dtend"));
    const dateOnly =
      ev.getFirstPropertyValue("dtstart") instanceof ICAL.Time &&
      (ev.getFirstPropertyValue("dtstart") as ICAL.Time).isDate;
    return {
      kind: "event",
      subject: method === "CANCEL" || status === "CANCELLED" ? `Canceled: ${summary}` : summary,
      body: { contentType: "text", content: url ? `${description}\n${url}` : description },
      organizer: person(ev.getFirstProperty("organizer")),
      attendees,
      start,
      end,
      location: { displayName: text(ev.getFirstPropertyValue("location")) },
      isAllDay: dateOnly,
      isCancelled: method === "CANCEL" || status === "CANCELLED",
      isOrganizer: false,
    };
  });
}

/** Maps each VEVENT of an .ics text to the Graph event shape the detector reads. */
export function icsToItems(icsText: string): MailItem[] {
  if (typeof icsText !== "string" || !icsText.trim()) return [];
  try {
    return readIcs(icsText);
  } catch {
    // A malformed calendar is "nothing to read", not a crash in the pane.
    return [];
  }
}

/** Detects interviews in an iCalendar text: one Detection per VEVENT. */
export function detectIcs(icsText: string, owner: Mailbox, options: DetectOptions = {}): Detection[] {
  return icsToItems(typeof icsText === "string" ? icsText : "").map((item) => detect(item, owner, options));
}
