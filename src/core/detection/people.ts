import { containsWord, domainKey } from "./domainNames";
import { compact, fold } from "./fold";
import { firmShaped } from "./firmShaped";
import { GENDER_NOTE } from "./orgWords";
import { GREETING } from "./partyWords";
import { KeywordScan } from "./keywordScan";
import type { Found } from "./keywordScan";

/**
 * Who is who in an item: whether it names the owner, names someone else as the candidate, or
 * names the owner as the guest of a booking.
 */

// ("Candidate Interview: Owen Mbeki", a label on a line of its own above the name: the same.)
const INVITEE_LABEL =
  /\b(?:(?:invitee|guest|attendee|candidate)s?\s*:|candidate interview\s*:|(?<=^|\n)[^\S\n]*candidate[^\S\n]*\n)\s*/g;

/** "Invitee: Sam Rivera": booking tools name the person who booked. */
export function namedAsInvitee(folded: string, ownerFold: string): boolean {
  // The owner's name must appear at all before the label pattern is worth running.
  if (!ownerFold || !folded.includes(ownerFold)) return false;
  INVITEE_LABEL.lastIndex = 0;
  for (let m = INVITEE_LABEL.exec(folded); m; m = INVITEE_LABEL.exec(folded)) {
    // ("Invitees: Hannah Kim, Marco Alvarez, Devin Shah": one of a list invited is no booker.)
    const end = m.index + m[0].length + ownerFold.length;
    if (
      folded.startsWith(ownerFold, m.index + m[0].length) &&
      !/^\s*,\s*[a-z]/.test(folded.slice(end, end + 4))
    )
      return true;
  }
  // "Who: Fleur Jansen – Organizer / Sanne de Vries", "… between Nimbus Freight and Sanne de
  // Vries": someone else hosts the booked slot, so the owner is the one who booked it.
  if (
    folded.includes(`and ${ownerFold}`) &&
    /\bbetween [^\n]{2,80}? and ([^\n]+)/.exec(folded)?.[1]?.startsWith(ownerFold)
  )
    return true;
  const host = HOST_LINE.exec(folded)?.[1]?.trim();
  return !!host && host !== ownerFold;
}

// "Invitee: Rebecca Hale – Senior Recruiter, Arroyo Biotech", "Invitee: Ruth Ellery – Sable &
// Finch Recruitment": a recruiter, or someone from a recruiting firm, booked a slot on the owner's
// own page, so the owner is the one being recruited.
const RECRUITING_INVITEE =
  /\binvitee\s*:\s*[^\n:]{2,60}?\b(?:recruiter|recruiting|recruitment|talent|sourcer|headhunt\w*|staffing|search|recruteu(?:r|se)|recrutement|reclutador(?:a)?|reclutamiento|recrutador(?:a)?|recrutamento|personalberat\w*|selezionat(?:ore|rice)|selezione|werving)\b/;

