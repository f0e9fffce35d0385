import { domainKey } from "./domainNames";
import { LEGAL_FORM_ALONE, LEGAL_TAIL, WRITTEN_FORMS } from "./legalForms";
import { compact, fold } from "./fold";
import {
  FIRM_KIND,
  JAPANESE_LEGAL_FORMS,
  ORG_TAIL,
  ROLEISH,
  STOP_CAPS,
  TITLE_ACRONYM,
  onlyFunctionWords,
} from "./orgWords";
import { firmName, notOrgPhrase, onlyInTitles, personName, signs } from "./notAFirm";
import {
  AGENCY_NAME,
  AGENCY_TAIL_ALTERNATIVES,
  AGENCY_TAIL_WORD,
  APPLIED_WITH,
  CLIENT_BRIEF,
  CLIENT_NAMED,
  CLIENT_OF,
  GENERIC_HEAD,
  HOST_TEAM,
  INSTITUTION,
  INTRODUCED_BY,
  NAME,
  ON_BEHALF,
  ORG_OPENER,
  PAIR_AFTER,
  PAIR_BEFORE,
  ROLE_IN,
  SEARCH_FOR,
  SEARCH_FOR_FIRM,
  RECRUITING_FOR,
  PUT_FORWARD_TO,
  SHARED_WITH,
  NEWS_ON,
  SPELLED_OUT,
  STEP_WITH,
  STRONG_AGENCY,
  TEAM_AT,
  TEAM_INVITES,
  TEAM_LINE_FIRST,
  TEAM_LINE,
  WANTS_TO_MEET,
} from "./partyWords";
import type { VetInput } from "./vetInput";

/** Where mail names the employer or the agency when the readers found none or a wrong one. */
export function hostFirm(hay: string, agency: string | null): string | null {
  const name = HOST_TEAM.exec(hay)?.[1];
  if (!name || (agency && compact(agency) === compact(name))) return null;
  return firmName(name);
}

const RECRUITING_LAST =
  /\s(?:Search|Recruitment|Recruiting|Staffing|Talent|Consulting|Selection|Resourcing)$/u;
const TAIL_SECOND = /^ (Partners|Group|Associates|Solutions|Services|International)\b/u;
const TRADE_THEN_TAIL = new RegExp(
  String.raw`^(?:[A-Z]{2,4}|\p{Lu}\p{Ll}+) (?:${AGENCY_TAIL_ALTERNATIVES})(?![\p{L}])`,
  "u",
);
const HYPHENED_TAIL =
  /^-(Personal(?:service|beratung|dienstleistung|vermittlung)?|Recruitment|Recruiting|Staffing|Talent|Search)(?![\p{L}-])/u;

