import { fold, foldForMatch } from "./foldForMatch";
import { INTERVIEW_TERMS } from "./interviewTerms";

/** Names from the interview being handled; any of them in visible text gives it away. */
export interface RevealContext {
  companies?: readonly string[];
  agencies?: readonly string[];
  recruiters?: readonly string[];
  /** Anything else the user wants kept out (a product name, a hiring manager). */
  otherTerms?: readonly string[];
}

export type RevealKind = "interviewWord" | "company" | "agency" | "recruiter" | "other";

/** One offending term, with where it was found, so the caller can explain and highlight it. */
export interface RevealingTerm {
  kind: RevealKind;
  /** The listed term or name that matched. */
  term: string;
  /** The text as the user wrote it. */
  found: string;
  /** Offset of `found` in the checked text. */
  index: number;
  /** Language of an interview word ("en", "fr" …). */
  language?: string;
}

interface Pattern {
  kind: RevealKind;
  term: string;
  language?: string;
  regex: RegExp;
}

const LEGAL_SUFFIXES =
  /[\s,]+(inc|inc\.|incorporated|llc|l\.l\.c\.|ltd|ltd\.|limited|plc|corp|corp\.|corporation|co|co\.|gmbh|ag|se|sa|s\.a\.|sas|sarl|bv|b\.v\.|nv|n\.v\.|spa|s\.p\.a\.|srl|s\.r\.l\.|oy|ab|as|a\/s|kk|pty|pty ltd|group)$/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A folded term as a regex: word boundaries on letters and digits, any separator between words. */
function termRegex(term: string): RegExp {
  const stem = term.endsWith("*");
  const words = fold(stem ? term.slice(0, -1) : term)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((w) => escape(w).replace(/'/g, "['\\s]?"));
  const body = words.join("[^\\p{L}\\p{N}]+");
  // A stem takes the rest of its word, so the whole word is reported ("Sollicitatiegesprek").
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${stem ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])"}`, "gu");
}

let interviewPatterns: Pattern[] | null = null;

function builtInPatterns(): Pattern[] {
  interviewPatterns ??= Object.entries(INTERVIEW_TERMS).flatMap(([language, terms]) =>
    terms.map((term) => ({
      kind: "interviewWord" as const,
      term: term.replace(/\*$/, ""),
      language,
      regex: termRegex(term),
    })),
  );
  return interviewPatterns;
}

/**
 * Words that say what kind of organisation a name is, not which one: "Woodgrove Bank" is given away by
 * "Woodgrove", not by "Bank".
 */
const GENERIC_NAME_WORDS = new Set(
  (
    "the and und et y e en of de la le les der die das el los las il lo het van von du des " +
    "group groupe grupo gruppo gruppe bank banco banque banca company companies compagnie " +
    "technologies technology tech solutions systems services software labs lab consulting conseil " +
    "partners international global digital media health energy capital holdings holding industries " +
    "recruiting recruitment staffing talent search people careers agency associates network networks " +
    "north south east west new first city national"
  ).split(" "),
);

/**
 * The spellings of a name worth looking for: the name itself; a company without its legal suffix
 * ("Contoso Ltd" → "Contoso") or web domain ("contoso.com" → "contoso"), and each distinctive word of
 * a longer name ("Northwind Traders" → "Northwind": people shorten names); a person's surname. A first
 * name on its own is too common to flag ("Will", "Mark"), and fragments under two letters are noise.
 */
function nameVariants(name: string, kind: RevealKind): string[] {
  const trimmed = name.trim();
  const variants = new Set<string>([trimmed]);
  if (kind === "company" || kind === "agency") {
    const bare = trimmed.replace(LEGAL_SUFFIXES, "").trim();
    variants.add(bare);
    const words = bare.split(/[\s,&/|·-]+/).filter(Boolean);
    if (words.length > 1) {
      for (const word of words) {
        const letters = fold(word).replace(/[^\p{L}\p{N}]/gu, "");
        if (letters.length >= 4 && !GENERIC_NAME_WORDS.has(letters)) variants.add(word);
      }
    }
    const domain = /^(?:https?:\/\/)?(?:www\.)?([^./@\s]+)\.[a-z.]{2,}$/i.exec(trimmed);
    if (domain) variants.add(domain[1]!);
  }
  if (kind === "recruiter") {
    const person = trimmed.includes("@") ? trimmed.split("@")[0]!.replace(/[._-]+/g, " ") : trimmed;
    variants.add(person);
    const parts = person.split(/\s+/).filter(Boolean);
    if (parts.length > 1 && parts[parts.length - 1]!.length >= 3) variants.add(parts[parts.length - 1]!);
  }
  return [...variants].filter((v) => fold(v).replace(/[^\p{L}\p{N}]/gu, "").length >= 2);
}

function contextPatterns(context: RevealContext): Pattern[] {
  const groups: [RevealKind, readonly string[] | undefined][] = [
    ["company", context.companies],
    ["agency", context.agencies],
    ["recruiter", context.recruiters],
    ["other", context.otherTerms],
  ];
  return groups.flatMap(([kind, names]) =>
    (names ?? []).flatMap((name) =>
      nameVariants(name, kind).map((term) => ({ kind, term, regex: termRegex(term) })),
    ),
  );
}

/**
 * Every term in `text` that would reveal a job interview to someone reading it: interview
 * vocabulary in English, French, German, Spanish, Portuguese, Dutch and Italian, and the company,
 * agency and recruiter names of this interview. Case- and accent-insensitive, whole words only
 * ("Appointment" is fine, "Appointments at Contoso" is not). Empty means the text is safe to write.
 * Overlapping matches keep the longest ("job offer" rather than "job").
 */
export function revealsInterview(text: string, context: RevealContext = {}): RevealingTerm[] {
  const folded = foldForMatch(text);
  const hits: (RevealingTerm & { end: number })[] = [];
  for (const pattern of [...contextPatterns(context), ...builtInPatterns()]) {
    pattern.regex.lastIndex = 0;
    for (const match of folded.text.matchAll(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      const from = folded.starts[start]!;
      const to = folded.ends[end - 1]!;
      hits.push({
        kind: pattern.kind,
        term: pattern.term,
        found: text.slice(from, to),
        index: from,
        end: to,
        ...(pattern.language ? { language: pattern.language } : {}),
      });
    }
  }
  // Names first (they are the most specific), then longer matches; drop anything inside a kept one.
  hits.sort(
    (a, b) =>
      Number(a.kind === "interviewWord") - Number(b.kind === "interviewWord") ||
      b.end - b.index - (a.end - a.index) ||
      a.index - b.index,
  );
  const kept: typeof hits = [];
  for (const hit of hits) {
    if (!kept.some((k) => hit.index < k.end && k.index < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.index - b.index).map(({ end: _end, ...term }) => term);
}

/** Thrown by write paths that were about to put revealing text where others can read it. */
export class RevealingTextError extends Error {
  constructor(readonly terms: RevealingTerm[]) {
    super(`This text would reveal the interview: ${terms.map((t) => `"${t.found}"`).join(", ")}`);
    this.name = "RevealingTextError";
  }
}

/** The check every write path calls before text visible to others leaves the app. */
export function assertNothingRevealed(text: string, context: RevealContext = {}): void {
  const terms = revealsInterview(text, context);
  if (terms.length > 0) throw new RevealingTextError(terms);
}
