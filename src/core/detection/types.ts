/**
 * Input and output shapes of the detector. The item is a narrow structural subset of the
 * Microsoft Graph event / message resources (see ../shared/corpus/SCHEMA.md), so a Graph
 * payload, the Office.js adapter's mapping and a corpus line all fit without conversion.
 */

export interface EmailAddress {
  name?: string | null;
  address?: string | null;
}

export interface Recipient {
  emailAddress?: EmailAddress | null;
  type?: string | null;
}

export interface ItemBody {
  contentType?: "html" | "text" | string | null;
  content?: string | null;
}

/** Graph dateTimeTimeZone: a wall-clock time plus a Windows or IANA zone name. */
export interface DateTimeTimeZone {
  dateTime?: string | null;
  timeZone?: string | null;
}

export interface MailItem {
  kind?: "event" | "message" | string | null;
  subject?: string | null;
  body?: ItemBody | null;
  bodyPreview?: string | null;
  organizer?: Recipient | null;
  attendees?: Recipient[] | null;
  start?: DateTimeTimeZone | null;
  end?: DateTimeTimeZone | null;
  location?: { displayName?: string | null } | null;
  isOnlineMeeting?: boolean | null;
  onlineMeetingProvider?: string | null;
  onlineMeeting?: { joinUrl?: string | null } | null;
  isOrganizer?: boolean | null;
  isAllDay?: boolean | null;
  isCancelled?: boolean | null;
  sensitivity?: string | null;
  showAs?: string | null;
  categories?: string[] | null;
  type?: string | null;
  from?: Recipient | null;
  sender?: Recipient | null;
  toRecipients?: Recipient[] | null;
  ccRecipients?: Recipient[] | null;
  receivedDateTime?: string | null;
  sentDateTime?: string | null;
}

/** The mailbox owner: the person the verdict is about. */
export interface Mailbox {
  name?: string | null;
  address?: string | null;
  /** IANA zone; relative dates in messages are read in it. */
  timeZone?: string | null;
}

export type Role = "candidate" | "interviewer" | "none";
export type Stage = "screen" | "technical" | "onsite" | "final" | "unknown";

export interface Detection {
  interview: boolean;
  confidence: number;
  role: Role;
  company: string | null;
  agency: string | null;
  stage: Stage | null;
  /** ISO 8601 with offset, e.g. 2026-12-03T14:00:00-05:00. */
  start: string | null;
  end: string | null;
  joinUrl: string | null;
  /** Human-readable evidence, in the order it was found. */
  signals: string[];
}

export interface DetectOptions {
  /**
   * Reference instant for relative dates in messages ("tomorrow at 3") when the item has no
   * receivedDateTime. Core never reads the clock; the host passes it in.
   */
  now?: string;
  /** Upper bound on the characters of body text examined (huge bodies are truncated). */
  maxTextChars?: number;
}
