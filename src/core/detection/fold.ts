// Any UTF-16 unit above 0x7f (a surrogate half included) means the text is not ASCII; without the
// u flag the engine tests units directly, about four times faster than the \p{ASCII} class.
const NON_ASCII = /[\x80-\uffff]/;

/**
 * Lower-cases and strips diacritics so one pattern matches "Vorstellungsgespräch" and "vorstellungsgesprach".
 *
 * Kept apart from the wording fold (src/core/wording/foldForMatch.ts) on purpose. That one also
 * spells out ß, æ and ø, drops soft hyphens and applies NFKD, and keeps an index map per character,
 * so a match can be shown in the user's own spelling; it runs about seventy times slower over the
 * mail corpus. This one runs on every subject and body the detector reads, and the detector's
 * patterns are written for what it leaves (they spell "(?:ß|ss)" themselves).
 */
export function fold(text: string): string {
  // Most mail is ASCII; normalising it would only cost time.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      // "Proposition d’embauche": the patterns write the typewriter apostrophe.
      .replace(/[\u2018\u2019]/g, "'")
      .toLowerCase()
  );
}

/** Letters and digits only, for comparing a name with an e-mail domain ("Harbor & Finch" ~ harborfinch). */
export function compact(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, "");
}
