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
  /** The start of the quoted history of a reply, raw; not evidence unless the reply has none. */
  quoted: string;
  location: string;
  /** The folded location, the tail of `all`. */
  locationFold: string;
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
  /** The owner's own address sent it (a reply, a hold, a forward). */
  ownerSent: boolean;
  /** The owner's name appears in the subject or the opening lines. */
  ownerNamed: boolean;
  /** The registrable label of the owner's work address ("fabrikam"); null for public mail. */
  ownerLabel: string | null;
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
  const locationFold = fold(location);
  const all = `${fs}\n${fb}\n${locationFold}`;

  const sender = party(isEvent ? it.organizer : (it.from ?? it.sender), "sender");
  const o = ownerFacts(ownerAddress, ownerName);
  const senderAddress = sender?.address ?? "";
  const senderIsOwner = !!senderAddress && fold(senderAddress) === o.addressFold;
  const sameOrg =
    !!o.label &&
    !o.publicMail &&
    !senderIsOwner &&
    (domainLabel(senderAddress) === o.label || senderOrgIs(sender, o.label.replace(/-/g, "")));
  // Attendees matter only to some verdicts (an organizer's own invitations) and to the parties of
  // the owner's own candidacies; the owner's name only to some. Both are read on first use.
  let attendees: Party[] | undefined;
  let ownerNamed: boolean | undefined;
  return {
    item: it,
    isEvent,
    subject,
    bodyText,
    footer: bodyRead.footer,
    quoted: bodyRead.quoted,
    location,
    locationFold,
    fs,
    fb,
    all,
    sender,
    get attendees(): Party[] {
      return (attendees ??= otherPeople(it, o, ownerName));
    },
    ownerName,
    ownerAddress,
    ownerZone,
    sameOrg,
    ownerOrganizes: isEvent && (it.isOrganizer === true || senderIsOwner),
    ownerSent: senderIsOwner,
    ownerLabel: o.publicMail ? null : o.label,
    get ownerNamed(): boolean {
      return (ownerNamed ??= mentionsName(fs, ownerName) || mentionsName(fb.slice(0, 600), ownerName));
    },
  };
}

interface OwnerFacts {
  address: string;
  name: string;
  addressFold: string;
  nameFold: string;
  label: string | null;
  publicMail: boolean;
}

// A scan reads hundreds of items for one owner: what is read from the owner alone is kept for
// the last owner seen.
let lastOwner: OwnerFacts | null = null;

function ownerFacts(address: string, name: string): OwnerFacts {
  if (lastOwner && lastOwner.address === address && lastOwner.name === name) return lastOwner;
  const facts: OwnerFacts = {
    address,
    name,
    addressFold: fold(address),
    nameFold: fold(name),
    label: domainLabel(address),
    publicMail: PUBLIC_MAIL.test(address),
  };
  lastOwner = facts;
  return facts;
}

/** "Wingtip Toys Hiring via TalentLoop" to someone at wingtiptoys.com is the owner's company. */
function senderOrgIs(sender: Party | null, label: string): boolean {
  const senderOrg = sender ? orgFromDisplayName(sender.name, sender.address) : null;
  return !!senderOrg && compact(senderOrg).startsWith(label);
}

/** Attendees and recipients other than the owner. */
function otherPeople(it: MailItem, o: OwnerFacts, ownerName: string): Party[] {
  const out: Party[] = [];
  for (const r of [
    ...(Array.isArray(it.attendees) ? it.attendees : []),
    ...(Array.isArray(it.toRecipients) ? it.toRecipients : []),
    ...(Array.isArray(it.ccRecipients) ? it.ccRecipients : []),
  ].slice(0, 200)) {
    const p = party(r, "attendee");
    // The owner's own other addresses (a personal mailbox) are not other people.
    if (p && fold(p.address) !== o.addressFold && !(ownerName && fold(p.name) === o.nameFold)) out.push(p);
  }
  return out;
}
