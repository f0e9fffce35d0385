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
 * literal where possible: a leading `\b` repeats the boundary, and an unquantified leading
 * `(?:x|y)rest` is the same as `xrest|yrest`.
 */
function expand(alt: string, budget: { left: number }, bounded = true): string[] {
  let a = alt;
  while (bounded && a.startsWith("\\b")) a = a.slice(2);
  if (a.startsWith("(?:") && budget.left > 0) {
    const end = groupEnd(a, 0);
    if (end > 0 && !QUANTIFIERS.has(a[end] ?? "")) {
      const inner = topAlternatives(a.slice(3, end - 1));
      const rest = a.slice(end);
      budget.left -= inner.length;
      return inner.flatMap((g) => expand(g + rest, budget, bounded));
    }
  }
  return [a];
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

/**
 * A pattern that matches some text exactly when one of `patterns` does. The patterns may carry
 * no flags but `u` (used only for literal non-Latin words, which read the same without it).
 */
/** What anyOf builds: whether some pattern matches, and where the first match starts. */
export interface Matcher {
  test(text: string): boolean;
  exec(text: string): { index: number } | null;
}

export function anyOf(patterns: readonly RegExp[]): Matcher {
  for (const p of patterns)
    if (p.flags.replace("u", "") !== "" || /\\(?:[pPuk]|[1-9])/.test(p.source))
      throw new Error(`anyOf: unsupported pattern flags or escapes in /${p.source.slice(0, 40)}…/${p.flags}`);
  return new Parts(split(patterns).map((source) => new RegExp(source)));
}

/**
 * V8 stops optimising patterns of 20 KB or more (no quick checks, no first-character dispatch),
 * which made one expanded cue list ten times slower than its halves: a list whose grouped
 * pattern would be that long is split, and its halves are asked in turn.
 */
function split(patterns: readonly RegExp[]): string[] {
  const source = grouped(patterns, EXPANSION_BUDGET);
  if (patterns.length < 2 || source.length <= MAX_OPTIMISED_SOURCE) return [source];
  const half = Math.ceil(patterns.length / 2);
  return [...split(patterns.slice(0, half)), ...split(patterns.slice(half))];
}

class Parts implements Matcher {
  constructor(private readonly parts: readonly RegExp[]) {}

  test(text: string): boolean {
    return this.parts.some((re) => re.test(text));
  }

  exec(text: string): { index: number } | null {
    let first: { index: number } | null = null;
    for (const re of this.parts) {
      const m = re.exec(text);
      if (m && (!first || m.index < first.index)) first = { index: m.index };
    }
    return first;
  }
}

/** Below V8's kRegExpTooLargeToOptimize (20 KB), with room for the engine's own additions. */
const MAX_OPTIMISED_SOURCE = 19_000;

function grouped(patterns: readonly RegExp[], budgetLeft: number): string {
  const bounded: string[] = [];
  const free: string[] = [];
  const budget = { left: budgetLeft };
  for (const p of patterns) {
    for (const top of topAlternatives(p.source)) {
      if (top.startsWith("\\b")) bounded.push(...expand(top, budget));
      else free.push(...expand(`(?:${top})`, budget, false));
    }
  }
  // Phrases that need no word start ("gift card", "gebruikersonderzoek") are tried at every
  // character, so they are grouped the same way.
  const parts = [
    ...(bounded.length ? [`\\b(?:${byPrefix(bounded)})`] : []),
    ...(free.length ? [`(?:${byPrefix(free)})`] : []),
  ];
  return parts.join("|");
}
