/**
 * The long names of public bodies, foundations and institutes, which join capitalised words with
 * small ones ("Fundación Sierra Madre para la Educación Tecnológica", "Ministerie van Kustbeheer
 * en Ruimtelijke Ordening", "Stiftung für Gebirgsökologie Graubünden"). Mail shortens them
 * ("Fundación Sierra Madre", "IWKN", "Cascadia Transit") in its subject, domain or greeting line
 * and writes them whole in a sentence or the signature; the whole name is the employer's.
 */
import { fold } from "./fold";
import { firmShaped } from "./firmShaped";
import { WRITTEN_FORM_WORD } from "./legalForms";
import { FUNCTION_WORD, STOP_CAPS } from "./orgWords";
import { TITLE_WORDS } from "./partyWords";

// A word naming what kind of body it is, in the seven languages. (A department of one, such as
// "Direction des Ressources Humaines", is not listed: it is not the employer.)
const HEAD =
  /^(?:Foundation|Institute|Ministry|Department|Agency|Authority|Council|Commission|Society|Association|Trust|Consortium|Centre|Center|Board|Fund|Academy|College|University|Museum|Hospital|Federation|Alliance|Fondation|Institut|Ministère|Agence|Autorité|Conseil|Société|Centre|Fonds|Académie|École|Université|Musée|Hôpital|Régie|Caisse|Chambre|Fédération|Établissement|Observatoire|Communauté|Métropole|Syndicat|Comunidad|Comunidade|Comunità|Stiftung|Ministerium|Agentur|Behörde|Gesellschaft|Verein|Verband|Zentrum|Akademie|Hochschule|Universität|Kammer|Kommission|Klinikum|Fundación|Instituto|Ministerio|Agencia|Autoridad|Consejo|Comisión|Sociedad|Asociación|Centro|Fondo|Academia|Escuela|Universidad|Museo|Consorcio|Federación|Confederación|Cámara|Mancomunidad|Fundação|Ministério|Agência|Autoridade|Conselho|Comissão|Sociedade|Associação|Fundo|Escola|Universidade|Museu|Consórcio|Federação|Câmara|Stichting|Instituut|Ministerie|Agentschap|Autoriteit|Raad|Commissie|Vereniging|Centrum|Academie|Hogeschool|Universiteit|Ziekenhuis|Federatie|Intercommunale|Waterschap|Fondazione|Istituto|Ministero|Agenzia|Autorità|Consiglio|Commissione|Società|Associazione|Accademia|Scuola|Università|Ospedale|Consorzio|Federazione|Camera|Ente|Azienda)$/u;
// German and Dutch compounds end in their kind ("Bundesamt", "Landesanstalt", "Waterleidingmaatschappij").
const COMPOUND_HEAD =
  /\p{Ll}(?:amt|ministerium|anstalt|institut|zentrum|gesellschaft|verband|stiftung|akademie|agentur|behörde|kammer|maatschappij|instituut|centrum|spital|klinik|klinikum|ziekenhuis)$/u;

