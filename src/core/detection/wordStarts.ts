/**
 * The word starts of the texts the cue lists are asked about, and the keys anyOf files phrases
 * under: a text is read once for every list asked about it in a row.
 */

/** `\b` in a pattern without the `i` flag: ASCII letters, digits and the underscore are word characters. */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Up to three ASCII characters as one small integer, seven bits each. Keys of different lengths
 * never share a number: a key's first character is a word character, so one of two characters
 * is at least 48 × 128 and one of three at least 48 × 128².
 */
export function keyOf(chars: string): number {
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
export const vocabulary = {
  size: 0,
  one: new Int32Array(128).fill(-1),
  two: new Int32Array(128 * 128).fill(-1),
  three: new Map<number, number>(),
  threeAfter: new Uint8Array(128 * 128),
};

export function idOf(key: number): number {
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

/**
 * Writes the vocabulary numbers of the one-, two- and three-character keys of the word starting
 * at `i` (its first character a word character) into `into` from `offset`.
 */
export function idsAt(text: string, i: number, into: Int32Array, offset: number): void {
  const c = text.charCodeAt(i);
  // (charCodeAt past the end is NaN, which fails the comparison as a non-ASCII code does.)
  const c1 = text.charCodeAt(i + 1);
  const c2 = text.charCodeAt(i + 2);
  const two = c1 < 128 ? (c << 7) | c1 : -1;
  const three = two >= 0 && c2 < 128 ? (two << 7) | c2 : -1;
  into[offset] = vocabulary.one[c]!;
  into[offset + 1] = two >= 0 ? vocabulary.two[two]! : -1;
  into[offset + 2] =
    three >= 0 && vocabulary.threeAfter[two] === 1 ? (vocabulary.three.get(three) ?? -1) : -1;
}

export function wordStarts(text: string): typeof seen {
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
      idsAt(text, i, seen.ids, 3 * words);
      words++;
    }
    before = word;
  }
  seen.text = text;
  seen.words = words;
  seen.vocabularySize = vocabulary.size;
  return seen;
}
