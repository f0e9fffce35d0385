import ICAL from "ical.js";
import { formatCivilDate } from "../time";
import { detect } from "./detect";
import { toIanaZone } from "./zonedTime";
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

const pad = (n: number): string => String(n).padStart(2, "0");

function civil(t: ICAL.Time): string {
  return `${formatCivilDate(t)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}

/**
 * The calendar's own zone definitions by TZID. Outlook names zones for people ("(UTC+01:00)
 * Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"), which no zone database knows; the VTIMEZONE
 * it sends alongside says what the offsets are.
 */
function zonesOf(root: ICAL.Component): Map<string, ICAL.Timezone> {
  const zones = new Map<string, ICAL.Timezone>();
  for (const comp of root.getAllSubcomponents("vtimezone").slice(0, 50)) {
    const tzid = text(comp.getFirstPropertyValue("tzid"));
    if (!tzid) continue;
    try {
      zones.set(tzid, new ICAL.Timezone(comp));
    } catch {
      // A definition ical.js cannot read is skipped; the TZID is then read as a zone name.
    }
  }
  return zones;
}

function graphTime(
  prop: ICAL.Property | null,
  zones: Map<string, ICAL.Timezone>,
): { dateTime: string; timeZone: string } | null {
  if (!prop) return null;
  const v = prop.getFirstValue();
  if (!(v instanceof ICAL.Time)) return null;
  const tzid = text(prop.getParameter("tzid"));
  if (v.zone?.tzid === "UTC" || /Z$/i.test(text(prop.toICALString())))
    return { dateTime: civil(v), timeZone: "UTC" };
  // A zone name the zone database knows (IANA or Windows) is kept: its rules cover every year.
  // Otherwise the calendar's own definition gives the offset at that local time, and the time
  // is passed on in UTC. With neither, the zone name stays and the owner's zone stands in.
  const own = tzid && !toIanaZone(tzid) ? zones.get(tzid) : undefined;
  if (own && !v.isDate) {
    let offset: number;
    try {
      offset = own.utcOffset(v);
    } catch {
      return { dateTime: civil(v), timeZone: tzid };
    }
    const utc = v.clone();
    utc.zone = ICAL.Timezone.localTimezone;
    utc.addDuration(ICAL.Duration.fromSeconds(-offset));
    return { dateTime: civil(utc), timeZone: "UTC" };
  }
  return { dateTime: civil(v), timeZone: tzid };
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
  const zones = zonesOf(root);
  return events.slice(0, 500).map((ev): MailItem => {
    const status = text(ev.getFirstPropertyValue("status")).toUpperCase();
    const summary = text(ev.getFirstPropertyValue("summary"));
    const url = text(ev.getFirstPropertyValue("url"));
    const description = text(ev.getFirstPropertyValue("description"));
    const attendees = ev
      .getAllProperties("attendee")
      .map(person)
      .filter((r): r is Recipient => r !== null);
    const start = graphTime(ev.getFirstProperty("dtstart"), zones);
    const end = graphTime(ev.getFirstProperty("dtend"), zones);
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
