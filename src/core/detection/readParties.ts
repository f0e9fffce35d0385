import { literalPattern } from "./literalPattern";
import { LEGAL_TAIL } from "./legalForms";
import {
  addressesIn,
  compactName,
  domainLabel,
  findOrgName,
  nameForDomain,
  withoutHyphens,
} from "./domainNames";
import { TOOL_NAME_TAIL, orgFromDisplayName, unattended } from "./displayName";
import { fold } from "./fold";
import {
  AGENCY_HINT_WORDS,
  AGENCY_TAIL,
  AGENCY_TAIL_WORDS,
  AGENCY_WORDS,
  AT_ORG,
  CLIENT,
  FIRM_KIND,
  FUNCTION_WORD,
  JAPANESE_LEGAL_FORMS,
  MARKETPLACES,
  NEUTRAL_DOMAINS,
  ORG_TAIL,
  ROLEISH,
  STOP_CAPS,
} from "./orgWords";
import { HIRING_CLIENT_WORDS, hiringClient } from "./hiringClient";
import { KeywordScan } from "./keywordScan";
import { unnamedClient } from "./mentionsClient";
import { capitalisedRun, ownerCalled, subjectOrg } from "./subjectNames";
import { INSTITUTION, ON_BEHALF, onlyNotOrgWords } from "./partyWords";
import { firmShaped } from "./firmShaped";
import { abbreviatedName } from "./abbreviatedName";
import { bracketedEmployer } from "./bracketedEmployer";
import { REGIONAL_OFFICE } from "./orgWords";

export { domainLabel } from "./domainNames";
export { orgFromDisplayName } from "./displayName";

/**
 * Reads the hiring company and the staffing agency as the item names them in words. An e-mail
 * domain alone does not name a company, but it tells which capitalised phrase in the text is an
 * organisation ("Adventure Works" for adventure-works.com) and which side it is on.
 */

export interface Party {
  name: string;
  address: string;
  /** How the party appears: organizer/sender, attendee or recipient, or an address in the text. */
  via: "sender" | "attendee" | "text";
}

export interface Parties {
  company: string | null;
  agency: string | null;
  signals: string[];
}

export interface PartyInput {
  subject: string;
  text: string;
  senders: Party[];
  attendees: Party[];
  ownerAddress: string;
  ownerName: string;
  /** Internal-mobility interview: the hiring company is the owner's own. */
  internal?: boolean;
}

