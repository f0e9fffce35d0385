import { LEGAL_TAIL, WRITTEN_FORMS } from "./legalForms";
import { hiringSubsidiary } from "./hiringSubsidiary";
import { firmShaped } from "./firmShaped";
import { clientWordIn, mentionsClient } from "./mentionsClient";
import { spelledOut } from "./spelledOut";
import { domainLabel, isWordUnit } from "./domainNames";
import { compact, fold } from "./fold";
import { MARKETPLACES, ROLEISH, onlyFunctionWords } from "./orgWords";
import {
  actingFor,
  clientBrief,
  clientNamed,
  displayedFirm,
  firmWith,
  fullerCompany,
  fullerFirm,
  withoutLeadingStep,
  genericAgency,
  hostFirm,
  introducedBy,
  legalNames,
  registeredName,
  otherFirmWith,
  pairedWithOwner,
  teamSigning,
} from "./firmReaders";
import {
  firmName,
  hiringDepartment,
  notOrgPhrase,
  onlyInTitles,
  onlySentenceStart,
  personName,
  titled,
} from "./notAFirm";
import {
  AGENCY_NAME,
  AGENCY_TITLE,
  CLIENT_WORD,
  NAME,
  ON_BEHALF,
  PLACER_TITLE,
  POST_WORDS,
  STRONG_AGENCY,
  TEAM_SUFFIX,
} from "./partyWords";
import { inlineSignature, signatureFirm, signedAgency } from "./signatureFirm";
import { affiliatedFirm } from "./affiliatedFirm";
import { brandName, domainBrand } from "./brandName";
import { domainSigned, signedShort, spelledBefore, spelledInFull, spellsDomain } from "./domainSpelling";
import { fullerInstitution, letterhead, signedInstitution } from "./institutionName";
import { fullFamilyName, signedUnderPhone } from "./familyFirm";
import { openedName, sectorOpened } from "./openedName";
import { holdAgency, ownHold } from "./ownHold";
import { subjectClient } from "./subjectClient";
import { HIRING_CLIENT_WORDS, hiringClient } from "./hiringClient";
import { KeywordScan } from "./keywordScan";
import type { VetInput } from "./vetInput";

/**
 * A last look at the company and agency the readers picked, against what the mail itself shows
 * about people and firms:
 * - a person is not a company: the name of someone greeted, signing, or inviting ("Katrin Vogel
 *   would like to invite you"), or the person part of a display name ("Meera at Bloom");
 * - a phrase made of interview and calendar words ("Live Coding", "Termineinladung") or a job
 *   title ("Clinical Pharmacist") is not a company;
 * - a signature line that pairs a consultant's title with a firm ("Senior Consultant – Selezione
 *   Adriatica") or a firm whose name says search or staffing marks that firm as the agency, and the
 *   client it names ("il cliente Cantieri Bellaria", "la entrevista técnica con Contoso") as the
 *   company.
 */

const STEP_PREFIX =
  /^(?:fachinterview|fachgespräch|kennenlernen|vorstellungsgespräch|(?:erst|zweit|dritt|folge|abschluss)gespräch|eindgesprek|sollicitatiegesprek|kennismakingsgesprek|interview|entretien|entrevista|colloquio|gesprek|gespräch|call|chat|meeting|intro|invito|convite|einladung|uitnodiging|invitation)\s+(?=\p{Lu})/iu;

const MET_WORDS = ["mit", "with", "avec", "con", "met", "com"];

function withoutStepWord(name: string, input: VetInput, hay: string): string {
  const step = STEP_PREFIX.exec(name);
  if (!step) return name;
  const rest = name.slice(step[0].length);
  // The rest must stand as a name elsewhere in the mail, and not as a person met ("mit Lukas Brandner").
  const elsewhere = hay.split(rest).length - 1 > (hay.includes(name) ? 1 : 0);
  const metPerson = MET_WORDS.some((w) => hay.includes(`${w} ${rest}`));
  return elsewhere && !metPerson && !personName(rest, input, hay) ? rest : name;
}

const OWN_TEAM =
  /^ (?:Talent Acquisition|Talent Team|Talent|Recruiting|Recruitment|Recruiting Team|Hiring|Hiring Team|HR|People|People Team|Careers|Human Resources|Recrutement|Reclutamiento|Recrutamento|Personalabteilung|Werving)$/;
const SEARCH_FIRM_TAIL =
  /^ (?:executive search|search|headhunting|personalberatung|recrutamento|reclutamiento|selecci[oó]n|sele[cç][aã]o|selezione|werving(?: (?:&|en) selectie)?|staffing)$/iu;
const STEP_AFTER =
  /\s+(?:Interview|Interviews|Entretien|Entrevista|Colloquio|Gespräch|Gesprek|Invitation|Einladung|Uitnodiging|Virtual|Onsite|On-site)$/u;

// No i flag, no \b: a plain list of strings is the engine's fastest case.
const PLACING =
  /\b(?:put you forward|putting you forward|submit you|submitting you|present you to|represent you|candidate registration|(?:pour|sur) (?:le|ce) mandat|vous présenter (?:à|au)|vous proposer (?:à|au)|te presento|ti presento|ti propongo|u voorstellen|je voorstellen|Sie (?:bei|unserem) \w+ vorstellen)\b/i;

// The interviewing firm spoken of in the third person, or labelled as the client.
const THIRD_PARTY =
  /\b(?:their|leur|leurs|hun|loro|deles|delas|(?:[Cc]lient|[Cc]liente|[Kk]unde|[Kk]lant|[Oo]pdrachtgever|[Mm]andant)\s*:)|'s (?:talent|hiring|people|HR|recruiting) team\b| (?:has|have) confirmed your\b/;

