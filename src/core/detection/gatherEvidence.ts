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
import { anyOf } from "./anyOf";
import { fold } from "./fold";
import { mentionsName, namedAsInvitee, namesOtherCandidate } from "./people";
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
  /** A booking tool names the owner as the person who booked. */
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
// none, and only those that do pay for finding which one. That search goes by runs of about
// √n cues, each with its own combined pattern, so a hit late in a list of 25 costs about ten
// scans of the text rather than 25; the first run that matches holds the first cue that does.
interface Run {
  any: RegExp;
  cues: [Cue, RegExp][];
}
interface Gate {
  any: RegExp;
  runs: Run[];
}
const gates = new WeakMap<Cue[], Gate>();

function gateFor(cues: Cue[]): Gate {
  let gate = gates.get(cues);
  if (!gate) {
    const size = Math.max(2, Math.ceil(Math.sqrt(cues.length)));
    const runs: Run[] = [];
    for (let i = 0; i < cues.length; i += size) {
      const run = cues.slice(i, i + size);
      runs.push({ any: anyOf(run.map((c) => c.re)), cues: run.map((c) => [c, anyOf([c.re])]) });
    }
    gate = { any: anyOf(cues.map((c) => c.re)), runs };
    gates.set(cues, gate);
  }
  return gate;
}

function firstHit(cues: Cue[], text: string): Cue | null {
  const gate = gateFor(cues);
  if (!gate.any.test(text)) return null;
  for (const run of gate.runs) {
    if (!run.any.test(text)) continue;
    for (const [c, re] of run.cues) if (re.test(text)) return c;
  }
  return null;
}

export function gatherEvidence(v: ItemView): Evidence {
  const { all, fs, fb } = v;
  const screenCall = SCREEN_OR_STEP.test(all);
  const jobContext = ANY_JOB_CONTEXT.test(all);
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
  let ordinary: Cue | null | undefined;
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
      if (notScheduled === undefined)
        notScheduled = relevant ? firstHit(NOT_SCHEDULED_ALL, `${fs}\n${fb}`) : null;
      return notScheduled;
    },
    get ordinary(): Cue | null {
      if (ordinary === undefined) ordinary = relevant ? firstHit(ORDINARY_ALL, fs) : null;
      return ordinary;
    },
    get otherCandidate(): boolean {
      if (otherCandidate === undefined)
        otherCandidate = relevant && namesOtherCandidate(v.subject, v.bodyText, v.ownerName, v.fs, v.fb);
      return otherCandidate;
    },
    get invitee(): boolean {
      if (invitee === undefined)
        invitee = relevant && !!v.ownerName && namedAsInvitee(all, fold(v.ownerName));
      return invitee;
    },
    hiringish: interviewWord || screenCall || (jobContext && hasConversation()),
  };
}
