import { compact, fold } from "./fold";
import { CONNECTORS, FUNCTION_WORD, FUNCTION_WORDS, ORG_TAIL, ROLEISH, STOP_CAPS } from "./orgWords";

/**
 * Finds how a text spells an e-mail domain's organisation: "Adventure Works" for
 * adventure-works.com, "Harbor & Finch" for harborfinch.co.uk. A domain alone does not name a
 * company, but it tells which capitalised phrase in the text is one.
 */

/**
 * The registrable label of a domain: hiring.contoso.com → contoso, talent.co.uk → talent.
 * Not memoised: a cache keyed by the item's own addresses would make repeated benchmark runs
 * look faster than a first read of new mail.
 */
export function domainLabel(address: string): string | null {
  return computeLabel(address);
}

const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|gob|gouv|nhs|sch)$/;
const STATE = /^(?:vic|nsw|qld|tas|act|wa|sa|nt)$/;

function computeLabel(address: string): string | null {
  const at = address.lastIndexOf("@");
  if (at < 0) return null;
  const parts = address
    .slice(at + 1)
    .toLowerCase()
    .split(".")
    .filter(Boolean);
  if (parts.length < 2) return null;
  let i = parts.length - 2;
  // "kingsfordsc.vic.edu.au", "mercyvale.nhs.uk": a state's schools and a health service's bodies
  // share their suffix; the label is the part before it.
  while (
    i > 0 &&
    (SECOND_LEVEL.test(parts[i] ?? "") ||
      (STATE.test(parts[i] ?? "") && /^(?:edu|gov)$/.test(parts[i + 1] ?? "")))
  )
    i--;
  return parts[i] ?? null;
}

const isAsciiAlnum = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

function caseless(token: string): boolean {
  const c = token.charAt(0);
  return c.toUpperCase() === c.toLowerCase();
}

export function isCapitalised(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = token.charAt(0);
  return c !== c.toLowerCase() || (c === c.toUpperCase() && /\p{L}/u.test(c) && !/[a-z]/i.test(c));
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.]*|&/gu;

export interface Token {
  text: string;
  /** compact(text), computed once: names are compared against several domains. */
  readonly c: string;
  start: number;
  end: number;
}

/** A token whose compact form is computed on first use: most tokens are only looked at, not spelled. */
class ReadToken implements Token {
  private compacted: string | undefined;

  constructor(
    readonly text: string,
    private readonly raw: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get c(): string {
    return (this.compacted ??= compactName(this.raw));
  }
}

/** compact(), with ASCII text (most names) handled by char code instead of folding and a Unicode pattern. */
export function compactName(t: string): string {
  // Most tokens are ASCII letters and digits only: then lower-casing is all there is to do.
  let plain = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 127) return compact(t);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) plain = false;
  }
  if (plain) return t.toLowerCase();
  // ASCII with spaces or punctuation: what compact() keeps of ASCII is a–z and 0–9.
  return t.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

const isTrailMark = (ch: string | undefined): boolean => ch === "." || ch === "'" || ch === "’";

/** Drops a possessive "'s" and trailing dots or apostrophes ("Contoso's" → Contoso). */
function trimToken(raw: string): string {
  let end = raw.length;
  const last = raw.charCodeAt(end - 1);
  if ((last === 115 || last === 83) && end > 2 && (raw[end - 2] === "'" || raw[end - 2] === "’")) end -= 2;
  while (end > 1 && isTrailMark(raw[end - 1])) end--;
  return end === raw.length ? raw : raw.slice(0, end);
}

/**
 * The tokens of a text, read only as far as a caller asks: a name is matched from its first
 * word and rarely needs more than a few, so most of a window is never tokenised.
 */
export class Tokens {
  private readonly list: Token[] = [];
  private from = 0;
  private done = false;

  constructor(private readonly text: string) {}

  at(i: number): Token | undefined {
    while (this.list.length <= i && !this.done) this.read();
    return this.list[i];
  }

  /** Whether a line break lies between token i and the one after it. */
  brokenAfter(i: number): boolean {
    const a = this.at(i);
    const b = this.at(i + 1);
    return !!a && !!b && this.text.slice(a.end, b.start).includes("\n");
  }