// A firm's own recruiting function signs with its name ("Aldergrove Group Talent Acquisition").
const IN_HOUSE_TEAM = /\b(?:Talent Acquisition|Talent Team|Recruiting Team|Recruitment Team)$/u;
const NOT_AN_AGENCY =
  /\b(?:we are|we're) not an? (?:recruitment|recruiting|staffing|search) (?:agency|firm|company)|nous ne sommes pas un cabinet de recrutement|no somos una (?:agencia|consultora) de (?:seleccion|selección|reclutamiento)|wir sind keine personalberatung|non siamo (?:un'agenzia|una società) di selezione|wij zijn geen (?:wervingsbureau|recruitmentbureau)|não somos uma (?:agência|consultoria) de recrutamento/i;

// "votre premier entretien … avec notre client": the interview is with the writer's client, so
// the writer's firm is a go-between whatever its name.
const WITH_OUR_CLIENT =
  /\b(?:colloquio|entretien|entrevista|interview|gesprek|gespräch|vorstellungsgespräch|intervista)\b(?:[^.\n]|\d\.){0,80} (?:con il nostro|con nuestro|avec notre|with our|mit unserem|met onze|com o nosso|com nosso) (?:cliente|client|kunden|klant|opdrachtgever|mandant)\b/iu;

const OUR_PREMISES =
  /\b(?:at|in|to) our (?:[\w-]+ ){0,2}(?:office|offices|headquarters|HQ|campus|studio|plant)\b/;

const INTRO_WORD =
  / via | through |hanks to |ntroduced |eferred |intermédiaire |através |tramite |por medio |über /;

// "Recruiting, Vossberg Consulting": the firm's own recruiting team signs, so a client it mentions
// (a case study's "medtech client") is not whom it hires for.
const OWN_RECRUITING =
  /(?:^|\n)\s*(?:Recruiting|Recruitment|Talent Acquisition|Human Resources|HR|People)(?: Team)?(?:,| [|–—-]) /g;

function ownRecruiting(firm: string, text: string): boolean {
  const tail = text.slice(-600);
  OWN_RECRUITING.lastIndex = 0;
  for (let m = OWN_RECRUITING.exec(tail); m; m = OWN_RECRUITING.exec(tail))
    if (tail.startsWith(firm, m.index + m[0].length)) return true;
  return false;
}

const EQUAL_OPPORTUNITY = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(?:The )?(${NAME})(?:,? (?:Inc|LLC|Ltd|plc|Corp)\.?)?,? (?:is|are) (?:an? )?(?:proud )?[Ee]qual[- ][Oo]pportunit(?:y|ies) [Ee]mployer`,
  "u",
);

function equalOpportunityEmployer(hay: string): string | null {
  if (!hay.includes("pportunit")) return null;
  const name = EQUAL_OPPORTUNITY.exec(hay)?.[1];
  return name && name.length >= 3 && !notOrgPhrase(name) ? firmName(name) : null;
}

// A word of four letters or more in both names: a group and its firm ("Farmacias Solana", "Grupo Solana").
function sharesWord(a: string, b: string): boolean {
  const words = new Set(
    fold(b)
      .split(/[\s&-]+/)
      .filter((w) => w.length >= 4),
  );
  return fold(a)
    .split(/[\s&-]+/)
    .some((w) => words.has(w));
}

// A post named before its title: "the position of", "per la posizione di", "für die Stelle als".
const POST_WORD = String.raw`(?:${POST_WORDS})(?: (?:of|di|de|del|da|als|van|for|como|as))?(?: (?:an?|un|une|una|um|uma|een|eine?|the|le|la|el|il|o|a|de|het))?`;

const POST_BEFORE = new RegExp(`${POST_WORD} $`, "iu");

// Whether `name` is the writer's own firm, as settleAgency's go-between rules ask: the domain
// spells it, or spells it less a generic last word ("Scheldewerk Consultancy" from scheldewerk.be).
const WRITER_TAIL = / (?:Consultancy|Consulting|Advisory|Partners|Group|Associates)$/u;

function spellsWithTail(name: string, label: string): boolean {
  return (
    spellsDomain(name, label) ||
    (WRITER_TAIL.test(name) && spellsDomain(name.replace(WRITER_TAIL, ""), label))
  );
}

/**
 * How often the body writes `name` as a word, and how often right after a word for a post ("per
 * la posizione di <name>"). (A post is as often written in lower case in a sentence: "la
 * posizione di tornitore CNC".)
 */
function postMentions(name: string, body: string): { seen: number; asPost: number } {
  let seen = 0;
  let asPost = 0;
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  for (const written of lower === name ? [name] : [name, lower])
    for (let i = body.indexOf(written); i >= 0; i = body.indexOf(written, i + written.length)) {
      if (isWordUnit(body, i - 1)) continue;
      seen++;
      if (POST_BEFORE.test(body.slice(Math.max(0, i - 40), i))) asPost++;
    }
  return { seen, asPost };
}

/** Whether the body names `name` right after a word for a post, at least once. */
const namedAsPost = (name: string, body: string): boolean => postMentions(name, body).asPost > 0;

/**
 * Whether every time the body writes `name` (once at least), a word for a post comes before it:
 * "Gouvernante" read from "Votre candidature – Gouvernante générale" is the post "au poste de
 * Gouvernante générale". (The body must write it: "Your application – Fabrikam" names the firm.)
 */
function onlyNamedAsPost(name: string, body: string): boolean {
  const { seen, asPost } = postMentions(name, body);
  return seen > 0 && asPost === seen;
}

/** Whether the body speaks of `name` as a firm: its team ("<name>' hiring team") or department ("der <name>"). */
function spokenOfAsFirm(name: string, body: string): boolean {
  return (
    body.includes(`${name}'`) ||
    body.includes(`${name}’`) ||
    ["der ", "des ", "de la ", "della ", "of "].some((before) => body.includes(`${before}${name}`))
  );
}

function sameStem(a: string, b: string): boolean {
  const first = compact(a.split(" ")[0] ?? "");
  return first.length >= 4 && first === compact(b.split(" ")[0] ?? "");
}

/** Every word of the agency but its recruiting word is a word of the company's name. */
function sameFirmTeam(company: string, agency: string): boolean {
  const rest = fold(agency.replace(AGENCY_NAME, " ")).split(/\s+/).filter(Boolean);
  if (rest.length === 0) return false;
  const words = new Set(fold(company).split(/[\s&]+/));
  return rest.every((w) => w === "&" || words.has(w));
}

