import { clientWordIn } from "./mentionsClient";
import { mentionsClient as speaksOfClient } from "./mentionsClient";
import { compactName as compact, isWordUnit } from "./domainNames";
import { namedEmployer } from "./namedEmployer";
import { FUNCTION_WORD, MARKETPLACES, ROLEISH, STOP_CAPS, TITLE_ACRONYM } from "./orgWords";

/**
 * Second look at the names readParties picked, against the wording of the mail:
 * - agencies introduce the client with a description first ("our client, a leading bank, Contoso
 *   Bank, would like…"; "notre client, un acteur majeur de la banque privée, la Banque Lucerne");
 * - a display name or domain gives a short form that the signature or subject writes in full
 *   ("Quadrant Staffing" → Quadrant Staffing Solutions, "Veldzicht" → Coöperatie Veldzicht).
 */

const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*(?: (?:\p{Lu}(?:[\p{L}\p{N}'’&-]+|(?!\.\p{L}))|&|de|du|des|del|van|von|y|e|et|und|and|of)){0,3}`;

/**
 * "our client, <a description in lower case>, <Name>": the description is short and has no sentence
 * end (and opens in lower case: in "nosso cliente, a Marés Engenharia, Lda." the name comes first).
 */
const CLIENT_APPOSITION = new RegExp(
  String.raw`\b(?:[Oo]ur client|[Mm]y client|[Nn]otre client|[Nn]uestro cliente|[Nn]osso cliente|(?:[Ii]l )?[Nn]ostro cliente|[Uu]nser(?:em)? [Kk]unden?|[Oo]nze (?:klant|opdrachtgever)),\s+(?:an?|un|une|uno|una|um|uma|een|ein(?:e|en)?|el|la|le|il|o)\s(?=\p{Ll})[^.,;:!?\n]{3,80},\s+(?:(?:the|la|le|l'|el|il|o|a|de|het|die|der)\s+)?(${NAME})`,
  "u",
);

/** The client named right after the "client" word in Dutch agency mail ("Onze opdrachtgever, Havenbedrijf Delta, wil…"). */
const CLIENT_DIRECT = new RegExp(
  String.raw`\b(?:[Oo]nze opdrachtgever|[Uu]nser Auftraggeber|[Nn]otre mandant)[,:]?\s+(${NAME})|\b(?:[Nn]osso cliente|[Nn]uestro cliente|[Oo]ur client|[Nn]otre client|[Nn]ostro cliente),\s+(?:a|o|la|el|le|the|il|l')\s+(${NAME}),`,
  "u",
);

/** Words that open an organisation's full name in the languages of the corpus. */
const ORG_PREFIX =
  /^(?:Cabinet|Groupe|Grupo|Gruppo|Banque|Banco|Banca|Bank|Coöperatie|Cooperatie|Coopérative|Cooperativa|Stichting|Fondation|Fundación|Fundação|Fondazione|Stiftung|Brouwerij|Bodega|Bodegas|Maison|Société|Sociedad|Caisse|Caja|Mutuelle)$/u;

const LEGAL_WORD =
  /^(?:inc|llc|ltd|limited|corp|corporation|co|plc|gmbh|ag|kg|sa|sl|sas|sarl|bv|nv|spa|srl|pvt|pty|oy|ab|u\.?a|s\.?a|b\.?v|n\.?v)\.?$/i;

/**
 * The capitalised word right before the space at text[at - 1], within the 24 characters before
 * `at`, as /(\p{Lu}[\p{L}]+) $/u finds it; ASCII words are read by char code, others by the pattern.
 */
function wordBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 24);
  let i = at - 2;
  for (; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c > 127) {
      // A dash or quote ends the word as an ASCII punctuation mark would; a letter needs the pattern.
      if ((c >= 0xd800 && c <= 0xdfff) || /\p{L}/u.test(text.charAt(i)))
        return /(\p{Lu}[\p{L}]+) $/u.exec(text.slice(from, at))?.[1];
      break;
    }
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  // The leftmost capital of the letter run that has a letter after it starts the match.
  for (let p = i + 1; p <= at - 3; p++) {
    const c = text.charCodeAt(p);
    if (c >= 65 && c <= 90) return text.slice(p, at - 1);
  }
  return undefined;
}

/**
 * Whether AFTER_NAME can match anything at `end`: only a lower-case letter or a space and a
 * capital continue a name. Decided by char code for ASCII; other characters say yes.
 */
function mayGoOn(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c > 127) return true;
  if (c >= 97 && c <= 122) return true;
  if (c !== 32) return false;
  const d = text.charCodeAt(end + 1);
  return d > 127 || (d >= 65 && d <= 90);
}

/** What may follow a name in its fuller form: the rest of a word, then up to two capitalised words. */
const AFTER_NAME = /^(\p{Ll}*)((?: \p{Lu}[\p{L}&'’-]+){0,2})/u;

function usable(name: string, other: string | null): boolean {
  const first = name.split(" ")[0] ?? "";
  if (STOP_CAPS.test(first) || ROLEISH.test(name)) return false;
  return !other || compact(other) !== compact(name);
}

// (clientWordIn finds a word that every match of CLIENT_APPOSITION and CLIENT_DIRECT contains, with
// an early exit: in agency mail the word comes early, and a keyword pass would read the whole text.)

/** The client an agency names after a description, or null. */
export function clientInApposition(
  text: string,
  agency: string | null,
  mentionsClient = clientWordIn(text),
): string | null {
  if (!mentionsClient) return null;
  const m = CLIENT_APPOSITION.exec(text) ?? CLIENT_DIRECT.exec(text);
  const name = (m?.[1] ?? m?.[2])?.replace(/\s+(?:de|du|des|del|van|von|y|e|et|und|and|of|&)$/u, "");
  return name && usable(name, agency) ? name : null;
}

/**
 * The fuller form of a short organisation name as the text writes it: more capitalised words
 * after it (written at least twice, so a one-off "Fabrikam India" office does not count) or an
 * organisation-type word before it. Legal forms are left to the caller.
 */
export function fullerName(name: string, text: string): string {
  if (name.length < 2) return name;
  // indexOf finds the few places the name occurs; only those are looked at with patterns.
  const longer = new Map<string, number>();
  let prefix: string | null = null;
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0 && seen < 12; at = text.indexOf(name, at + name.length)) {
    seen++;
    if (at > 0 && isWordUnit(text, at - 1)) continue;
    // The prefix pattern ends in a space: most occurrences are ruled out by one character.
    const before = at > 0 && text.charCodeAt(at - 1) === 32 ? wordBefore(text, at) : undefined;
    if (before && ORG_PREFIX.test(before)) prefix = before;
    if (!mayGoOn(text, at + name.length)) continue;
    const after = AFTER_NAME.exec(text.slice(at + name.length, at + name.length + 60));
    const words: string[] = [];
    for (const w of (after?.[2] ?? "").trim().split(" ").filter(Boolean)) {
      if (LEGAL_WORD.test(w) || STOP_CAPS.test(w) || ROLEISH.test(w) || FUNCTION_WORD.test(w)) break;
      if (TITLE_ACRONYM.test(w)) break;
      words.push(w);
    }
    const tail = (after?.[1] ?? "") + (words.length ? ` ${words.join(" ")}` : "");
    if (tail) longer.set(tail, (longer.get(tail) ?? 0) + 1);
  }
  let best = "";
  for (const [tail, n] of longer) if (n >= 2 && tail.length > best.length) best = tail;
  const full = `${name}${best}`;
  return prefix && !full.startsWith(prefix) ? `${prefix} ${full}` : full;
}

// Legal forms the scorer's list leaves out, as the world writes them (Brazil, Mexico, Singapore,
// Malaysia, Japan, the Nordics, the EU, partnerships, German associations).
const TRAILING_LEGAL =
  /(?:[\s,]+(?:u\.?\s?a|pvt|private|pty|ltda|eireli|pte|sdn\.? bhd|sdn|bhd|k\.?\s?k|a\/s|asa|oy|ab|se|llp|lp|e\.?\s?v|s\.?\s?a\.? de c\.?\s?v|kgaa|dac|ulc|clg|aps|bvba|sprl|sp\.? z o\.?\s?o|d\.?o\.?o|kft|zrt|ug)\.?)+$/i;

/** Applies both readings to what readParties found, keeping its signals in step. */
export function refineParties(
  parties: { company: string | null; agency: string | null; signals: string[] },
  text: string,
  senderAddress = "",
): { company: string | null; agency: string | null; signals: string[] } {
  let { company, agency } = parties;
  if (!company && !agency) company = namedEmployer(text, senderAddress);
  const mentionsClient = clientWordIn(text);
  const client = clientInApposition(text, agency, mentionsClient);
  if (client && (!company || compact(client) !== compact(company))) {
    // The mail's author introduces someone else's vacancy: the author's firm is the agency.
    if (!agency && company && text.toLowerCase().includes(company.toLowerCase())) agency = company;
    company = client;
  }
  // A consultancy hiring for itself: with no client mentioned, the only firm named is the employer.
  if (!company && agency && !MARKETPLACES.test(agency) && !speaksOfClient(text)) {
    company = agency;
    agency = null;
  }
  const tidy = (name: string | null): string | null => {
    if (!name) return name;
    const bare = name.replace(TRAILING_LEGAL, "").trim();
    return fullerName(bare.length >= 2 ? bare : name, text)
      .replace(TRAILING_LEGAL, "")
      .trim();
  };
  company = tidy(company);
  agency = tidy(agency);
  if (company === parties.company && agency === parties.agency) return parties;
  const signals = parties.signals.filter((s) => !/^(?:company named|arranged by agency): /.test(s));
  if (company) signals.push(`company named: ${company}`);
  if (agency) signals.push(`arranged by agency: ${agency}`);
  return { company, agency, signals };
}
