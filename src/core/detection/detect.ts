import {
  INTERVIEW_WORDS,
  INTERVIEWER,
  JOB_CONTEXT,
  CONVERSATION,
  NOT_JOB,
  NOT_SCHEDULED,
  ORDINARY,
  SCREEN_CALL,
  STEP_WORDS,
} from "./cues";
import type { Cue } from "./cues";
import { detectLanguage } from "./detectLanguage";
import { findStart } from "./findStart";
import { fold, compact } from "./fold";
import { readBody } from "./readBody";
import { domainLabel, orgFromDisplayName, readParties } from "./readParties";
import type { Party } from "./readParties";
import { readStage } from "./readStage";
import type { DetectOptions, Detection, MailItem, Mailbox, Recipient, Role } from "./types";
import { readGraphDateTime, toIanaZone } from "./zonedTime";

const DEFAULT_MAX_TEXT = 24_000;

const INVITEE_LABEL = /\b(?:invitee|guest|attendee|candidate)s?\s*:\s*/g;

/** "Invitee: Sam Rivera": booking tools name the person who booked. */
function namedAsInvitee(folded: string, ownerFold: string): boolean {
  INVITEE_LABEL.lastIndex = 0;
  for (let m = INVITEE_LABEL.exec(folded); m; m = INVITEE_LABEL.exec(folded)) {
    if (folded.startsWith(ownerFold, m.index + m[0].length)) return true;
  }
  return false;
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

function party(r: Recipient | null | undefined, via: Party["via"]): Party | null {
  const address = str(r?.emailAddress?.address);
  const name = str(r?.emailAddress?.name);
  if (!address && !name) return null;
  return { name, address, via };
}

function firstHit(cues: Cue[], text: string): Cue | null {
  for (const c of cues) if (c.re.test(text)) return c;
  return null;
}

const PUBLIC_MAIL =
  /@(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|web|orange|free|yandex|mail|bigpond)\./i;
const JOIN_URL =
  /https:\/\/(?:teams\.microsoft\.com\/l\/meetup-join|[\w-]+\.zoom\.us\/(?:j|my)\/|zoom\.us\/j\/|meet\.google\.com\/|app\.cal\.com\/video\/|[\w-]+\.webex\.com\/|whereby\.com\/|meet\.jit\.si\/|[\w.-]+\/video\/)[^\s"'<>)\]]{0,400}/i;
const TOOL_LINKS: [RegExp, string][] = [
  [/\b(?:coderpad|hackerrank|codility|codesignal|karat)\b/, "coding-assessment link"],
  [
    /\b(?:calendly|cal\.com|greenhouse|lever\.co|myworkday|smartrecruiters|ashbyhq|talentloop|odoo|frappe|topcoder)\b/,
    "sent through a hiring or scheduling tool",
  ],
];

/** Names as a person writes them: "Sam Rivera" also matches "Sam" in "(Coding – Sam)". */
function mentionsName(foldedText: string, ownerName: string): boolean {
  const n = fold(ownerName).trim();
  if (n.length < 3) return false;
  return foldedText.includes(n);
}

const NAME = String.raw`(\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+)`;
// Patterns that put a named person, not the owner, in the candidate's seat. Each has a cheap
// keyword gate: the Unicode name patterns only run where their keyword occurs.
const OTHER_CANDIDATE: [RegExp, RegExp][] = [
  [
    /interview|entrevista|entretien|gespräch|panel/i,
    new RegExp(
      String.raw`(?:^|[:–—-]\s*)(?:Interview|Entrevista|Entretien|Bewerbungsgespräch|Vorstellungsgespräch|Interview loop|Onsite panel)(?: candidat[oae]?| candidate| Kandidat(?:in)?)?\s*[:–—-]\s*(?:candidat[oae]? |candidate )?${NAME}(?:\s*\(|\s+for\b)`,
      "u",
    ),
  ],
  [
    /candida|kandida/i,
    new RegExp(
      String.raw`\b(?:candidate|candidata|candidato|candidat|Kandidat(?:in)?|kandidaat|candidat[ea])\s*:?\s+${NAME}`,
      "u",
    ),
  ],
  [/mit (?:frau|herr)/i, new RegExp(String.raw`\bmit (?:Frau|Herrn?) ${NAME}`, "u")],
  [
    /interview|recevrez|assessing/i,
    new RegExp(String.raw`\b(?:interview|interviewing|recevrez|assessing) ${NAME}(?:,| \(| for\b)`, "u"),
  ],
  [/scheduled/i, new RegExp(String.raw`\bscheduled ${NAME} for an? `, "u")],
  [
    /loop|second-stage|first-stage|panel interview|will present|is onsite/i,
    new RegExp(
      String.raw`${NAME}(?:'s)? (?:loop|second-stage|first-stage|panel interview|will present|is onsite)`,
      "u",
    ),
  ],
  [/interviewee/i, new RegExp(String.raw`\bInterviewee\s*:\s*${NAME}`, "u")],
];

/** "Interview: Alex Kim for ..." / "candidate Julien Moreau" naming someone other than the owner. */
function namesOtherCandidate(subject: string, text: string, ownerName: string): boolean {
  const owner = fold(ownerName);
  const ownerFirst = owner.split(" ")[0] ?? "";
  const head = text.slice(0, 1500);
  for (const [gate, re] of OTHER_CANDIDATE) {
    for (const src of [subject, head]) {
      if (!gate.test(src)) continue;
      const who = re.exec(src)?.[1];
      if (!who) continue;
      const w = fold(who);
      if (w === owner || (ownerFirst && w.startsWith(ownerFirst + " "))) continue;
      return true;
    }
  }
  return false;
}

/**
 * Decides whether one mailbox item is a job interview in which the owner is the candidate,
 * explains why, and reads its fields. Pure and deterministic: "now" is the item's own
 * receivedDateTime (or options.now), zones are parameters.
 */
export function detect(item: MailItem, owner: Mailbox, options: DetectOptions = {}): Detection {
  const signals: string[] = [];
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
  for (const r of [
    ...(Array.isArray(it.attendees) ? it.attendees : []),
    ...(Array.isArray(it.toRecipients) ? it.toRecipients : []),
    ...(Array.isArray(it.ccRecipients) ? it.ccRecipients : []),
  ].slice(0, 200)) {
    const p = party(r, "attendee");
    // The owner's own other addresses (a personal mailbox) are not other people.
    if (p && fold(p.address) !== fold(ownerAddress) && !(ownerName && fold(p.name) === fold(ownerName)))
      attendees.push(p);
  }
  const ownerLabel = domainLabel(ownerAddress);
  const ownerIsPublic = PUBLIC_MAIL.test(ownerAddress);
  const senderAddress = sender?.address ?? "";
  const senderIsOwner = !!senderAddress && fold(senderAddress) === fold(ownerAddress);
  // The owner's own company sends it: from its domain, or through a hiring tool in its name
  // ("Wingtip Toys Hiring via TalentLoop" to someone at wingtiptoys.com).
  const senderOrg = sender ? orgFromDisplayName(sender.name, sender.address) : null;
  const sameOrg =
    !!ownerLabel &&
    !ownerIsPublic &&
    !senderIsOwner &&
    (domainLabel(senderAddress) === ownerLabel ||
      (!!senderOrg && compact(senderOrg).startsWith(ownerLabel.replace(/-/g, ""))));
  const ownerOrganizes =
    isEvent && (it.isOrganizer === true || (!!senderAddress && fold(senderAddress) === fold(ownerAddress)));
  const ownerNamed = mentionsName(fs, ownerName) || mentionsName(fb.slice(0, 600), ownerName);

  // Evidence.
  const interviewWord = INTERVIEW_WORDS.re.test(all);
  const screenCall = SCREEN_CALL.re.test(all) || STEP_WORDS.re.test(all);
  const jobContext = JOB_CONTEXT.re.test(all);
  const conversation = CONVERSATION.test(all);
  const interviewerCue = firstHit(INTERVIEWER, all);
  // Items with no hiring vocabulary at all (most of a calendar) stop here.
  const relevant = interviewWord || screenCall || jobContext || interviewerCue !== null;
  const notJob = relevant ? firstHit(NOT_JOB, all) : null;
  const notScheduled = relevant ? firstHit(NOT_SCHEDULED, `${fs}\n${fb}`) : null;
  const ordinary = relevant ? firstHit(ORDINARY, fs) : null;
  const otherCandidate = relevant && namesOtherCandidate(subject, bodyText, ownerName);
  // Booking tools name the person who booked: when that is the owner, the owner is the guest.
  const invitee = relevant && !!ownerName && namedAsInvitee(all, fold(ownerName));
  const hiringish = interviewWord || screenCall || (jobContext && conversation);

  // Role: whose side of a hiring process is this about?
  let role: Role = "none";
  if (notJob && !/interviewer|scorecard|assessor/.test(all.slice(0, 4000))) {
    signals.push(notJob.reason);
  } else if (ordinary && !interviewWord && !screenCall) {
    signals.push(ordinary.reason);
  } else if (hiringish || jobContext || interviewerCue) {
    const ownSide =
      (!!interviewerCue && !invitee) ||
      otherCandidate ||
      (ownerOrganizes && attendees.length > 0 && (interviewWord || screenCall)) ||
      (sameOrg &&
        (interviewWord || screenCall) &&
        !mentionsName(fs, ownerName) &&
        !/internal (?:mobility|candidate|application|interview)/.test(all));
    if (ownSide) {
      role = "interviewer";
      if (interviewerCue) signals.push(interviewerCue.reason);
      if (otherCandidate) signals.push("another person is named as the candidate");
      if (sameOrg) signals.push("organizer is from the owner's own company");
      if (ownerOrganizes && attendees.length > 0) signals.push("the owner organizes it and invites others");
    } else if (jobContext || interviewWord || screenCall) {
      role = "candidate";
      if (sender && !sameOrg) signals.push(isEvent ? "organizer is external" : "sender is external");
      if (ownerNamed) signals.push("the owner is named in it");
    }
  }
  if (
    role === "none" &&
    !notJob &&
    !ordinary &&
    (interviewWord || screenCall) &&
    ownerOrganizes &&
    attendees.length === 0
  ) {
    role = "candidate";
    signals.push("the owner's own calendar note");
  }

  // Interview or not.
  let interview = false;
  let start: string | null = null;
  let end: string | null = null;
  if (isEvent) {
    start = it.isAllDay ? null : readGraphDateTime(it.start, ownerZone);
    end = it.isAllDay ? null : readGraphDateTime(it.end, ownerZone);
  }
  const cancelled = it.isCancelled === true || notScheduled?.reason === "cancelled";
  if (role === "candidate" && (interviewWord || screenCall || (jobContext && conversation))) {
    if (interviewWord)
      signals.push(`${INTERVIEW_WORDS.reason} in ${INTERVIEW_WORDS.re.test(fs) ? "subject" : "body"}`);
    if (screenCall) signals.push(SCREEN_CALL.reason);
    if (cancelled) {
      signals.push("cancelled");
    } else if (isEvent) {
      interview =
        !notScheduled ||
        notScheduled.reason === "asks the owner to pick a time" ||
        notScheduled.reason === "postponed";
      if (notScheduled && !interview) signals.push(notScheduled.reason);
    } else if (
      notScheduled &&
      notScheduled.reason !== "asks the owner to pick a time" &&
      notScheduled.reason !== "follow-up after an interview"
    ) {
      signals.push(notScheduled.reason);
    } else {
      const refMs = Date.parse(str(it.receivedDateTime) || str(it.sentDateTime) || str(options.now));
      if (Number.isFinite(refMs)) {
        const lang = detectLanguage(fb);
        const moved =
          /(?:reschedul\w*|moved|replanifi\w*|reprogram\w*|reagendad\w*|rinviat\w*|verplaatst) (?:from|de|du|del|da|van)\b|\bvon\b.{0,60}\bauf\b|replaces the one|now take place|will now be/.test(
            all,
          );
        const found = findStart(`${subject}\n${bodyText}`.slice(0, 4000), lang, refMs, ownerZone, moved);
        if (found) {
          interview = true;
          start = found.start;
          end = found.end;
          signals.push(`time stated: "${found.text.trim().slice(0, 60)}"`);
        } else if (notScheduled) {
          signals.push(notScheduled.reason);
        } else {
          signals.push("no concrete time proposed");
        }
      } else {
        signals.push("no received time to read dates against");
      }
    }
  }

  let company: string | null = null;
  let agency: string | null = null;
  let stage: Detection["stage"] = null;
  // Parties matter for the owner's own candidacies (the pane and the pipeline); for hiring-side
  // items the company is the owner's own and is not read.
  if (role === "candidate") {
    const parties = readParties({
      subject,
      text: `${bodyText}\n${location}`.slice(0, 6000),
      internal: sameOrg && role === "candidate",
      senders: sender ? [sender] : [],
      attendees,
      ownerAddress,
      ownerName,
    });
    company = parties.company;
    agency = parties.agency;
    signals.push(...parties.signals);
  }
  if (interview) {
    const s = readStage(fs, fb);
    stage = s.stage;
    if (s.reason) signals.push(s.reason);
  }

  const joinMatch =
    JOIN_URL.exec(str(it.onlineMeeting?.joinUrl)) ??
    JOIN_URL.exec(location) ??
    JOIN_URL.exec(bodyText.slice(0, 20_000)) ??
    JOIN_URL.exec(bodyRead.footer);
  const joinUrl = joinMatch ? joinMatch[0] : null;
  for (const [re, reason] of TOOL_LINKS)
    if (re.test(all) || re.test(fold(senderAddress))) signals.push(reason);
  if (joinUrl && interview) signals.push("has a join link");

  const strength = [
    interviewWord,
    screenCall,
    jobContext,
    !!joinUrl,
    !!start,
    role === "candidate",
    !!company,
  ].filter(Boolean).length;
  const confidence = interview
    ? Math.min(0.98, 0.55 + strength * 0.06)
    : role === "interviewer" || notJob || ordinary
      ? Math.min(0.95, 0.7 + strength * 0.03)
      : hiringish
        ? 0.6
        : 0.9;

  return {
    interview,
    confidence: Math.round(confidence * 100) / 100,
    role,
    company,
    agency,
    stage,
    start,
    end,
    joinUrl,
    signals: [...new Set(signals)],
  };
}