  private read(): void {
    if (this.list.length >= 20_000) {
      this.done = true;
      return;
    }
    let found = this.scanAscii();
    if (found === undefined) found = this.scanUnicode();
    if (!found) {
      this.done = true;
      return;
    }
    const [start, whole] = found;
    // Match on the written form ("Margie's" spells margies in margiestravel.fr); test words on
    // the trimmed form; a possessive at the end of a whole name is dropped from the output.
    let end = whole.length;
    while (end > 0 && isTrailMark(whole[end - 1])) end--;
    const raw = end === whole.length ? whole : whole.slice(0, end);
    this.list.push(new ReadToken(trimToken(whole), raw, start, start + raw.length));
  }

  /**
   * The next token when it and the gap before it are plain ASCII, as TOKEN would match it; the
   * Unicode pattern costs several times more per call. Null at the end of the text, undefined
   * when a non-ASCII unit is met (then the pattern decides).
   */
  private scanAscii(): [number, string] | null | undefined {
    const text = this.text;
    let i = this.from;
    let c = 0;
    for (; i < text.length; i++) {
      c = text.charCodeAt(i);
      if (c > 127) return undefined;
      if (c === 38 || isAsciiAlnum(c)) break;
    }
    if (i >= text.length) return null;
    const start = i++;
    if (c !== 38)
      for (; i < text.length; i++) {
        c = text.charCodeAt(i);
        if (c > 127) return undefined;
        if (!(isAsciiAlnum(c) || c === 39 || c === 46)) break;
      }
    this.from = i;
    return [start, text.slice(start, i)];
  }

  private scanUnicode(): [number, string] | null {
    TOKEN.lastIndex = this.from;
    const m = TOKEN.exec(this.text);
    if (!m) return null;
    this.from = TOKEN.lastIndex;
    return [m.index, m[0]];
  }
}

export function tokenize(text: string): Token[] {
  const tokens = new Tokens(text);
  const out: Token[] = [];
  for (let t = tokens.at(0); t; t = tokens.at(out.length))
    out.push({ text: t.text, c: t.c, start: t.start, end: t.end });
  return out;
}

// A function word or phrase starting where it is tried (set lastIndex first).
const FUNCTION_AT = new RegExp(FUNCTION_WORDS.source, "iuy");

/**
 * Finds the phrase in `text` that spells the domain label, e.g. "Northstar Retail Group" for
 * northstarretail. Returns the phrase as written, or null.
 */
