import { brandName } from "./brandName";
import { findJoinLink, toolSignals } from "./findJoinLink";
import { compact, fold } from "./fold";
import { gatherEvidence } from "./gatherEvidence";
import { judgeRole } from "./judgeRole";
import { judgeSchedule } from "./judgeSchedule";
import { QUOTE_MARK } from "./htmlToText";
import { readItem } from "./readItem";
import { readParties } from "./readParties";
import { readStage } from "./readStage";
import { refineParties } from "./refineParties";
import { vetParties } from "./vetParties";
import { withoutHiringAgendaItem } from "./withoutHiringAgendaItem";
import type { ItemView } from "./readItem";
import type { DetectOptions, Detection, MailItem, Mailbox } from "./types";

const REPLY = /^\s*(?:re|aw|sv|antw|r|rif|res|ref|wg)\s*:/i;

/** The folded start of the quoted history a reply carries. */
function threadText(v: ItemView): string {
  return fold(v.quoted.split(QUOTE_MARK).join(" "));
}

function withoutNames(text: string, ...names: (string | null)[]): string {
  let out = text;
  for (const n of names) if (n && n.length >= 3) out = out.split(fold(n)).join(" ");
  return out;
}

/** The company and agency read from `text` (the body, or the body and the thread it answers). */
function partiesIn(v: ItemView, text: string) {
  // (Bodies may run to 24,000 characters; only their first 6,000 are copied.)
  const head = text.slice(0, 6000);
  const subjectAndBody = `${v.subject}\n${head}`.slice(0, 6000);
  const parties = readParties({
    subject: v.subject,
    text: `${head}\n${v.location}`.slice(0, 6000),
    internal: v.sameOrg,
    senders: v.sender ? [v.sender] : [],
    attendees: v.attendees,
    ownerAddress: v.ownerAddress,
    ownerName: v.ownerName,
  });
  const refined = refineParties(parties, subjectAndBody, v.sender?.address ?? "");
  const branded = brandName(refined.company, subjectAndBody);
  const vetted = vetParties({
    company: branded,
    agency: refined.agency,
    subject: v.subject,
    text,
    sender: v.sender,
    attendees: v.attendees,
    ownerName: v.ownerName,
    ownerAddress: v.ownerAddress,
    footer: v.footer,
  });
  return { refined, branded, vetted };
}

/**
 * Decides whether one mailbox item is a job interview in which the owner is the candidate,
 * explains why, and reads its fields. Pure and deterministic: "now" is the item's own
 * receivedDateTime (or options.now), zones are parameters.
 */
