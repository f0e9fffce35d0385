import { withoutHyphens } from "./domainNames";
import { LEGAL_TAIL } from "./legalForms";
import { compact } from "./fold";
import { notOrgPhrase } from "./notAFirm";
import { ORG_OPENER } from "./partyWords";

/** "Hawthorn & Reid" from hawthornandreid.co.uk: the firm's name as its domain spells it. */
export function spellsDomain(name: string, label: string): boolean {
  const l = withoutHyphens(label);
  if (compact(name) === l) return true;
  return name.includes("&") && AMPERSAND_WORDS.some((w) => compact(name.replace(/&/g, w)) === l);
}
const AMPERSAND_WORDS = [" and ", " und ", " en ", " et ", " y ", " e ", "n"];

/**
 * "Proseware Logistique" in an address line, signed "Chargée de recrutement – Proseware" from
 * proseware.fr: the writer signs with the name the domain spells; a site or unit word after it
 * is not how the mail names the employer.
 */
export function signedShort(company: string, label: string, text: string): string {
  const space = company.lastIndexOf(" ");
  if (space < 2) return company;
  const short = company.slice(0, space);
  // A length check first: most names are not their domain less one word.
  if (short.length < label.length - 2 || !spellsDomain(short, label)) return company;
  const closing = text.slice(-300);
  for (let i = closing.indexOf(short); i >= 0; i = closing.indexOf(short, i + 1)) {
    const before = closing.charAt(i - 1);
    const after = closing.charAt(i + short.length);
    if (/[\s–—|,-]/.test(before) && (after === "" || after === "\n")) return short;
  }
  return company;
}

/**
 * The writer's firm spelled as the sender's domain, where nothing else named it: on a closing
 * line or a part of one ("De Brug Partners", "People & Culture · 1001 Rutas", "Morgen GmbH ·
 * Lindenstraße 12" from morgen-mobility.de), or else anywhere in the text ("your virtual onsite
 * with J.M.K. Robotics" from jmkrobotics.co.jp).
 */
export function domainSigned(text: string, label: string): string | null {
  const lines = text.slice(-400).split("\n").slice(-8);
  const head = label.split("-")[0] ?? "";
  for (const raw of lines) {
    for (const part of raw.split(/\s+[|·•–—]\s+/u)) {
      const written = part.trim();
      const line = written.replace(LEGAL_TAIL, "");
      if (line.length < 3 || line.length > 50 || !/^[\p{Lu}\d]/u.test(line)) continue;
      // (Written with its legal form, "Morgen GmbH" is a firm whatever "Morgen" means; "1001 Rutas"
      // opens with a number as a year would.)
      if (line === written && !/^\d+ \p{Lu}/u.test(line) && notOrgPhrase(line)) continue;
      if (spellsDomain(line, label)) return line;
      // (A name written with its legal form may be the domain's first part: "Morgen GmbH".)
      if (line !== written && head.length >= 4 && compact(line) === head) return line;
    }
  }
  return spelledInText(text, label);
}

// Up to four words, the first capitalised or a number, that may spell a domain.
const WORD_RUN =
  /(?<![\p{L}\p{N}.])(?:\p{Lu}|\d)[\p{L}\p{N}.&'’-]*(?: (?:\p{Lu}|\d|&)[\p{L}\p{N}.&'’-]*){0,3}/gu;

function spelledInText(text: string, label: string): string | null {
  const flat = withoutHyphens(label);
  if (flat.length < 5) return null;
  for (const m of text.slice(0, 3000).matchAll(WORD_RUN)) {
    const words = m[0].split(" ");
    // The run's first words, longest first, each without a closing full stop. (One word alone is
    // as often a word of the language a hiring tool's domain is named for: "Contratando".)
    for (let n = words.length; n >= 2; n--) {
      const name = words.slice(0, n).join(" ").replace(/[.,]$/u, "");
      if (compact(name) === flat && !notOrgPhrase(name)) return name;
    }
  }
  return null;
}

/** "Photonics" read from a title, "R.T.K. Photonics" in the text, from rtkphotonics.com: the words before it that the domain spells. */
export function spelledBefore(name: string, label: string, hay: string): string {
  const key = compact(name);
  const flat = withoutHyphens(label);
  if (key.length < 4 || flat.length <= key.length || !flat.endsWith(key)) return name;
  const full = spelledInText(hay, label);
  // ("Lusovinhos, uma empresa do Grupo Lusovinhos" from grupolusovinhos.pt: the group is not the firm.)
  return full?.endsWith(` ${name}`) && !ORG_OPENER.test(full.slice(0, -name.length)) ? full : name;
}

/** "Quai" from a display name, "Quai des Données" in the title, from quaidesdonnees.fr: the name the domain spells. */
export function spelledInFull(name: string, label: string, hay: string): string {
  // "Éditions Pléiade" from pleiade-numerique.fr, written "Éditions Pléiade Numérique": a sector
  // word opening the name is not in the domain; the rest is completed.
  const space = name.indexOf(" ");
  if (space > 0 && ORG_OPENER.test(name.slice(0, space + 1))) {
    const rest = name.slice(space + 1);
    const full = spelledInFull(rest, label, hay);
    if (full !== rest) return `${name.slice(0, space + 1)}${full}`;
  }
  const flat = withoutHyphens(label);
  const key = compact(name);
  if (key.length < 3 || flat.length <= key.length || !flat.startsWith(key)) return name;
  for (let at = hay.indexOf(`${name} `); at >= 0; at = hay.indexOf(`${name} `, at + 1)) {
    const words = hay
      .slice(at + name.length + 1, at + name.length + 60)
      .split(/\s+/)
      .slice(0, 3);
    let full = name;
    for (const w of words) {
      full = `${full} ${w}`;
      if (spellsDomain(full, label)) return full;
      if (!flat.startsWith(compact(full))) break;
    }
  }
  return name;
}
