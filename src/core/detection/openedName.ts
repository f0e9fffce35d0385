/**
 * "Bureau Kompas Detachering" signing on a line of its own, read as "Kompas Detachering" from its
 * domain: a word that opens a firm's name ("Bureau", "Agence", "Cabinet", "Grupo") is part of it
 * where the firm signs with it.
 */
const OPENER = /^(?:Bureau|Agence|Agencia|Agência|Agenzia|Cabinet|Groupe|Grupo|Gruppo)$/u;

/** The name as its own line writes it with an opening word, or the name as read. */
export function openedName(name: string, text: string): string {
  return signedWith(name, text, OPENER, true);
}

// "Produits forestiers", "Services financiers", "Productos lácteos": a sector and its kind in
// lower case, as Québec and Romance firms open their names.
const SECTOR_OPENER =
  /^(?:Produits|Services|Aliments|Matériaux|Industries|Équipements|Transports|Placements|Produtos|Serviços|Productos|Servicios|Prodotti|Servizi)(?: \p{Ll}[\p{Ll}'’-]+){1,2}$/u;

/** "Boréal-Nord" signing as "Produits forestiers Boréal-Nord inc.": the name with its sector opener, or the name. */
export function sectorOpened(name: string, text: string): string {
  return signedWith(name, text, SECTOR_OPENER, false);
}

/**
 * The name with what `opener` takes before it on its line (or its part of a line after "| "), or
 * the name; with `ending`, only where the name ends its line.
 */
function signedWith(name: string, text: string, opener: RegExp, ending: boolean): string {
  for (let at = text.indexOf(` ${name}`); at >= 0; at = text.indexOf(` ${name}`, at + 1)) {
    const end = at + 1 + name.length;
    const lineEnd = text.indexOf("\n", end);
    if (ending && text.slice(end, lineEnd < 0 ? undefined : lineEnd).trim() !== "") continue;
    const bar = text.lastIndexOf("| ", at);
    const before = text.slice(Math.max(text.lastIndexOf("\n", at) + 1, bar < 0 ? 0 : bar + 2), at).trim();
    if (opener.test(before)) return `${before} ${name}`;
  }
  return name;
}