export function detect(item: MailItem, owner: Mailbox, options: DetectOptions = {}): Detection {
  let v = readItem(item, owner, options);
  let e = gatherEvidence(v);
  let agendaNote: string | null = null;
  const reduced = e.relevant ? withoutHiringAgendaItem(v) : null;
  const reducedEvidence = reduced ? gatherEvidence(reduced) : null;
  if (reduced && reducedEvidence && !reducedEvidence.relevant) {
    v = reduced;
    e = reducedEvidence;
    agendaNote = "hiring is one item of an internal meeting's agenda";
  }
  // "Perfect — confirmed for Tuesday at 11:00" on top of a recruiter's thread: a reply that says
  // nothing about hiring itself is read with the message it replies to as context. Times still
  // come from the reply's own words.
  let threadNote: string | null = null;
  let thread = "";
  // ("You're confirmed with Larchmont for Tuesday at 4pm" from a search firm is about a job but
  // names no talk; the message it answers does: "Larchmont Insurance would like to meet you".)
  // (Not hiringish covers not relevant: every hiringish reading is a relevant one.)
  if (!e.hiringish && v.quoted && REPLY.test(v.subject)) {
    thread = threadText(v);
    // (The spread reads the view's lazy fields once, which the threaded view then keeps.)
    const threaded: ItemView = { ...v, all: `${v.all}\n${thread}` };
    const te = gatherEvidence(threaded);
    if (te.relevant && (!e.relevant || te.hiringish)) {
      v = threaded;
      e = te;
      threadNote = "the thread it replies to is about hiring";
    }
  }
  const { role, signals } = judgeRole(v, e);
  if (threadNote) signals.unshift(threadNote);
  if (agendaNote) signals.unshift(agendaNote);
  const schedule = judgeSchedule(v, e, role === "candidate", options);
  signals.push(...schedule.signals);

  let company: string | null = null;
  let agency: string | null = null;
  // Parties matter for the owner's own candidacies (the pane and the pipeline); for hiring-side
  // items the company is the owner's own and is not read.
  if (role === "candidate") {
    // A short reply that only confirms ("Perfetto, ci vediamo allora!") names no one; the message
    // it replies to does, and is read when the reply's own words name no party.
    let read = partiesIn(v, v.bodyText);
    const withThread = () => partiesIn(v, `${v.bodyText}\n${v.quoted.slice(0, 1500)}`);
    if (!read.vetted.company && !read.vetted.agency && v.fb.length <= 240 && v.quoted) read = withThread();
    else if (read.vetted.company && !read.vetted.agency && v.quoted && v.ownerSent) {
      // The owner's own reply confirming a slot names the firm; the recruiting firm that offered
      // the slot signs the message it answers ("Consultant Senior | Orbital RH").
      // (Only the agency is taken, and only where the thread's reading agrees on the firm: "de CFO
      // van Kroonvaart" read from the longer text still ends with it.)
      const { agency: threadAgency, company: threadCompany } = withThread().vetted;
      const firm = compact(read.vetted.company);
      if (threadAgency && threadCompany && compact(threadCompany).endsWith(firm))
        read = { ...read, vetted: { ...read.vetted, agency: threadAgency } };
    }
    const { refined, branded, vetted } = read;
    company = vetted.company;
    agency = vetted.agency;
    signals.push(
      ...refined.signals
        .filter((x) => !/^(?:company named|arranged by agency): /.test(x))
        .concat(vetted.notes),
    );
    if (company)
      signals.push(
        branded && branded !== refined.company && company === branded
          ? `company named: ${company} (also signed as ${refined.company})`
          : `company named: ${company}`,
      );
    if (agency) signals.push(`arranged by agency: ${agency}`);
  }
  let stage: Detection["stage"] = null;
  if (schedule.interview) {
    // "Apex Technical Staffing", "Final Mile Logistics": names of the parties are not stage cues.
    const s = readStage(
      withoutNames(v.fs, company, agency),
      withoutNames(v.fb, company, agency),
      v.locationFold,
    );
    stage = s.stage;
    if (s.reason) signals.push(s.reason);
    // A short reply names no step; the message it replies to may ("an initial conversation"). A
    // reply that only says where ("ask for me at reception") keeps the step the thread named.
    if (threadNote && (stage === "unknown" || stage === "onsite")) {
      const t = readStage("", withoutNames(thread, company, agency), "");
      if (t.stage !== "unknown" && (stage === "unknown" || t.stage !== "onsite")) {
        stage = t.stage;
        signals.push(`'${t.stage}' cue in the thread`);
      }
    }
  }
  const joinUrl = findJoinLink(v);
  signals.push(...toolSignals(v));
  if (joinUrl && schedule.interview) signals.push("has a join link");

  // Confidence grows with independent evidence; verdicts resting on one cue stay near 0.6.
  const strength = [
    e.interviewWord,
    e.screenCall,
    e.jobContext,
    !!joinUrl,
    !!schedule.start,
    role === "candidate",
    !!company,
  ].filter(Boolean).length;
  const confidence = schedule.interview
    ? Math.min(0.98, 0.55 + strength * 0.06)
    : role === "interviewer" || e.notJob || e.ordinary
      ? Math.min(0.95, 0.7 + strength * 0.03)
      : e.hiringish
        ? 0.6
        : 0.9;

  return {
    interview: schedule.interview,
    confidence: Math.round(confidence * 100) / 100,
    role,
    company,
    agency,
    stage,
    start: schedule.start,
    end: schedule.end,
    joinUrl,
    signals: [...new Set(signals)],
  };
}