// One or two capitalised words closing a firm's line after its agency word, not a team's or a
// title's ("Recruiting Team", "Consulting | Senior Recruiter" stop before them).
// (Its legal forms close the line too: LEGAL_TAIL takes them off.)
const AFTER_AGENCY_WORD =
  /^(?: (?!(?:Team|Teams|Department|Desk|Division)\b)\p{Lu}[\p{L}'’&.-]*){1,3}(?=[^\S\n]*(?:$|\n|[|,·•–—]))/u;

// A person's title ending the words before an agency word ("HR Business Partner Recruiting").
const TITLE_BEFORE_FUNCTION =
  /^(?:Partner|Partnerin|Manager|Managerin|Lead|Specialist|Spezialist|Spezialistin|Coordinator|Koordinator|Koordinatorin|Advisor|Adviser|Berater|Beraterin|Officer)$/u;

/** The company without its regional office, when the mail itself names it that way. */
function withoutRegion(name: string, hay: string): string {
  const base = REGIONAL_OFFICE.exec(name)?.[1];
  if (!base) return name;
  const esc = literalPattern(base);
  const alone = new RegExp(
    `(?<![\\p{L}])${esc}(?![\\p{L}]| (?:Software|Technologies|Technology|Systems|Solutions|Services|\\p{Lu}))`,
    "u",
  );
  return alone.test(hay) ? base : name;
}

const UMLAUT_PAIR = /[aou]e/;
const UMLAUT_PAIRS = /[aou]e/g;

const TOOL_VERBS = [
  "sent",
  "enviado",
  "envoye",
  "envoyé",
  "gesendet",
  "verzonden",
  "inviato",
  "powered",
  "gebucht",
  "booked",
  "réservé",
  "reservado",
  "candidatou",
];
const TOOL_PREPS = [
  "via",
  "by",
  "por",
  "par",
  "mit",
  "met",
  "con",
  "com",
  "über",
  "through",
  "através de",
  "através do",
  "pela plataforma",
  "pelo sistema",
  "pela ferramenta",
];

/**
 * Words looked for once in the lower-cased text; a pattern none of whose words occur is not run.
 * Each list holds words that every match of its pattern contains.
 */
const PARTY_WORDS = new KeywordScan({
  // "Sent via Recrutei": the tool pattern below.
  tool: TOOL_VERBS.flatMap((verb) => TOOL_PREPS.map((prep) => `${verb} ${prep} `)),
  client: ["client", "kunde", "kundin", "klant", "mandant", "mandat"],
  agencyHint: AGENCY_HINT_WORDS,
  agencyTail: AGENCY_TAIL_WORDS,
  ...HIRING_CLIENT_WORDS,
});

// Japanese legal forms are written against the name, before or after it ("Kaiyo Mobility株式会社").
const JAPANESE_LEGAL_FORM = new RegExp(
  String.raw`^(?:${JAPANESE_LEGAL_FORMS})\s*|\s*(?:${JAPANESE_LEGAL_FORMS})$`,
  "gu",
);

/** "Nordvik Spirits A/S": a name read up to the slash keeps its form's first letter; the form is whole again. */
function slashForm(name: string, hay: string): string {
  return / [AI]$/.test(name) && hay.includes(`${name}/S`) ? `${name}/S` : name;
}

function withoutLegalForm(name: string): string {
  const stripped = name.replace(LEGAL_TAIL, "").replace(JAPANESE_LEGAL_FORM, "").trim();
  return stripped.length >= 2 ? stripped : name;
}

/** Whether `name`, read at `at`, is written nowhere else but as the first word of a full name. */
function onlyAsFirstName(hay: string, name: string, at: number): boolean {
  for (let i = hay.indexOf(name); i >= 0; i = hay.indexOf(name, i + name.length)) {
    if (i === at) continue;
    // ("Contoso Bank", "Contoso Ltd": a firm's word after it makes it a firm's name.)
    const next = /^ (\p{Lu}\p{Ll}+)/u.exec(hay.slice(i + name.length, i + name.length + 24))?.[1];
    if (!next || ORG_TAIL.test(next) || FIRM_KIND.test(next) || AGENCY_WORDS.test(next)) return false;
  }
  return true;
}

/**
 * "with Priya Rao, Hiring Manager", "mit Anna Berg am Montag": a first and last name after a
 * word that introduces people. After "at"/"bei"/"chez" a two-word name is an organisation
 * ("at Trey Research on Tuesday").
 */
// "con el equipo de Pricing", "avec l'équipe Produit": a team word right before a name.
const TEAM_BEFORE = /(?:equipo|équipe|equipe|equipa|team|squadra) (?:(?:de|of|di|da|do|del) )?$/u;
// "Gerente de Operaciones", "Head of Operations": a word ending a title.
const TITLE_OF = /\p{L} (?:de|of|di|da|do|del|van|für|fur) $/u;

/** Whether every time the text writes `word`, it follows a team word or ends a title, and once a team word. */
function onlyAsDepartment(hay: string, word: string): boolean {
  let team = false;
  for (let at = hay.indexOf(word); at >= 0; at = hay.indexOf(word, at + word.length)) {
    const before = hay.slice(Math.max(0, at - 24), at);
    if (TEAM_BEFORE.test(before)) team = true;
    else if (!TITLE_OF.test(before)) return false;
  }
  return team;
}

function personAfter(hay: string, m: RegExpExecArray, name: string): boolean {
  // "… en Ilse de Boer (manager Schade)": a name with a title in brackets is a person.
  const after = m.index + m[0].length + name.length;
  const bracket = /^\s*\(([^)]{1,40})\)/.exec(hay.slice(after, after + 50))?.[1];
  if (bracket && ROLEISH.test(bracket)) return true;
  if (!/^(?:with|mit|avec|con|com|met|join|introduce you to)\b/i.test(m[0])) return false;
  // "… the system design round Tuesday at 2pm with Maya.": one word after "with", written nowhere
  // else, is someone's first name (a firm met is named again, in the subject or the signature).
  // ("with Renee last week … with Renee Hollis and Dev Batra": elsewhere only with a surname.)
  if (!name.includes(" ") && /^(?:with|mit|avec|con|com|met)\b/i.test(m[0]))
    return onlyAsFirstName(hay, name, m.index + m[0].length);
  if (!/^\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+$/u.test(name)) return false;
  // ("with Halcyon Logistics." ends like a firm, not like a person's surname.)
  if (firmShaped(name)) return false;
  const end = m.index + m[0].length + name.length;
  return /^(?:\s*[,(!.]| on | at | from | um | am | le | el | and | und | et | y | e | en |\s*$)/.test(
    hay.slice(end, end + 6),
  );
}

// "com fábrica em Sintra", "an office in Leeds", "nossa cliente aqui em Campinas": after a word for
// a site, or for "here", one word is its town.
const SITE_BEFORE =
  /\b(?:f[aá]brica|sede|escrit[oó]rio|oficinas?|planta|offices?|site|plant|factory|headquarters|usine|bureaux?|si[eè]ge|standort|werk|kantoor|vestiging|fabriek|ufficio|stabilimento|filiale|aqui|aquí|here|ici|hier|qui|based|baseada|baseado|situada|situado|gevestigd)\s+$/i;

function placeAfter(hay: string, m: RegExpExecArray, name: string): boolean {
  if (name.includes(" ") || !/^(?:en|em|in)\s/i.test(m[0])) return false;
  return SITE_BEFORE.test(hay.slice(Math.max(0, m.index - 16), m.index));
}

// "the position at Lakeshore Cold Chain", "Sent by Ferrous Data via Ashby": the body writes the
// name as a firm's. After "with" a person is as likely ("Phone Screen with Siobhan Kerr").
const AS_FIRM_BEFORE =
  /\b(?:at|by|bij|bei|chez|presso|join|joining|[Tt]eam|[Rr]ecruitment|[Rr]ecruiting|[Tt]alent [Aa]cquisition|HR|RH|[Ww]erving|[Rr]ecrutement|[Pp]ersonalabteilung)\s+(?:(?:der|die|dem|de|het|la|le|el|the)\s+)?$/;
const WITH_BEFORE = /\b(?:with|con|mit|met|avec|com)\s+(?:(?:the|la|le|el|il|der|die|de|het|o|a)\s+)?$/;
const PERSON_AFTER =
  /^(?:\s*\(|\s*[-–]\s*(?:organi[sz]|host|interviewer)|\s*\n[^\n]{0,40}(?:partner|manager|recruit|talent|hr\b|lead|director))/i;

/**
 * The first word of a display name standing alone in the body ("Siobhan will call you", "Thanks,
 * Siobhan."), not as the start of the full name. Found by indexOf: the name is the sender's own
 * text, and a pattern built from it would break on "HR [EMEA] Team".
 */
function firstNameAlone(body: string, name: string, first: string): boolean {
  const rest = ` ${name.slice(first.length + 1, first.length + 3)}`;
  for (let at = body.indexOf(first); at >= 0; at = body.indexOf(first, at + 1)) {
    if (at > 0 && /\p{L}/u.test(body.charAt(at - 1))) continue;
    // "Anton Hölzl (Geschäftsführer)": after another capitalised name it is a surname, not a first name.
    if (/\p{Lu}\p{Ll}+ $/u.test(body.slice(Math.max(0, at - 30), at))) continue;
    const after = body.slice(at + first.length, at + first.length + rest.length);
    if (!after.startsWith(rest) && /^[ ,.!]/.test(after)) return true;
  }
  return false;
}

/**
 * "Ferrous Data" <no-reply@ashbyhq.com>: nobody reads a hiring tool's unattended address, so the
 * name it sends under is the firm's when the body writes that name as a firm's.
 */
function firmShownByTool(p: Party, hay: string): string | null {
  const name = p.name.trim();
  if (!unattended(p.address) || name.length < 3 || name.length > 60 || !/^\p{Lu}/u.test(name)) return null;
  if (/[()@]|\svia\s/i.test(name)) return null;
  const body = hay.slice(hay.indexOf("\n") + 1);
  const spots: number[] = [];
  for (let at = body.indexOf(name); at >= 0 && spots.length < 6; at = body.indexOf(name, at + name.length))
    spots.push(at);
  for (const at of spots)
    if (AS_FIRM_BEFORE.test(body.slice(Math.max(0, at - 16), at).replace(/\n/g, " "))) return name;
  // A person after "with": named by a label or title somewhere, by their first name alone ("Siobhan
  // will call you"), or by their own mailbox ("bram@…").
  const first = name.split(" ")[0] ?? "";
  const lowerFirst = first.toLowerCase();
  const lowerBody = name.includes(" ") ? body.toLowerCase() : "";
  const personLike =
    spots.some((at) => PERSON_AFTER.test(body.slice(at + name.length, at + name.length + 60))) ||
    (name.includes(" ") &&
      (lowerBody.includes(`${lowerFirst}@`) ||
        lowerBody.includes(`${lowerFirst}.`) ||
        firstNameAlone(body, name, first)));
  if (personLike) return null;
  for (const at of spots)
    if (WITH_BEFORE.test(body.slice(Math.max(0, at - 16), at).replace(/\n/g, " "))) return name;
  return null;
}

const LABELLED_PERSON =
  /^\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|de|van|der|den|von|da|di|del|dos)){1,3}(?=\s|$)/u;

// A public body's own unit, heading "Fachdienst Personal" ("Personal" is also an agency word).
const UNIT_WORD =
  /^(?:Fachdienst|Fachbereich|Abteilung|Referat|Dezernat|Sachgebiet|Stabsstelle|Hauptamt|Amt|Serviceeinheit|Servicebereich|Geschäftsbereich|Bereich|Team)$/u;

// Words that call the firm named right after them an agency ("our recruitment partner Halden & Crewe").
// ("Interview – Jordan Blake (via Staffix)", "your contact at Staffix passed along": the firm
// that put the owner forward.)
const AGENCY_BEFORE =
  /\((?:via|through) $|\byour (?:contact|consultant|recruiter) at $|\b(?:votre|ton|ta) (?:conseill(?:er|ère)|consultante?|recruteu(?:r|se)) (?:chez|de) $|\b(?:tu|su) (?:consultora?|reclutadora?) (?:en|de) $|\b(?:seu|sua|teu|tua) (?:consultora?|recrutadora?) (?:na|no|da|do) $|\b(?:ihre?|deine?) (?:beraterin|berater|ansprechpartnerin|ansprechpartner) (?:bei|von) $|\b(?:je|uw) (?:consultant|recruiter|intercedent) (?:bij|van) $|\b(?:il tuo|la tua|il suo|la sua) (?:consulente|selezionatrice|selezionatore) (?:di|presso) $|\b(?:agency|recruit(?:ment|ing) (?:partner|firm|consultancy)|staffing (?:partner|firm)|search (?:partner|firm)|headhunters?|agence|cabinet|agencia|agência|agenzia|wervingsbureau|personalberatung|personaldienstleister)(?: partner)?\s+(?:de |di |van )?$/i;

/** Whether some writing of `name` (the first six) passes `test`, given where it starts. */
function someWriting(hay: string, name: string, test: (at: number) => boolean): boolean {
  for (let at = hay.indexOf(name), n = 0; at >= 0 && n < 6; at = hay.indexOf(name, at + name.length), n++)
    if (test(at)) return true;
  return false;
}

function calledAgency(hay: string, name: string): boolean {
  return someWriting(hay, name, (at) => AGENCY_BEFORE.test(hay.slice(Math.max(0, at - 40), at)));
}

// "Personalwerk Nord GmbH – Personalberatung": a firm's line that says what it does, after a dash.
// ("Vlietstra Recruitment B.V." too: the agency word inside a registered name, where an in-house
// "Fabrikam Recruiting" team writes no legal form.)
const AGENCY_KIND = String.raw`(?:Personalberatung|Personaldienstleistung\w*|Personalvermittlung|Recruitment|Recruiting|Executive Search|Headhunting|Werving (?:&|en) Selectie|Recrutement|Recrutamento|Reclutamiento|Selecci[oó]n de personal|Ricerca e Selezione|Cabinet de recrutement)`;
const AGENCY_AFTER = new RegExp(
  String.raw`^(?:(?:,? (?:GmbH|AG|KG|Ltd|LLC|B\.V\.|S\.A\.|S\.r\.l\.|SAS|SARL|S\.L\.|Lda\.?|Ltda\.?))?\s+[–—|·•-]\s+(?:\p{Lu}[\p{L}&]+ ){0,2}${AGENCY_KIND}\b| ${AGENCY_KIND},? (?:B\.V\.|BV|GmbH|AG|Ltd\.?|Limited|LLC|S\.A\.|S\.L\.|S\.r\.l\.|SAS|SARL|Lda\.?|Ltda\.?)(?![\p{L}]))`,
  "u",
);

function describedAsAgency(hay: string, name: string): boolean {
  return someWriting(hay, name, (at) =>
    AGENCY_AFTER.test(hay.slice(at + name.length, at + name.length + 60)),
  );
}

// Public and academic employers named for their place: what comes before the place in "Comune di …".
const INSTITUTION_BEFORE = new RegExp(
  String.raw`^${INSTITUTION}\s+(?:(?:de(?:l| la| los| las)?|di|do|da|dos|das|della|degli|des|du|van|der)\s+)?$`,
  "u",
);

const GROUP = /\b(?:Group|Groupe|Gruppe|Grupo|Gruppo|Groep|Holding|Holdings)$/u;
// "recruits for all of our operating companies", "one of our brands": the group speaks of its own.
const OWN_COMPANIES =
  /\b(?:our|its) (?:operating companies|group companies|portfolio companies|companies|brands|subsidiaries)\b|\b(?:nos|nuestras|nossas|le nostre|unsere) (?:filiales|marques|empresas|marcas|societ(?:a|à)|tochtergesellschaften|gesellschaften)\b/i;

/** Picks company and agency for an item. */
export function readParties(input: PartyInput): Parties {
  // Names are compared with each other and with domains many times over; compact each once.
  const memo = new Map<string, string>();
  const compactM = (text: string): string => {
    let v = memo.get(text);
    if (v === undefined) {
      v = compactName(text);
      memo.set(text, v);
    }
    return v;
  };
  const { subject, text, ownerAddress, ownerName } = input;
  const signals: string[] = [];
  const ownerLabel = domainLabel(ownerAddress);
  // Names sit in the subject, the opening lines and the signature of a short mail.
  const hay = `${subject}\n${text.length > 3000 ? text.slice(0, 3000) : text}`;
  const lowerHay = hay.toLowerCase();
  const found = PARTY_WORDS.scan(lowerHay);
  const inName = (name: string, label: string): string | null =>
    (name ? nameForDomain(name, label) : null) ?? findOrgName(hay, lowerHay, label);
  const ownerNameFold = fold(ownerName);

  interface Org {
    name: string;
    role: "sender" | "attendee" | "text" | "client";
  }
  const orgs: Org[] = [];
  // "Sent via Recrutei", "Powered by Teamtailor": a hiring tool signs its mail; it is not the employer.
  const tool = !found.has("tool")
    ? undefined
    : /\b(?:[Ss]ent|[Ee]nviado|[Ee]nvoy[eé]|[Gg]esendet|[Vv]erzonden|[Ii]nviato|[Pp]owered|[Gg]ebucht|[Bb]ooked|[Rr]éservé|[Rr]eservado|candidatou) (?:(?:via|by|por|par|mit|met|con|com|über|through|através d[eo])(?: (?:the |la |a )?(?:plataforma|platform|plateforme|piattaforma|Plattform))?|pel[ao] (?:plataforma|ferramenta|sistema)) (\p{Lu}[\p{L}]+)/u.exec(
        hay,
      )?.[1];
  const toolKey = tool ? compactName(tool) : null;
  const add = (name: string | null, role: Org["role"]): void => {
    if (!name) return;
    const clean = name.trim();
    if (!clean || ownerCalled(clean, ownerNameFold)) return;
    if (toolKey && compactM(clean) === toolKey) return;
    if (TOOL_NAME_TAIL.test(clean)) return;
    if (!input.internal && ownerLabel && compactM(clean).startsWith(withoutHyphens(ownerLabel))) return;
    // The same organisation seen again in a longer form ("Quillon" then "Quillon Systems"): keep the longer.
    const shorter = orgs.find(
      (o) => compactM(clean).startsWith(compactM(o.name)) && compactM(clean) !== compactM(o.name),
    );
    if (
      shorter &&
      role !== "client" &&
      !MARKETPLACES.test(shorter.name) &&
      clean.split(" ").length <= 4 &&
      !AGENCY_WORDS.test(clean.slice(shorter.name.length))
    ) {
      shorter.name = clean;
      return;
    }
    if (orgs.some((o) => compactM(o.name) === compactM(clean))) {
      if (role === "client")
        for (const o of orgs) if (compactM(o.name) === compactM(clean)) o.role = "client";
      return;
    }
    orgs.push({ name: clean, role });
  };

  // The people the item shows: its own senders and attendees, and those template labels name.
  // Built on first use: most items settle their parties without asking who the people are.
  let peopleSet: Set<string> | null = null;
  const readPeople = (): Set<string> => {
    const set = new Set([...input.senders, ...input.attendees].map((p) => fold(p.name)).filter(Boolean));
    // People named by template labels ("Interviewer: Daniel Brooks", "With: Victor Osei").
    for (const m of hay
      .slice(0, 6000)
      .matchAll(
        /\b(?:Interviewer|Interviewee|Recruiter|With|Who|Candidate|Host|Organizer|Met|Mit|Avec|Con|Com|Wie|Wer|Qui|Quién|Chi|Quem|Gesprächspartner|Gesprekspartner|Interlocuteur|Entrevistador[a]?)s?\s*:\s*([^\n]{3,200})/gu,
      )) {
      // "Met: Ilse Mulder (recruiter) en Koen de Graaf (teamlead BI)": everyone on the line.
      const line = (m[1] ?? "").replace(/\([^)]*\)/g, " ");
      for (const part of line.split(/,|;| (?:en|and|und|et|y|e|&) /)) {
        const name = LABELLED_PERSON.exec(part.trim())?.[0];
        if (name) set.add(fold(name));
      }
    }
    return set;
  };
  const people = { has: (name: string): boolean => (peopleSet ??= readPeople()).has(name) };
  // (A name a domain abbreviates is a person's when it is the owner's or one of the item's people.)
  const isPerson = (name: string): boolean => fold(name) === ownerNameFold || people.has(fold(name));
  const seen = new Set<string>();
  const byDomain = (p: Party, role: Org["role"]): void => {
    const label = domainLabel(p.address);
    if (!label || label === ownerLabel || NEUTRAL_DOMAINS.has(label) || seen.has(label)) return;
    seen.add(label);
    // brandt-soehne.de for "Brandt & Söhne": German domains write umlauts as two letters.
    const plain = UMLAUT_PAIR.test(label) ? label.replace(UMLAUT_PAIRS, (m) => m.charAt(0)) : null;
    const named =
      inName(p.name, label) ??
      (plain ? inName(p.name, plain) : null) ??
      (p.via === "text" ? null : abbreviatedName(hay, label, isPerson));
    // "Comune di Valrosa" from comune.valrosa.it: the domain spells the place, the name is the institution's.
    const whole = p.name.trim();
    add(
      named && whole.endsWith(named) && INSTITUTION_BEFORE.test(whole.slice(0, whole.length - named.length))
        ? whole
        : named,
      role,
    );
  };
  for (const p of input.senders) {
    const fromDisplay = orgFromDisplayName(p.name, p.address) ?? firmShownByTool(p, hay);
    if (fromDisplay) add(fromDisplay, "sender");
    byDomain(p, "sender");
  }
  for (const p of input.attendees) byDomain(p, "attendee");
  const emails = addressesIn(hay);
  const ownerAddressFold = fold(ownerAddress);
  for (const e of emails.slice(0, 20))
    if (fold(e) !== ownerAddressFold) byDomain({ name: "", address: e, via: "text" }, "text");

  CLIENT.lastIndex = 0;
  const mentionsClient = found.has("client");
  for (let m = mentionsClient ? CLIENT.exec(hay) : null; m; m = CLIENT.exec(hay)) {
    const name = capitalisedRun(hay, m.index + m[0].length);
    if (name && !ROLEISH.test(name.split(" ")[0] ?? "") && !STOP_CAPS.test(name.split(" ")[0] ?? "")) {
      add(name, "client");
      break;
    }
  }

  // "Marco Ruiz (VP Eng, Quillfeather)", "Sara (HR Filati Comaschi)": a person met, noted with a
  // title and then a firm in brackets.
  // ("Brightwater Health – 2nd round interview" over "Tom Reyes (Director, Care Analytics)": the
  // firm a subject opens with is the employer; a bracket may name a department.)
  // (Read once, for this and for the subject's turn below.)
  let subjectFirm: string | null | undefined;
  const fromSubject = (): string | null =>
    subjectFirm === undefined
      ? (subjectFirm = subjectOrg(subject, ownerNameFold, [], people, text))
      : subjectFirm;
  if (orgs.length === 0 && hay.includes(" (")) {
    const opening = fromSubject();
    add(opening && subject.startsWith(opening) ? opening : bracketedEmployer(hay), "text");
  }
  // Booking tools print the event title on a labelled line ("Event Type: Recruiter Screen – Larkspur Energy").
  const titled =
    orgs.length === 0
      ? /\b(?:event type|event name|what|evento|événement|termin)\s*:\s*([^\n]{3,120})/i.exec(hay)?.[1]
      : undefined;
  if (orgs.length === 0 && titled) {
    // "Event Type: Coding Challenge – Quillmark": past a kind of step to the firm after it.
    const first = subjectOrg(titled, ownerNameFold, [], people, text);
    add(
      first && onlyNotOrgWords(first) ? subjectOrg(titled, ownerNameFold, [first], people, text) : first,
      "text",
    );
  }
  if (orgs.length === 0) add(fromSubject(), "text");
  if (orgs.length === 0) {
    AT_ORG.lastIndex = 0;
    for (let m = AT_ORG.exec(hay); m; m = AT_ORG.exec(hay)) {
      const name = capitalisedRun(hay, m.index + m[0].length);
      if (
        name &&
        !ROLEISH.test(name) &&
        fold(name) !== ownerNameFold &&
        name.split(" ").length <= 4 &&
        // (A labelled person, not a display name: firms send under theirs.)
        !(people.has(fold(name)) && !input.senders.some((p) => fold(p.name) === fold(name))) &&
        !personAfter(hay, m, name) &&
        !placeAfter(hay, m, name)
      ) {
        add(name, "text");
        break;
      }
    }
  }

  if (input.internal && ownerLabel) add(findOrgName(hay, lowerHay, ownerLabel), "client");
  if (!orgs.some((o) => AGENCY_WORDS.test(o.name)) && found.has("agencyHint") && found.has("agencyTail")) {
    AGENCY_TAIL.lastIndex = 0;
    for (let m = AGENCY_TAIL.exec(hay); m; m = AGENCY_TAIL.exec(hay)) {
      // Look back from the agency word for up to three capitalised words on the same line ("&" or
      // "and" may join the first two: "Halyard & Finch Talent Partners").
      // The words end in a space right before the agency word; without one there is nothing to read.
      const before =
        hay.charCodeAt(m.index - 1) === 32
          ? /\p{Lu}[\p{L}'’&-]* (?:(?:&|and|und|et|e|y) )?(?:\p{Lu}[\p{L}'’&-]* ){0,2}$/u.exec(
              hay.slice(Math.max(0, m.index - 60), m.index),
            )
          : null;
      if (!before) continue;
      // "Groupe Conseil Boréal", "Harbor Staffing Group": the name may run on past the agency word
      // to the end of its line (or a separator), one or two capitalised words more.
      // ("IT Recruitment Consultant" is a title: a word of one stops it.)
      const after = AFTER_AGENCY_WORD.exec(hay.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[0];
      const named = after?.replace(LEGAL_TAIL, "");
      const more = named && !named.split(" ").some((w) => ROLEISH.test(w)) ? named : "";
      const phrase = (before[0] + m[0] + more).trim();
      // "Ferris Group – Technology Recruiting": a firm read already, then what it does.
      const lineStart = hay.lastIndexOf("\n", m.index - before[0].length) + 1;
      const firmBefore = /^\s*(\S.*?)?\s*[–—|·•-]\s*$/.exec(hay.slice(lineStart, m.index - before[0].length));
      if (
        firmBefore &&
        (!firmBefore[1] ||
          orgs.some((o) => o.role !== "text" && compactM(o.name) === compactM(firmBefore[1] ?? "")))
      )
        continue;
      // "Graduate Recruitment", "Senior Technical Recruiting" are departments and titles, not firms.
      const headWords = before[0].trim().split(/\s+/);
      // "HR Business Partner Recruiting": a title, then the function it serves.
      if (TITLE_BEFORE_FUNCTION.test(headWords[headWords.length - 1] ?? "")) continue;
      // ("Fachdienst Personal", "Abteilung Personal": a public body's own unit.)
      if (
        headWords.every(
          (w) => FUNCTION_WORD.test(w) || ROLEISH.test(w) || STOP_CAPS.test(w) || UNIT_WORD.test(w),
        )
      )
        continue;
      const head = compactM(phrase.replace(/\s+\S+$/, ""));
      if (orgs.some((o) => compactM(o.name).includes(head) || head.includes(compactM(o.name)))) continue;
      if (people.has(fold(phrase.replace(/\s+\S+$/, "")))) continue;
      add(phrase, "text");
      break;
    }
  }
  const hasCompany = orgs.some((o) => !AGENCY_WORDS.test(o.name) && !MARKETPLACES.test(o.name));
  // The client guessed for an agency from its subject or a word like "at" (see below).
  let guessedClient: string | null = null;
  if (!hasCompany && orgs.length > 0) {
    // An agency wrote it: the client is usually in the subject or after "with"/"at"/"to".
    // (With the body, so a firm written again there is not taken for a person by the title in
    // brackets after it: "2nd Interview – Hanamura Trading (IT Infrastructure Manager)".)
    // "Recruitment Consultant | Southern Cross Talent / on behalf of Wattle Street Analytics": the
    // firm the agency signs for, before any guess. (In a sentence, "on behalf of Priya Nair" is as
    // often a person's: there the name must end like a firm's.)
    const behalf = ON_BEHALF.exec(hay);
    const acting = behalf?.[1];
    const signed = behalf
      ? /(?:^|\n)[^\S\n]*$/.test(hay.slice(Math.max(0, behalf.index - 40), behalf.index))
      : false;
    const actsFor =
      acting &&
      (signed || firmShaped(acting)) &&
      !orgs.some((o) => compactM(o.name) === compactM(acting)) &&
      !people.has(fold(acting))
        ? acting
        : null;
    const fromSubject =
      actsFor ??
      subjectOrg(
        subject,
        ownerNameFold,
        orgs.map((o) => o.name),
        people,
        undefined,
        text,
      );
    if (fromSubject) {
      add(fromSubject, "client");
      guessedClient = fromSubject;
    } else {
      AT_ORG.lastIndex = 0;
      for (let m = AT_ORG.exec(hay); m; m = AT_ORG.exec(hay)) {
        const name = capitalisedRun(hay, m.index + m[0].length);
        if (!name || ROLEISH.test(name) || STOP_CAPS.test(name.split(" ")[0] ?? "") || people.has(fold(name)))
          continue;
        if (fold(name) === ownerNameFold || orgs.some((o) => compactM(o.name) === compactM(name))) continue;
        if (personAfter(hay, m, name) || placeAfter(hay, m, name)) continue;
        add(name, "client");
        guessedClient = name;
        break;
      }
    }
  }

  let agency: string | null = null;
  let company: string | null = null;
  const client = orgs.find((o) => o.role === "client");
  const marketplace = orgs.find((o) => MARKETPLACES.test(o.name));
  const agencyLike = orgs.find((o) => o !== client && AGENCY_WORDS.test(o.name));
  if (marketplace) agency = marketplace.name;
  else if (agencyLike) agency = agencyLike.name;
  else if (client || orgs.some((o) => o.role === "attendee")) {
    const sender = orgs.find((o) => o.role === "sender");
    const other = client ?? orgs.find((o) => o.role === "attendee");
    if (sender && other && compactM(sender.name) !== compactM(other.name))
      // "Thank you for your application via our agency partner Halden & Crewe", from the employer
      // with the agency copied: the firm the mail calls an agency is the agency.
      agency = other !== client && calledAgency(hay, other.name) ? other.name : sender.name;
  }
  const rest = orgs.filter((o) => o.name !== agency && !MARKETPLACES.test(o.name));
  company =
    client?.name ??
    rest.find((o) => o.role === "attendee")?.name ??
    rest.find((o) => o.role === "sender")?.name ??
    rest.find((o) => o.role === "text")?.name ??
    null;
  const senderOrg = orgs.find((o) => o.role === "sender");
  if (!agency && company && senderOrg && company === senderOrg.name) {
    const named = hiringClient(
      hay,
      company,
      people,
      ownerNameFold,
      (gate) => found.has(gate),
      AGENCY_WORDS.test(company),
    );
    // ("con el equipo de Pricing": one word after a team word is as often the sender's own
    // department; a firm is named again on its own, or in the subject. "el equipo de Operaciones"
    // for a "Gerente de Operaciones" is still the department.)
    const once = !!named && !named.includes(" ") && onlyAsDepartment(hay, named);
    if (named && !once) {
      // A group's own recruiting team hiring for one of its companies is no agency.
      agency = GROUP.test(company) && OWN_COMPANIES.test(hay) ? null : company;
      company = named;
    } else if (describedAsAgency(hay, company) || unnamedClient(hay)) {
      // The writer's firm says it recruits: the client, if named, is in the subject.
      agency = company;
      company = subjectOrg(subject, ownerNameFold, [agency], people, undefined, text);
    }
  } else if (agency && (!company || company === guessedClient)) {
    // "I'm retained by Alpine Ski House", "Die Brenner Logistik AG lädt Sie … ein": what the body
    // says of the hiring firm outweighs a guess ("Treasury leadership role – quick call?", "bei
    // Rückfragen").
    const named = hiringClient(hay, agency, people, ownerNameFold, (gate) => found.has(gate), true);
    // (A first name alone, "Sophie would love to meet you", is as often a person.)
    // ("Entrevista – Banco Pinhal" guesses a name that opens or ends like a firm's: it stands.)
    if (
      named?.includes(" ") &&
      !(company && firmShaped(company)) &&
      !(company && compactM(company).startsWith(compactM(named)))
    )
      company = named;
  }
  // "Orféo" and "Orféo Conseil" are one firm: a consultancy hiring for itself is the company.
  if (
    agency &&
    company &&
    compactM(agency) !== compactM(company) &&
    compactM(agency).startsWith(compactM(company))
  ) {
    company = agency;
    agency = null;
  }
  // A domain gives "Arden Tech"; the signature says "Arden Tech Recruitment", the firm's name.
  if (agency && !AGENCY_WORDS.test(agency)) {
    const at = hay.indexOf(`${agency} `);
    const tail =
      at >= 0 ? /^ (\p{Lu}\p{L}+)/u.exec(hay.slice(at + agency.length, at + agency.length + 30)) : null;
    if (tail?.[1] && AGENCY_WORDS.test(tail[1])) agency = `${agency} ${tail[1]}`;
  }
  // The legal form is not part of how people name a company ("Polder Energie B.V." → Polder Energie).
  company = company ? withoutRegion(withoutLegalForm(slashForm(company, hay)), hay) : null;
  agency = agency ? withoutLegalForm(slashForm(agency, hay)) : null;
  if (company) signals.push(`company named: ${company}`);
  if (agency) signals.push(`arranged by agency: ${agency}`);
  return { company, agency, signals };
}
