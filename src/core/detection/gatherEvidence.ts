import {
  CONVERSATION,
  INTERVIEW_WORDS,
  INTERVIEWER,
  JOB_CONTEXT,
  NOT_JOB,
  NOT_SCHEDULED,
  ORDINARY,
  SCREEN_CALL,
  STEP_WORDS,
} from "./cues";
import type { Cue } from "./cues";
import {
  GENERIC_INTERVIEW_WORDS,
  MORE_INTERVIEWER,
  MORE_JOB_CONTEXT,
  MORE_NOT_JOB,
  MORE_NOT_SCHEDULED,
  MORE_ORDINARY,
  MORE_STEP_WORDS,
  QUALIFIED_INTERVIEW,
} from "./cueVariants";
import { agendaOfSessions } from "./agendaOfSessions";
import { anyOf } from "./anyOf";
import type { Matcher } from "./anyOf";
import { fold } from "./fold";
import { bookedAsCandidate, mentionsName, namedAsInvitee, namesOtherCandidate } from "./people";
import type { ItemView } from "./readItem";

/** What the item's words say, before any verdict. */
export interface Evidence {
  interviewWord: boolean;
  /** A screening call or a named hiring step ("final chat", "live coding assessment"). */
  screenCall: boolean;
  jobContext: boolean;
  conversation: boolean;
  interviewerCue: Cue | null;
  /** Any hiring vocabulary at all; most of a calendar has none and stops here. */
  relevant: boolean;
  notJob: Cue | null;
  notScheduled: Cue | null;
  ordinary: Cue | null;
  otherCandidate: boolean;
  /** A booking tool names the owner as the person who booked, or a recruiter as the one who booked the owner. */
  invitee: boolean;
  hiringish: boolean;
}

// The core lists first, so their reasons win where both match.
const NOT_JOB_ALL = [...NOT_JOB, ...MORE_NOT_JOB];
const INTERVIEWER_ALL = [...INTERVIEWER, ...MORE_INTERVIEWER];
const NOT_SCHEDULED_ALL = [...NOT_SCHEDULED, ...MORE_NOT_SCHEDULED];
const ORDINARY_ALL = [...ORDINARY, ...MORE_ORDINARY];

// Yes/no questions over several patterns are one grouped pattern each (see anyOf).
const SCREEN_OR_STEP = anyOf([SCREEN_CALL.re, STEP_WORDS.re, MORE_STEP_WORDS]);
const ANY_JOB_CONTEXT = anyOf([JOB_CONTEXT.re, MORE_JOB_CONTEXT]);
const ANY_INTERVIEW_WORD = anyOf([INTERVIEW_WORDS.re]);
const ANY_CONVERSATION = anyOf([CONVERSATION]);

// One combined pattern per list answers "any of them?" in a single pass; most items match
// none, and only those that do pay for finding which one. Where the combined pattern matched
// says which: the first cue of the list that matches right there is the answer unless an earlier
// cue matches elsewhere, which the combined pattern of the earlier cues tells in one more pass
// (and, if so, where, to repeat from).
interface Gate {
  /** before[k]: the combined pattern of the first k cues. */
  before: Matcher[];
  /** Each cue's own pattern, grouped (built when first asked: a task pane's first item waits for them). */
  alone: Matcher[];
}
const gates = new WeakMap<Cue[], Gate>();

function gateFor(cues: Cue[]): Gate {
  let gate = gates.get(cues);
  if (!gate) {
    gate = { before: [], alone: [] };
    gates.set(cues, gate);
  }
  return gate;
}

function aloneOf(gate: Gate, cues: Cue[], k: number): Matcher {
  return (gate.alone[k] ??= anyOf([cues[k]!.re]));
}

function firstHit(cues: Cue[], text: string): Cue | null {
  const gate = gateFor(cues);
  let found = cues.length;
  for (;;) {
    const before = (gate.before[found] ??= anyOf(cues.slice(0, found).map((c) => c.re)));
    const m = found > 0 ? before.exec(text) : null;
    if (!m) return cues[found] ?? null;
    let at = -1;
    for (let k = 0; k < found && at < 0; k++) if (aloneOf(gate, cues, k).matchesAt(text, m.index)) at = k;
    if (at < 0) {
      // Not expected (the combined pattern matches where one of its cues does); search plainly.
      for (let k = 0; k < found; k++) if (aloneOf(gate, cues, k).test(text)) return cues[k]!;
      return cues[found] ?? null;
    }
    found = at;
  }
}

const RECRUITING_FIRM =
  /(?:(?<!re)search|recruit|staffing|werving|headhunt|personalberat|seleccion|selezione|recrutement|recrutamento|reclutamiento|talent|detachering|uitzend)/;

function fromRecruitingFirm(v: ItemView): boolean {
  const s = v.sender;
  if (!s || v.sameOrg || fold(s.address) === fold(v.ownerAddress)) return false;
  // The address, the display name, or the firm signing the last lines ("Harcourt Blake Search").
  return (
    RECRUITING_FIRM.test(fold(`${s.address} ${s.name}`)) || SIGNED_RECRUITING_FIRM.test(v.fb.slice(-300))
  );
}

