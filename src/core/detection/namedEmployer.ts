import { domainLabel } from "./domainNames";
import { fold } from "./fold";
import { NEUTRAL_DOMAINS, ROLEISH, STOP_CAPS, onlyFunctionWords } from "./orgWords";

/**
 * The employer when readParties found none: mail that names it in ways a domain does not spell.
 * - "Sent on behalf of Proseware", "au nom de Banque Rhône", "im Auftrag von …";
 * - a signature line "Jane from Northwind Health" / "Tom at Wingtip Toys";
 * - a signature line that spells the sender's domain as initials ("Graphic Design Institute" for gdi.org).
 */

const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*(?: (?:\p{Lu}[\p{L}\p{N}'’&-]*|&|de|du|des|del|van|von|of)){0,3}`;

const ON_BEHALF = new RegExp(
  String.raw`\b(?:on behalf of|au nom de|pour le compte de|im auftrag von|im namen von|en nombre de|em nome de|namens|per conto di|a nome di)\s+(?:the\s+)?(${NAME})`,
  "u",
);

const FROM_LINE = new RegExp(String.raw`^\p{Lu}\p{Ll}+ (?:from|at|@) (${NAME})\s*$`, "mu");

function plausible(name: string | undefined): name is string {
  if (!name) return false;
  const words = name.split(" ");
  const first = words[0] ?? "";
  if (STOP_CAPS.test(first) || ROLEISH.test(name)) return false;
  return !onlyFunctionWords(name);
}

/** Initials of a capitalised run on its own line that spell the domain ("Graphic Design Institute" ~ gdi). */
function initialsFor(text: string, label: string): string | null {
  if (!/^[a-z]{2,5}$/.test(label)) return null;
  const n = label.length;
  for (const line of text.split("\n").slice(-40)) {
    const t = line.trim();
    if (t.length > 60) continue;
    const words = t.split(/\s+/);
    if (words.length !== n || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    if (fold(words.map((w) => w[0] ?? "").join("")) === label) return t;
  }
  return null;
}

export function namedEmployer(text: string, senderAddress: string): string | null {
  const behalf = ON_BEHALF.exec(text)?.[1];
  if (plausible(behalf)) return behalf;
  const from = FROM_LINE.exec(text)?.[1];
  if (plausible(from)) return from;
  const label = domainLabel(senderAddress);
  if (label && !NEUTRAL_DOMAINS.has(label)) {
    const initials = initialsFor(text, label);
    if (plausible(initials ?? undefined)) return initials;
  }
  return null;
}
