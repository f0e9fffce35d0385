/**
 * One pattern that answers "does any of these patterns match?" in a single pass, fast.
 *
 * A plain `\b(?:a|b|c…)` over hundreds of phrases makes the regex engine try every phrase at
 * every word start. Grouping the phrases under their first letter (`\b(?:e(?:xit…|ntretien…)|…)`)
 * lets it reject a word start after one character test, which makes the cue lists about three
 * times faster. The grouping only rewrites the pattern (same language), so `test` answers exactly
 * as the separate patterns would; it is for yes/no questions only, since which phrase matched and
 * where may differ.
 */

const QUANTIFIERS = new Set(["?", "*", "+", "{"]);
const LITERAL_START = /[a-z0-9 ]/;
/** Group expansion multiplies alternatives; past this many the rest stay as written. */
const EXPANSION_BUDGET = 4000;

/**
 * Walks a pattern source from `from`, skipping escapes and character classes, and calls `visit`
 * for each other character with the group depth after it; stops at the index where `visit`
 * returns true (or -1 at the end).
 */
function walk(
  source: string,
  from: number,
  visit: (ch: string, i: number, depth: number) => boolean,
): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const ch = source[i] ?? "";
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    if (visit(ch, i, depth)) return i;
  }
  return -1;
}

/** Splits a pattern source at its top-level `|`, respecting groups, classes and escapes. */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  walk(source, 0, (ch, i, depth) => {
    if (ch === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  out.push(source.slice(start));
  return out;
}

/** The index just past the group that opens at `source[open]`, or -1. */
function groupEnd(source: string, open: number): number {
  const close = walk(source, open, (ch, _i, depth) => ch === ")" && depth === 0);
  return close < 0 ? -1 : close + 1;
}

/**
 * Rewrites one alternative that follows a word boundary into alternatives that start with a
 * literal where possible: a leading `\b` repeats the boundary, an unquantified leading
 * `(?:x|y)rest` is the same as `xrest|yrest`, and an optional one, `(?:x|y)?rest`, matches where
 * `xrest|yrest|rest` does (the same texts at the same places, which is all a Matcher tells).
 */
function expand(alt: string, budget: { left: number }, bounded = true): string[] {
  let a = alt;
  while (bounded && a.startsWith("\\b")) a = a.slice(2);
  // A lookaround takes no characters, so the group after it is distributed the same way.
  const lead = a.slice(0, lookaroundsEnd(a));
  const body = a.slice(lead.length);
  if (body.startsWith("(?:") && budget.left > 0) {
    const end = groupEnd(body, 0);
    if (end > 0 && !QUANTIFIERS.has(body[end] ?? "")) {
      const inner = topAlternatives(body.slice(3, end - 1));
      const rest = body.slice(end);
      budget.left -= inner.length;
      return inner.flatMap((g) => expand(lead + g + rest, budget, bounded));
    }
    if (end > 0 && body[end] === "?") {
      const rest = body.slice(body[end + 1] === "?" ? end + 2 : end + 1);
      const inner = [...topAlternatives(body.slice(3, end - 1)), ""];
      budget.left -= inner.length;
      return inner.flatMap((g) => expand(lead + g + rest, budget, bounded));
    }
  }
  return [a];
}

const LOOKAROUND = /^\(\?<?[=!]/;

/** Where the lookarounds an alternative opens with end (0 if it opens with none). */
function lookaroundsEnd(alt: string): number {
  let i = 0;
  while (LOOKAROUND.test(alt.slice(i))) {
    const end = groupEnd(alt, i);
    if (end < 0 || QUANTIFIERS.has(alt[end] ?? "")) return 0;
    i = end;
  }
  return i;
}

/**
 * Groups alternatives into a trie over their literal starts: `exit|exam|entretien` becomes
 * `e(?:x(?:it|am)|ntretien)`, so at a word start the engine tests each letter once instead of
 * once per phrase that begins with it. (Grouping only at the first letter left a hundred phrases
 * under "s" or "c" to try one by one at every such word.) Concatenation distributes over
 * alternation, so the pattern matches the same texts at the same places.
 */
function byPrefix(alts: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const others: string[] = [];
  let ends = false;
  for (const alt of alts) {
    const first = alt[0] ?? "";
    if (alt === "") ends = true;
    else if (LITERAL_START.test(first) && !QUANTIFIERS.has(alt[1] ?? "")) {
      const group = groups.get(first);
      if (group) group.push(alt.slice(1));
      else groups.set(first, [alt.slice(1)]);
    } else others.push(alt);
  }
  const grouped = [...groups].map(([first, rests]) =>
    rests.length === 1 ? `${first}${rests[0]}` : `${first}(?:${byPrefix(rests)})`,
  );
  return [...grouped, ...others, ...(ends ? [""] : [])].join("|");
}

/** What anyOf builds: whether some pattern matches, where the first match starts, and whether one starts at a given place. */
export interface Matcher {
  test(text: string): boolean;
  exec(text: string): { index: number } | null;
  matchesAt(text: string, index: number): boolean;
}

/**
 * A matcher that answers exactly as the patterns would, asked one by one. The patterns may carry
 * no flags but `u` (used only for literal non-Latin words, which read the same without it).
 *
 * Even grouped by prefix, one pattern over hundreds of phrases costs the engine 30–80 ns a
 * character, since it must try the phrases' first letters at every word start. Most phrases
 * start at a word boundary with a few literal letters ("scorecard", "exit"), so they are filed
 * under those letters instead: a text's word starts are listed once (and shared by every list
 * asked about the same text), and at each one only the phrases filed under its first one to
 * three letters are tried, as one small anchored pattern. Phrases that can only match at the
 * start of the text are tried there alone; the others (no word boundary, or no literal start)
 * stay one grouped pattern, searched as before.
 */
export function anyOf(patterns: readonly RegExp[]): Matcher {
  for (const p of patterns)
    if (p.flags.replace("u", "") !== "" || /\\(?:[pPuk]|[1-9])/.test(p.source))
      throw new Error(`anyOf: unsupported pattern flags or escapes in /${p.source.slice(0, 40)}…/${p.flags}`);
  const bounded: string[] = [];
  const free: string[] = [];
  const budget = { left: EXPANSION_BUDGET };
  for (const p of patterns) {
    for (const top of topAlternatives(p.source)) {
      if (top.startsWith("\\b")) bounded.push(...expand(top, budget));
      else free.push(...expand(`(?:${top})`, budget, false));
    }
  }
  const filed: Map<number, string[]>[] = [new Map(), new Map(), new Map(), new Map()];
  const atStart: string[] = [];
  const unfiled: string[] = [];
  const lengthened = bounded.flatMap((alt) => lengthen(alt, budget));
  for (const alt of lengthened) {
    const start = literalStart(alt);
    // "\b^hiring" can only match at the start of the text.
    if (alt.startsWith("^")) atStart.push(`\\b${alt}`);
    else if (start === "" || !isWordCode(start.charCodeAt(0))) unfiled.push(alt);
    else {
      const byKey = filed[start.length]!;
      const key = keyOf(start);
      const alts = byKey.get(key);
      if (alts) alts.push(alt);
      else byKey.set(key, [alt]);
    }
  }
  // Phrases that need no word start ("gift card", "gebruikersonderzoek") are tried at every
  // character, so they are grouped the same way; those that open with ^ only at the start.
  const rest: string[] = [];
  for (const alt of free) (alt.startsWith("^") ? atStart : rest).push(alt);
  const anchored: RegExp[] = [];
  const slots: [number, number][] = [];
  const starts: (string[] | null)[] = [];
  for (const byKey of filed)
    for (const [key, alts] of byKey) {
      slots.push([idOf(key), anchored.push(anchoredAt(alts))]);
      starts.push(literalStarts(alts));
    }
  return new Filed(
    anchored,
    slots,
    starts,
    atStart.length ? anchoredAt(atStart) : null,
    [
      ...sized(unfiled).map((alts) => `\\b(?:${byPrefix(alts)})`),
      ...sized(rest).map((alts) => `(?:${byPrefix(alts)})`),
    ].map((source) => new RegExp(source)),
  );
}

/**
 * The literal starts (up to 16 characters) of phrases filed under one key, without those that
 * extend another; null if one is no longer than a key, so that the key says all there is.
 */
function literalStarts(alts: readonly string[]): string[] | null {
  const starts = [...new Set(alts.map((alt) => literalStart(alt, 16)))].sort();
  if (starts.some((s) => s.length <= 3)) return null;
  return starts.filter((s, i) => !starts.slice(0, i).some((shorter) => s.startsWith(shorter)));
}

/** One pattern for alternatives tried at a given place (set lastIndex first). */
const anchoredAt = (alts: readonly string[]): RegExp => new RegExp(`(?:${byPrefix(alts)})`, "y");

/**
 * An alternative whose literal start is short ("i(?: am|'m) applying", "co-?op board", "an?
 * embassy"), rewritten as alternatives with longer ones ("i am applying", "i'm applying"): an
 * optional character or group after the start, or a group, is distributed as expand does. A start
 * of a letter or two would have the phrases tried at every word that begins so.
 */
function lengthen(alt: string, budget: { left: number }): string[] {
  const from = lookaroundsEnd(alt);
  let i = from;
  while (i < alt.length && LITERAL.test(alt[i] ?? "") && !QUANTIFIERS.has(alt[i + 1] ?? "")) i++;
  if (i - from >= 4 || budget.left <= 0) return [alt];
  const head = alt.slice(0, i);
  const tail = alt.slice(i);
  let options: string[] = [];
  if (LITERAL.test(tail[0] ?? "") && tail[1] === "?" && tail[2] !== "?")
    options = [head + tail[0] + tail.slice(2), head + tail.slice(2)];
  else if (tail.startsWith("(?:")) {
    const end = groupEnd(tail, 0);
    const inner = end > 0 ? topAlternatives(tail.slice(3, end - 1)) : [];
    if (end > 0 && !QUANTIFIERS.has(tail[end] ?? "")) options = inner.map((g) => head + g + tail.slice(end));
    else if (end > 0 && tail[end] === "?" && tail[end + 1] !== "?")
      options = [...inner, ""].map((g) => head + g + tail.slice(end + 1));
  }
  if (options.length === 0) return [alt];
  budget.left -= options.length;
  return options.flatMap((o) => lengthen(o, budget));
}

/**
 * The literal characters an alternative starts with (up to `max`), each certain to be there and
 * each ASCII (as key characters must be), after any lookaround it opens with (which takes no
 * characters, so the match still starts with them).
 */
function literalStart(alt: string, max = 3): string {
  let i = lookaroundsEnd(alt);
  let out = "";
  for (; i < alt.length && out.length < max; i++) {
    const ch = alt[i] ?? "";
    if (!LITERAL.test(ch) || QUANTIFIERS.has(alt[i + 1] ?? "")) break;
    out += ch;
  }
  return out;
}
const LITERAL = /^[A-Za-z0-9 '&,:;-]$/;

/** `\b` in a pattern without the `i` flag: ASCII letters, digits and the underscore are word characters. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Up to three ASCII characters as one small integer, seven bits each. Keys of different lengths
 * never share a number: a key's first character is a word character, so one of two characters
 * is at least 48 × 128 and one of three at least 48 × 128².
 */
function keyOf(chars: string): number {
  let key = 0;
  for (let i = 0; i < chars.length; i++) key = (key << 7) | chars.charCodeAt(i);
  return key;
}

/**
 * Every key some matcher files phrases under, numbered in order of first use: a text's word
 * starts are looked up here once, and each matcher then reads its own phrases for a key from a
 * plain array indexed by that number. Keys of one and two characters are looked up in arrays;
 * those of three in a map, asked only when some key of three starts with the word's first two.
 */
const vocabulary = {
  size: 0,
  one: new Int32Array(128).fill(-1),
  two: new Int32Array(128 * 128).fill(-1),
  three: new Map<number, number>(),
  threeAfter: new Uint8Array(128 * 128),
};

function idOf(key: number): number {
  const table = key < 128 ? vocabulary.one : key < 128 * 128 ? vocabulary.two : null;
  let id = table ? table[key]! : (vocabulary.three.get(key) ?? -1);
  if (id < 0) {
    id = vocabulary.size++;
    if (table) table[key] = id;
    else {
      vocabulary.three.set(key, id);
      vocabulary.threeAfter[key >> 7] = 1;
    }
  }
  return id;
}

/**
 * V8 stops optimising patterns of 20 KB or more (no quick checks, no first-character dispatch),
 * which made one expanded cue list ten times slower than its halves: alternatives whose grouped
 * pattern would be that long are split, and the halves asked in turn.
 */
function sized(alts: readonly string[]): string[][] {
  if (alts.length === 0) return [];
  if (alts.length < 2 || byPrefix(alts).length <= MAX_OPTIMISED_SOURCE) return [[...alts]];
  const half = Math.ceil(alts.length / 2);
  return [...sized(alts.slice(0, half)), ...sized(alts.slice(half))];
}

/** Below V8's kRegExpTooLargeToOptimize (20 KB), with room for the engine's own additions. */
const MAX_OPTIMISED_SOURCE = 19_000;

/**
 * The last text asked about: its word starts, and for each the vocabulary numbers of its first
 * one, two and three characters (-1 for none: a key not in the vocabulary, a character past
 * ASCII, the end of the text). Several lists are asked about the same text in a row; the arrays
 * are kept and reused for the next text.
 */
const seen = {
  text: null as string | null,
  words: 0,
  at: new Int32Array(256),
  ids: new Int32Array(3 * 256),
  /** Keys added to the vocabulary since the text was read would be missing from `ids`. */
  vocabularySize: -1,
};

function wordStarts(text: string): typeof seen {
  if (seen.text === text && seen.vocabularySize === vocabulary.size) return seen;
  let words = 0;
  let before = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = isWordCode(c);
    if (word && !before) {
      if (words === seen.at.length) {
        const at = new Int32Array(2 * words);
        at.set(seen.at);
        seen.at = at;
        const ids = new Int32Array(6 * words);
        ids.set(seen.ids);
        seen.ids = ids;
      }
      seen.at[words] = i;
      // (charCodeAt past the end is NaN, which fails the comparison as a non-ASCII code does.)
      const c1 = text.charCodeAt(i + 1);
      const c2 = text.charCodeAt(i + 2);
      const two = c1 < 128 ? (c << 7) | c1 : -1;
      const three = two >= 0 && c2 < 128 ? (two << 7) | c2 : -1;
      seen.ids[3 * words] = vocabulary.one[c]!;
      seen.ids[3 * words + 1] = two >= 0 ? vocabulary.two[two]! : -1;
      seen.ids[3 * words + 2] =
        three >= 0 && vocabulary.threeAfter[two] === 1 ? (vocabulary.three.get(three) ?? -1) : -1;
      words++;
    }
    before = word;
  }
  seen.text = text;
  seen.words = words;
  seen.vocabularySize = vocabulary.size;
  return seen;
}

class Filed implements Matcher {
  /** For each vocabulary number, 1 + the index of the pattern filed under it, or 0 (a list files a few hundred). */
  private readonly slots: Uint16Array;

  /**
   * @param starts for each pattern, the literal starts of its phrases, one of which a match must
   * begin with (null where a phrase's literal start is no longer than its key): "interview",
   * "the" or "con" start many words of a text, and a look here passes over most of them without
   * running the pattern.
   */
  constructor(
    private readonly anchored: readonly RegExp[],
    slots: readonly [number, number][],
    private readonly starts: readonly (readonly string[] | null)[],
    private readonly atStart: RegExp | null,
    private readonly rest: readonly RegExp[],
  ) {
    this.slots = new Uint16Array(vocabulary.size);
    for (const [id, slot] of slots) this.slots[id] = slot;
    this.restAt = rest.map((re) => new RegExp(re.source, "y"));
  }

  /** The other phrases, each pattern anchored where it is tried. */
  private readonly restAt: readonly RegExp[];

  /** Whether the text at `start` may begin a phrase of pattern `slot`. */
  private mayStart(slot: number, text: string, start: number): boolean {
    const starts = this.starts[slot];
    if (!starts) return true;
    for (const s of starts) if (text.startsWith(s, start)) return true;
    return false;
  }

  test(text: string): boolean {
    return (
      this.startsHere(text) ||
      this.firstFiled(text, text.length) >= 0 ||
      this.rest.some((re) => re.test(text))
    );
  }

  exec(text: string): { index: number } | null {
    if (this.startsHere(text)) return { index: 0 };
    let first = Infinity;
    for (const re of this.rest) {
      const m = re.exec(text);
      if (m && m.index < first) first = m.index;
    }
    const filed = this.firstFiled(text, first);
    if (filed >= 0) return { index: filed };
    return first < Infinity ? { index: first } : null;
  }

  matchesAt(text: string, index: number): boolean {
    if (index === 0 && this.startsHere(text)) return true;
    for (const re of this.restAt) {
      re.lastIndex = index;
      if (re.test(text)) return true;
    }
    const c = text.charCodeAt(index);
    if (!isWordCode(c) || (index > 0 && isWordCode(text.charCodeAt(index - 1)))) return false;
    const c1 = text.charCodeAt(index + 1);
    const c2 = text.charCodeAt(index + 2);
    const two = c1 < 128 ? (c << 7) | c1 : -1;
    const three = two >= 0 && c2 < 128 ? (two << 7) | c2 : -1;
    const ids = [
      vocabulary.one[c] ?? -1,
      two >= 0 ? vocabulary.two[two]! : -1,
      three >= 0 ? (vocabulary.three.get(three) ?? -1) : -1,
    ];
    return ids.some((id) => this.filedAt(this.slots[id] ?? 0, text, index));
  }

  /** Whether pattern `slot` (1-based; 0 for none) matches at `start`. */
  private filedAt(slot: number, text: string, start: number): boolean {
    if (slot === 0 || !this.mayStart(slot - 1, text, start)) return false;
    const re = this.anchored[slot - 1]!;
    re.lastIndex = start;
    return re.test(text);
  }

  private startsHere(text: string): boolean {
    if (!this.atStart) return false;
    this.atStart.lastIndex = 0;
    return this.atStart.test(text);
  }

  /** The first word start before `limit` where a filed phrase matches, or -1. */
  private firstFiled(text: string, limit: number): number {
    if (this.anchored.length === 0) return -1;
    const { words, at, ids } = wordStarts(text);
    const slots = this.slots;
    for (let j = 0; j < words; j++) {
      const start = at[j]!;
      if (start >= limit) return -1;
      // (Numbers past this matcher's table belong to keys only later matchers use.)
      for (let k = 3 * j; k < 3 * j + 3; k++)
        if (this.filedAt(slots[ids[k]!] ?? 0, text, start)) return start;
    }
    return -1;
  }
}
