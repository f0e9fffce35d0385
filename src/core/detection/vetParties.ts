import { compact, fold } from "./fold";
import { MARKETPLACES, ROLEISH, STOP_CAPS } from "./orgWords";
import type { Party } from "./readParties";

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

export interface VetInput {
  company: string | null;
  agency: string | null;
  subject: string;
  /** The author's own words (quoted history removed). */
  text: string;
  sender: Party | null;
  attendees: Party[];
  ownerName: string;
}

export interface Vetted {
  company: string | null;
  agency: string | null;
  /** Why the readings changed, for the pane's evidence list. */
  notes: string[];
}

const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*(?: (?:\p{Lu}[\p{L}\p{N}'’&-]*|\d+\p{L}*|&|de|du|des|del|van|von|y|e|et|und|and|of)){0,4}`;

const GREETING =
  /^(?:hi|hey|hello|dear|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|cher|chère|hola|estimad[oa]|querid[oa]|olá|ola|prezad[oa]|car[oa]|gentile|ciao|buongiorno|beste|geachte|beste)$/i;

const HONORIFIC =
  /^(?:mr|mrs|ms|miss|dr|sr|sra|srta|mme|mlle|herr|frau|ing|dott|dott\.ssa|sig|sig\.ra|dhr|mevr|prof)\.?$/i;

/** Verbs a calendar or booking tool writes right after the person who acts. */
const PERSON_ACTS =
  /^ (?:would like to invite|has invited|invited you|is inviting|has booked|booked|updated the|has updated|has scheduled|scheduled|has cancel|cancelled|canceled|wrote|a écrit|schrieb|escribió|escreveu|ha scritto|schreef|vous invite|lädt sie|le invita|te invita|convida|nodigt)/i;

/** Words that make up interview, calendar and status phrases, never a company name on their own. */
const NOT_ORG_WORD =
  /^(?:kennismakingsgesprek|sollicitatiegesprek|vorstellungsgesprach|vorstellungsgespräch|bewerbungsgesprach|bewerbungsgespräch|morgen|demain|mañana|manana|amanhã|amanha|domani|today|tomorrow|heute|hoy|hoje|oggi|vandaag|cancel|reschedule|confirm|accept|decline|join|kennenlernen|bate-papo|invito|convite|sde|swe|sre|you've|you're|we've|we're|i'm|it's|that's|let's|we'll|you'll|you’ve|you’re|we’ve|we’re|rallly|nextcloud|kolab|roundcube|suitecrm|horilla|sentrifugo|odoo|calendly|greenhouse|lever|workday|teamtailor|workable|personio|recruitee|smartrecruiters|ashby|goodtime|gauzy|python|java|javascript|typescript|sql|excel|kotlin|swift|react|aws|azure|gcp|spark|dbt|tableau|sap|figma|jira|she|he|they|we|il|elle|ella|ele|lei|zij|hij|er|conferma|confirmacion|confirmación|confirmação|confirmacao|bestatigung|bestätigung|bevestiging|cfo|ceo|cto|coo|fallstudie|case|casestudy|teil|part|parte|outlook|google|gmail|office|microsoft|apple|ical|icalendar|calendar|sie|ihr|ihre|usted|vous|directora|director|directeur|directrice|direttore|diretor|diretora|suitecrm|drh|rrhh|pdg|dg|ad|ceo's|hrbp|poste|puesto|vaga|stelle|posizione|functie|rol|role|ruolo|ultimo|ultima|step|zoom|teams|meet|webex|skype|hangouts|calendly|gotomeeting|whereby|jitsi|people|culture|talent|recruiting|recruitment|human|resources|careers|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|apac|emea|latam|amer|americas|dach|nordics|benelux|founder|co-founder|cofounder|ceo|cto|coo|cfo|president|owner|acquisition|services|department|partner|partners|operations|technology|engineering|finance|sales|marketing|product|data|it|legal|delivery|sr|jr|senior|sênior|junior|lead|principal|live|coding|code|system|design|catch-up|catchup|catch|up|confidential|stage|etape|étape|termineinladung|einladung|invitation|invite|cloud|accepted|declined|tentative|updated|reminder|round|final|technical|technique|técnica|tecnica|technische|panel|meeting|call|chat|screen|screening|intro|introductory|event|booking|appointment|rendez-vous|entretien|entrevista|colloquio|gesprek|gespräch|interview|next|steps?|quick|first|second|third|onsite|on-site|virtual|video|phone|hr|discussion|conversation|session|assessment|case|study|presentation|take-home|pairing|pair|programming|debrief|sync|follow-up|follow|check-in|new|time|proposed|confirmed|confirmation|update|request|schedule|scheduled|rescheduled|cancelled|canceled|hold|tbc|tbd|and|&|the|with|of|de|–|-|\/|\|)$/i;

/** Titles of people who place candidates with clients. */
const AGENCY_TITLE =
  /(?<![\p{L}])(?:consultant[e]?|consultora?|consulente|conseill(?:er|ère)|berater(?:in)?|headhunter|head-hunter|associé|associée|socio|sócio|recruitment consultant|talent consultant|search consultant|personalberater(?:in)?|executive search|intercedent|sourcer|talent partner|selecionador[a]?|seleccionador[a]?|selezionatore|selezionatrice)(?![\p{L}])/iu;

/** Titles that only someone placing candidates with clients carries. */
const PLACER_TITLE =
  /(?<![\p{L}])(?:recruitment consultant|search consultant|talent consultant|headhunter|consultor[a]? de (?:recrutamento|recrutamento e seleção|selección|seleccion|reclutamiento)|conseill(?:er|ère) en recrutement|consultant(?:e)? en recrutement|consulente (?:di|per la) selezione|personalberater(?:in)?|personaldienstleister|intercedent|wervingsconsulent)(?![\p{L}])/iu;

/** Firm names that say the firm finds people for others. */
const AGENCY_NAME =
  /(?<![\p{L}])(?:associates|associés|asociados|associados|associati|hunters?|headhunters?|consultores|consultants|consulenti|selezione|werving|recrutamento|reclutamiento|recrutement|recruitment|recruiting|staffing|search|rpo|talent|talents|talento|talentos|seleccion|selección|selecao|seleção|selectie|personalberatung|personaldienstleistung|cabinet|rh|rrhh)(?![\p{L}])/iu;

const CLIENT_NAMED = new RegExp(
  String.raw`\b(?:(?:the|our|my|le|notre|mon|el|nuestro|mi|o|nosso|meu|il|nostro|mio|der|unser|mein|de|onze|mijn) )?(?:client[e]?|cliente|kunde|klant|opdrachtgever|mandant)[,:]? (?:(?:the|la|le|el|il|die|der|de|het|o|a) )?(${NAME})`,
  "u",
);
const CLIENT_WORD =
  /\b(?:(?:my|our) client|notre client|mon client|nuestro cliente|mi cliente|nosso cliente|meu cliente|il nostro cliente|il mio cliente|unser(?:em)? kunden?|unser(?:em)? mandanten?|onze (?:klant|opdrachtgever))\b/i;
const ON_BEHALF = new RegExp(
  String.raw`\b(?:on behalf of|au nom de|pour le compte de|im auftrag von|en nombre de|em nome de|per conto di|namens) (?:the )?(${NAME})`,
  "u",
);
const CLIENT_MENTION = /\b(?:client[e]?|clients|cliente|kunde|kunden|klant|opdrachtgever|mandant\w*)\b/i;
/** Firm names that only a recruiting firm carries. */
const STRONG_AGENCY =
  /\b(?:headhunters?|hunters|selezione|werving|recrutamento|reclutamiento|recruitment|recruiting|staffing|rpo|executive search|personalberatung|personaldienstleistung)\b/i;
// "Pinecrest Bank would like to meet you", "Cantieri Bellaria desidera incontrarla".
const WANTS_TO_MEET = new RegExp(
  String.raw`(?:^|[-–:,.!]\s+|\n|\b(?:la|le|el|il|die|der|de|het|o|a|l') )(${NAME}) (?:would like to|wants? to|is keen to|are keen to|has asked to|loved|liked|aimerait|souhaite|veut|voudrait|möchte|will|quiere|quer|gostaria|vuole|desidera|wil|wilt)\b`,
  "u",
);
// "I've let the team at Cardinal Mutual know", "l'équipe de X", "het team van X".
const TEAM_AT = new RegExp(
  String.raw`\b(?:(?:hiring |recruiting )?team at|people at|folks at|l'équipe (?:de|d')|el equipo de|o time (?:da|do|de)|het team van|il team di|das Team (?:von|bei)) (?:the )?(${NAME})`,
  "u",
);
const STEP_WITH = new RegExp(
  String.raw`\b(?:interview|entrevista|entretien|colloquio|gesprek|gespräch|gesprach|call|meeting|conversation|chat)(?: (?:técnica|tecnica|técnico|technique|tecnico|technical|final|finale|inicial|initial|first|primera|primo|premier|erstes|eerste))? (?:con|with|avec|mit|met|com|bij|chez|presso|at)(?: (?:the|la|le|el|il|der|die|de|het|o|a))? (${NAME})`,
  "u",
);

export function vetParties(input: VetInput): Vetted {
  let { company, agency } = input;
  const notes: string[] = [];
  const hay = `${input.subject}\n${input.text.length > 6000 ? input.text.slice(0, 6000) : input.text}`;

  // "Kestrel Aviation Leasing," read up to its comma.
  if (company) company = company.replace(/[,;:.]+$/, "").trim() || null;
  // "Meera at Bloom" from a display name: the firm is what follows "at".
  if (company) {
    const at = /^\p{Lu}\p{Ll}+ (?:at|@|from|bei|chez) (.+)$/u.exec(company);
    if (at?.[1]) company = at[1].trim();
  }
  const rejected = company;
  if (company && (personName(company, input, hay) || notOrgPhrase(company) || onlyInTitles(company, hay))) {
    notes.push(`'${company}' is a person or a phrase, not the company`);
    company = null;
  }
  if (agency && (personName(agency, input, hay) || notOrgPhrase(agency))) {
    notes.push(`'${agency}' is a person or a phrase, not the agency`);
    agency = null;
  }

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
    if (person && local && words.some((w) => local.includes(w))) people.add(fold(person));
  }
  // The signature is read only when its answer can change something: no company yet, a client
  // mentioned, or a recruiting word in the closing lines (most mail from employers has none).
  const tailText = input.text.slice(-1500);
  // Cheap word checks first: most mail names no client and no recruiting firm.
  const clientish = /client|kunde|klant|mandant|opdrachtgever/i.test(hay);
  const clientWord = clientish && CLIENT_WORD.test(hay);
  const recruitingWords =
    /associ|hunter|consult|selez|werving|recru|reclut|staff|search|rpo|talent|personal|cabinet|rh|berater|intercedent|sourcer|selecion|seleccion|socio|sócio|conseil/i.test(
      tailText,
    );
  const sig =
    !company ||
    clientWord ||
    (recruitingWords && AGENCY_NAME.test(tailText)) ||
    (recruitingWords && (AGENCY_TITLE.test(tailText) || PLACER_TITLE.test(tailText)))
      ? signatureFirm(input.text, people, [company, agency, domainOf(input.sender)])
      : null;
  const forClient = clientish && CLIENT_MENTION.test(hay);
  if (sig && sig.agency && !forClient && !STRONG_AGENCY.test(sig.firm) && !sig.placer) sig.agency = false;
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
  if (company && !agency && clientWord && sig && compact(sig.firm) === compact(company)) {
    agency = company;
    company = clientNamed(hay, agency, input);
    notes.push(`${agency} writes about its client`);
  }
  // "Peakline Search" with "Rohan Iyer x Saffron Grid" in the title: a recruiting-named firm and
  // another employer named beside the owner; the firm is the agency.
  if (company && !agency && AGENCY_NAME.test(company)) {
    const other =
      pairedWithOwner(input, hay, company, people) ??
      (clientish ? clientNamed(hay, company, input) : null) ??
      otherFirmWith(hay, input, company);
    if (other && compact(other) !== compact(company)) {
      agency = company;
      company = other;
    }
  }
  // "Polder Werving": a firm whose name says it recruits for others is the agency.
  if (company && !agency && STRONG_AGENCY.test(company)) {
    agency = company;
    company = clientNamed(hay, agency, input);
  }
  if (agency && !company)
    company =
      clientNamed(hay, agency, input) ?? hostFirm(hay, agency) ?? pairedWithOwner(input, hay, agency, people);
  if (agency) agency = fullerFirm(agency, hay);
  // A rejected reading leaves a gap: the team signing ("3Sixty Freight Talent Team") or the
  // firm the interview is with ("your interview with Ember-Sky Technologies") fills it.
  if (!company && !agency)
    company =
      pairedWithOwner(input, hay, null, people) ??
      teamSigning(hay, people) ??
      firmWith(hay, input) ??
      hostFirm(hay, null) ??
      displayedFirm(input, hay, people);
  if (company !== rejected && company && rejected) notes.push(`company named: ${company} (not ${rejected})`);
  // "Executive Recruitment", "Professional Recruitment": a department named by its function.
  if (agency && genericAgency(agency)) agency = null;
  // The writer signs for a firm named for recruiting that is not the hiring company: the agency.
  if (!agency && company && sig && AGENCY_NAME.test(sig.firm) && compact(sig.firm) !== compact(company))
    agency = sig.firm;
  // A consultancy hiring for itself: no client mentioned, so the only firm named is the employer.
  if (
    !company &&
    agency &&
    !forClient &&
    !STRONG_AGENCY.test(agency) &&
    !AGENCY_NAME.test(agency) &&
    !MARKETPLACES.test(agency)
  ) {
    company = agency;
    agency = null;
  }
  // "Rheinwerk Logistik Personalabteilung", "Göta Kanal Fastigheter Rekrytering": the firm's HR team.
  if (company) company = company.replace(TEAM_SUFFIX, "").trim() || company;
  if (company) company = fullerCompany(company.replace(/["'’”»)\]]+$/u, ""), hay);
  // "The Harlow & Kent Company" with "Kent Company Recruiting": one firm's recruiting team, not an agency.
  if (company && agency && compact(company).includes(compact(agency.replace(AGENCY_NAME, "")))) agency = null;
  return { company, agency, notes };
}

// Booking tools print the host with their team: "Host: Rosie Fairbanks (Talent, Oakmere Renewables)".
const HOST_TEAM = new RegExp(
  String.raw`\((?:Talent(?: Acquisition)?|Recruiting|Recruitment|HR|People|Hiring)\s*[,|–-]\s*(${NAME})\)`,
  "u",
);

function hostFirm(hay: string, agency: string | null): string | null {
  const name = HOST_TEAM.exec(hay)?.[1];
  if (!name || (agency && compact(agency) === compact(name))) return null;
  return firmName(name);
}

const AGENCY_TAIL_WORD =
  /^(Recruitment|Recruiting|Staffing|Search|Selectie|Werving|Talent|Partners|Consulting|Consultores|Associates)\b/;

/** "Polder Werving" from a domain, written "Polder Werving & Selectie" or "Fenwick Legal Recruitment" in the mail. */
function fullerFirm(name: string, hay: string): string {
  // indexOf finds the name; only the word after it is compared.
  let tailWord: string | undefined;
  for (let at = hay.indexOf(`${name} `); at >= 0 && !tailWord; at = hay.indexOf(`${name} `, at + 1))
    tailWord = AGENCY_TAIL_WORD.exec(hay.slice(at + name.length + 1, at + name.length + 14))?.[1];
  if (tailWord && !name.endsWith(tailWord)) return `${name} ${tailWord}`;
  const at = hay.indexOf(`${name} & `);
  if (at < 0) return name;
  const more = /^ & (\p{Lu}[\p{L}'’-]+)/u.exec(hay.slice(at + name.length, at + name.length + 40))?.[1];
  return more ? `${name} & ${more}` : name;
}

const GENERIC_HEAD =
  /^(?:provider|executive|professional|medical|clinical|nursing|academic|graduate|campus|global|senior|technical|talent|people|internal|corporate|central|regional|group|it|hr|healthcare|engineering|sales|finance|legal|our|the|and|&)$/i;

function genericAgency(name: string): boolean {
  const head = name.replace(AGENCY_NAME, " ").trim().split(/\s+/).filter(Boolean);
  return head.length > 0 && head.every((w) => GENERIC_HEAD.test(w));
}

// Words that open an organisation's full name: "Waterschap Rijnland-Oost", "Bufete Sanz Olmedo".
const ORG_OPENER =
  /(?:Waterschap|Gemeente|Provincie|Bufete|Despacho|Hôtel|Hotel|Clínica|Clinique|Klinik|Kliniek|Hospital|Hôpital|Ospedale|Universidad|Université|Universität|Universiteit|Università|Universidade|Ayuntamiento|Câmara|Comune|Stadt|Kanzlei|Studio|Cabinet|Groupe|Grupo|Gruppo|Banque|Banco|Bank|Fondation|Fundación|Fundação|Stichting|Stiftung|Laboratoire|Laboratorio|Farmacia|Farmacie|Pharmacie|Apotheke|Maison|Domaine|Bodegas|Château|Cantina|Caseificio|Coöperatie|Cooperativa) $/u;

const SPELLED_OUT = /(\p{Lu}\p{Ll}+(?: (?:for|of|the|and|de|du|des|der|für|&|\p{Lu}\p{Ll}+)){1,6})/gu;

/** The name as the mail writes it in full: an opener before it, "d'Orsay" after it, or the words an acronym stands for. */
function fullerCompany(name: string, hay: string): string {
  let out = name;
  const at = hay.indexOf(name);
  if (at > 0) {
    const opener = ORG_OPENER.exec(hay.slice(Math.max(0, at - 16), at));
    if (opener && !name.startsWith(opener[0].trim())) out = `${opener[0]}${out}`;
    // "Les Jardins d'Orsay": an elided "de" and a capitalised place belong to the name.
    const tail = /^ d['’](\p{Lu}[\p{L}'’-]+)/u.exec(hay.slice(at + name.length, at + name.length + 40));
    if (tail?.[1]) out = `${out} d'${tail[1]}`;
  }
  if (/^\p{Lu}{2,5}$/u.test(name)) {
    const words = SPELLED_OUT;
    for (const m of hay.matchAll(words)) {
      const caps = (m[1] ?? "").split(" ").filter((w) => /^\p{Lu}/u.test(w));
      if (caps.map((w) => w[0]).join("") === name) return m[1] ?? out;
    }
  }
  return out;
}

/**
 * Titles that pair the owner with the employer: "Priyanka Desai x Meridian Health",
 * "Ryan Mitchell / Prairie Mutual", "Meridian Health <> Priyanka Desai".
 */
function pairedWithOwner(
  input: VetInput,
  hay: string,
  agency: string | null,
  people: Set<string>,
): string | null {
  const owner = input.ownerName.trim();
  if (!owner.includes(" ")) return null;
  const at = input.subject.indexOf(owner);
  if (at < 0) return null;
  const after = PAIR_AFTER.exec(input.subject.slice(at + owner.length))?.[1];
  const before = PAIR_BEFORE.exec(input.subject.slice(0, at))?.[1];
  for (const name of [after, before]) {
    const n = name?.replace(/\s+(?:via|for|de|di|du|del|van|von|y|e|et|und|and|of|&)$/u, "").trim();
    if (!n || (agency && compact(agency) === compact(n))) continue;
    if (people.has(fold(n)) || personName(n, input, hay) || notOrgPhrase(n)) continue;
    const firm = firmName(n);
    if (firm) return firm;
  }
  return null;
}

const PAIR_AFTER = new RegExp(String.raw`^\s+(?:x|×|<>|\/|\+|&)\s+(${NAME})`, "u");
const PAIR_BEFORE = new RegExp(String.raw`(${NAME})\s+(?:x|×|<>|\/|\+|&)\s+$`, "u");

const TEAM_SUFFIX =
  /(?<=\S \S+)\s+(?:Personalabteilung|Rekrytering|Rekrutering|Recruiting|Recruitment|Recrutement|Reclutamiento|Recrutamento|Talent Acquisition|Talent Team|Careers|Karriere|Human Resources|Personnel|HR|RH|RRHH)$/u;

function domainOf(p: Party | null): string | null {
  const host = p?.address.split("@")[1]?.toLowerCase() ?? "";
  const parts = host.split(".");
  const label =
    parts.length >= 2
      ? parts[parts.length - 2] === "co" || parts[parts.length - 2] === "com"
        ? parts[parts.length - 3]
        : parts[parts.length - 2]
      : undefined;
  return label ? label.replace(/-/g, "") : null;
}

const TEAM_LINE = new RegExp(
  String.raw`^\s*(?:[—–-]+\s*)?(?:[Tt]he )?(${NAME}) (?:Talent Acquisition|Talent Team|Talent|Recruiting(?: Team)?|Recruitment(?: Team)?|Hiring Team|People Team|People|HR(?: Team)?|Careers|Recrutement|Reclutamiento|Recrutamento|Selezione)\s*$`,
  "mu",
);

// "Cobalt Reinsurance Recruiting is inviting you to a scheduled Zoom meeting."
const TEAM_INVITES = new RegExp(
  String.raw`(?:^|[.!]\s+|\n)(?:[Tt]he )?(${NAME}) (?:Talent Acquisition|Talent Team|Recruiting(?: Team)?|Recruitment(?: Team)?|Hiring Team|People Team|HR(?: Team)?|Careers) (?:is inviting|invites|would like|has invited|has scheduled)`,
  "u",
);

function teamSigning(hay: string, people: Set<string>): string | null {
  const name = TEAM_LINE.exec(hay)?.[1] ?? TEAM_INVITES.exec(hay)?.[1];
  if (!name || people.has(fold(name))) return null;
  return firmName(name);
}

const APPLIED_WITH = new RegExp(
  String.raw`\b(?:application (?:to|with|at)|applying (?:to|at)|interview(?:s|ing)? (?:with|at)|(?:position|role|job|vacancy|opening|opportunity|round|rounds|stage|process) (?:at|with)|candidature (?:chez|à)|(?:poste|entretien) chez|candidatura (?:a|en|na|presso)|(?:puesto|vacante|entrevista) en|(?:vaga|entrevista) na|(?:posizione|ruolo|colloquio) presso|Bewerbung (?:bei|an)|(?:Position|Stelle|Gespräch) bei(?: der| dem)?|(?:functie|vacature|gesprek|rol|positie|baan) bij)(?: the)? (${NAME})`,
  "u",
);

/**
 * An ATS sends in the employer's name from its own domain ("Granite Ridge Building Products"
 * <no-reply@smartrecruiters.com>): a display name that the body writes again, that no one signs
 * or is greeted with, and that is not the tool's own name.
 */
function displayedFirm(input: VetInput, hay: string, people: Set<string>): string | null {
  const name = input.sender?.name.split(/\s+via\s+/i)[0]?.trim() ?? "";
  if (!name || name.split(/\s+/).length > 6 || people.has(fold(name))) return null;
  const host = compact(input.sender?.address.split("@")[1] ?? "");
  if (host && host.includes(compact(name))) return null;
  const body = hay.slice(hay.indexOf("\n") + 1);
  if (!body.includes(name) || personName(name, input, hay) || signs(name, hay)) return null;
  return firmName(name);
}

/** The firm the interview is with, when it is not the recruiting firm writing. */
function otherFirmWith(hay: string, input: VetInput, writer: string): string | null {
  for (const re of [APPLIED_WITH, STEP_WITH]) {
    const name = firmFrom(re.exec(hay), hay, input);
    if (name && compact(name) !== compact(writer) && !compact(name).startsWith(compact(writer))) return name;
  }
  return null;
}

function firmFrom(m: RegExpExecArray | null, hay: string, input: VetInput): string | null {
  const name = m?.[1]?.replace(/\s+(?:de|du|des|del|van|von|y|e|et|und|and|of|&)$/u, "");
  if (!m || !name || personName(name, input, hay) || notOrgPhrase(name)) return null;
  const after = hay.slice(m.index + m[0].length, m.index + m[0].length + 40);
  if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name) && /^\s*(?:,|\(|–|-)/.test(after)) return null;
  return firmName(name);
}

function firmWith(hay: string, input: VetInput): string | null {
  const m = APPLIED_WITH.exec(hay);
  const name = m?.[1]?.replace(/\s+(?:de|du|des|del|van|von|y|e|et|und|and|of|&)$/u, "");
  if (!name || personName(name, input, hay) || notOrgPhrase(name)) return null;
  const after = hay.slice(
    (m?.index ?? 0) + (m?.[0].length ?? 0),
    (m?.index ?? 0) + (m?.[0].length ?? 0) + 40,
  );
  if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name) && /^\s*(?:,|\(|–|-)/.test(after)) return null;
  return firmName(name);
}

function personName(name: string, input: VetInput, hay: string): boolean {
  const first = name.split(/\s+/)[0] ?? "";
  if (GREETING.test(first) || HONORIFIC.test(first)) return true;
  if (!/^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’]*\p{Ll})?(?:[ -]\p{Lu}[\p{L}'’]*\p{Ll})?$/u.test(name))
    return false;
  if (fold(name) === fold(input.ownerName)) return true;
  // Greeted, or signing on a line of its own after a closing.
  const at = hay.indexOf(name);
  if (at < 0) return false;
  for (let i = at; i >= 0; i = hay.indexOf(name, i + name.length)) {
    const before = hay.slice(Math.max(0, i - 20), i);
    const after = hay.slice(i + name.length, i + name.length + 40);
    if (
      /(?:^|\s)(?:hi|hey|hello|dear|hallo|bonjour|hola|olá|ciao|beste|gentile|caro|cara|querido|querida|estimado|estimada)[, ]+$/i.test(
        before,
      )
    )
      return true;
    if (name.includes(" ") && PERSON_ACTS.test(after) && signs(name, hay)) return true;
    // Booking tools list people with their part: "Greg Olsen - Organizer", "Who: Helena Sousa".
    if (
      /^\s*[-–(]\s*(?:organi[sz]er|organizador[a]?|organisat(?:eur|rice|or)|organizzat(?:ore|rice)|host|attendee|invitee|guest)\b/i.test(
        after,
      )
    )
      return true;
    if (
      /(?:who|host|with|interviewer|organi[sz]er|quien|quién|wie|chi|quem|qui|wer|invitee|attendee)\s*:\s*$/i.test(
        before,
      )
    )
      return true;
    // Signing: alone on its line, right after a closing line, with a title on the next line
    // ("Best regards,\nJana Petersen\nPeople & Culture"); a firm signs with no title under it.
    if (/\n\s*$/.test(before) && /^\s*\n/.test(after) && CLOSING.test(hay.slice(Math.max(0, i - 40), i))) {
      const next = /^\s*\n\s*([^\n]{3,80})/.exec(after)?.[1] ?? "";
      if (titled(next)) return true;
    }
  }
  return false;
}

/** The name stands alone on a line after a closing word: a person signing. */
function signs(name: string, hay: string): boolean {
  for (let i = hay.indexOf(name); i >= 0; i = hay.indexOf(name, i + name.length)) {
    const before = hay.slice(Math.max(0, i - 40), i);
    if (/\n\s*$/.test(before) && /^\s*(?:\n|$)/.test(hay.slice(i + name.length)) && CLOSING.test(before))
      return true;
  }
  return false;
}

// "Directora de Operaciones", "Head of Talent": a title with its department.
const TITLE_OF =
  /^(?:directora?|director|directeur|directrice|direttore|direttrice|diretora?|head|jefe|jefa|responsable|gerente|leiter(?:in)?|chef|cheffe|hoofd|manager|vp|vice president|coordinador[a]?|coordinatrice|coordinateur|team lead) (?:de|of|du|des|della|del|da|do|van|der|für|di)\b/i;

const CLOSING_PHRASE =
  /^(?:kind|best|warm|many|with)? ?(?:regards|wishes|thanks)|^(?:viele|beste|freundliche|herzliche|liebe) gr(?:ü|u)(?:ß|ss)e|^mit freundlichen gr|^met vriendelijke groet|^(?:bien )?cordialement|^(?:un )?saludos?|^(?:cordiali|distinti) saluti|^atenciosamente|^(?:com os )?melhores cumprimentos|^abra(?:ç|c)os?$/i;

const CLOSING =
  /(?:regards|best|cheers|thanks|thank you|bonne journée|bonne soirée|à bientôt|a bientot|bis bald|hasta pronto|até breve|a presto|tot ziens|talk soon|speak soon|all the best|warmly|sincerely|cordialement|grüße|grüßen|saludos|saudações|cumprimentos|cordiali saluti|cordialità|groet|groeten|atentamente|abraço|un saluto|bien à vous)[,!.]?\s*\n\s*$/i;

const STEP_OPENER =
  /^(?:kennenlernen|fachinterview|fachgesprach|fachgespräch|vorstellungsgespräch|vorstellungsgesprach|interview|entretien|entrevista|colloquio|gesprek|gespräch|call|chat|meeting|intro|invito|convite|einladung|uitnodiging|invitation|bate-papo|catch-up) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/iu;

/**
 * "Treasury" from "Treasury Manager role", "Ultimo" from "Ultimo step": every time the mail writes
 * the name, a job word or a step word follows it, so it is the start of a title, not a firm.
 */
function onlyInTitles(name: string, hay: string): boolean {
  let seen = 0;
  for (let i = hay.indexOf(name); i >= 0; i = hay.indexOf(name, i + name.length)) {
    if (/[\p{L}\p{N}]/u.test(hay.charAt(i - 1))) continue;
    seen++;
    const after = hay.slice(i + name.length, i + name.length + 24);
    if (!TITLE_AFTER.test(after)) return false;
  }
  return seen > 0;
}

const TITLE_AFTER =
  /^[ -](?:manager|engineer|lead|director|analyst|designer|developer|architect|specialist|officer|coordinator|consultant|partner|associate|roles?|positions?|step|stage|round|team lead|head|vp|executive|scientist|administrator|supervisor|assistant|intern)\b/i;

function notOrgPhrase(name: string): boolean {
  // "SDE III", "L5": a job level.
  if (/^\p{Lu}{2,4}(?:\s+(?:I{1,3}|IV|V|\d))$/u.test(name)) return true;
  // "Kennenlernen Lukas Brandner", "Invito Marco Neri": a step word opening a title with a person.
  if (STEP_OPENER.test(name)) return true;
  // "CFO Declan", "VP Priya": a title and a first name.
  if (/^(?:cfo|ceo|cto|coo|cmo|cio|vp|svp|evp|head|director|chair|md)\s+\p{Lu}\p{Ll}+$/iu.test(name))
    return true;
  if (name.includes(",") || /\d{4}/.test(name)) return true;
  if (CLOSING_PHRASE.test(name) || TITLE_OF.test(name)) return true;
  // "March 10", "Feb 23": a date read as a name.
  if (
    /^\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?$/u.test(name) &&
    NOT_ORG_WORD.test(name.split(" ")[0]?.replace(".", "") ?? "")
  )
    return true;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  if (words.every((w) => NOT_ORG_WORD.test(fold(w)) || NOT_ORG_WORD.test(w))) return true;
  if (words.length === 1 && STOP_CAPS.test(words[0] ?? "")) return true;
  // A job title: its last word names a job ("Clinical Pharmacist", "Account Executive").
  const last = fold(words[words.length - 1] ?? "");
  if (words.length <= 4 && JOB_NOUN.test(last) && !AGENCY_NAME.test(name)) return true;
  // "Projektmanager:in", "UX Researcher", "Field Sales": job titles and functions read from a subject.
  return words.length <= 4 && JOB_SUFFIX.test(last);
}

const JOB_NOUN =
  /^(?:engineer|developer|manager|analyst|designer|director|architect|scientist|specialist|officer|pharmacist|nurse|executive|accountant|controller|administrator|assistant|technician|advisor|adviser|associate|representative|lead|intern|coordinator|recruiter|partner|ingenieur|entwickler|développeur|developpeur|desarrollador|sviluppatore|ingegnere|ingeniero|programador|desenvolvedor|engenheiro|ontwikkelaar|analista|gerente|responsable|directeur|directrice|direttore|diretor|director)$/;

const JOB_SUFFIX =
  /(?:manager|researcher|engineer|developer|analyst|designer|coordinator|director|specialist|assistant|architect|scientist|administrator|accountant|recruiter|technician|sales|marketing|mitarbeiter|leiter|entwickler|berater|referent|beheerder|ontwikkelaar|adviseur)(?::?in(?:nen)?|\(?m\/w\/d\)?)?$/;

/** A signature line pairing a title with a firm: "Senior Consultant – Selezione Adriatica", "People Partner | Relay Logistics Ltd", "HR Business Partner, Nilgiri Biotech". */
function signatureFirm(
  text: string,
  people: Set<string>,
  known: (string | null)[],
): { firm: string; agency: boolean; placer: boolean } | null {
  // A signature is in the last lines; only those are split.
  const tail = text
    .slice(-1500)
    .split("\n")
    .slice(-14)
    .map((l) => l.trim());
  // Lines and their parts repeat (a one-part line is its own part): each string is asked once.
  const memo = new Map<string, boolean>();
  const isTitle = (t: string): boolean => {
    let v = memo.get(t);
    if (v === undefined) memo.set(t, (v = titled(t)));
    return v;
  };
  const isTitled = (n: number): boolean => {
    const l = tail[n] ?? "";
    return l.length >= 3 && l.length < 70 && isTitle(l);
  };
  const found: { firm: string; agency: boolean; placer: boolean }[] = [];
  for (let n = 0; n < tail.length; n++) {
    const line = tail[n] ?? "";
    // Agenda lines ("9:00 AM – 9:45 AM System design · Naomi Kessler") are not signatures.
    if (line.length < 3 || line.length > 90 || /\d[:.h]\d\d/.test(line)) continue;
    const parts = line.split(/\s+[|–—·•-]\s+|\s*\|\s*|\s+\(|,\s+/).map((p) => p.trim());
    // "Senior Consultant, Technology" or "Graduate Recruitment Team" on one line, the firm on the next.
    const above = n > 0 && isTitled(n - 1) ? (tail[n - 1] ?? "") : "";
    if (parts.length === 1 && !above && !FUNCTION_PREFIX.test(line)) continue;
    // Each part is asked once whether it is a title; "the others" are titled when any one is.
    const partTitled = parts.map((p) => isTitle(p));
    const titledCount = partTitled.filter(Boolean).length;
    for (let k = 0; k < parts.length; k++) {
      let part = parts[k] ?? "";
      if (!/^\p{Lu}/u.test(part)) continue;
      // "Recrutement Ardentis", "Talent Acquisition Fabrikam": the function names itself.
      const prefix = FUNCTION_PREFIX.exec(part);
      if (prefix) part = part.slice(prefix[0].length);
      const other = `${above} ${parts.filter((_, j) => j !== k).join(" ")}`;
      if (!prefix && !above && titledCount - (partTitled[k] ? 1 : 0) === 0) continue;
      const firm = firmName(part);
      if (!firm || people.has(fold(firm))) continue;
      // A consultant's title beside a firm whose name says it places people.
      const placer = PLACER_TITLE.test(other) || (AGENCY_TITLE.test(other) && AGENCY_NAME.test(firm));
      found.push({ firm, agency: AGENCY_NAME.test(firm) || AGENCY_TITLE.test(other), placer });
    }
  }
  // The firm the readers or the sender's domain already point at wins over a department line.
  const keys = known.filter((k): k is string => !!k).map((k) => compact(k));
  return (
    found.find((f) =>
      keys.some((k) => k.length >= 3 && (compact(f.firm).startsWith(k) || k.startsWith(compact(f.firm)))),
    ) ??
    found[0] ??
    null
  );
}

function titled(text: string): boolean {
  return TITLE_WORDS.test(text) || AGENCY_TITLE.test(text) || FUNCTION_LINE.test(text);
}

/** Words of job titles as signatures write them (not interview or meeting words). */
const TITLE_WORDS =
  /\b(?:manager|director|recruiter|consultant|partner|associate|specialist|coordinator|lead|head|officer|analyst|engineer|developer|designer|architect|scientist|advisor|adviser|executive|president|founder|owner|vp|ceo|cto|cfo|coo|cpo|chro|sourcer|generalist|assistant|administrator|principal|senior|sr|junior|intern|gerente|directora?|directeur|directrice|direttore|diretor|diretora|responsable|consultora?|consulente|berater(?:in)?|leiter(?:in)?|referent(?:in)?|medewerker|adviseur|beheerder|chef|cheffe)\b/i;

const FUNCTION_LINE =
  /\b(?:talent|people|recruit\w*|recrut\w*|reclut\w*|hr|rh|human resources|ressources humaines|recursos humanos|risorse umane|personal\w*|personeel\w*|careers?|hiring|graduates?|team)\b/i;
const FUNCTION_PREFIX =
  /^(?:(?:graduate |campus |technical )?(?:recruitment|recruiting|recrutement|reclutamiento|recrutamento|selezione del personale|talent acquisition|talent|people|hr|rh|careers)(?: team)?)\s+(?=\p{Lu})/iu;

const LEGAL_TAIL =
  /(?:\s+(?:inc|llc|llp|ltd|limited|corp|plc|gmbh|ag|sa|sas|sarl|sl|srl|spa|s\.r\.l|s\.p\.a|bv|b\.v|nv|pvt|pte|pty|ltda|lda|vzw|asbl|oy|ab)\.?)+$/i;

const FIRM_ONLY = new RegExp(`^(?:(?:[Tt]he) )?(${NAME})$`, "u");

function firmName(part: string): string | null {
  const m = FIRM_ONLY.exec(part.replace(/\s*\([^)]*\)\s*$/, "").trim());
  const name = m?.[1]?.replace(/[.,]+$/, "").replace(LEGAL_TAIL, "");
  if (!name || name.length < 2) return null;
  if (ROLEISH.test(name) && !AGENCY_NAME.test(name)) return null;
  if (AGENCY_TITLE.test(name) && !STRONG_AGENCY.test(name.replace(AGENCY_TITLE, ""))) return null;
  if (notOrgPhrase(name)) return null;
  // A city or a phone line is not a firm; a firm has a capitalised word of three letters or more.
  if (/\d{3}/.test(name) || !/\p{Lu}[\p{L}]{2,}/u.test(name)) return null;
  if (/^(?:Mobile|Tel|Phone|Cel|Cell|Email|E-mail|Web|Office)\b/i.test(name)) return null;
  return name;
}

/** The client an agency names: "il cliente Cantieri Bellaria", "la entrevista técnica con Contoso". */
function clientNamed(hay: string, agency: string, input: VetInput): string | null {
  for (const re of [ON_BEHALF, CLIENT_NAMED, STEP_WITH, WANTS_TO_MEET, TEAM_AT, APPLIED_WITH]) {
    const m = re.exec(hay);
    const name = m?.[1]
      ?.replace(/\s+(?:de|du|des|del|van|von|y|e|et|und|and|of|&)$/u, "")
      .replace(/[.]+$/, "");
    if (!name || compact(name) === compact(agency)) continue;
    if (personName(name, input, hay) || notOrgPhrase(name) || STOP_CAPS.test(name.split(" ")[0] ?? ""))
      continue;
    // "with Priya Rao, Head of Data", "con el Ing. Garza (gerente)": a person introduced by a title.
    const after = hay.slice(
      (m?.index ?? 0) + (m?.[0].length ?? 0),
      (m?.index ?? 0) + (m?.[0].length ?? 0) + 50,
    );
    if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name) && /^\s*(?:,|\(|–|-)/.test(after)) continue;
    return name;
  }
  return null;
}