export function nameForDomain(text: string, label: string, firstOnly = false): string | null {
  if (label.length < 3) return null;
  const tokens = new Tokens(text);
  const l = withoutHyphens(label);
  let best: string | null = null;
  for (let i = 0; !firstOnly || i < 1; i++) {
    const first = tokens.at(i);
    if (!first) break;
    if (!isCapitalised(first.text)) continue;
    const c0 = first.c;
    if (!c0 || !(l.startsWith(c0) || c0.startsWith(l))) continue;
    const end = extend(tokens, i, c0, l);
    if (end < 0) continue;
    let last = end;
    let lastToken = tokens.at(last)!;
    let extra = 0;
    // "Litware's Dublin team" for litware: a possessive the domain does not spell ends the firm's
    // name ("Northfield Children's Hospital" for northfieldchildrens goes on).
    const possessive =
      /['’]s$/.test(text.slice(lastToken.start, lastToken.end)) &&
      compactName(text.slice(first.start, lastToken.end)).length > l.length;
    while (extra < 2 && !possessive) {
      const next = tokens.at(last + 1);
      // An ASCII capital is a letter; only other scripts need the Unicode test.
      if (!next || !isCapitalised(next.text)) break;
      if (next.text.charCodeAt(0) > 127 && !/^\p{L}/u.test(next.text)) break;
      // ("Sakura Robotics 採用チーム": a word of a script without case after a cased name is no part of it.)
      if (next.text.charCodeAt(0) > 127 && caseless(next.text) && !caseless(first.text)) break;
      if (next.text.length <= 6 && /^\p{Lu}{2,3}$/u.test(next.text) && !ORG_TAIL.test(next.text)) break;
      if (
        !ORG_TAIL.test(next.text) &&
        // The anchored word lists first: ROLEISH scans the whole word.
        (FUNCTION_WORD.test(next.text) || STOP_CAPS.test(next.text) || ROLEISH.test(next.text))
      )
        break;
      if (next.start !== lastToken.end + 1 || text.charCodeAt(lastToken.end) !== 32) break;
      // "Marlowe & Finch Early Careers", "Oakmere Human Resources": a function of two words.
      FUNCTION_AT.lastIndex = next.start;
      if (FUNCTION_AT.test(text)) break;
      last++;
      lastToken = next;
      extra++;
    }
    let phrase = text.slice(articleBefore(text, first.start), lastToken.end);
    if (phrase.endsWith("'s") || phrase.endsWith("’s")) phrase = phrase.slice(0, -2);
    if (!best || phrase.length > best.length) best = phrase;
  }
  return best;
}

/** Extends a match over following tokens while they keep spelling the label; returns the last index or -1. */
function extend(tokens: Tokens, i: number, acc: string, label: string): number {
  if (acc === label || (acc.startsWith(label) && acc.length - label.length <= 4)) return i;
  if (!label.startsWith(acc) || i > 10_000) return -1;
  const next = tokens.at(i + 1);
  // ("Groupe Hélior\nGroupe Hélior SA" for helior-groupe: a name does not run over a line break.)
  if (!next || tokens.brokenAfter(i)) return -1;
  // Connectors are at most three letters long, and lower-casing never shortens a word.
  const options = next.text.length <= 3 ? CONNECTORS.get(next.text.toLowerCase()) : undefined;
  if (options) {
    for (const o of options) {
      if (o === "") {
        const r = extend(tokens, i + 1, acc, label);
        if (r >= 0) return r;
      } else if (label.startsWith(o, acc.length)) {
        const r = extend(tokens, i + 1, acc + o, label);
        if (r >= 0) return r;
      }
    }
    return -1;
  }
  // A name continues only through capitalised words or digits ("Adventure Works", "Studio 54").
  if (!isCapitalised(next.text) && !startsWithDigit(next.text)) return -1;
  // The label starts with acc, so acc + c spells it when c starts with the rest of the label,
  // and stays on it when the label goes on with c; compared in place, without building acc + c.
  const c = next.c;
  const rest = label.length - acc.length;
  if (c.length >= rest) return c.startsWith(label.slice(acc.length)) && c.length - rest <= 8 ? i + 1 : -1;
  if (label.startsWith(c, acc.length)) return extend(tokens, i + 1, acc + c, label);
  return -1;
}

/** E-mail addresses in text, found from each "@" outwards (a plain regex would rescan every word). */
export function addressesIn(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf("@"); at >= 0 && out.length < 20; at = text.indexOf("@", at + 1)) {
    let a = at;
    while (a > 0 && at - a < 64 && /[\w.+-]/.test(text[a - 1] ?? "")) a--;
    let b = at + 1;
    while (b < text.length && b - at < 255 && /[\w.-]/.test(text[b] ?? "")) b++;
    const addr = text.slice(a, b).replace(/\.+$/, "");
    if (a < at && /@[\w-]+\.[\w.-]+$/.test(addr)) out.push(addr);
  }
  return out;
}

/** A domain label as its name is spelled: "adventure-works" → adventureworks. */
export function withoutHyphens(label: string): string {
  return label.includes("-") ? label.replace(/-/g, "") : label;
}

/** The address's registrable label without hyphens ("brandt-soehne.de" → brandtsoehne), or "". */
export function domainKey(address: string): string {
  return withoutHyphens(domainLabel(address) ?? "");
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : /^\p{N}/u.test(text);
}

/** Whether the UTF-16 unit at i is a letter or digit (a lone surrogate half is neither). */
export function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  return /[\p{L}\p{N}]/u.test(text[i] ?? "");
}

/** Whether `word` occurs in `text` as a whole word (no letter or digit right before or after it). */
export function containsWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (!isWordUnit(text, at - 1) && !isWordUnit(text, at + word.length)) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/** Whether the unit at i changes when lower-cased (an upper-case letter; nothing past the end). */
function isUpperUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i] ?? "";
  return ch !== ch.toLowerCase();
}

