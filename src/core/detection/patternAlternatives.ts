/**
 * Rewrites of a pattern's source into the alternatives it is made of, for anyOf: split at the
 * top-level bars, leading groups distributed ("(?:x|y)rest" is "xrest|yrest"), short literal starts
 * lengthened, and alternatives grouped again into a trie over their literal starts. Every rewrite
 * keeps the set of texts and places a pattern matches, which is all a Matcher tells.
 */

const QUANTIFIERS = new Set(["?", "*", "+", "{"]);
const LITERAL_START = /[a-z0-9 ]/;
/** Group expansion multiplies alternatives; past this many the rest stay as written. */
export const EXPANSION_BUDGET = 4000;

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
export function expand(alt: string, budget: { left: number }, bounded = true): string[] {
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
export function byPrefix(alts: readonly string[]): string {
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
 * An alternative whose literal start is short ("i(?: am|'m) applying", "co-?op board", "an?
 * embassy"), rewritten as alternatives with longer ones ("i am applying", "i'm applying"): an
 * optional character or group after the start, or a group, is distributed as expand does. A start
 * of a letter or two would have the phrases tried at every word that begins so.
 */
export function lengthen(alt: string, budget: { left: number }): string[] {
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
export function literalStart(alt: string, max = 3): string {
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

/**
 * The literal starts (up to 16 characters) of phrases filed under one key, without those that
 * extend another; null if one is no longer than a key, so that the key says all there is.
 */
export function literalStarts(alts: readonly string[]): string[] | null {
  const starts = [...new Set(alts.map((alt) => literalStart(alt, 16)))].sort();
  if (starts.some((s) => s.length <= 3)) return null;
  return starts.filter((s, i) => !starts.slice(0, i).some((shorter) => s.startsWith(shorter)));
}

/**
 * V8 stops optimising patterns of 20 KB or more (no quick checks, no first-character dispatch),
 * which made one expanded cue list ten times slower than its halves: alternatives whose grouped
 * pattern would be that long are split, and the halves asked in turn.
 */
export function sized(alts: readonly string[]): string[][] {
  if (alts.length === 0) return [];
  if (alts.length < 2 || byPrefix(alts).length <= MAX_OPTIMISED_SOURCE) return [[...alts]];
  const half = Math.ceil(alts.length / 2);
  return [...sized(alts.slice(0, half)), ...sized(alts.slice(half))];
}

/** Below V8's kRegExpTooLargeToOptimize (20 KB), with room for the engine's own additions. */
const MAX_OPTIMISED_SOURCE = 19_000;