// The small words inside such names: "for", "für die", "para la", "per lo", "van", "en", "della".
const LINK = new Set(
  "for of the and & de la le les des du pour et für die den das der von und zur zum del los las para y e el a o as os da do dos van voor het en di della dello delle dei degli per il lo gli ed sui sul sulla sulle sugli".split(
    " ",
  ),
);
// "l'Énergie", "dell'Ambiente", "d'Orsay": an elided small word glued to a capitalised one.
const ELIDED = /^(?:[dl]|dell|all|nell|sull|dall|degl)['’](?=\p{Lu})/u;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

interface Run {
  /** The name as written. */
  name: string;
  /** Its capitalised words, elisions taken off. */
  words: string[];
  /** For each capitalised word, whether a small word comes right before it. */
  afterLink: boolean[];
  /** Whether small words join parts of it. */
  linked: boolean;
  /** Whether it stands alone on its line (a signature's line), or after a "|" or a dash. */
  ownLine: boolean;
}

/** Whether a word names a kind of public body or institution ("Azienda", "Bundesamt"). */
export function isHead(word: string): boolean {
  return HEAD.test(word) || COMPOUND_HEAD.test(word);
}

/** Whether a line has a word naming a kind of body: most lines have none and are read no further. */
function namesAKind(line: string): boolean {
  for (const t of line.split(/[\s|()]+/u)) {
    const word = t.replace(ELIDED, "").replace(/[.,;:!?]+$/u, "");
    if (word.length >= 3 && word.charCodeAt(0) < 0x250 && CAPITALISED.test(word) && isHead(word)) return true;
  }
  return false;
}

/** The runs of capitalised words (joined by small ones) on one line that name a kind of body. */
function runsOn(line: string): Run[] {
  if (!namesAKind(line)) return [];
  const out: Run[] = [];
  // Parts of a line split by a bar, a dash between spaces or a bracket ("IREC – Institut de …",
  // "Recruiter | Ministerie van …", "… Kempen-Noord (IWKN)").
  for (const part of line.split(/\s[|·•–—-]\s|\s*[|()]\s*/u)) {
    const tokens = part.trim().split(/\s+/u);
    for (let i = 0; i < tokens.length;) {
      const end = runFrom(tokens, i, out);
      i = Math.max(end, i + 1);
    }
  }
  return out;
}

const capital = (w: string): boolean => CAPITALISED.test(w.replace(/[.,;:!?]+$/u, "").replace(ELIDED, ""));

/** Reads the run starting at token `i` into `out` (if it names a body); returns the token after it. */
function runFrom(tokens: readonly string[], i: number, out: Run[]): number {
  const taken: string[] = [];
  const words: string[] = [];
  /** For each word, the index in `taken` of the token it came from. */
  const tokenOf: number[] = [];
  const afterLink: boolean[] = [];
  let j = i;
  for (let closed = false; j < tokens.length && !closed; j++) {
    let t = tokens[j]!;
    // Punctuation closes the name after the word it follows ("S.A." is no such stop).
    closed = /[.,;:!?]$/u.test(t) && !/^(?:\p{Lu}\.)+$/u.test(t);
    if (closed) t = t.replace(/[.,;:!?]+$/u, "");
    const bare = t.replace(ELIDED, "");
    // ("Lindner Revision GmbH Wirtschaftsprüfungsgesellschaft", "Graphic Design Institute Talent
    // Team": a legal form or a hiring function's word ends the name; "Sie", "Dear" are no part.)
    if (
      !CAPITALISED.test(bare) ||
      WRITTEN_FORM_WORD.test(bare) ||
      FUNCTION_WORD.test(bare) ||
      STOP_CAPS.test(bare)
    ) {
      // Up to two small words, then a capitalised one, carry the name on.
      const next = tokens[j + 1] ?? "";
      const after = tokens[j + 2] ?? "";
      const links =
        words.length === 0 || closed || !LINK.has(t)
          ? 0
          : capital(next) && !STOP_CAPS.test(next)
            ? 1
            : LINK.has(next) && capital(after) && !STOP_CAPS.test(after)
              ? 2
              : 0;
      if (links === 0) break;
      taken.push(...tokens.slice(j, j + links));
      j += links - 1;
      continue;
    }
    afterLink.push(bare !== t || (taken.length > 0 && LINK.has(taken[taken.length - 1]!)));
    tokenOf.push(taken.length);
    taken.push(t);
    words.push(bare);
  }
  const head = words.findIndex(isHead);
  if (words.length < 2 || head < 0) return j;
  // "Coordinador de Plataformas Educativas de la Fundación …": what comes before the small words
  // ahead of its kind is a post, not part of the body's name.
  let from = 0;
  for (let k = 1; k <= head; k++) if (afterLink[k]) from = k;
  const kept = words.slice(from);
  // (Not part of the name: a title after it, "… Foundation for Senior Analyst".)
  if (kept.length < 2 || kept.some((w, k) => k > 0 && TITLE_WORDS.test(w.toLowerCase()))) return j;
  const nameTokens = [kept[0]!, ...taken.slice(tokenOf[from]! + 1)];
  out.push({
    name: nameTokens.join(" "),
    words: kept,
    afterLink: [false, ...afterLink.slice(from + 1)],
    linked: nameTokens.some((t) => LINK.has(t) || ELIDED.test(t)),
    ownLine: i === 0 && from === 0 && j === tokens.length,
  });
  return j;
}

/** The initials of a name's capitalised words, hyphenated parts each counted ("Kempen-Noord": KN). */
function initials(words: readonly string[]): string {
  return words
    .flatMap((w) => w.split("-"))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * Whether `short`'s words appear in `long`'s in order with others between them, the first words
 * the same ("Cascadia Transit", "Cascadia Regional Transit Authority").
 */
function shortened(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || short[0] !== long[0]) return false;
  let k = 0;
  let gap = false;
  for (const w of long) {
    if (w === short[k]) k++;
    else if (k > 0 && k < short.length) gap = true;
  }
  return k === short.length && gap;
}

/**
 * Whether the run is `part` written in full: `part` within it, but not a firm the run only names
 * a unit of ("Shared Service Center der Brenner Gruppe", "Lindqvist Bank Technology Centre").
 */
function writtenInFull(run: Run, part: readonly string[], firm: boolean): boolean {
  const long = run.words;
  outer: for (let i = 0; i + part.length <= long.length; i++) {
    for (let k = 0; k < part.length; k++) if (long[i + k] !== part[k]) continue outer;
    if (!firm) return true;
    const next = i + part.length;
    return !run.afterLink[i] && (next === long.length || run.afterLink[next] === true);
  }
  return false;
}

/**
 * The body's whole name where `name` is part of it ("Fundación Sierra Madre" → "… para la
 * Educación Tecnológica"; "Bundesamt" → "Bundesamt für Verwaltungsdigitalisierung"), stands for
 * it ("IWKN", "AMSMA"), or shortens it ("Cascadia Transit" → "Cascadia Regional Transit
 * Authority"); otherwise `name`.
 */
export function fullerInstitution(written: string, text: string): string {
  // "Ayto. Villaverde del Júcar": the short form Spanish councils sign with, written out.
  const name = written.replace(/^(?:Excmo\.?\s+)?Ayto\.?\s+(?:de\s+)?(?=\p{Lu})/u, "Ayuntamiento de ");
  const part = name.split(/\s+/u);
  const acronym = /^\p{Lu}{3,7}$/u.test(name) ? name : null;
  const firm = firmShaped(name) || part.some(isHead);
  let best: Run | null = null;
  for (const line of text.split("\n")) {
    if (!line.includes(acronym ? acronym[0]! : part[0]!)) continue;
    for (const run of runsOn(line)) {
      if (run.words.length <= part.length) continue;
      const fits = acronym
        ? initials(run.words) === acronym
        : writtenInFull(run, part, firm) || shortened(part, run.words);
      if (fits && (!best || run.words.length > best.words.length)) best = run;
    }
  }
  return (
    best?.name ?? (acronym ? (expandedAcronym(acronym, text) ?? signedInFull(acronym, text)) : null) ?? name
  );
}

/**
 * The body's name in sentence case on a closing line whose words (the small joining ones aside)
 * begin with the acronym's letters: "ANSEBP" from a reference and the domain, signed "Agence
 * nationale pour la sobriété énergétique des bâtiments publics".
 */
function signedInFull(acronym: string, text: string): string | null {
  for (const line of closingLines(text)) {
    const named = sentenceCaseName(line);
    if (!named) continue;
    const letters = named
      .split(/\s+/u)
      .map((w) => w.replace(ELIDED, ""))
      .filter((w) => !LINK.has(w))
      .map((w) => fold(w.charAt(0)).toUpperCase())
      .join("");
    if (letters === acronym) return named;
  }
  return null;
}

// A name with a mark of punctuation inside was read across a sentence or a clause.
const PUNCTUATION = /[.,;:!?]/u;

/**
 * The long name the mail pairs an acronym with, whatever its initials: "Comisión Nacional de
 * Datos Abiertos (CONADA)", "VIKO (Vlaams Instituut voor Kustonderzoek)", "Istituto Nazionale di
 * Ricerca sulle Acque – INRA", "Agence nationale de la cartographie numérique (ANCN)". The long
 * name opens with its kind of body, which a bracket after a person or a post does not.
 */
function expandedAcronym(acronym: string, text: string): string | null {
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.length)) {
    const lineEnd = text.indexOf("\n", at);
    const before = text.slice(text.lastIndexOf("\n", at) + 1, at);
    const after = text.slice(at + acronym.length, lineEnd < 0 ? text.length : lineEnd);
    // "VIKO (Vlaams Instituut voor Kustonderzoek)".
    const inBrackets = /^ \(([^()]{8,120})\)/u.exec(after)?.[1];
    // ("… de la Haute-Rivière (CIUSSS de la Haute-Rivière)": the acronym with its own place.)
    const named =
      inBrackets ??
      ((/(?:\(| [–—-] )$/u.test(before) && /^\)?\s*(?:$|[,.;:])/u.test(after)) ||
      (before.endsWith("(") && /^ [^()\n]{1,40}\)\s*(?:$|[,.;:])/u.test(after))
        ? before.replace(/\s*(?:\(| [–—-] )$/u, "")
        : null);
    if (!named) continue;
    // From the first word naming a kind of body.
    const words = named.split(/\s+/u);
    const head = words.findIndex(
      (w) => CAPITALISED.test(w.replace(ELIDED, "")) && isHead(w.replace(ELIDED, "")),
    );
    if (head < 0) continue;
    // (With the capitalised words right before it: "Vlaams Instituut …", "Harrowfield University …";
    // not across an elided article, "la sede di Torino dell'Istituto …", which it loses.)
    let from = head;
    const elided = ELIDED.test(words[head]!);
    if (elided) words[head] = words[head]!.replace(ELIDED, "");
    while (!elided && from > 0 && CAPITALISED.test(words[from - 1]!) && !STOP_CAPS.test(words[from - 1]!))
      from--;
    const name = words.slice(from).join(" ");
    if (PUNCTUATION.test(name) || name.split(" ").length > 12) continue;
    return name;
  }
  return null;
}