export interface Vetted {
  company: string | null;
  agency: string | null;
  /** Why the readings changed, for the pane's evidence list. */
  notes: string[];
}

/** The readings as they are settled, rule by rule. */
interface Readings {
  company: string | null;
  agency: string | null;
  notes: string[];
}

/** The readings after the first look, with what it read on the way. */
interface FirstLook extends Readings {
  /** The company reading turned down as a person or a phrase. */
  rejected: string | null;
  hay: string;
  senderLabel: string | null;
}

/** What the rules read from the mail, read once. */
interface Context {
  input: VetInput;
  /** The subject and the first 6,000 characters of the text. */
  hay: string;
  /** The sender's registrable domain label ("contoso"). */
  senderLabel: string | null;
  /** Names of people in the mail, folded: the owner and those whose mailbox spells their name. */
  people: Set<string>;
  /** The closing lines. */
  tailText: string;
  clientWord: boolean;
  /** A recruiting word in the closing lines. */
  recruitingWords: boolean;
  /** The firm the writer signs for, when its answer can change something. */
  sig: ReturnType<typeof signatureFirm>;
  /** The mail speaks of a client. */
  forClient: boolean;
  /** The writer puts candidates forward ("before I put you forward"); looked for on first ask. */
  placing: () => boolean;
  /** The company reading the first look turned down. */
  rejected: string | null;
  /** The firms the text writes with a legal form; read on first ask. */
  registered: () => string[];
  /** Someone other than the owner sent it (the owner's own mail is signed by the owner's employer). */
  fromOthers: boolean;
}

export function vetParties(input: VetInput): Vetted {
  const first = firstLook(input);
  const c = contextOf(input, first);
  const r: Readings = { company: first.company, agency: first.agency, notes: first.notes };
  settleAgency(r, c);
  fillGap(r, c);
  // The owner's own note naming the step and the firm ("Final round - Ashgrove Capital", "Priya
  // Nair - recruiter, Quillfeather Health") says more than a word read from its subject ("Call w/
  // Priya") or a capitalised line ("Per Teams – Link …").
  // (Only over a weak reading: none, one word, or a phrase opened by a preposition; and never the
  // agency's own name cut short, "w/ Quillon Talent".)
  const held = ownHold(input);
  const weak =
    !r.company ||
    !r.company.includes(" ") ||
    notOrgPhrase(r.company) ||
    /^(?:Per|Via|Por|Par|Op|Met|Mit|Con|Com|By|On|Über) /u.test(r.company);
  if (held && weak && r.company !== held && !(r.agency && compact(r.agency).startsWith(compact(held))))
    r.company = held;
  if (!r.agency) r.agency = holdAgency(input, r.company);
  ownTeams(r, c);
  finish(r, c);
  // "VP, People | Bluefin Staffing", "Leiter Personal | Brightpath Talent GmbH": a staffing firm's
  // own head of people, hiring for the firm itself: the firm is the employer, not an agency.
  if (r.agency && !r.company && ownHrHead(r.agency, input.text)) {
    r.company = r.agency;
    r.agency = null;
  }
  // A public body or foundation read short ("Fundación Sierra Madre", "IWKN") is named in full
  // where the mail writes it so; one that only signs its long name is still the employer (not
  // in the owner's own mail, where the owner's employer signs).
  const { fromOthers } = c;
  // A small firm's name with its family tail ("Boulangerie Gagnon et Fils") or its sector
  // ("Produits forestiers …") is completed the same way; one signing only under the writer's
  // phone number is the employer too.
  const titled = `${input.subject}\n${input.text}`;
  if (r.company)
    r.company = sectorOpened(fullFamilyName(fullerInstitution(r.company, input.text), titled), titled);
  else if (!r.agency && fromOthers)
    r.company =
      signedInstitution(input.text, input.sender?.address ?? "") ??
      signedUnderPhone(input.text, input.sender?.name ?? "");
  // An official letter names its body on its first line, over a sender's name or an acronym
  // (and a department on that line, "Geschäftsbereich Personal", is no agency).
  const firstLine = input.text.trimStart().split("\n", 1)[0] ?? "";
  const head = fromOthers ? letterhead(firstLine) : null;
  if (head && r.agency && firstLine.includes(r.agency)) r.agency = null;
  if (head && !r.agency && !(r.company && compact(r.company).includes(compact(head))))
    r.company = head.replace(LEGAL_TAIL, "") || head;
  // ("Bureau Kompas Detachering" signs with the word that opens its name.)
  if (r.agency) r.agency = openedName(r.agency, input.text);
  return r;
}

const CLIENT_WORDS = new KeywordScan({ after: HIRING_CLIENT_WORDS.after });

const OFFICER =
  /^(?:CEO|CTO|CFO|COO|CIO|CISO|CPO|CMO|CRO|CHRO|CDO|MD|GM|VP(?: [\p{L} &]+)?|SVP(?: [\p{L} &]+)?)$/u;
const POSSESSED =
  /^ (?:(?:senior|new|own) )?(?:vp|svp|evp|ceo|cto|cfo|coo|cpo|head|director|manager|hiring|recruit\w*|talent|people|hr|founders?|lead|chief|team|engineering|product)\b/i;

const SITE_AFTER = /^ (?:campus|site|office|offices|plant|branch|location|facility|store|depot|hub)\b/;

/**
 * "with Dayton Freight's VP Ops", "Woodgrove Bank's CIO": the firm before one of its people or
 * teams, whether the reading stopped at the possessive or ran on into the title. (A one-word brand,
 * "Macy's", keeps its possessive.)
 */
