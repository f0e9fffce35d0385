/**
 * Text folded for matching: lower case, accents removed, ligatures and ß spelled out, typographic
 * apostrophes made plain. `starts[i]`/`ends[i]` give the span of the original text behind folded
 * character i, so a match can be reported in the user's own spelling.
 */
export interface FoldedText {
  text: string;
  starts: number[];
  ends: number[];
}

const SPELLED_OUT: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ı: "i",
  "’": "'",
  "‘": "'",
  ʼ: "'",
};

/**
 * Folds one piece of text (used for terms and names, where no index map is needed). The detector
 * has its own, lighter fold (src/core/detection/fold.ts): it keeps ß and ligatures and skips the
 * per-character walk, because it folds every mail it reads and its patterns expect that text.
 */
export function fold(text: string): string {
  return foldForMatch(text).text;
}

export function foldForMatch(original: string): FoldedText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of original) {
    const lower = char.toLowerCase();
    // Invisible format characters (soft hyphen, zero-width joiner) would otherwise split a word:
    // "inter\u00adview" must still read as "interview".
    const folded = /\p{Cf}/u.test(char)
      ? ""
      : (SPELLED_OUT[lower] ?? lower.normalize("NFKD").replace(/\p{M}/gu, "")).toLowerCase();
    for (let i = 0; i < folded.length; i++) {
      starts.push(index);
      ends.push(index + char.length);
    }
    text += folded;
    index += char.length;
  }
  return { text, starts, ends };
}
