import { CONFIRMS_INTERVIEW } from "./cues";
import { fold } from "./fold";
import { FIRM_KIND, ORG_TAIL } from "./orgWords";
import { forwardedOwnInvite } from "./forwardedOwnInvite";
import { isOwnerAlias } from "./ownerAlias";
import { ownerInvitedInQuote } from "./ownerInvitedInQuote";
import { mentionsName } from "./people";
import type { Evidence } from "./gatherEvidence";
import type { ItemView } from "./readItem";
import type { Role } from "./types";
import { MORE_INTERVIEWER, STAFFS_EVENT } from "./cueVariants";

const STAFFS_EVENT_CUES = MORE_INTERVIEWER.filter((c) => c.reason === STAFFS_EVENT);
const staffsEvent = (text: string): boolean => STAFFS_EVENT_CUES.some((c) => c.re.test(text));

/**
 * Not-a-job cues that are words of a trade ("podcast", "journalist", "careers service", "UX
 * research", "immigration", "admissions"): the job applied for can be in that trade ("your
 * interview for the Podcast Producer role"), and then the owner's own application wins.
 */
const DOMAIN_WORDS = new Set([
  "press or media interview",
  "practice interview",
  "careers service",
  "user-research interview",
  "visa or government interview",
  "admissions or housing interview",
  "business interview",
  "scholarship, adoption, volunteering or witness interview",
]);
const OWN_APPLICATION =
  /\b(?:interviewing with us (?:for|on) (?:the|our|this) [a-z0-9 ()/&,-]{2,50}\b(?:role|position|vacancy|job|opening|post)\b|(?:your (?:interview|application|candidacy)|interview you|thanks? (?:you )?(?:again |so much |very much )?for (?:taking the time to )?(?:applying|apply|your application)) (?:for|to|with|at) (?:the|our|this|a|an) [a-z0-9 ()/&,-]{2,50}\b(?:role|position|vacancy|job|opening|post)\b|(?:votre|ta) candidature|(?:entretien|entrevista|colloquio|gesprach|gesprek|vorstellungsgesprach|sollicitatiegesprek) (?:pour|para|per|fur|voor) (?:le|la|el|o|a|il|die|de|het) (?:poste|puesto|vaga|vacante|posizione|stelle|functie|rol)\b|(?:su|tu|sua|ihre|deine|je|uw) (?:candidatura|bewerbung|sollicitatie)\b|(?:thanks? (?:you )?for your interest in the|merci (?:de|pour) votre interet pour le|gracias por (?:tu|su) interes en el|obrigad[oa] pelo (?:seu )?interesse na|danke fur (?:ihr|dein) interesse an der|grazie per l'interesse per la|bedankt voor (?:je|uw) interesse in de) (?:[a-z0-9'-]+ ){0,4}?(?:role|position|poste|puesto|cargo|vaga|stelle|functie|posizione|job|opening)\b)/;

const APPLIED_INTERNALLY =
  /\b(?:thanks? (?:you )?(?:again |so much |very much )?for applying|you applied|your (?:internal )?application) [^.\n]{0,80}\binternal (?:job board|posting|vacancy|role|position)/;

const PASSED_APPLICATION =
  /\b(?:passed (?:along|on) your (?:application|cv|resume|profile)|(?:saw|read|reviewed) your (?:application|cv|resume))\b/;
const NAMED_LOOP = /\b(?:virtual on-?site|on-?site loop|interview loop|on-?site interview)/;

const PLURAL_HIRING =
  /\b(?:interviews|entrevistas|entretiens|colloqui|gesprekken|sollicitatiegesprekken|vorstellungsgesprache|candidates|candidatos|candidatas|candidats|candidati|kandidaten|kandidatinnen|bewerber(?:innen)?|sollicitanten|applicants|aspirantes|postulantes)\b/;

const HOST_LABEL =
  /\b(?:organizer|organiser|organizador|organizadora|organisateur|organisatrice|organisator|organizzatore|organizzatrice|host)\b/;

