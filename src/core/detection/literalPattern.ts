/**
 * The source of a pattern that matches `text` as written, for building a pattern around a name
 * read from the mail ("Acme (UK)", "C.H. Robinson"): every character the engine treats as syntax
 * is escaped. (Valid with and without the `u` flag.)
 */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