// "Confirmed: 30 Minute Intro Call with Ruth Ellery on …": a booking tool confirms the slot to the
// one who booked it, naming the host after "with".
const CONFIRMED_WITH = /^(?:confirmed|scheduled|booked|you are scheduled)\s*:[^\n]*?\bwith ([a-z][a-z'-]+)/;

/**
 * Whether a booking notice puts the owner on the candidate's side: a recruiter booked the owner's
 * time, or the tool confirms a slot the owner booked with a host.
 */
export function bookedAsCandidate(folded: string, foldedSubject = "", ownerFold = ""): boolean {
  if (folded.includes("invitee") && RECRUITING_INVITEE.test(folded)) return true;
  const host = CONFIRMED_WITH.exec(foldedSubject)?.[1];
  return !!host && !!ownerFold && !ownerFold.startsWith(`${host} `) && host !== ownerFold;
}

const HOST_LINE = /(?:^|\n)([^\n:]{3,60}?)\s+[–—-]\s+(?:organi[sz]er|host)\s*(?:\n|$)/;

/** Names as a person writes them: "Sam Rivera" also matches "Sam" in "(Coding – Sam)". */
export function mentionsName(foldedText: string, ownerName: string): boolean {
  const n = fold(ownerName).trim();
  if (n.length < 3) return false;
  if (foldedText.includes(n)) return true;
  // "Javier Ortega" for "Javier Ortega Ruiz", "Ana Costa" for "Ana Maria Costa": a name of three
  // words or more is often written with the first and one other, as a whole word each.
  const words = n.split(/\s+/);
  if (words.length < 3) return false;
  const first = words[0]!;
  return words.slice(1).some((w) => w.length >= 3 && containsWord(foldedText, `${first} ${w}`));
}

const NAME = String.raw`(\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+)`;
// "candidate R. Ibáñez": a label may give the first name as an initial.
const NAME_OR_INITIAL = String.raw`(\p{Lu}(?:[\p{L}'’-]+|\.) \p{Lu}[\p{L}'’-]+)`;
// Patterns that put a named person, not the owner, in the candidate's seat. Each has a cheap
// keyword gate, the lower-case words its pattern needs, looked for in the folded text (all
// gates in one pass): the Unicode name patterns only run where a keyword occurs.
const GATES = new KeywordScan({
  titled: ["interview", "entrevista", "entretien", "gesprach", "panel"],
  candidate: ["candida", "kandida"],
  mit: ["mit frau", "mit herr"],
  interviewing: ["interview", "recevrez", "assessing"],
  scheduled: ["scheduled"],
  loop: ["loop", "second-stage", "first-stage", "panel interview", "will present", "is onsite"],
  interviewee: ["interviewee"],
});
type Gate = typeof GATES extends KeywordScan<infer G> ? G : never;

const OTHER_CANDIDATE: [Gate, RegExp][] = [
  [
    "titled",
    new RegExp(
      String.raw`(?:^|[:–—-]\s*)(?:Interview|Entrevista|Entretien|Bewerbungsgespräch|Vorstellungsgespräch|Interview loop|Onsite panel)(?: candidat[oae]?| candidate| Kandidat(?:in)?)?\s*[:–—-]\s*(?:candidat[oae]? |candidate )?${NAME}(?:\s*\(|\s+for\b)`,
      "u",
    ),
  ],
  [
    "candidate",
    new RegExp(
      String.raw`\b(?:[Cc]andidate|[Cc]andidata|[Cc]andidato|[Cc]andidat|[Kk]andidat(?:in)?|[Kk]andidaat|[Cc]andidat[ea])(?:\s+(?:[Nn]ame|[Nn]ome|[Nn]ombre|[Nn]om|[Nn]aam))?\s*:?\s+${NAME_OR_INITIAL}`,
      "u",
    ),
  ],
  // "Kandidaat voor Data Engineer – Sander Bakker": a candidate for a role, then who.
  [
    "candidate",
    new RegExp(
      String.raw`\b(?:[Cc]andidate|[Cc]andidat[oae]?|[Kk]andidat(?:in)?|[Kk]andidaat) (?:for|voor|f(?:u|ü)r|pour|para|per) [^–—:\n]{2,50}?\s[–—-]\s+${NAME}\s*$`,
      "mu",
    ),
  ],
  ["mit", new RegExp(String.raw`\bmit (?:Frau|Herrn?) ${NAME}`, "u")],
  [
    "interviewing",
    new RegExp(String.raw`\b(?:interview|interviewing|recevrez|assessing) ${NAME}(?:,| \(| for\b)`, "u"),
  ],
  ["scheduled", new RegExp(String.raw`\bscheduled ${NAME} for an? `, "u")],
  [
    "loop",
    new RegExp(
      String.raw`${NAME}(?:'s)? (?:loop|second-stage|first-stage|panel interview|will present|is onsite)`,
      "u",
    ),
  ],
  ["interviewee", new RegExp(String.raw`\bInterviewee\s*:\s*${NAME}`, "u")],
];

const TITLED_SURNAME =
  /(?:^|[:–—-]\s*)(?:Bewerbungsgespräch|Vorstellungsgespräch|Interview|Entretien|Entrevista|Colloquio|Sollicitatiegesprek)\s+(?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?|Mme|Sr\.?|Sra\.?|Sig\.(?:ra)?|Dhr\.?|Mevr\.?)\s+(\p{Lu}[\p{L}'’-]+)/u;

const LABEL_TEAM_WORD =
  /^(?:team|experience|coordinator|coordinatrice|coordinador|coordinadora|specialist|manager|partner|lead|associate|portal|services|support|care|success|relations|center|centre|hub|journey|notice|policy|privacy|statement|data|information|terms)$/;

/** The patterns that read a name from a label rather than from a title. */
const LABELLED = new Set(
  OTHER_CANDIDATE.map(([, re]) => re).filter(
    (re) => /Interviewee|andidat/.test(re.source) && !/Interview loop/.test(re.source),
  ),
);

/** "Interview: Alex Kim for ..." / "candidate Julien Moreau" naming someone other than the owner. */
export function namesOtherCandidate(
  subject: string,
  text: string,
  ownerName: string,
  foldedSubject: string,
  foldedText: string,
  senderAddress = "",
): boolean {
  const owner = fold(ownerName);
  // "Interview loop – Saffron Cloud" from saffroncloud.io: the firm the sender writes for.
  const senderLabel = domainKey(senderAddress);
  const ownerFirst = owner.split(" ")[0] ?? "";
  const sources: [string, Found<Gate>][] = [
    [subject, GATES.scan(foldedSubject)],
    [text.slice(0, 1500), GATES.scan(foldedText.slice(0, 1600))],
  ];
  const ownerLast = owner.split(" ").pop() ?? "";
  // "Bewerbungsgespräch Herr Yilmaz – Ausbildung": an interview titled with someone's surname
  // (no "with" before it, which would name the interviewer) is that person's interview.
  const titledSurname = TITLED_SURNAME.exec(subject)?.[1];
  if (titledSurname && ownerLast && fold(titledSurname) !== ownerLast) return true;
  for (const [gate, re] of OTHER_CANDIDATE) {
    // Gates are lower-case keywords found in the folded text; the name patterns need the case.
    for (const [src, found] of sources) {
      if (!found.has(gate)) continue;
      const m = re.exec(src);
      const who = m?.[1];
      if (!m || !who) continue;
      const w = fold(who);
      if (w === owner || (ownerFirst && w.startsWith(ownerFirst + " "))) continue;
      // "Kandidat J. Weber": the owner by initial and surname.
      const parts = w.replace(/\./g, "").split(/\s+/);
      if (
        ownerLast.length >= 3 &&
        parts.length === 2 &&
        parts[1] === ownerLast &&
        parts[0] === ownerFirst.charAt(0)
      )
        continue;
      // "Candidate Experience Team": the label is part of a team's name.
      if (LABEL_TEAM_WORD.test(fold(who.split(" ").pop() ?? ""))) continue;
      // "Espace candidat\nBonjour Élodie": a label on a line of its own, then the greeting.
      if (GREETING.test(who.split(" ")[0] ?? "")) continue;
      if (senderLabel.length >= 3 && compact(who) === senderLabel) continue;
      // A labelled name ("Candidate: X", "Interviewee: X") is strong evidence; only the weaker
      // title patterns are second-guessed.
      if (!LABELLED.has(re) && notSomeoneElse(who, src, m.index + m[0].length, ownerLast, foldedText))
        continue;
      return true;
    }
  }
  return false;
}

// Last words of job titles: "Interview – Financial Analyst (Daniel Okafor)" names a role, not a person.
const TITLE_WORD =
  /^(?:analyst|engineer|developer|manager|designer|director|planner|supervisor|specialist|coordinator|consultant|architect|scientist|officer|assistant|administrator|accountant|associate|lead|intern|technician|operator|advisor|representative|executive|nurse|pharmacist|teacher|controller|buyer|recruiter|partner|owner|einkauf|vertrieb|sachbearbeitung|sachbearbeiter(?:in)?|entwickler(?:in)?|leiter(?:in)?|analista|ingeniero|ingenieur|developpeur|responsable|gerente|tecnico|technicien|commerciale?|ontwikkelaar|adviseur|medewerker)$/;

/**
 * The name a pattern read is not another candidate when it is a job title, when the owner's own
 * name follows it in brackets ("(J. Neumann)"), or when the mail has the owner meet it ("your
 * interview with Copperline Energy").
 */
const BRACKET = /^\s*\(([^)]{1,60})\)/;

const SENIOR_TITLE =
  /\b(?:geschaftsfuhrer\w*|bereichsleit\w*|abteilungsleit\w*|leiter(?:in)?|vorstand\w*|ceo|cto|cfo|coo|cio|chro|cdo|cmo|cpo|cro|ciso|chief(?: [a-z&-]+){1,3} officer|head of|managing director|directeur|directrice|direktor\w*|hiring manager|vp|founder|grunder\w*|gerente|diretor\w*|director[a]?|direttore|direttrice)\b/;

const STEP_NAME =
  /^(?:interview|interviews|round|screen|screening|call|session|assessment|entrevista|entretien|gesprach|gesprek|colloquio)$/;

const HIRING_SIDE_TITLE =
  /\b(?:hr|human resources|personalreferent\w*|personalleit\w*|personalabteilung|recruiter\w*|recruiting|talent acquisition|talent partner|people partner|business partner|teamleit\w*|fachbereichsleit\w*|rh|rrhh|recursos humanos|ressources humaines|risorse umane)\b/;

// Titles leading an apposition that SENIOR_TITLE does not hold already.
const LEADING_TITLE = /^(?:(?:team)?leiter(?:in)?|teamlead|head|chef(?:fe)? d|responsable|manager)\b/;

function notSomeoneElse(
  who: string,
  src: string,
  end: number,
  ownerLast: string,
  foldedText: string,
): boolean {
  const last = fold(who.split(" ").pop() ?? "");
  if (TITLE_WORD.test(last)) return true;
  // "Entrevista – Banco Pinhal (via Rumo Talentos)", "Interview – Lakeview Health": a name that
  // opens or ends like a firm's is the firm the owner meets, not another applicant.
  if (firmShaped(who)) return true;
  // "Interview:\n Technical Interview (pipeline design)": a template's step name, not a person.
  if (STEP_NAME.test(last)) return true;
  // "Sachgebietsleitung IT-Infrastruktur": German titles end in -leitung or -leiter.
  if (/(?:leitung|leiter|leiterin|referent|referentin)$/.test(fold(who.split(" ")[0] ?? ""))) return true;
  // (A title pattern's match ends with the bracket's "("; a name pattern's ends with the name.)
  const bracket = (BRACKET.exec(src.slice(end - 1, end + 60)) ?? BRACKET.exec(src.slice(end, end + 60)))?.[1];
  if (bracket && ownerLast.length >= 3 && fold(bracket).includes(ownerLast)) return true;
  // "(m/w/d)", "(H/F)": the gender note of a job posting follows a job title.
  if (bracket && GENDER_NOTE.test(bracket)) return true;
  // "(Kennziffer 2026-118)", "(Req 4411)": a posting's reference number follows a job title.
  if (
    bracket &&
    /\b(?:kennziffer|ref|req|job id|reference|referenz|referencia|riferimento|vacaturenummer)\b|\d{3,}/i.test(
      bracket,
    )
  )
    return true;
  // "Interview – Ridgeway Robotics (2nd round)": a round or a setting in brackets follows a firm.
  if (
    bracket &&
    /\b(?:round|stage|final|onsite|on-site|virtual|technical|screen|panel|phone|video|zoom|teams|in person|ronda|tour|runde|ronde|turno|etapa|etape|fase|system design|coding|live coding|case study|take-home|behaviou?ral|culture fit|portfolio)\b/i.test(
      bracket,
    )
  )
    return true;
  // "Interview – Thornbury Legal (client: Aldgate Insurance)": a firm with its client, not a person.
  if (bracket && /^\s*(?:client|cliente|klant|kunde|mandant)\b/i.test(bracket)) return true;
  // "mit Frau Martina Hallberg (Geschäftsführerin)": a person introduced with a senior title is the
  // one the owner meets (an applicant's bracket names the job applied for, or nothing).
  // ("mit Frau Nadine Keller (HR Business Partner)": so is one from the hiring side.)
  if (bracket && (SENIOR_TITLE.test(fold(bracket)) || HIRING_SIDE_TITLE.test(fold(bracket)))) return true;
  // "mit Herrn Urs Wyss, Leiter Risk Management der Helvetia Rück": so is one introduced by a
  // leading title after a comma.
  const apposition = /^,\s*([^,.;\n]{3,60})/.exec(src.slice(end, end + 80))?.[1];
  if (apposition && (SENIOR_TITLE.test(fold(apposition)) || LEADING_TITLE.test(fold(apposition))))
    return true;
  // "mit Frau Katrin Meyer aus der Personalabteilung": so is one introduced by the department they
  // speak for.
  if (
    /^\s+(?:aus|von) (?:der|dem|unserer|unserem|ihrer|ihrem) (?:personalabteilung|hr-abteilung|fachabteilung|geschaftsfuhrung|geschäftsführung|personalleitung|abteilung|team)\b/iu.test(
      src.slice(end, end + 50),
    )
  )
    return true;
  // "mit Frau Carina Haug und Herrn Dr. Felix Neuner": two people named with their titles are
  // those the owner meets (an applicant is named alone).
  // ("mit Frau Corinne Gasser (Partnerin) und Herrn Matteo Frei (Manager)": each with a title.)
  if (
    /^(?:\s*\([^()\n]{1,40}\))?,?\s+(?:und|and|et|e|y|en)\s+(?:Frau|Herrn?|Mr\.?|Mrs\.?|Ms\.?|Mme|M\.|Dr\.?|Dhr\.?|Mevr\.?)\s/u.test(
      src.slice(end, end + 64),
    )
  )
    return true;
  const w = fold(who);
  return (
    foldedText.includes(`with ${w}`) ||
    foldedText.includes(`at ${w}`) ||
    foldedText.includes(`avec ${w}`) ||
    foldedText.includes(`bei ${w}`) ||
    foldedText.includes(`con ${w}`)
  );
}
