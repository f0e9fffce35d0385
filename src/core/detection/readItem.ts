import { fold, compact } from "./fold";
import { readBody } from "./readBody";
import { domainLabel, orgFromDisplayName } from "./readParties";
import type { Party } from "./readParties";
import { mentionsName } from "./people";
import type { DetectOptions, MailItem, Mailbox, Recipient } from "./types";
import { toIanaZone } from "./zonedTime";

/**
 * One item as the detector reads it: bounded, folded text and the people around it, plus the
 * facts about the owner's place among them.
 */
export interface ItemView {
  item: MailItem;
  isEvent: boolean;
  subject: string;
  /** Body text without quoted history or meeting footers. */
  bodyText: string;
  /** The meeting join-details footer, read only for the join link. */
  footer: string;
  location: string;
  /** Folded subject, folded body head, and both with the location. */
  fs: string;
  fb: string;
  all: string;
  sender: Party | null;
  /** Attendees and recipients other than the owner. */
  attendees: Party[];
  ownerName: string;
  ownerAddress: string;
  ownerZone: string;
  /** The owner's company sent it (its domain, or a hiring tool writing in its name). */
  sameOrg: boolean;
  /** The owner organizes the event. */
  ownerOrganizes: boolean;
  /** The owner's name appears in the subject or the opening lines. */
  ownerNamed: boolean;
}

const DEFAULT_MAX_TEXT = 24_000;
const PUBLIC_MAIL =
  /@(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|web|orange|free|yandex|mail|bigpond)\./i;

export function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

function party(r: Recipient | null | undefined, via: Party["via"]): Party | null {
  const address = str(r?.emailAddress?.address);
  const name = str(r?.emailAddress?.name);
  if (!address && !name) return null;
  return { name, address, via };
}

export function readItem(item: MailItem, owner: Mailbox, options: DetectOptions): ItemView {
  const it: MailItem = item && typeof item === "object" ? item : {};
  const ownerZone = toIanaZone(str(owner?.timeZone)) ?? "UTC";
  const ownerName = str(owner?.name);
  const ownerAddress = str(owner?.address);
  const subject = str(it.subject).slice(0, 1000);
  const isEvent = it.kind === "event" || (!!it.start && it.kind !== "message");
  const maxText = Math.max(1000, Math.min(options.maxTextChars ?? DEFAULT_MAX_TEXT, 200_000));
  const bodyRead = readBody(it.body ?? null, subject, maxText);
  let bodyText = bodyRead.text;
  if (!bodyText && typeof it.bodyPreview === "string") bodyText = it.bodyPreview.slice(0, maxText);
  const location = str(it.location?.displayName).slice(0, 500);
  const fs = fold(subject);
  // Cues are read from the first part of the body: that is where recruiting mail says what it is.
  const fb = fold(bodyText.length > 6000 ? bodyText.slice(0, 6000) : bodyText);
  const all = `${fs}\n${fb}\n${fold(location)}`;

  const sender = party(isEvent ? it.organizer : (it.from ?? it.sender), "sender");
  const attendees: Party[] = [];
  // Folded once, not once per attendee.
  const ownerAddressFold = fold(ownerAddress);
  const ownerNameFold = fold(ownerName);
  for (const r of [
    ...(Array.isArray(it.attendees) ? it.attendees : []),
    ...(Array.isArray(it.toRecipients) ? it.toRecipients : []),
    ...(Array.isArray(it.ccRecipients) ? it.ccRecipients : []),
  ].slice(0, 200)) {
    const p = party(r, "attendee");
    // The owner's own other addresses (a personal mailbox) are not other people.
    if (p && fold(p.address) !== ownerAddressFold && !(ownerName && fold(p.name) === ownerNameFold))
      attendees.push(p);
  }
  const ownerLabel = domainLabel(ownerAddress);
  const senderAddress = sender?.address ?? "";
  const senderIsOwner = !!senderAddress && fold(senderAddress) === ownerAddressFold;
  // ("Wingtip Toys Hiring via TalentLoop" to someone at wingtiptoys.com is the owner's company.)
  const senderOrg = sender ? orgFromDisplayName(sender.name, sender.address) : null;
  const sameOrg =
    !!ownerLabel &&
    !PUBLIC_MAIL.test(ownerAddress) &&
    !senderIsOwner &&
    (domainLabel(senderAddress) === ownerLabel ||
      (!!senderOrg && compact(senderOrg).startsWith(ownerLabel.replace(/-/g, ""))));
  return {
    item: it,
    isEvent,
    subject,
    bodyText,
    footer: bodyRead.footer,
    location,
    fs,
    fb,
    all,
    sender,
    attendees,
    ownerName,
    ownerAddress,
    ownerZone,
    sameOrg,
    ownerOrganizes: isEvent && (it.isOrganizer === true || senderIsOwner),
    ownerNamed: mentionsName(fs, ownerName) || mentionsName(fb.slice(0, 600), ownerName),
  };
}