const NAME_ARTICLE = /^(?:De|Het|La|Le|Les|El|Los|Las|Il|Lo)$/;
// "Construcciones Navarro e Hijos" for navarroehijos, "Bodegas Olmedo" for olmedo: Southern
// European firms put their trade before the family name, and their domains often leave it out.
const TRADE_WORD =
  /^(?:Construcciones|Construções|Construtora|Costruzioni|Transportes|Trasporti|Transports|Laboratorios|Laboratórios|Laboratori|Laboratoires|Industrias|Indústrias|Bodegas|Cantine|Vinhos|Talleres|Hoteles|Distribuciones|Distribuidora|Seguros|Assicurazioni|Grupo|Gruppo|Groupe|Ediciones|Edizioni|Éditions|Conservas|Cerâmicas|Cerámicas|Ceramiche|Muebles|Móveis|Mobili|Confecciones|Calzados|Aceros|Metalúrgica|Transportadora|Inmobiliaria|Imobiliária|Immobiliare|Almacenes|Supermercados|Farmacias|Officine|Fonderia|Fundiciones|Fundição|Aceites|Azeites|Lácteos|Laticínios|Pastificio|Caseificio|Oleificio|Atelier|Maison|Domaine|Château|Brauerei|Brouwerij|Weingut|Bäckerei|Druckerei|Schreinerei|Autohaus|Spedition|Bouwbedrijf|Drukkerij|Fromagerie|Boulangerie|Confiserie|Imprimerie|Gebrüder|Gebroeders|Tenuta|Fattoria|Cantina|Quinta|Herdade|Adega)$/u;

/**
 * Where a name spelled from `start` really starts: "De Groene Fietsfabriek", "La Fourchette
 * Verte" keep a capitalised article the domain leaves out (groenefietsfabriek.nl) when it opens
 * a line or follows a word mid-sentence, where a capital says it is part of the name. (At a
 * sentence start, or in English and German, the article is only grammar: "The Fabrikam team".)
 * A trade word before the name is kept the same way.
 */
function articleBefore(text: string, start: number): number {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return start;
  // "Gebr. Hülsmann" for huelsmann: the brothers' abbreviation with its full stop.
  if (text.startsWith("Gebr. ", start - 6) && (start === 6 || /[\s(–-]/.test(text.charAt(start - 7))))
    return start - 6;
  let k = start - 1;
  while (k > 0 && isWordUnit(text, k - 1)) k--;
  const before = text.slice(k, start - 1);
  if (!NAME_ARTICLE.test(before) && !TRADE_WORD.test(before)) return start;
  if (k === 0 || text[k - 1] === "\n") return k;
  const lead = text[k - 2] ?? "";
  return text[k - 1] === " " && k >= 2 && /[\p{Ll},;:(–·•|-]/u.test(lead) ? k : start;
}

/**
 * Looks for the label's spelling only where its first letters occur, so a long body is not
 * tokenised once per domain.
 */
export function findOrgName(hay: string, lowerHay: string, label: string): string | null {
  const l = withoutHyphens(label);
  if (l.length < 3) return null;
  const prefix = l.slice(0, 3);
  const found = orgNameIn(hay, lowerHay, label, prefix);
  if (found || !/[\x80-\uffff]/.test(hay)) return found;
  // "Ipê Pagamentos" for ipepagamentos, "Vértice Seguros" for verticeseguros: where the plain
  // prefix names nothing, the text is searched without its accents (a precomposed letter folds to
  // one unit, so positions still line up).
  const folded = fold(hay);
  return folded.length === hay.length && folded !== lowerHay ? orgNameIn(hay, folded, label, prefix) : null;
}

/** The longest name spelling `label` that starts, capitalised, where `search` holds `prefix`. */
function orgNameIn(hay: string, search: string, label: string, prefix: string): string | null {
  let best: string | null = null;
  let tries = 0;
  for (let idx = search.indexOf(prefix); idx >= 0 && tries < 12; idx = search.indexOf(prefix, idx + 1)) {
    if (idx > 0 && isWordUnit(hay, idx - 1)) continue;
    if (!isUpperUnit(hay, idx)) continue;
    tries++;
    // A name is a handful of words: tokenise only a short window starting at the match.
    const found0 = nameForDomain(hay.slice(idx, idx + 64), label, true);
    const from = found0 ? articleBefore(hay, idx) : idx;
    const found = found0 && from < idx ? hay.slice(from, idx) + found0 : found0;
    if (found && (!best || found.length > best.length)) best = found;
  }
  return best;
}
