/**
 * Small and family firms sign with names the other readers cut short or miss: "Boulangerie Gagnon
 * et Fils" read up to its lower-case "et", "Marlow Plumbing & Gas" read as its domain spells it,
 * and "Despacho Ibarra Hermanos" signing on the last line under a phone number, with no title.
 */
import { firmShaped } from "./firmShaped";
import { fold } from "./fold";

// "et Fils", "e Figli", "& Sons", "Hermanos" after the family's name: part of the firm's name.
const FAMILY_TAIL =
  /^(?: (?:et|e|y|&|and|und|en|an'?) (?:Fils|Figli|Filhos|Hijos|Sons|Söhne|Soehne|Zonen|Zoon|Daughters|Cie|Cía|Cia)\.?| (?:Hermanos|Hnos\.|Irmãos|Fratelli|Frères|Gebroeders))(?![\p{L}])/u;

// "Marlow Plumbing & Gas" on a line of its own: the name read and the trade it adds.
const AND_MORE = /^ & (?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+)?\s*$/u;

/** The firm's name as the mail writes it in full: with its family tail, or its line's "& <Trade>". */
export function fullFamilyName(company: string, text: string): string {
  for (let at = text.indexOf(company); at >= 0; at = text.indexOf(company, at + company.length)) {
    const after = text.slice(at + company.length, at + company.length + 40);
    const family = FAMILY_TAIL.exec(after);
    // ("et Cie." loses its closing dot; "Hnos." keeps the dot that shortens it.)
    if (family) return company + family[0].replace(/(?<!Hnos)\.$/u, "");
    const lineStart = at === 0 || text.charAt(at - 1) === "\n";
    const lineEnd = text.indexOf("\n", at);
    const more = AND_MORE.exec(text.slice(at + company.length, lineEnd < 0 ? undefined : lineEnd));
    if (lineStart && more) return company + more[0].trimEnd();
  }
  return company;
}

// A phone number alone on its line: "912 555 604", "+43 1 555 27 19", "(11) 95555-3182".
const PHONE_LINE = /^(?:(?:tel|tél|tlf|phone|mobile|mob|cell|m|t)\.?:?\s*)?\+?[\d(][\d\s()./-]{6,}\d$/iu;

/**
 * "Verónica Ibarra\n55 5555 2041\nDespacho Ibarra Hermanos": the firm a small employer signs
 * with, alone on the last lines under the writer's name and phone number, shaped like a firm's
 * name ("Despacho …", "Clínica …", "… & Sons"); the writer's name must sign above it.
 */
export function signedUnderPhone(text: string, writer: string): string | null {
  const lines = text
    .slice(-400)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(-4);
  const who = fold(writer).split(/\s+/)[0] ?? "";
  if (who.length < 2) return null;
  for (let n = 2; n < lines.length; n++) {
    const firm = lines[n]!;
    if (!PHONE_LINE.test(lines[n - 1]!) || !fold(lines[n - 2]!).startsWith(who)) continue;
    if (firm.length <= 60 && /^\p{Lu}/u.test(firm) && !/[.!?:]$/u.test(firm) && firmShaped(firm)) return firm;
  }
  return null;
}