// A firm in the closing lines whose name ends with a recruiting word ("harcourt blake search | 12
// finsbury square"), read folded.
const SIGNED_RECRUITING_FIRM =
  /\n[^\n]{0,40}\b[a-z][\w&'-]* (?:executive )?(?:search|recruitment|recruiting|staffing|talent|headhunting|personalberatung|werving(?: & selectie)?|recrutement|recrutamento|reclutamiento|selezione|detachering|uitzendbureau|personal(?:dienstleistung|vermittlung|service)?|interim)(?: (?:partners|group|ltd|limited|gmbh|ag|sa|sl|bv|srl|llp|llc|inc))?\.?[^\S\n]*(?:[|,·–-][^\n]*)?(?:\n|$)/;

// "HOLD – Fabrikam 2nd round", "Privat: Nordstern – finale Runde mit CTO": in a hold the owner
// put in their own calendar, a round named is an interview round (elsewhere it is as often a
// round of budget reviews).
const ROUND =
  /\b(?:(?:1st|2nd|3rd|4th|first|second|third|final|last|next) (?:(?:tech|technical|coding|onsite|on-site|panel|hr|case|design) )?(?:round|rd|stage interview)(?! of)|(?:erste|zweite|dritte|finale|letzte|[1-4]\.) runde|(?:premier|deuxieme|second|dernier|1er|[2-4]e|[2-4]eme|2nde?) tour|(?:primera|segunda|tercera|ultima|final|[1-4][aª]) ronda|(?:eerste|tweede|derde|laatste|[1-4]e) ronde|(?:primo|secondo|terzo|ultimo|[1-4][°º]) (?:round|colloquio)|(?:zweites|drittes|[2-4]\.) (?:gesprach|interview)|(?:deuxieme|troisieme|[2-4]e|[2-4]eme) entretien|(?:segunda|tercera|terceira|[2-4][aª]) entrevista|(?:tweede|derde|[2-4]e) gesprek|entrev\. (?:tecnica|final|rh)|coll\. (?:finale|tecnico|conoscitivo)|onsite @ ?(?=\w)|\d rounds back[- ]to[- ]back|\d (?:gesprekken achter elkaar|gesprache (?:hintereinander|nacheinander)|entretiens (?:a la suite|d'affilee)|entrevistas seguidas|colloqui di fila)|(?:primeira|segunda|terceira|ultima|[1-4][aª]) (?:fase|rodada))\b/;

export function gatherEvidence(v: ItemView): Evidence {
  const { all, fs, fb } = v;
  // The subject's ordinary-meeting cue, read once for whichever reading asks first.
  let subjectOrdinary: Cue | null | undefined;
  const ordinaryTitle = (): Cue | null => {
    if (subjectOrdinary === undefined) subjectOrdinary = firstHit(ORDINARY_ALL, fs);
    return subjectOrdinary;
  };
  // (A round named only in the notes of a hold titled "Dentist" is the interview it covers for.)
  // A recruiting firm writing (its address, name or signature says so) is about a job.
  const jobContext = ANY_JOB_CONTEXT.test(all) || fromRecruitingFirm(v);
  // About a job, an agenda of sessions with several people ("9:45 – Data architecture with Lars")
  // sent from outside is a loop, whatever each session is called (an agenda from the owner's own
  // company is a training or an offsite as often).
  const screenCall =
    SCREEN_OR_STEP.test(all) ||
    (v.ownerOrganizes && (ROUND.test(fb) || (ROUND.test(fs) && !ordinaryTitle()))) ||
    (jobContext && !v.ownerOrganizes && !v.sameOrg && agendaOfSessions(fb.slice(0, 1500)));
  const interviewWord =
    ANY_INTERVIEW_WORD.test(all) &&
    (jobContext ||
      screenCall ||
      QUALIFIED_INTERVIEW.test(all) ||
      // "Entretien Alex Morgan" sent from outside: an interview of the owner, named in its title.
      (v.isEvent && v.ownerNamed && !v.sameOrg && mentionsName(fs, v.ownerName)) ||
      ANY_INTERVIEW_WORD.test(all.replace(GENERIC_INTERVIEW_WORDS, " ")));
  const interviewerCue = firstHit(INTERVIEWER_ALL, all);
  const relevant = interviewWord || screenCall || jobContext || interviewerCue !== null;
  // The costlier readings are computed on first use: a verdict often needs only some of them.
  let conversation: boolean | undefined;
  const hasConversation = (): boolean => (conversation ??= ANY_CONVERSATION.test(all));
  let notScheduled: Cue | null | undefined;
  let otherCandidate: boolean | undefined;
  let invitee: boolean | undefined;
  return {
    interviewWord,
    screenCall,
    jobContext,
    get conversation(): boolean {
      return hasConversation();
    },
    interviewerCue,
    relevant,
    notJob: relevant ? firstHit(NOT_JOB_ALL, all) : null,
    get notScheduled(): Cue | null {
      // Subject and body without the location: `all` begins with them (see readItem), and a
      // slice of it shares its characters instead of joining them anew.
      if (notScheduled === undefined)
        notScheduled = relevant ? firstHit(NOT_SCHEDULED_ALL, all.slice(0, fs.length + 1 + fb.length)) : null;
      return notScheduled;
    },
    get ordinary(): Cue | null {
      return relevant ? ordinaryTitle() : null;
    },
    get otherCandidate(): boolean {
      if (otherCandidate === undefined)
        otherCandidate =
          relevant && namesOtherCandidate(v.subject, v.bodyText, v.ownerName, v.fs, v.fb, v.sender?.address);
      return otherCandidate;
    },
    get invitee(): boolean {
      if (invitee === undefined)
        invitee =
          relevant &&
          ((!!v.ownerName && namedAsInvitee(all, fold(v.ownerName))) ||
            bookedAsCandidate(all, fs, fold(v.ownerName)));
      return invitee;
    },
    hiringish: interviewWord || screenCall || (jobContext && hasConversation()),
  };
}