/**
 * A body signing its long name where nothing else named the employer: on a line of its own
 * ("Stiftung für Gebirgsökologie Graubünden"), or anywhere when the sender's domain spells part
 * of it ("lgv.landesamt.example.de" and "Landesamt für Geoinformation und Vermessung").
 */
export function signedInstitution(text: string, sender: string): string | null {
  const domain = sender.slice(sender.indexOf("@") + 1).toLowerCase();
  let signed: string | null = null;
  for (const line of text.split("\n").reverse()) {
    for (const run of runsOn(line)) {
      if (!run.linked) continue;
      if (spelledBy(run, domain)) return run.name;
      if (run.ownLine) signed ??= run.name;
    }
  }
  return signed ?? signedInSentenceCase(text);
}

/**
 * The body a letter names on its first line, as official letters open ("Centre hospitalier
 * intercommunal du Val-de-Brévenne", "Fundação Estadual de Saúde do Litoral Norte – FESLN",
 * "Northbridge and Vale NHS Foundation Trust"): the employer, whatever the sender's name says.
 * Given the letter's first line.
 */
export function letterhead(line: string): string | null {
  const first = line.trim();
  if (first.length < 8 || first.length > 120) return null;
  // (Unlinked too: "Universitätsklinikum Rheinaue – Geschäftsbereich Personal" opens a letter.)
  const run = runsOn(first).find((r) => r.ownLine);
  if (run) return run.name;
  // ("Northbridge and Vale NHS Foundation Trust": a whole line of capitalised and small words
  // with a kind of body among them, where the runs read only "Vale …" after the "and".)
  const words = first.split(/\s+/u);
  const whole =
    words.some((w) => isHead(w)) &&
    !LINK.has(words[words.length - 1]!) &&
    words.every((w) => LINK.has(w) || (CAPITALISED.test(w) && !STOP_CAPS.test(w)));
  return whole ? first : sentenceCaseName(first);
}

