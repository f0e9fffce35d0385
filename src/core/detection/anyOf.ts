/**
 * One matcher that answers "does any of these patterns match, where first, and does one match
 * here?" fast, for the cue lists of hundreds of phrases the detector asks about every item.
 */
import {
  EXPANSION_BUDGET,
  byPrefix,
  expand,
  lengthen,
  literalStart,
  literalStarts,
  sized,
  topAlternatives,
} from "./patternAlternatives";
import { idOf, idsAt, isWordCode, keyOf, vocabulary, wordStarts } from "./wordStarts";

// The key numbers of the word matchesAt is asked about (reused: matchesAt is not re-entered).
const KEYS_HERE = new Int32Array(3);

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

/** One pattern for alternatives tried at a given place (set lastIndex first). */
const anchoredAt = (alts: readonly string[]): RegExp => new RegExp(`(?:${byPrefix(alts)})`, "y");

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
    if (!isWordCode(text.charCodeAt(index)) || (index > 0 && isWordCode(text.charCodeAt(index - 1))))
      return false;
    idsAt(text, index, KEYS_HERE, 0);
    for (const id of KEYS_HERE) if (this.filedAt(this.slots[id] ?? 0, text, index)) return true;
    return false;
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
