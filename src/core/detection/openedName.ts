/**
 * "Bureau Kompas Detachering" signing on a line of its own, read as "Kompas Detachering" from its
 * domain: a word that opens a firm's name ("Bureau", "Agence", "Cabinet", "Grupo") is part of it
 * where the firm signs with it.
 */
const OPENER = /^(?:Bureau|Agence|Agencia|Agência|Agenzia|Cabinet|Groupe|Grupo|Gruppo)$/u;

/** The name as its own line writes it with an opening word, or the name as read. */
export function openedName(name: string, text: string): string {
  for (let at = text.indexOf(` ${name}`); at >= 0; at = text.indexOf(` ${name}`, at + 1)) {
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const end = at + 1 + name.length;
    const lineEnd = text.indexOf("\n", end);
    if (text.slice(end, lineEnd < 0 ? undefined : lineEnd).trim() !== "") continue;
    const opener = text.slice(lineStart, at).trim();
    if (OPENER.test(opener)) return `${opener} ${name}`;
  }
  return name;
}