/** "Polder Werving" from a domain, written "Polder Werving & Selectie" or "Fenwick Legal Recruitment" in the mail. */
export function fullerFirm(name: string, hay: string): string {
  // indexOf finds the name; only the word after it is compared.
  let tailWord: string | undefined;
  let after = "";
  for (let at = hay.indexOf(`${name} `); at >= 0 && !tailWord; at = hay.indexOf(`${name} `, at + 1)) {
    after = hay.slice(at + name.length + 1, at + name.length + 40);
    // ("Polderwerk IT Recruitment": one word of trade may come before the recruiting word.)
    tailWord = AGENCY_TAIL_WORD.exec(after)?.[1] ?? TRADE_THEN_TAIL.exec(after)?.[0];
  }
  // "Kessler IT-Personal GmbH" from kessler-it.de: the recruiting word joined by a hyphen.
  if (!tailWord) {
    const at = hay.indexOf(`${name}-`);
    const joined =
      at >= 0 ? HYPHENED_TAIL.exec(hay.slice(at + name.length, at + name.length + 30))?.[1] : undefined;
    if (joined) return `${name}-${joined}`;
  }
  if (tailWord && !name.endsWith(tailWord)) {
    // "Halyard & Finch Talent Partners": a recruiting word and the firm's own word after it.
    const second = TAIL_SECOND.exec(after.slice(tailWord.length))?.[1];
    return second && second !== tailWord ? `${name} ${tailWord} ${second}` : `${name} ${tailWord}`;
  }
  // "Bastion Search" signing as "Bastion Search Group".
  if (RECRUITING_LAST.test(name)) {
    const at = hay.indexOf(`${name} `);
    const second =
      at >= 0 ? TAIL_SECOND.exec(hay.slice(at + name.length, at + name.length + 20))?.[1] : undefined;
    if (second) return `${name} ${second}`;
  }
  const at = hay.indexOf(`${name} & `);
  if (at >= 0) {
    const more = /^ & (\p{Lu}[\p{L}'’-]+)/u.exec(hay.slice(at + name.length, at + name.length + 40))?.[1];
    if (more) return `${name} & ${more}`;
  }
  // "Nordet" from nordet.ca, signing "Conseillère en recrutement TI | Recrutement Nordet": a
  // recruiting word before the name, the whole standing alone on its part of a line.
  return (!name.includes(" ") && leadingAgencyWord(name, hay)) || name;
}

// The capitalised word opening its part of a line right before a name.
const OPENING_WORD = /(?:^|\n|[|·•(–—]\s*)(\p{Lu}[\p{L}-]+) $/u;

function leadingAgencyWord(name: string, hay: string): string | null {
  for (let at = hay.indexOf(name); at > 0; at = hay.indexOf(name, at + name.length)) {
    // (It ends its part of the line, perhaps after a legal form: "Recrutement Nordet inc.".)
    const rest = (hay.slice(at + name.length, at + name.length + 24).split("\n")[0] ?? "").trim();
    if (rest && !/^[|·•)–—,]/u.test(rest) && !LEGAL_FORM_ALONE.test(rest.replace(/^,\s*/, ""))) continue;
    const word = OPENING_WORD.exec(hay.slice(Math.max(0, at - 20), at))?.[1];
    if (word && STRONG_AGENCY.test(word)) return `${word} ${name}`;
  }
  return null;
}

export function genericAgency(name: string): boolean {
  const head = name.replace(AGENCY_NAME, " ").trim().split(/\s+/).filter(Boolean);
  return head.length > 0 && head.every((w) => GENERIC_HEAD.test(w));
}

/** Whether the words' first letters spell `letters`, one word for each ("Credit Union" → CU). */
function initialsSpell(words: string[], letters: string): boolean {
  return words.length === letters.length && words.every((w, i) => w[0] === letters[i]);
}

// Words that close a firm's name after another kind of firm ("Health Systems", "Capital Group").
const CLOSING_KIND = /^(?:Systems|Group|Groupe|Gruppe|Grupo|Gruppo|Holdings?|Network|Services)$/u;

/** The name as the mail writes it in full: an opener before it, "d'Orsay" after it, or the words an acronym stands for. */
export function fullerCompany(declined: string, hay: string): string {
  // "an der Internationalen Schule Elbufer", signed "Internationale Schule Elbufer": German declines
  // a leading adjective; the name as the firm writes it, where it does, is the one meant.
  const space = declined.indexOf(" ");
  const nominative =
    space > 2 && declined.slice(0, space).endsWith("en")
      ? `${declined.slice(0, space - 1)}${declined.slice(space)}`
      : null;
  const name = nominative && hay.includes(nominative) ? nominative : declined;
  let out = name;
  const at = hay.indexOf(name);
  // "Processo seletivo Serra Azul" in the subject, "da Cervejaria Serra Azul" in the body: what
  // completes the name may stand by any of its first few mentions.
  const mentions: number[] = [];
  for (let i = at; i >= 0 && mentions.length < 8; i = hay.indexOf(name, i + name.length)) mentions.push(i);
  let opener: RegExpExecArray | null = null;
  for (const i of mentions)
    if (!opener && i > 0)
      opener =
        ORG_OPENER.exec(hay.slice(Math.max(0, i - 16), i)) ??
        PUBLIC_BODY_OF.exec(hay.slice(Math.max(0, i - 40), i));
  if (opener && !name.startsWith(opener[0].trim())) out = `${opener[0]}${out}`;
  const opened = out;
  if (at > 0) {
    // "Les Jardins d'Orsay": an elided "de" and a capitalised place belong to the name.
    const tail = /^ d['’](\p{Lu}[\p{L}'’-]+)/u.exec(hay.slice(at + name.length, at + name.length + 40));
    if (tail?.[1]) out = `${out} d'${tail[1]}`;
    // "Cementos del Bajío", "Vinhos do Sado": a Spanish or Portuguese complement belongs to the name.
    const of = /^ (del|do|da|dos|das|de la|de los|de las) (\p{Lu}[\p{L}'’-]+)/u.exec(
      hay.slice(at + name.length, at + name.length + 40),
    );
    if (!tail && of?.[1] && of[2]) out = `${out} ${of[1]} ${of[2]}`;
    // "Câmara Municipal de Oeiras", "University of Northcote", "Banco Paranaense de Fomento": a
    // public body or a bank and the place it serves or what it is for.
    else if (!tail && (PUBLIC_BODY.test(name) || FOUNDED_AS.test(name))) {
      for (const i of mentions) {
        const place = /^ (de|di|of|von|van) (\p{Lu}[\p{L}'’-]+(?:[- ]\p{Lu}[\p{L}'’-]+)*)/u.exec(
          hay.slice(i + name.length, i + name.length + 50),
        );
        if (place?.[1] && place[2]) {
          out = `${out} ${place[1]} ${place[2]}`;
          break;
        }
      }
    }
  }
  // "Northquay" from a domain, written "Northquay Capital" in the mail, or "Wren & Lacey" written
  // "Wren & Lacey Publishing": a kind-of-firm word after the name completes it (a country or a
  // tool word does not).
  // ("Oakridge Health" written "Oakridge Health Systems": a name that ends in a kind already is
  // completed only by a word that closes a firm's name.)
  // ("Éditions Pléiade Numérique": a sector word before the name and a kind after it, both.)
  const endsInKind = FIRM_KIND.test(name.split(" ").pop() ?? "");
  if (out === opened) {
    for (const i of mentions) {
      // ("Nubaria Technologies S.L. tratará tus datos": see PRIVACY_NOTICE.)
      if (inPrivacyNotice(i, hay)) continue;
      const after = hay.slice(i + name.length, i + name.length + 30);
      const kind = /^ (\p{Lu}\p{Ll}+)\b/u.exec(after)?.[1];
      if (kind && (endsInKind ? CLOSING_KIND.test(kind) : FIRM_KIND.test(kind))) return `${out} ${kind}`;
      if (endsInKind) continue;
      // "Aldergrove Credit Union": kinds of firm written in two words.
      const pair = FIRM_KIND_PAIR.exec(after)?.[1];
      if (pair) return `${out} ${pair}`;
    }
  }
  // "CHU Montclair", "CM Serra Alta" in a display name, "Centre Hospitalier Universitaire de
  // Montclair" in the text: the words its leading acronym stands for.
  const leading = /^(\p{Lu}{2,4}) (\p{Lu}.+)$/u.exec(name);
  if (leading?.[1] && leading[2]) {
    const [, letters, place] = leading;
    for (let i = hay.indexOf(place); i > 0; i = hay.indexOf(place, i + 1)) {
      const before = hay.slice(Math.max(0, i - 90), i);
      const m = /((?:\p{Lu}\p{Ll}+ ){2,4})((?:de|di|do|da|del|des|du|van) )?$/u.exec(before);
      const spelled = (m?.[1]?.trim().split(" ") ?? []).slice(-letters.length);
      if (initialsSpell(spelled, letters)) return `${spelled.join(" ")} ${m?.[2] ?? ""}${place}`;
    }
  }
  // "Aspenwood CU" in a title, "Aspenwood Credit Union" in the text: the words its last acronym stands for.
  const acronym = / (\p{Lu}{2,4})$/u.exec(name);
  if (acronym?.[1]) {
    const head = name.slice(0, acronym.index);
    for (let i = hay.indexOf(`${head} `); i >= 0; i = hay.indexOf(`${head} `, i + 1)) {
      const words = hay
        .slice(i + head.length + 1, i + head.length + 80)
        .split(" ")
        .slice(0, acronym[1].length);
      const spelled = words.map((w) => w.replace(/['’]s$|[,.;:]$/u, ""));
      if (spelled.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && initialsSpell(spelled, acronym[1]))
        return `${head} ${spelled.join(" ")}`;
    }
  }
  // "H&P" in a display name, "Halvorsen & Prins Strategy Consultants" in the subject: partners'
  // initials joined by "&" stand for the names of a firm that may go on with what it does.
  const partners = /^\p{Lu}&\p{Lu}$/u.test(name);
  if (/^\p{Lu}{2,5}$/u.test(name) || partners) {
    const words = SPELLED_OUT;
    for (const m of hay.matchAll(words)) {
      // ("the Kansai Institute for Advanced Photonics and life in Kyoto": a run read up to a
      // small word ends before it.)
      const run = (m[1] ?? "").replace(/(?: (?:for|of|the|and|de|du|des|der|für|&))+$/u, "");
      const caps = run.split(" ").filter((w) => /^\p{Lu}/u.test(w));
      if (partners) {
        if (
          /^\p{Lu}\p{Ll}+ & \p{Lu}/u.test(m[1] ?? "") &&
          initialsSpell(caps.slice(0, 2), name.replace("&", ""))
        )
          return run || out;
        continue;
      }
      if (!initialsSpell(caps, name)) continue;
      // "Elmbridge Community Health NHS Trust": the health service's trust form is part of the name.
      const end = (m.index ?? 0) + run.length;
      const trust = /^ NHS(?: Foundation)? Trust\b/u.exec(hay.slice(end, end + 30))?.[0];
      return `${run || out}${trust ?? ""}`;
    }
  }
  // "Dijkdata" from dijkdata.nl, written "bij Hollandse Dijkdata" and signed "Recruiter | Hollandse
  // Dijkdata": the word the mail writes before it each time is the name's own.
  if (out === name && !name.includes(" ")) {
    const lead = repeatedLead(name, hay);
    if (lead) return `${lead} ${name}`;
  }
  return out;
}

const WORD_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}'’-]+) $/u;

/** The capitalised word written right before `name` at two of its mentions or more, if it could open a firm's name. */
function repeatedLead(name: string, hay: string): string | null {
  const seen = new Set<string>();
  for (let at = hay.indexOf(` ${name}`); at > 0; at = hay.indexOf(` ${name}`, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(hay.charAt(at + name.length + 1))) continue;
    const word = WORD_BEFORE.exec(hay.slice(Math.max(0, at - 30), at + 1))?.[1];
    if (!word) continue;
    if (seen.has(word)) {
      const folded = fold(word);
      return notOrgPhrase(word) || ROLEISH.test(word) || STOP_CAPS.test(folded) || onlyFunctionWords(word)
        ? null
        : word;
    }
    seen.add(word);
  }
  return null;
}

/**
 * Titles that pair the owner with the employer: "Priyanka Desai x Meridian Health",
 * "Ryan Mitchell / Prairie Mutual", "Meridian Health <> Priyanka Desai".
 */
export function pairedWithOwner(
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

export function teamSigning(hay: string, people: Set<string>): string | null {
  const name = TEAM_LINE.exec(hay)?.[1] ?? TEAM_INVITES.exec(hay)?.[1] ?? TEAM_LINE_FIRST.exec(hay)?.[1];
  if (!name || people.has(fold(name))) return null;
  return firmName(name);
}

/**
 * An ATS sends in the employer's name from its own domain ("Granite Ridge Building Products"
 * <no-reply@smartrecruiters.com>): a display name that the body writes again, that no one signs
 * or is greeted with, and that is not the tool's own name.
 */
export function displayedFirm(input: VetInput, hay: string, people: Set<string>): string | null {
  const name = input.sender?.name.split(/\s+via\s+/i)[0]?.trim() ?? "";
  if (!name || name.split(/\s+/).length > 6 || people.has(fold(name))) return null;
  // ("Recruiting Team": a function, no firm.)
  if (onlyFunctionWords(name)) return null;
  const host = compact(input.sender?.address.split("@")[1] ?? "");
  if (host && host.includes(compact(name))) return null;
  const body = hay.slice(hay.indexOf("\n") + 1);
  if (!body.includes(name) || personName(name, input, hay) || signs(name, hay)) return null;
  return firmName(name);
}

/** The firm the interview is with, when it is not the recruiting firm writing. */
export function otherFirmWith(hay: string, input: VetInput, writer: string): string | null {
  for (const re of [APPLIED_WITH, STEP_WITH]) {
    const name = firmFrom(re.exec(hay), hay, input);
    if (name && compact(name) !== compact(writer) && !compact(name).startsWith(compact(writer))) return name;
  }
  return null;
}

/**
 * The organisation a pattern captured, cleaned and checked: not a person, not a phrase, and not
 * "Priya Rao, Head of Data" (two capitalised words introduced by a title).
 */
// (A client is a firm too: "el cliente, Ribera Mobility, y …".)
const FIRM_WORD_BEFORE =
  /(?:société|sociedad|empresa|firma|azienda|bedrijf|company|entreprise|[Cc]lient[e]?|[Kk]unden?|[Kk]lant|[Oo]pdrachtgever|[Mm]andant)(?:[,:]? ?\n?| (?:is|est|es|è|ist|é) )$/u;

// "the CTO of Orbitrix": a chief's title names the firm it is the chief of.
const CHIEF_OF = new RegExp(
  String.raw`^(?:CEO|CTO|CFO|COO|CIO|CMO|CPO|CHRO|Founder|Co-founder|Managing Director) of (${NAME})$`,
  "u",
);

/**
 * The name a reader's pattern captured, unless it is a person's, a phrase, or (two capitalised
 * words before a comma or a dash) a person with a title. `calledFirm`: the pattern itself says
 * the name is a firm's ("my client X", "X, a client of ours", "the people at X").
 */
function namedAt(m: RegExpExecArray | null, hay: string, input: VetInput, calledFirm = false): string | null {
  const captured = m?.[1]
    ?.replace(/\s+(?:de|du|des|del|van|von|y|e|et|und|and|of|&)$/u, "")
    .replace(/[.]+$/, "");
  // "Marlow Foods Asia's VP Supply Chain": the firm is the possessor of the title.
  const possessed = captured ? /^(.+?)['’]s (\S+)/u.exec(captured) : null;
  const owner = possessed?.[1] && ROLEISH.test(possessed[2] ?? "") ? possessed[1] : captured;
  const name = (owner && CHIEF_OF.exec(owner)?.[1]) ?? owner;
  if (!m || !name || personName(name, input, hay) || notOrgPhrase(name)) return null;
  const after = hay.slice(m.index + m[0].length, m.index + m[0].length + 40);
  // "la société Bréval Emballages, pour le poste": a name the text calls a firm is no person with a title.
  const firmWord = calledFirm || FIRM_WORD_BEFORE.test(m[0].slice(0, m[0].indexOf(m[1] ?? "")));
  // ("Meridian Ledger – their Head of Engineering": a name spoken of as "their" after a dash is a
  // firm's; "Hannah Bell, their CTO" is a person's, with a title in apposition.)
  if (
    !firmWord &&
    /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name) &&
    /^\s*(?:,|\()|^\s*[–-](?!\s*their\b)/.test(after)
  )
    return null;
  return name;
}

function firmFrom(m: RegExpExecArray | null, hay: string, input: VetInput): string | null {
  const name = namedAt(m, hay, input);
  return name ? firmName(name) : null;
}

// "Thank you for applying to the Marketing Coordinator position at Palmetto Outdoor Co.": a job
// title may come first; the next few places are read too.
const APPLIED_WITH_ALL = new RegExp(APPLIED_WITH.source, "gu");

export function firmWith(hay: string, input: VetInput): string | null {
  APPLIED_WITH_ALL.lastIndex = 0;
  let tries = 0;
  for (let m = APPLIED_WITH_ALL.exec(hay); m && tries < 3; m = APPLIED_WITH_ALL.exec(hay), tries++) {
    const firm = firmFrom(m, hay, input);
    if (firm) return firm;
  }
  return null;
}

const CLIENT_IN_BRACKETS =
  /(?:\(|, )(?:an? |the |un |una |um |uma |een |ein |eine |our |nuestr[oa] |notre |noss[oa] |nostr[oa] |unsere? |onze )?(?:client|cliente|kunde|kundin|klant|opdrachtgever|mandant)/i;

/** "The Glasshouse Retail brief": the client an agency's search is for, when it is a firm. */
export function clientBrief(hay: string, agency: string, input: VetInput): string | null {
  const name = CLIENT_BRIEF.exec(hay)?.[1];
  if (!name || compact(name) === compact(agency) || personName(name, input, hay)) return null;
  // "The Academic Registrar search": searches are named for jobs as often, so only a name that
  // ends like a firm's counts.
  const last = name.split(" ").pop() ?? "";
  if (!(FIRM_KIND.test(last) || ORG_TAIL.test(last)) || onlyInTitles(name, hay)) return null;
  return firmName(name);
}

/** "Great to connect via Jess at Bluegum Talent": a recruiting firm that put the owner forward. */
export function introducedBy(hay: string, company: string, input: VetInput): string | null {
  const name = namedAt(INTRODUCED_BY.exec(hay), hay, input);
  if (!name || !AGENCY_NAME.test(name) || compact(name) === compact(company)) return null;
  return firmName(name);
}

/** "TalentForge RPO (on behalf of Stratus One)": the firm a recruiting firm acts for. */
export function actingFor(hay: string, agency: string, input: VetInput): string | null {
  const name = namedAt(ON_BEHALF.exec(hay), hay, input);
  return name && compact(name) !== compact(agency) ? name : null;
}

const TITLE_IN_BRACKETS =
  /^\s*\([^()]{0,40}\b(?:manager|head|director|lead|chief|CEO|CTO|CFO|COO|VP|recruiter|teamleider|teamlead|leiter(?:in)?|responsable|directeur|directrice|gerente|diretor|diretora|direttore|hoofd)\b[^()]{0,40}\)/iu;

// The readers whose pattern itself says the name is a firm's ("my client X", "recruiting … for X").
const CALL_IT_A_FIRM = new Set([
  CLIENT_NAMED,
  CLIENT_OF,
  TEAM_AT,
  SEARCH_FOR_FIRM,
  RECRUITING_FOR,
  PUT_FORWARD_TO,
  SHARED_WITH,
]);

/** The client an agency names: "il cliente Cantieri Bellaria", "la entrevista técnica con Contoso". */
export function clientNamed(hay: string, agency: string, input: VetInput): string | null {
  for (const re of [
    ON_BEHALF,
    SEARCH_FOR,
    SEARCH_FOR_FIRM,
    RECRUITING_FOR,
    PUT_FORWARD_TO,
    SHARED_WITH,
    CLIENT_NAMED,
    CLIENT_OF,
    STEP_WITH,
    WANTS_TO_MEET,
    NEWS_ON,
    TEAM_AT,
    APPLIED_WITH,
    ROLE_IN,
  ]) {
    // "X (a client of ours)", "X, a client of ours" need their client word; most mail has none.
    if (re === CLIENT_OF && !CLIENT_IN_BRACKETS.test(hay)) continue;
    const m = re.exec(hay);
    // "met Femke de Groot (manager Data Platform)": a title in brackets follows a person.
    if (m && TITLE_IN_BRACKETS.test(hay.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    const name = namedAt(m, hay, input, CALL_IT_A_FIRM.has(re));
    if (!name || compact(name) === compact(agency) || STOP_CAPS.test(name.split(" ")[0] ?? "")) continue;
    // "On behalf of Halvorsen Marine Japan", signed "Halvorsen Group": a group hiring for its own
    // company, not a client.
    if (re === ON_BEHALF && compact(name.split(" ")[0] ?? "") === compact(agency.split(" ")[0] ?? ""))
      continue;
    // "Directrice Actuariat (client confidentiel)": a job title, not the client; "met CEO Hilde
    // Peeters": an officer's title, then the person.
    if (ROLEISH.test(name.split(" ")[0] ?? "") || TITLE_ACRONYM.test(name.split(" ")[0] ?? "")) continue;
    // "el puesto … en Riba-roja": after "in"/"en" one word is as often a town as a firm.
    if (re === ROLE_IN && !name.includes(" ")) continue;
    // ("A Serra Verde Agro quer conhecer você": the article opening the sentence is not the name's.)
    return name.replace(/^(?:A|O|As|Os|La|El|Il|Lo|Le|Les|Los|Las|Het|Die|Der|Das|The) (?=\p{Lu})/u, "");
  }
  return null;
}

// A firm's registered name: capitalised words ended by a legal form ("Conservas del Cantábrico,
// S.A.", "Noordzee Havens N.V.", "Cajuína Tecnologia Ltda."). Only firms write themselves so.
const LEGAL_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME}),? (?:${WRITTEN_FORMS})(?![\p{L}])`, "gu");

// (Asked first: most mail writes no legal form.)
const ANY_WRITTEN_FORM = new RegExp(String.raw`(?:${WRITTEN_FORMS})(?![\p{L}])`, "u");

const LEADING_STEP =
  /^(?:\p{Lu}\p{Ll}*gespräch|\p{Lu}\p{Ll}*gesprek|Vervolg|Follow-up|Interview|Entretien|Entrevista|Colloquio|Gesprek|Kennenlernen|Termin|Einladung|Invitation|Convocatoria|Convocação|Convocazione|Convocation|Rückmeldung|Feedback|Update|Retour|Respuesta|Retorno|Riscontro|Terugkoppeling)\s+(?=\p{Lu}\S* \p{Lu})/u;

/**
 * "Zweitgespräch Aarfeld Versicherungen": a step word opening a line is read with the capitals
 * after it, but no firm is called so (only a name of two words or more is left).
 */
export function withoutLeadingStep(name: string): string {
  return name.replace(LEADING_STEP, "");
}
const TITLE_OF = /^(.+?) (?:de|del|da|do|di|of|bei|chez|van|von) (?=\p{Lu})/u;
const PUBLIC_BODY = new RegExp(String.raw`(?:^|\s)${INSTITUTION}$`, "u");
// "Banco Paranaense de Fomento", "Caixa Rural de Soria": a bank or an institution named first, then
// what it is for or where it serves.
const FOUNDED_AS = new RegExp(
  String.raw`^(?:${INSTITUTION}|Banco|Banca|Banque|Caixa|Caja|Cassa) \p{Lu}`,
  "u",
);
// "Ayuntamiento de Valdecruz", "Comune di Montelieto": a public body and the place it serves, the
// place alone being what a domain or a subject gives.
const PUBLIC_BODY_OF = new RegExp(
  String.raw`(?<![\p{L}])${INSTITUTION} (?:de|di|do|da|del|della|des|du|of|van|von) $`,
  "u",
);
const FIRM_KIND_PAIR =
  /^ (Credit Union|Building Society|Savings Bank|Medical Cent(?:er|re)|Health System)\b/u;
const LEADING_PARTICLE_RUN =
  /(?:^|[^\p{L}\p{N}])((?:\p{Lu}[\p{L}'’-]+ )+(?:do|da|dos|das|de|del|della|di|du|des|van|von) )$/u;

// "ソラテック株式会社", "株式会社ミナト精機": a Japanese legal form written against the name, before
// or after it (hiragana, which Japanese prose runs on with, ends the name).
const JAPANESE_LEGAL_NAME = new RegExp(
  String.raw`([\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{2,15})(?:${JAPANESE_LEGAL_FORMS})|(?:${JAPANESE_LEGAL_FORMS})\s*([\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{2,15})`,
  "gu",
);

/**
 * The registered names the text writes, in order, less the owner's own employer (the address's
 * domain spells it) and firms named for recruiting.
 */
export function legalNames(hay: string, ownerAddress: string): string[] {
  if (hay.includes("会社")) {
    const own = domainKey(ownerAddress);
    const names = [...hay.matchAll(JAPANESE_LEGAL_NAME)].map((m) => m[1] ?? m[2] ?? "");
    const found = names.filter((n) => n && !(own.length >= 4 && compact(n).startsWith(own)));
    if (found.length) return found;
  }
  if (!ANY_WRITTEN_FORM.test(hay)) return [];
  const own = domainKey(ownerAddress);
  const out: string[] = [];
  LEGAL_NAME.lastIndex = 0;
  for (let m = LEGAL_NAME.exec(hay); m; m = LEGAL_NAME.exec(hay)) {
    // "Voss Antriebstechnik GmbH & Co. KG": the name ends before its first legal form.
    let name = m[1]!
      .replace(/ & Co\.?$/, "")
      .replace(LEGAL_TAIL, "")
      .trim();
    // "Fábrica do Azulejo Digital, Lda.", "Vinhos do Sado, Lda.": capitalised words and a
    // Romance or Dutch particle before the run belong to the name.
    const lead = LEADING_PARTICLE_RUN.exec(hay.slice(Math.max(0, m.index - 48), m.index))?.[1];
    if (lead) name = `${lead}${name}`;
    // "Director General de Lácteos Montañeses, S.A.": the firm is what follows a title's "de".
    const titled = TITLE_OF.exec(name);
    if (titled?.[1] && ROLEISH.test(titled[1])) name = name.slice(titled[0].length);
    name = withoutLeadingStep(name);
    const key = compact(name);
    if (key.length < 3 || (own.length >= 4 && (key.startsWith(own) || own.startsWith(key)))) continue;
    if (AGENCY_NAME.test(name) || notOrgPhrase(name)) continue;
    out.push(name);
  }
  return out;
}

/**
 * "Nubalia" from a display name, written "Nubalia Sistemas, S.L." in the signature, or "Montealto"
 * from a domain, written "Cervecera Montealto, S.A.": the registered name (one or two words more
 * before the name, what the firm is, or any after it).
 */
export function registeredName(name: string, registered: readonly string[], hay: string): string {
  const words = name.split(" ").length;
  return (
    registered.find((l) => l.startsWith(`${name} `) && !onlyInPrivacyNotice(l, hay)) ??
    registered.find(
      (l) =>
        l.endsWith(` ${name}`) &&
        l.split(" ").length <= words + 2 &&
        // ("Die Quarzbank AG lädt Sie ein", "Technisches Interview Solvara GmbH", "Ort | Alpenfirn
        // AG" in a table: an article, a step or a label runs into the name once; the firm writes
        // its full name again, "Talent Acquisition · Cervecera Montealto".)
        !notOrgPhrase(l.slice(0, -name.length - 1)) &&
        twice(l, hay),
    ) ??
    name
  );
}

// "Nubaria Technologies S.L. tratará tus datos…": a privacy notice names the legal entity that
// processes the data; the firm is the one the mail and its signature call "Nubaria".
const PRIVACY_NOTICE =
  /\b(?:privacy|personal data|your data|datos personales|tus datos|sus datos|protecci[oó]n de datos|tratar[aá]|donn[ée]es personnelles|vos donn[ée]es|Datenschutz|personenbezogene|Ihre Daten|deine Daten|dati personali|i tuoi dati|dados pessoais|seus dados|persoonsgegevens|je gegevens|uw gegevens|GDPR|RGPD|DSGVO|AVG|LGPD)\b/i;

function inPrivacyNotice(at: number, hay: string): boolean {
  const start = hay.lastIndexOf("\n", at) + 1;
  const end = hay.indexOf("\n", at);
  return PRIVACY_NOTICE.test(hay.slice(start, end < 0 ? undefined : end));
}

function onlyInPrivacyNotice(text: string, hay: string): boolean {
  for (let at = hay.indexOf(text); at >= 0; at = hay.indexOf(text, at + text.length))
    if (!inPrivacyNotice(at, hay)) return false;
  return true;
}

function twice(text: string, hay: string): boolean {
  const at = hay.indexOf(text);
  return at >= 0 && hay.indexOf(text, at + text.length) >= 0;
}