function possessor(company: string, hay: string): string {
  const stopped = /^\S+ \S.*['’]s$/u.test(company);
  if (stopped) {
    const at = hay.indexOf(company);
    return at >= 0 && POSSESSED.test(hay.slice(at + company.length, at + company.length + 30))
      ? company.slice(0, -2)
      : company;
  }
  const owned = /^(.+?)['’]s (.+)$/u.exec(company);
  const [, owner, title] = owned ?? [];
  if (!owner || !title) return company;
  // "Riverbend Health System's Eastside campus": the firm before one of its places.
  const at = hay.indexOf(company);
  const place = at >= 0 && SITE_AFTER.test(hay.slice(at + company.length, at + company.length + 12));
  return OFFICER.test(title) || POSSESSED.test(` ${title}`) || ROLEISH.test(title) || place ? owner : company;
}

const HR_HEAD =
  /\b(?:VP|SVP|Vice President|Head|Director|Directeur|Directrice|Directora?|Leiter(?:in)?|Leitung|Chief)\b[^\n|]{0,20}\b(?:People|Personal|HR|Human Resources|Ressources Humaines|Recursos Humanos)\b[^\n\p{L}]{0,6}$/u;

// "Recursos Humanos | Lusoverde Consultoria": a firm's own people department signing for it, alone
// on its part of the line before the firm (a recruiting firm's consultants sign with their titles).
const DEPARTMENT_BEFORE = /^\s*(.+?)\s*[|·•–—-]\s*$/u;

/** The sender's domain label written as a word of its own, in lower case, in a title or closing lines ("… – sluis9"). */
function lowerCaseBrand(subject: string, label: string): string | null {
  if (label.length < 4 || !/^[a-z][a-z0-9]+$/u.test(label)) return null;
  for (let at = subject.indexOf(label); at >= 0; at = subject.indexOf(label, at + 1)) {
    const before = subject.charAt(at - 1);
    const after = subject.charAt(at + label.length);
    if ((at === 0 || /[\s–—:|(-]/u.test(before)) && (after === "" || /[\s–—:|,.)-]/u.test(after)))
      return label;
  }
  return null;
}

// The local parts tools send from: "calendar-noreply@", "notifications@", "no-reply@".
const NO_REPLY =
  /^(?:no-?reply|do-?not-?reply|calendar|notifications?|scheduling|booking|invites?)(?:[-.+_]|$)|(?:^|[-.+_])no-?reply(?:[-.+_]|$)/u;

/** Whether `name` is a tool that sent the item: from a no-reply address, written as a web name ("Pianifica.io"). */
function bookingTool(name: string, input: VetInput): boolean {
  const address = input.sender?.address.toLowerCase() ?? "";
  if (!NO_REPLY.test(address.slice(0, address.indexOf("@")))) return false;
  const at = input.text.indexOf(`${name}.`);
  return (
    at >= 0 && /^\.(?:io|app|ai|co|com|me)\b/u.test(input.text.slice(at + name.length, at + name.length + 6))
  );
}

function ownHrHead(firm: string, text: string): boolean {
  for (let at = text.indexOf(firm); at >= 0; at = text.indexOf(firm, at + firm.length)) {
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    const before = text.slice(lineStart, at);
    const department = DEPARTMENT_BEFORE.exec(before)?.[1];
    if (HR_HEAD.test(before) || (department && hiringDepartment(department))) return true;
  }
  return false;
}

// "Hanse Personal Partner GmbH": a name the mail writes with its legal form is a firm's, whatever
// its words ("Partner" ends titles too).
const LEGAL_FORM_AFTER = new RegExp(String.raw`^,?\s+(?:${WRITTEN_FORMS})(?![\p{L}])`, "u");

function writtenAsFirm(name: string, hay: string): boolean {
  for (let at = hay.indexOf(name); at >= 0; at = hay.indexOf(name, at + name.length))
    if (LEGAL_FORM_AFTER.test(hay.slice(at + name.length, at + name.length + 12))) return true;
  return false;
}

/** The readers' company and agency, less persons and phrases; what was turned down is kept. */
function firstLook(input: VetInput): FirstLook {
  let { company, agency } = input;
  const notes: string[] = [];
  const hay = `${input.subject}\n${input.text.length > 6000 ? input.text.slice(0, 6000) : input.text}`;

  // "Tallowmere Cloud": the firm's own calendar server signing; the domain spells the firm.
  const senderLabel = domainLabel(input.sender?.address ?? "");
  agency = domainBrand(agency, senderLabel, input.sender?.address);
  // "Planification Recrutement" read as "Planification": the employer's scheduling desk; and
  // "Chiara Bassi (via Pianifica)" from calendar-noreply@pianifica.io, which signs "Pianifica.io
  // invia questo invito per conto di …": a booking tool. Neither is an agency.
  if (agency && (onlyFunctionWords(agency) || bookingTool(agency, input))) agency = null;
  if (company && bookingTool(company, input)) company = null;
  // "Kestrel Aviation Leasing," read up to its comma; "HR-afdeling Van Dijk & Zonen" read from
  // after the hyphen of the department's line above.
  if (company)
    company =
      company
        .replace(/[,;:.]+$/, "")
        .replace(
          /^[-–—]?\s*(?:afdeling|abteilung|departement|département|departamento|dipartimento)\s+(?=\p{Lu})/iu,
          "",
        )
        .trim() || null;
  // "Tailwind Freight Hiring Manager Interview": a run of capitals read up to a title keeps the
  // hiring function's word, which is no part of the firm's name.
  if (company)
    company = company.replace(/(?<=\S)\s+(?:Hiring|Recruiting|Careers|Jobs|Candidate Experience)$/u, "");
  // "Meera at Bloom" from a display name: the firm is what follows "at".
  if (company) {
    const at = /^\p{Lu}\p{Ll}+ (?:at|@|from|bei|chez) (.+)$/u.exec(company);
    if (at?.[1]) company = at[1].trim();
  }
  if (company) company = possessor(company, hay);
  // "Fachinterview Limmat Versicherungen": a step word opening the firm's name in a title.
  if (company) company = withoutStepWord(company, input, hay);
  const rejected = company;
  if (
    company &&
    !writtenAsFirm(company, hay) &&
    (personName(company, input, hay) ||
      notOrgPhrase(company) ||
      onlyInTitles(company, hay) ||
      onlyNamedAsPost(company, input.text.slice(0, 6000)) ||
      onlySentenceStart(
        company,
        input.subject,
        input.text.slice(0, 6000),
        [input.sender, ...input.attendees].map((p) => p?.address ?? ""),
      ))
  ) {
    notes.push(`'${company}' is a person or a phrase, not the company`);
    company = null;
  }
  if (agency && !writtenAsFirm(agency, hay) && (personName(agency, input, hay) || notOrgPhrase(agency))) {
    notes.push(`'${agency}' is a person or a phrase, not the agency`);
    agency = null;
  }

  return { company, agency, notes, rejected, hay, senderLabel };
}

function contextOf(input: VetInput, first: FirstLook): Context {
  const { company, agency, hay, senderLabel } = first;
  const people = new Set<string>([fold(input.ownerName)]);
  // People are the display names their own mailbox spells (sanne.visser@…), not an ATS sending
  // in a company's name.
  for (const p of [input.sender, ...input.attendees]) {
    const person = p?.name.split(/\s+(?:via|at|@|from)\s+/i)[0]?.trim() ?? "";
    const local = compact(p?.address.split("@")[0] ?? "");
    const words = person
      .split(/\s+/)
      .map((w) => compact(w))
      .filter((w) => w.length >= 3);
    // ("Nuvora Seguros" <nuvoraseguros@…>: an ATS sends in the firm's name, which is no person's.)
    if (person && local && words.some((w) => local.includes(w)) && !firmShaped(person))
      people.add(fold(person));
  }
  // The signature is read only when its answer can change something: no company yet, a client
  // mentioned, or a recruiting word in the closing lines (most mail from employers has none).
  const tailText = input.text.slice(-1500);
  // Cheap word checks first: most mail names no client and no recruiting firm.
  const clientish = clientWordIn(hay);
  const clientWord = clientish && CLIENT_WORD.test(hay);
  const recruitingWords =
    /associ|asociad|hunter|consult|consulen|recherch|selez|werving|recru|reclut|staff|search|rpo|talent|personal|cabinet|rh|berater|intercedent|sourcer|selecion|selecci|socio|sócio|conseil|interim|intérim/i.test(
      tailText,
    );
  const sig =
    !company ||
    clientWord ||
    (recruitingWords && AGENCY_NAME.test(tailText)) ||
    (recruitingWords && (AGENCY_TITLE.test(tailText) || PLACER_TITLE.test(tailText)))
      ? signatureFirm(input.text, people, [company, agency, senderLabel])
      : null;
  // (mentionsClient asks its own cheap word test first; a search firm may speak of a client
  // without the word: "a confidential search", "retained on".)
  const forClient = mentionsClient(hay);
  // A consultant's title alone marks no agency (consulting firms hire too), unless the interview
  // is with another firm, one the subject names too ("Entrevista – Grupo Alcázar Retail", "la
  // entrevista presencial con Grupo Alcázar Retail").
  if (sig && sig.agency && !forClient && !STRONG_AGENCY.test(sig.firm) && !sig.placer) {
    const other = otherFirmWith(hay, input, sig.firm);
    if (!other || !input.subject.includes(other) || !firmShaped(other)) sig.agency = false;
  }
  // Read only when a rule asks: most mail settles its parties before.
  let placingSeen: boolean | undefined;
  const placing = (): boolean => (placingSeen ??= PLACING.test(hay));
  let registeredSeen: string[] | undefined;
  const registered = (): string[] => (registeredSeen ??= legalNames(hay, input.ownerAddress));
  return {
    input,
    hay,
    senderLabel,
    people,
    tailText,
    clientWord,
    recruitingWords,
    sig,
    forClient,
    placing,
    rejected: first.rejected,
    registered,
    fromOthers: fold(input.sender?.address ?? "") !== fold(input.ownerAddress),
  };
}

/** Which firm arranged the interview and which hires: the signature, the client named, the domain. */
function settleAgency(r: Readings, c: Context): void {
  const { input, hay, senderLabel, people, tailText, clientWord, recruitingWords, sig, forClient, placing } =
    c;
  const { notes } = r;
  let { company, agency } = r;
  // "Nordhessen" from the domain signs in full as "Nordhessen Zeitarbeit".
  const inFull = (firm: string): string => (sig && sig.firm.startsWith(`${firm} `) ? sig.firm : firm);
  if (sig && !agency && company && compact(company) === compact(sig.firm) && sig.agency) {
    // The author's own firm places candidates: it is the agency, and the client is the company.
    agency = sig.firm;
    company = clientNamed(hay, sig.firm, input);
    notes.push(`${sig.firm} signs as a recruiting firm`);
  } else if (sig && !company && !agency) {
    if (sig.agency) agency = sig.firm;
    else company = sig.firm;
  } else if (
    sig &&
    !company &&
    agency &&
    !compact(sig.firm).includes(compact(agency)) &&
    !compact(agency).includes(compact(sig.firm)) &&
    !sig.agency
  ) {
    company = sig.firm;
  }
  // "my client (a Series C fintech…)": the writer's firm is the agency even when the client is unnamed.
  // ("TalentBridge" from the display name signs in full as "TalentBridge Partners".)
  if (company && !agency && clientWord && sig && compact(sig.firm).startsWith(compact(company))) {
    agency = sig.firm;
    company = clientNamed(hay, agency, input);
    notes.push(`${agency} writes about its client`);
  }
  // "Peakline Search" with "Rohan Iyer x Saffron Grid" in the title: a recruiting-named firm and
  // another employer named beside the owner; the firm is the agency.
  if (company && !agency && AGENCY_NAME.test(company)) {
    const other =
      pairedWithOwner(input, hay, company, people) ??
      clientNamed(hay, company, input) ??
      otherFirmWith(hay, input, company) ??
      actingFor(hay, company, input) ??
      affiliatedFirm(hay, company) ??
      subjectClient(input, hay, company, people) ??
      clientBrief(hay, company, input);
    if (other && compact(other) !== compact(company)) {
      agency = company;
      company = other;
    }
  }
  // "Sanne Bakker\nDe Brug Partners" from debrugpartners.nl: the writer's firm on a line of its own,
  // spelled as its domain, when nothing else was read.
  if (!company && !agency && senderLabel) company = domainSigned(input.text, senderLabel);
  // "Hoshino Games would like to go ahead … with their Head of Live Ops", signed "Bluefin Partners"
  // from bluefinpartners.jp: the writer's own firm, whatever its name, speaks of another firm as
  // the one interviewing, so it is a go-between.
  // ("Retained search on behalf of Ferrous Grid Energy" under the writer's firm, or "em nome de"
  // a name shaped like a firm's: "Prado & Meireles / em nome de Construtora Horizonte Azul S/A".)
  const actsFor = (firm: string): boolean => {
    const client = actingFor(hay, firm, input);
    return !!client && (recruitingWords || firmShaped(client));
  };
  if (
    company &&
    !agency &&
    senderLabel &&
    spellsWithTail(company, senderLabel) &&
    (THIRD_PARTY.test(hay) ||
      (recruitingWords && PLACER_TITLE.test(tailText)) ||
      // "Before I put you forward to Brightwater Health System".
      placing() ||
      actsFor(company))
  ) {
    const other = clientNamed(hay, company, input) ?? subjectClient(input, hay, company, people);
    if (other && !compact(other).includes(compact(company)) && !compact(company).includes(compact(other))) {
      // ("On behalf of Halvorsen Marine Japan", signed "Halvorsen Group": the group's own company
      // hires, and the group is no go-between.)
      if (!sameStem(other, company)) agency = inFull(company);
      company = other;
    }
  }
  // "Good news - Marrow Health liked your profile … their hiring manager wants a call", signed
  // "Account Manager | Bluestem" from bluestemgroup.com: the writer's own firm reports what another
  // firm, named in two words or more, thinks of the owner; it is the go-between.
  const writers = (firm: string): boolean =>
    spellsWithTail(firm, senderLabel ?? "") ||
    (compact(firm).length >= 4 && !!senderLabel?.startsWith(compact(firm)));
  if (company && !agency && senderLabel && writers(company)) {
    // (Only the phrases after a name, and only where their words occur: this runs on most mail
    // from employers, which names no other firm.)
    const found = CLIENT_WORDS.scan(hay.toLowerCase());
    const other = found.has("after")
      ? hiringClient(hay, company, people, fold(input.ownerName), (gate) => gate === "after")
      : null;
    if (other && other.includes(" ") && firmShaped(other) && !sameStem(other, company)) {
      agency = inFull(company);
      company = other;
    }
  }
  // "Hayashida Precision Instruments – Technical Interview" from kessler-moriyama.jp, signed
  // "Kessler & Moriyama": the writer's own firm sets up an interview its subject says is with
  // another firm, so it is the go-between, whatever its name.
  if (company && !agency && senderLabel && spellsWithTail(company, senderLabel)) {
    const other = subjectClient(input, hay, company, people);
    const body = hay.slice(input.subject.length);
    if (
      other &&
      other.includes(" ") &&
      // A firm by its shape ("… Robotics", "Grupo …"), or spoken of as one in the body: its team
      // or department ("Sakuragawa Robotics' hiring team", "Personalabteilung der Elbtal …").
      (firmShaped(other) || spokenOfAsFirm(other, body)) &&
      !notOrgPhrase(other) &&
      !titled(other) &&
      !ROLEISH.test(other.split(" ")[0] ?? "") &&
      !sharesWord(other, company) &&
      !compact(other).includes(compact(company)) &&
      !compact(company).includes(compact(other)) &&
      !personName(other, input, hay) &&
      // ("per la posizione di Architetto Software": the post, not a firm.)
      !namedAsPost(other, body)
    ) {
      agency = inFull(company);
      company = other;
    }
  }
  // "nuestro cliente es una empresa logística", signed "Norte Consultores" from norteconsultores.es:
  // the writer's own recruiting firm speaks of an unnamed client, so it is the agency.
  if (
    company &&
    !agency &&
    forClient &&
    senderLabel &&
    (AGENCY_NAME.test(company) || WITH_OUR_CLIENT.test(hay)) &&
    spellsWithTail(company, senderLabel)
  ) {
    agency = company;
    company = null;
  }
  // "Becker & Lane" from a domain signs "Becker & Lane Talent": the writer's firm in full, which
  // says it recruits.
  if (
    company &&
    !agency &&
    sig &&
    sig.firm.length > company.length &&
    sig.firm.startsWith(`${company} `) &&
    AGENCY_NAME.test(sig.firm.slice(company.length))
  ) {
    const firm = sig.firm;
    const other = clientNamed(hay, firm, input) ?? subjectClient(input, hay, firm, people);
    if (other) {
      agency = firm;
      company = other;
    }
  }
  // "before I put you forward for the roles we discussed", signed "Kanto Bridge Recruitment": the
  // writer places candidates, so its firm, written in full, is the agency (an employer's own
  // "Recruitment" team puts no one forward). So does one writing that "the client would like to
  // meet you" ("Pemberton Blake" from the domain, signing "Pemberton Blake Recruitment").
  // Read only when a rule asks: most mail settles its parties before.
  if (company && !agency) {
    // The fuller name is found by indexOf; the placing words are looked for only then.
    const full = fullerFirm(company, hay);
    if (full !== company && STRONG_AGENCY.test(full) && (clientWord || placing())) {
      agency = full;
      company = clientNamed(hay, full, input);
    }
  }
  // "Polder Werving": a firm whose name says it recruits for others is the agency.
  if (company && !agency && STRONG_AGENCY.test(company)) {
    agency = company;
    company = clientNamed(hay, agency, input);
  }
  if (agency && !company)
    company =
      clientNamed(hay, agency, input) ??
      hostFirm(hay, agency) ??
      pairedWithOwner(input, hay, agency, people) ??
      affiliatedFirm(hay, agency) ??
      subjectClient(input, hay, agency, people) ??
      clientBrief(hay, agency, input);
  // "Hollerbach Consulting" beside the agency "Hollerbach Personalberatung" in mail about a
  // client: the agency's own name again, not the client's.
  if (company && agency && forClient && sameStem(company, agency)) company = null;
  if (agency) agency = fullerFirm(agency, hay);
  r.company = company;
  r.agency = agency;
}

// Meeting services' own names, which their blocks may carry.
const MEETING_SERVICE = /\b(?:zoom|microsoft|google|cisco|webex|gotomeeting|bluejeans|ringcentral)\b/i;

/** A registered name below the meeting block, where an ATS signs for the employer. */
function footerFirm(input: VetInput): string | null {
  if (!input.footer) return null;
  return legalNames(input.footer, input.ownerAddress).find((n) => !MEETING_SERVICE.test(n)) ?? null;
}

/** No firm left: another reader fills the gap. */
function fillGap(r: Readings, c: Context): void {
  const { input, hay, people, rejected, registered } = c;
  const { notes } = r;
  let { company } = r;
  const { agency } = r;
  // A rejected reading leaves a gap: the team signing ("3Sixty Freight Talent Team") or the
  // firm the interview is with ("your interview with Ember-Sky Technologies") fills it.
  if (!company && !agency)
    company =
      pairedWithOwner(input, hay, null, people) ??
      teamSigning(hay, people) ??
      firmWith(hay, input) ??
      hostFirm(hay, null) ??
      inlineSignature(input.text) ??
      displayedFirm(input, hay, people) ??
      // "Conservas del Cantábrico, S.A." in the text: a firm writing its registered name.
      registered()[0] ??
      // …or below the meeting block, where an ATS signs for the employer.
      footerFirm(input) ??
      // "Intro call – Harbourline Insurance Graduate Program": the subject segment after the rejected one.
      ownHold(input) ??
      // One capitalised word there is as often an ordinary one ("Remote", "Mandat").
      (rejected ? subjectClient(input, hay, rejected, people, true) : null);
  // With only the agency read, its client: one it names ("I'm recruiting a … for Meridian Water"),
  // or the one other firm the mail writes with its legal form ("Ich habe mit der Nordlicht Energie
  // GmbH gesprochen").
  if (!company && agency) {
    const key = compact(agency);
    const others = registered().filter((n) => !compact(n).includes(key) && !key.includes(compact(n)));
    company = clientNamed(hay, agency, input) ?? (others.length === 1 ? (others[0] ?? null) : null);
  }
  if (company !== rejected && company && rejected) notes.push(`company named: ${company} (not ${rejected})`);
  r.company = company;
}

/** An employer's own recruiting team, an introducing agency, a consultancy hiring for itself. */
function ownTeams(r: Readings, c: Context): void {
  const { input, hay, sig, forClient, placing } = c;
  const { notes } = r;
  let { company, agency } = r;
  // The employer writes and names the recruiting firm that introduced the owner.
  // Introductions come first in a mail: only its opening is read.
  if (company && !agency) {
    const opening = hay.slice(0, 1500);
    if (INTRO_WORD.test(opening) && AGENCY_NAME.test(opening)) agency = introducedBy(opening, company, input);
  }
  // "Maplecrest Consulting Recruiting" with no other firm: the employer's own recruiting team.
  if (agency && !company) {
    const team = /^(.+?) (?:Recruiting|Recruitment|Talent Acquisition|Careers|Hiring)$/u.exec(agency)?.[1];
    // One word ("Lanternpoint Recruiting") is as often an agency's name, unless the writer hosts
    // the interview at its own premises.
    if (
      team &&
      (team.includes(" ") || OUR_PREMISES.test(hay)) &&
      !forClient &&
      !AGENCY_NAME.test(team) &&
      !placing()
    ) {
      company = team;
      agency = null;
    }
  }
  // "we are not a recruitment agency – we build the software that agencies use": the writer's
  // firm, whatever its name says, is the employer.
  if (agency && !company && NOT_AN_AGENCY.test(hay)) {
    company = agency;
    agency = null;
  }
  // "Executive Recruitment", "Professional Recruitment": a department named by its function.
  if (agency && genericAgency(agency)) agency = null;
  // The writer signs for a firm named for recruiting that is not the hiring company: the agency.
  // ("Crewline Talent Systems" signing for "Crewline": the company's own name in full, which a
  // kind of firm ends, where a team's name would end in its function.)
  if (!agency && company && sig && AGENCY_NAME.test(sig.firm) && compact(sig.firm) !== compact(company)) {
    if (!sig.firm.startsWith(`${company} `)) agency = sig.firm;
    else if (firmShaped(sig.firm) && !OWN_TEAM.test(sig.firm.slice(company.length))) company = sig.firm;
  }
  // A consultancy hiring for itself: no client mentioned, so the only firm named is the employer.
  if (
    !company &&
    agency &&
    (!forClient || ownRecruiting(agency, input.text)) &&
    !STRONG_AGENCY.test(agency) &&
    !AGENCY_NAME.test(agency) &&
    !MARKETPLACES.test(agency)
  ) {
    company = agency;
    agency = null;
  }
  // "Blue Harbor Insurance is an equal opportunity employer": the footer names the employer
  // outright, ahead of a department read from an interviewer's title ("Claims Analytics").
  // With an agency present the statement is as often the agency's own, so it is not read then.
  const employer = agency ? null : equalOpportunityEmployer(hay);
  if (
    employer &&
    !(
      company &&
      (compact(employer).includes(compact(company)) || compact(company).includes(compact(employer)))
    ) &&
    !AGENCY_NAME.test(employer) &&
    !STRONG_AGENCY.test(employer)
  ) {
    notes.push(`${employer} names itself the employer`);
    company = employer;
  }
  r.company = company;
  r.agency = agency;
}

/** The names as the mail writes them: team suffixes, brands, legal forms, "on behalf of". */
function finish(r: Readings, c: Context): void {
  const { input, hay, senderLabel, recruitingWords, registered, fromOthers } = c;
  let { company, agency } = r;
  // "Rheinwerk Logistik Personalabteilung", "Göta Kanal Fastigheter Rekrytering": the firm's HR team.
  if (company) company = company.replace(TEAM_SUFFIX, "").trim() || company;
  // "Fourth Coffee's APAC Head of Digital", read after the first look: the firm is the possessor.
  if (company) company = possessor(company, hay);
  // "CSM" for "Coral Sea Mutual (CSM)": the name the acronym stands for.
  if (company) company = spelledOut(company, hay) ?? company;
  company = domainBrand(company, senderLabel, input.sender?.address);
  if (company && senderLabel) company = signedShort(company, senderLabel, input.text);
  if (company) {
    const short = company;
    company = fullerCompany(company.replace(/["'’”»)\]]+$/u, ""), hay);
    // "KAM" from a subject, written out as "Key Account Manager": the acronym was a job title.
    if (company !== short && notOrgPhrase(company)) {
      r.notes.push(`'${short}' stands for a job title ('${company}'), not the company`);
      company = null;
    }
  }
  if (company) company = withoutLeadingStep(company);
  // "Brenner Treuhand GmbH Wirtschaftsprüfungsgesellschaft": a legal form inside the name ends it;
  // the long word after it says what kind of firm it is.
  if (company) company = company.replace(/ (?:GmbH|AG|SE|KG|mbH)(?: [&+] Co\.? KG)? \p{Lu}\p{Ll}{7,}$/u, "");
  // "bei den Stadtwerken Talheim": German declines the name after "den"; the firm is "Stadtwerke".
  // "Lakshmi Agro Foods (via Greenhouse", "- Hamburger Hafenlicht": an unclosed bracket's tail or a
  // leading dash read with the name is no part of it.
  if (company)
    company =
      company
        .replace(/^Stadtwerken(?= )/u, "Stadtwerke")
        .replace(/\s*\([^()]*$/u, "")
        .replace(/^[-–—•·|:,\s]+/u, "") || null;
  if (company) company = registeredName(company, registered(), hay);
  // "Vireval Énergies – une société du Groupe Vireval": the group's firm that hires.
  if (company) company = hiringSubsidiary(company, hay) ?? company;
  if (company && senderLabel)
    company = spelledBefore(spelledInFull(company, senderLabel, hay), senderLabel, hay);
  // "Technisch interview – sluis9" from sluis9.be: a brand written in lower case, as its domain,
  // in the title, where the readers (who look for capitals) found no name the title holds.
  // ("Technical Recruiter, orbit9" in the closing lines, where nothing else named a firm.)
  if (!agency && senderLabel && !(company && input.subject.includes(company))) {
    const brand =
      lowerCaseBrand(input.subject, senderLabel) ??
      (company || !fromOthers ? null : lowerCaseBrand(input.text.slice(-300), senderLabel));
    if (brand) company = brand;
  }
  // "Stratus One India Pvt Ltd" on behalf of whom the agency writes; "Stratus One" elsewhere.
  if (company) company = brandName(company.replace(LEGAL_TAIL, "") || company, hay);
  // The recruiting firm signs on a line of its own under the consultant's name.
  if (company && !agency && recruitingWords && senderLabel)
    agency = signedAgency(input.text, company, senderLabel);
  // "Hofstad Werving & Selectie" closing a headhunter's approach about an unnamed client: with no
  // firm read at all, the recruiting firm the sender's domain spells is the agency.
  else if (!company && !agency && recruitingWords && senderLabel)
    agency = signedAgency(input.text, null, senderLabel);
  // "M&T Talent | Data & Analytics Recruitment" from mttalent.com.au: of two recruiting names on
  // the signing line, the one the domain spells is the firm, the other its practice.
  else if (agency && senderLabel && !compact(agency).startsWith(senderLabel.split("-")[0] ?? "")) {
    const signed = signedAgency(input.text, company, senderLabel);
    if (signed && input.text.split("\n").some((l) => l.includes(signed) && l.includes(agency ?? "")))
      agency = signed;
  }
  // "Tallgrass Mutual Talent Acquisition" beside "Tallgrass Mutual": the employer's own team (and
  // any firm's "Talent Acquisition" is its own, a group's recruiting for its companies included).
  // ("The Quayside Payments Recruiting Team" signing for "Quayside Payments" too.)
  const team = agency?.replace(/^The /u, "");
  if (
    company &&
    team &&
    ((team.startsWith(`${company} `) && OWN_TEAM.test(team.slice(company.length))) ||
      IN_HOUSE_TEAM.test(team))
  )
    agency = null;
  // "Vértice" in the title beside "Vértice Executive Search" signing: the search firm's short name,
  // not a client it names.
  else if (
    company &&
    agency &&
    agency.startsWith(`${company} `) &&
    SEARCH_FIRM_TAIL.test(agency.slice(company.length))
  )
    company = null;
  // "Meridian Talent Solutions on behalf of Halcyon Foods" signing: the agency and its client.
  const behalf = agency ? ON_BEHALF.exec(agency) : null;
  if (agency && behalf && behalf.index > 0) {
    const client = behalf[1] ? firmName(behalf[1]) : null;
    agency = agency.slice(0, behalf.index).trim();
    if (!company && client) company = client;
  }
  // "Lemanic Talent Sàrl": the agency's name ends before its legal form, as the company's does.
  // ("Via Oranjeborg Recruitment – Mark belt daarna": the note's "via" opened the sentence.)
  if (agency)
    agency =
      agency
        .replace(LEGAL_TAIL, "")
        .replace(/^(?:Via|Through|Über|Tramite|Através da|Através do) (?=\p{Lu})/u, "") || agency;
  // "Wingtip Toys Interview": a step word read with the firm's name from a title.
  if (company) company = company.replace(STEP_AFTER, "") || company;
  // "The Harlow & Kent Company" with "Kent Company Recruiting": one firm's recruiting team, not an agency.
  // Word by word: "Selezione Arno" is not part of "Ceramiche Valdarno".
  if (
    company &&
    agency &&
    compact(company).includes(compact(agency.replace(AGENCY_NAME, ""))) &&
    sameFirmTeam(company, agency)
  )
    agency = null;
  r.company = company;
  r.agency = agency;
}
