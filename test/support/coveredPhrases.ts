import { topAlternatives } from "../../src/core/detection/patternAlternatives";

/** A phrase written as plain text: letters, digits, spaces and the few marks phrases hold. */
const PLAIN = /^[\p{L}\p{N} '’&-]+$/u;

/** Sentences a covered phrase must still be found in, with anything around it. */
const CONTEXTS = ["x … x", "; …;", "(…)"];

/** Where the group that opens at `source[0]` closes, skipping escapes and character classes. */
function groupClose(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i;
  }
  return -1;
}

/**
 * The plain phrases of `\b(?:…)\b` lists in `group` that some other phrase of the group already
 * matches. The group is patterns only ever asked together whether any of them matches, so such a
 * phrase is dead: removing it changes no answer. (Patterns whose match position or text is read
 * must not be checked this way.)
 */
export function coveredPhrases(group: readonly RegExp[]): string[] {
  const covered: string[] = [];
  group.forEach((re, k) => {
    topAlternatives(re.source).forEach((top, t, tops) => {
      if (!top.startsWith("\\b(?:")) return;
      const close = groupClose(top.slice(2)) + 2;
      if (close < 2) return;
      const phrases = topAlternatives(top.slice(5, close));
      phrases.forEach((phrase, p) => {
        if (!PLAIN.test(phrase)) return;
        const rest = [...phrases.slice(0, p), ...phrases.slice(p + 1)];
        const keptTops = [...tops.slice(0, t), ...tops.slice(t + 1)];
        if (rest.length > 0) keptTops.push(`\\b(?:${rest.join("|")})${top.slice(close + 1)}`);
        const others = group.filter((_, j) => j !== k);
        if (keptTops.length > 0) others.push(new RegExp(keptTops.join("|"), re.flags));
        // Within a sentence, so that a phrase anchored at the start or end does not count.
        const inText = (o: RegExp): boolean => CONTEXTS.every((c) => o.test(c.replace("…", phrase)));
        if (others.some(inText)) covered.push(phrase);
      });
    });
  });
  return covered;
}