// A signing line that names a body in sentence case, as French and Spanish official names are
// written ("Communauté d'agglomération du Val de Sarne"), or by its acronym ("CIUSSS de la …").
const SIGNED_ACRONYM = /^(\p{Lu}{3,7})(?:\s|$)/u;

/**
 * The body a signature's closing lines name in sentence case, or by an acronym the mail pairs
 * with its long name: "Communauté d'agglomération du Val de Sarne" alone on its line;
 * "CIUSSS de la Haute-Rivière" signing, with "Centre intégré universitaire de santé et de
 * services sociaux de la Haute-Rivière (CIUSSS de la Haute-Rivière)" in the text.
 */
function signedInSentenceCase(text: string): string | null {
  for (const line of closingLines(text)) {
    const acronym = SIGNED_ACRONYM.exec(line)?.[1];
    const paired = acronym ? expandedAcronym(acronym, text) : null;
    if (paired) return paired;
    const named = sentenceCaseName(line);
    if (named) return named;
  }
  return null;
}

/** The last lines of a mail that hold something, trimmed: where it signs. */
function closingLines(text: string): string[] {
  return text
    .slice(-1000)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(-10);
}

/** A line that is a body's name in sentence case ("Communauté d'agglomération du Val de Sarne"), or null. */
function sentenceCaseName(line: string): string | null {
  // ("Bundesamt für digitale Finanzaufsicht BDFA", "… (ANCN)": the acronym after it is no part.)
  // ("… de la Haute-Rivière (CISSS de la Haute-Rivière)": so is the acronym with its place.)
  const named = line.replace(/\s+(?:\p{Lu}{2,7}|\(\p{Lu}{2,7}(?:\s[^()]{1,40})?\))$/u, "");
  const words = named.split(/\s+/u);
  const first = (words[0] ?? "").replace(ELIDED, "");
  if (words.length < 3 || words.length > 14 || !CAPITALISED.test(first) || !isHead(first)) return null;
  if (/[\d|.,;:!?@()]/u.test(named)) return null;
  // (Sentence case: some word after the first in lower case that is no small joining word.)
  const lower = words.slice(1).filter((w) => /^\p{Ll}/u.test(w.replace(ELIDED, "")) && !LINK.has(w));
  return lower.length > 0 && !LINK.has(words[words.length - 1]!) ? named : null;
}

/** Whether a domain's labels hold the run's initials or one of its longer words. */
function spelledBy(run: Run, domain: string): boolean {
  if (!domain) return false;
  const labels = domain.split(/[.-]/u);
  const letters = initials(run.words).toLowerCase();
  return (
    labels.includes(letters) ||
    run.words.some((w) => w.length >= 6 && labels.some((l) => l.includes(w.toLowerCase())))
  );
}