function ownerIsHost(all: string, ownerFold: string): boolean {
  const at = all.indexOf(ownerFold);
  if (at < 0) return false;
  return /^\s*[-–(]\s*(?:organizer|organiser|organizador|organizadora|organisateur|organisatrice|organisator|organizzatore|organizzatrice|host)\b/.test(
    all.slice(at + ownerFold.length, at + ownerFold.length + 20),
  );
}

/**
 * "Re: Fabrikam – interview for Analytics Engineer" in the mailbox of someone at fabrikam.com:
 * the owner's own employer named alone in the subject (not "Fabrikam Logistics", another firm,
 * nor the owner's own address, which calendar tools write into invitation subjects).
 */
function subjectNamesOwnEmployer(subject: string, label: string | null): boolean {
  if (!label || label.length < 4) return false;
  // Most subjects never spell the owner's domain: its first letters are looked for first.
  if (!subject.toLowerCase().includes(label.slice(0, 4))) return false;
  // Capitalised words and what follows them; the domain may add a word ("Woodgrove" at woodgrovebank.com).
  const words = /(?<![\p{L}\p{N}@.])\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,2}/gu;
  for (const m of subject.replace(/\S+@\S+/g, " ").matchAll(words)) {
    const name = m[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    // ("Tienda" is no short form of tiendaslosandes: what the domain adds is a firm's kind or a
    // few letters, "bank" of woodgrovebank.)
    const added = label.slice(name.length);
    if (
      name === label ||
      (name.length >= 5 &&
        label.startsWith(name) &&
        !m[0].includes(" ") &&
        (added.length <= 4 || ORG_TAIL.test(added) || FIRM_KIND.test(added)))
    )
      return true;
  }
  return false;
}

// The owner applying inside their own company: colleagues' hiring words are then about the owner.
const INTERNAL_CANDIDACY =
  /internal (?:mobility|candidate|application|interview|selection|eoi|move|vacancy|role|position)|expression of interest|interne (?:sollicitatie|mobiliteit|kandidaat|bewerbung|mobilitat|kandidatin|kandidat)|(?:candidature|mobilite|candidat) interne|(?:candidatura|movilidad|mobilidade|mobilita|candidato|candidata) intern[ao]/;

const NETWORKING = "networking, not a hiring process";
const EVERYDAY = "not a job interview (everyday sense)";
// "the Head of Design role we're opening": a coffee about a role the writer is hiring for is a screen.
const ROLE_OFFERED =
  /\b(?:(?:role|position|opening|seat) (?:we're|we are|i'm|i am) (?:opening|hiring for|recruiting for|looking to fill)|(?:i'm|i am|we're|we are) (?:looking for|hiring|recruiting) (?:a|an) [\w -]{0,40}(?:engineer|manager|designer|analyst|developer|lead|director|consultant|specialist|scientist|accountant)\b|tell you (?:more )?about the [\w -]{0,40}(?:role|position) (?:we're|we are|on my team|at)|(?:conversation|chat|call|talk) about the [\w -]{0,40}(?:role|position|opening|vacancy) (?:at|with|on my team|in my team)\b)/;
// "Hope the call with Owen went well! … how you felt it went": someone outside asks the owner how
// their own interview went, before debriefing with the firm.
// "Report de votre entrevue", "Ihr Vorstellungsgespräch": a title naming the owner's own interview
// (a committee the mail then names is the one the owner faces).
const YOUR_INTERVIEW =
  /\b(?:(?:votre|ton) (?:entrevue|entretien)|(?:tu|su) entrevista|(?:a sua|a tua|sua|tua) entrevista|(?:ihr|dein) (?:vorstellungs)?gesprach|(?:je|uw) (?:sollicitatie)?gesprek|(?:il tuo|il suo) colloquio|your interview)\b/;

const ASKS_HOW_IT_WENT =
  /\b(?:hope (?:the|your) (?:call|interview|chat|conversation|meeting)(?: with [a-z]+)? went well|how (?:you felt )?(?:it|the (?:call|interview|chat|conversation)) went|how did (?:it|the (?:call|interview|chat|conversation)) go)\b/;

// "I've locked in your panel interview": the owner's own interview, booked; a trade word in its
// topics ("customer research") names no research interview.
// ("Your next interview with … has been scheduled … Unsubscribe from candidate updates": an ATS
// footer under the owner's own booking.)
const OWN_INTERVIEW_BOOKED =
  /\b(?:(?:locked in|booked|scheduled|confirmed|confirming) your (?:panel|phone|video|final|technical|second|first|on-?site) interview\b|your (?:next |upcoming |first |second |final )?interview\b[^.\n]{0,60}\b(?:has been|is now|was) (?:scheduled|confirmed|booked)|(?:votre|ton) (?:prochain )?entretien\b[^.\n]{0,60}\b(?:a ete|est) (?:planifie|confirme|programme|fixe)|(?:tu|su) (?:proxima )?entrevista\b[^.\n]{0,60}\bha sido (?:programada|confirmada|agendada)|(?:sua|tua) (?:proxima )?entrevista\b[^.\n]{0,60}\bfoi (?:agendada|confirmada|marcada)|(?:ihr|dein) (?:nachstes )?(?:vorstellungsgesprach|gesprach|interview)\b[^.\n]{0,60}\bwurde (?:geplant|bestatigt|vereinbart|terminiert)|(?:je|uw) (?:volgende )?(?:sollicitatiegesprek|gesprek)\b[^.\n]{0,60}\bis (?:ingepland|bevestigd)|(?:il tuo|il suo) (?:prossimo )?colloquio\b[^.\n]{0,60}\be stato (?:fissato|confermato|programmato))/;
// Selection panels named in an invitation to the owner are the panel the owner faces
// ("der Auswahlkommission gehören an", "de selectiecommissie nodigt u uit").
const INVITES_OWNER =
  /\b(?:(?:nodigt|nodigen) (?:u|je) (?:graag )?uit|(?:nodig|nodigen) (?:wij |we )?(?:u|je) (?:graag )?uit|(?:graag )?(?:nodigen|nodig) (?:wij|we|ik) (?:u|je) uit|(?:laden|lade) (?:sie|dich) (?:herzlich |gerne )?(?:zu|ein)|sie zu (?:einem|unserem) [\w ]{0,30}(?:gesprach|interview) einzuladen|vous invit|te invit|(?:vous|te) (?:convier|convions|convoquer|convoquons|convoque)|(?:le|la|les|o|a) convocamos|(?:la|vi|ti) convochiamo|(?:would like to|we'd like to|pleased to|happy to) invite you|la invitamos|le invitamos|convidamos (?:voce|a senhora|o senhor))/;
// An agency's job-alert footer under a mail that sets up the owner's interview is no mailing;
// nor is "Lakeshore Mutual would like to meet you", or "it'll be a 45-minute video interview with him".
const WANTS_TO_MEET_YOU =
  /\bwould (?:like|love) to (?:meet|interview) you\b|\b(?:it'll|it will|this will) be an? (?:[\w-]+ ){0,3}interview with (?:him|her|them|me|us)\b/;
// "I came across your profile on LinkedIn … a contract role I'm filling": a recruiter writing to
// the owner in person, whatever unsubscribe line the agency's mailer adds.
const PERSONAL_OUTREACH =
  /\b(?:i (?:came across|found|saw|noticed|spotted) your (?:profile|cv|resume|background)|(?:role|position|opening|search|vacancy) i'?m (?:currently )?(?:filling|recruiting for|working on)|i'?m (?:currently )?(?:filling|recruiting for) (?:a|an) |j'ai (?:vu|trouve|remarque|decouvert) votre profil|(?:vi|encontre) tu perfil|(?:vi|encontrei) (?:o )?seu perfil|(?:bin )?(?:ich )?auf ihr profil (?:gestossen|aufmerksam)|ho visto il (?:tuo|suo) profilo|(?:ik )?(?:kwam|zag) (?:je|uw) profiel)/;
const ownInterviewSetUp = (all: string): boolean =>
  CONFIRMS_INTERVIEW.test(all) || WANTS_TO_MEET_YOU.test(all);
const REFERENCE_CALL = "reference call about someone else";
const MY_TEAM_ROLE = /\b(?:role|position|opening|job|vacancy) on my team\b|\bjoin(?:ing)? my team\b/;

const HIRING_TITLE = /\bhiring (?:sync|committee|huddle|review)\b/;
// "Je sollicitatie bij PeopleFirst Planning": a title about the owner's own application, where an
// ordinary meeting's word ("planning") can only be part of the firm's name.
const YOUR_APPLICATION_TITLE =
  /^(?:(?:re|aw|fw|wg|antw|r|rv|tr)\s*:\s*)*(?:your application|je sollicitatie|uw sollicitatie|ihre bewerbung|deine bewerbung|votre candidature|ta candidature|tu candidatura|su candidatura|(?:a )?sua candidatura|a tua candidatura|la tua candidatura|la sua candidatura)\b/;

const MAILINGS = new Set([
  "newsletter or job alert",
  "webinar or event",
  "practice interview",
  "vendor or sales meeting",
]);

const SHOW_TITLE = /\b(?:podcast|episode|ep\.? ?\d+)\b/;

const ROLE_INTERVIEWS =
  /\b(?:ba|pm|qa|sre|engineer|analyst|designer|manager|developer|intern|graduate|grad|accountant|consultant|scientist|architect|lead)s? interviews\b/;

/**
 * The owner's side of the hiring process the item is about. Hiring-side evidence wins over
 * candidate-side wording, because the same template goes to both (an ATS sends "Interview
 * Reminder" to the candidate and to each interviewer).
 */
export function judgeRole(v: ItemView, e: Evidence): { role: Role; signals: string[] } {
  const signals: string[] = [];
  const { interviewWord, screenCall, jobContext } = e;
  if (
    (interviewWord || screenCall || jobContext) &&
    forwardedOwnInvite(v.item, v.subject, v.sender, v.sameOrg, v.ownerName, v.ownerAddress)
  )
    return { role: "none", signals: ["someone else's own invitation, forwarded to the owner"] };
  // A named duty keeps the hiring side; a plural in passing ("Q&A with ex-FAANG interviewers") does not.
  // Mailings quote interviewers ("a thank-you note to every interviewer?", "every interviewer uses the
  // same rubric") without giving the owner a duty, unless the owner's own company sends them one.
  // Read only when a not-a-job cue is there to overrule (most items have none).
  // A show titled in the subject ("Interview recording – Hiring Well podcast, ep. 58") may be
  // about hiring: its guest talks of scorecards and interviewers without any duty of their own.
  const duty = (): boolean =>
    !(e.notJob?.reason === "press or media interview" && !v.sameOrg && SHOW_TITLE.test(v.fs)) &&
    /(?<!['’]|vous |pour |de |your )\b(?:interviewer|interviewers(?!\s*:)|scorecard|assessor|evaluadores|entrevistadores|intervistatori|interviewing skills|interview skills|structured interviewing|hiring committee|sit on (?:the |an |our )?interview panels?|shortlisting packs?|beoordelingskaart|scorekaart|sollicitatiegesprekken voert|bewertungsbogen|grille d'evaluation|ficha de evaluacion|ficha de avaliacao|sched[ae] di valutazione|beoordelingsformulier|(?:in|lid van) (?:een|de) selectiecommissie)\b/.test(
      v.all.slice(0, 4000),
    ) &&
    (MAILINGS.has(e.notJob?.reason ?? "") ? v.sameOrg && !!e.interviewerCue : true);
  if (
    e.notJob &&
    !duty() &&
    // (The booth may be named after another hiring-side cue: "15-minute interviews using the rubric".)
    !(e.interviewerCue && (e.interviewerCue.reason === STAFFS_EVENT || staffsEvent(v.all))) &&
    // A recruiter's "coffee chat about the Analytics Lead role" is a screen, whatever its name.
    !(
      e.notJob.reason === NETWORKING &&
      (e.screenCall ||
        (interviewWord && jobContext) ||
        ROLE_OFFERED.test(v.all) ||
        // "a coffee chat … our recruiter passed along your application": the owner's application.
        OWN_APPLICATION.test(v.all) ||
        PASSED_APPLICATION.test(v.all))
    ) &&
    // "giornata di selezione … colloqui individuali": school words inside a named hiring step.
    !(e.notJob.reason === EVERYDAY && e.screenCall && jobContext) &&
    // "Virtual Onsite … 2:40 PM – Stakeholder interview": a session of a named hiring step.
    !(e.notJob.reason === "business interview" && e.screenCall && NAMED_LOOP.test(v.all)) &&
    !(
      e.notJob.reason === "newsletter or job alert" &&
      (ownInterviewSetUp(v.all) || PERSONAL_OUTREACH.test(v.all))
    ) &&
    // "Booked you in to do the reference call for Li Wei since you'll be her manager": checking a
    // candidate's references is hiring-side work, giving one is not.
    !(e.notJob.reason === REFERENCE_CALL && e.interviewerCue) &&
    // "Two colleagues have applied for your opening through the internal job board": an internal
    // posting the owner hires for.
    !(e.notJob.reason === "internal job announcement" && e.interviewerCue) &&
    // "Cari colleghi, … discussione finale sui candidati … schede di valutazione": colleagues greeted
    // together as a selection committee, not an announcement to all staff.
    !(e.notJob.reason === "announcement to all staff" && e.interviewerCue) &&
    !(
      (DOMAIN_WORDS.has(e.notJob.reason) ||
        e.notJob.reason === "newsletter or job alert" ||
        // "Thanks for applying to the … opening on the internal job board": the owner's own move.
        e.notJob.reason === "internal job announcement") &&
      (OWN_APPLICATION.test(v.all) || APPLIED_INTERNALLY.test(v.all) || OWN_INTERVIEW_BOOKED.test(v.all))
    )
  ) {
    return { role: "none", signals: [e.notJob.reason] };
  }
  // The owner's own calendar note: organized by the owner, with no one invited.
  const ownNote = v.ownerOrganizes && v.attendees.length === 0;
  // (Cheap facts first: the cues are read on first use.)
  // ("Platform Team – Weekly Hiring Sync": a recurring meeting the subject says is about hiring.)
  // ("Dentist" over "not really the dentist :) Brightwater – call with the hiring manager for the
  // … role": the owner's own hold may wear an ordinary title on purpose; its note says what it is.)
  const disguised = ownNote && jobContext && e.conversation;
  const ordinary =
    !interviewWord &&
    !screenCall &&
    !disguised &&
    !HIRING_TITLE.test(v.fs) &&
    !YOUR_APPLICATION_TITLE.test(v.fs)
      ? e.ordinary
      : null;
  if (ordinary) return { role: "none", signals: [ordinary.reason] };
  if (e.hiringish || jobContext || e.interviewerCue) {
    // "HOLD – Senior BA interviews": the owner's own hold for a role's interviews, in the plural,
    // is a block of interviews the owner runs (a candidate's hold names the firm).
    // ("coffee to talk about the analytics manager role on my team": the owner's words, the owner's team.)
    const organizesForOthers =
      v.ownerOrganizes &&
      (((interviewWord || screenCall) &&
        (v.attendees.some((p) => !isOwnerAlias(p, v.ownerName)) || ROLE_INTERVIEWS.test(v.fs))) ||
        (MY_TEAM_ROLE.test(v.all) && v.attendees.some((p) => !isOwnerAlias(p, v.ownerName))));
    const ownCompanyHires =
      v.sameOrg &&
      (interviewWord || screenCall) &&
      !mentionsName(v.fs, v.ownerName) &&
      !INTERNAL_CANDIDACY.test(v.all);
    // Colleagues writing about candidates and interviews in the plural ("te toca entrevistar a los
    // candidatos", "drie sollicitatiegesprekken"): the owner's own company is hiring.
    // A booking tool lists the owner as the host ("Chiara Valli - Organizzatore"): someone booked the owner.
    const ownerHosts = !!v.ownerName && HOST_LABEL.test(v.all) && ownerIsHost(v.all, fold(v.ownerName));
    const ownCompanyInterviewsMany =
      v.sameOrg &&
      jobContext &&
      PLURAL_HIRING.test(v.all) &&
      !OWN_APPLICATION.test(v.all) &&
      !INTERNAL_CANDIDACY.test(v.all);
    // A candidate or an agency from outside writing about an interview at the owner's own
    // employer, named in the subject or as the event's place ("Lyon Usinage – salle de réunion").
    const ownEmployerInterviews =
      !v.sameOrg &&
      !v.ownerOrganizes &&
      (interviewWord || screenCall) &&
      (subjectNamesOwnEmployer(v.subject, v.ownerLabel) ||
        (v.isEvent && subjectNamesOwnEmployer(v.location, v.ownerLabel)));
    const facesPanel =
      e.interviewerCue?.reason === "hiring-team debrief" &&
      !v.sameOrg &&
      (OWN_APPLICATION.test(v.all) ||
        INVITES_OWNER.test(v.all) ||
        ASKS_HOW_IT_WENT.test(v.all) ||
        YOUR_INTERVIEW.test(v.fs));
    // "Re: Your interview on Thursday" from an applicant, above the owner's own invitation.
    // (Cheap: most items carry no quoted history, and the author line is read first.)
    const invitedInQuote = !v.sameOrg && ownerInvitedInQuote(v.quoted, v.ownerAddress, v.ownerName);
    if (
      ownEmployerInterviews ||
      (!!e.interviewerCue && !e.invitee && !facesPanel) ||
      e.otherCandidate ||
      organizesForOthers ||
      ownCompanyHires ||
      ownCompanyInterviewsMany ||
      ownerHosts ||
      invitedInQuote
    ) {
      if (e.interviewerCue) signals.push(e.interviewerCue.reason);
      if (e.otherCandidate) signals.push("another person is named as the candidate");
      if (v.sameOrg) signals.push("organizer is from the owner's own company");
      if (organizesForOthers) signals.push("the owner organizes it and invites others");
      if (ownerHosts) signals.push("a booking tool lists the owner as the host");
      if (ownEmployerInterviews) signals.push("the interview is at the owner's own employer");
      if (invitedInQuote) signals.push("the owner's own message, quoted, invites the sender to interview");
      return { role: "interviewer", signals };
    }
    if (jobContext || interviewWord || screenCall) {
      if (ownNote) signals.push("the owner's own calendar entry");
      else if (v.sender && !v.sameOrg)
        signals.push(v.isEvent ? "organizer is external" : "sender is external");
      if (v.ownerNamed) signals.push("the owner is named in it");
      return { role: "candidate", signals };
    }
  }
  if ((interviewWord || screenCall) && ownNote && !e.notJob && !e.ordinary) {
    return { role: "candidate", signals: ["the owner's own calendar note"] };
  }
  return { role: "none", signals };
}
