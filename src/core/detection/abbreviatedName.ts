import { withoutHyphens } from "./domainNames";
import { fold } from "./fold";
import { WRITTEN_FORM_WORD } from "./legalForms";
import { capitalisedRun } from "./subjectNames";

// Words that join a firm's name and are left out of its domain: "Agroindustrias del Litoral".
const JOINER = /^(?:&|and|und|et|e|y|de|del|des|du|da|do|dos|das|di|della|der|den|het|la|le|van|von|of|the)$/;

/**
 * The firm whose domain shortens its words: agrolitoral.com.ar for "Agroindustrias del Litoral",
 * vpcapital.com.hk for "Victoria Peak Capital". The label must be spelled, in order and in full,
 * by the start of each of the name's words (joiners left out), at least one of them shortened;
 * the last is written whole, or shortened after a word written whole: "agro" + "litoral", "v" + "p"
 * + "capital", "mercy" + "valley" + "m" + "c". Names of people the item shows are not firms.
 */
export function abbreviatedName(
  text: string,
  label: string,
  isPerson: (name: string) => boolean,
): string | null {
  const whole = withoutHyphens(label).toLowerCase();
  // ("aslroma7" for "Azienda Sanitaria Locale Roma 7": a number closing the label closes the name.)
  const number = /[a-z]\d{1,3}$/.test(whole) ? (/\d+$/.exec(whole)?.[0] ?? "") : "";
  const l = whole.slice(0, whole.length - number.length);
  const head = text.length > 3000 ? text.slice(0, 3000) : text;
  if (l.length < 6) return /^[a-z]{3,5}$/.test(l) && !number ? initialledName(head, l, isPerson) : null;
  for (const { at, run, words } of runsOpening(head, l)) {
    if (words.length < 2) continue;
    const keys = words.map((w) => fold(w).replace(/[^a-z0-9]/g, ""));
    const used = spelled(l, keys);
    if (used < 2) continue;
    // The whole run is the name, less a legal form ("Harcourt Life Sciences Recruitment" for
    // harcourt-ls: the words after those the domain spells say what the firm does).
    const name = run
      .split(" ")
      .filter((w, i, all) => !(i === all.length - 1 && WRITTEN_FORM_WORD.test(w)))
      .join(" ");
    if (number && !head.startsWith(` ${number}`, at + run.length)) continue;
    if (!isPerson(name)) return number ? `${name} ${number}` : name;
  }
  return null;
}

/** How many of the leading words spell the label (each by a start of it; see above), or 0. */
function spelled(label: string, keys: readonly string[]): number {
  // (At least one word must be shortened: names the domain spells whole are nameForDomain's.)
  const go = (at: number, k: number, shortened: boolean, whole: boolean): number => {
    if (k >= keys.length) return 0;
    const key = keys[k]!;
    if (!key || key.charAt(0) !== label.charAt(at)) return 0;
    // The label ends here: with this word whole, or with a shortened word after whole ones
    // ("mercyvalleymc" for Mercy Valley Medical Center).
    if (shortened && label.length - at === key.length && label.endsWith(key) && key.length >= 4) return k + 1;
    for (let n = Math.min(key.length, label.length - at - 1); n >= 1; n--) {
      if (!label.startsWith(key.slice(0, n), at)) continue;
      const rest = go(at + n, k + 1, shortened || n < key.length, whole || (n === key.length && n >= 4));
      if (rest) return rest;
    }
    // (The last word shortened, after at least one written whole.)
    if (whole && label.length - at < key.length && key.startsWith(label.slice(at))) return k + 1;
    return 0;
  };
  return go(0, 0, false, false);
}

/**
 * The name whose words' initials (joiners left out) are the whole label, as public bodies' short
 * domains are: ipat.pt for "Instituto Politécnico do Alto Tejo". Three words at least: two capitals
 * spell too many people and phrases.
 */
function initialledName(head: string, l: string, isPerson: (name: string) => boolean): string | null {
  for (const { run, words } of runsOpening(head, l)) {
    if (words.length < 3 || words.length !== l.length) continue;
    if (words.map((w) => fold(w.charAt(0))).join("") !== l) continue;
    if (!isPerson(run)) return run;
  }
  return null;
}

/**
 * The capitalised runs of the text that open a word with the label's first letter (the first 40
 * such word starts), each with the words a domain may spell: joiners and legal forms left out.
 */
function* runsOpening(head: string, l: string): Generator<{ at: number; run: string; words: string[] }> {
  const first = l.charAt(0).toUpperCase();
  let tries = 0;
  for (let at = head.indexOf(first); at >= 0 && tries < 40; at = head.indexOf(first, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(head.charAt(at - 1))) continue;
    tries++;
    const run = capitalisedRun(head, at);
    if (!run) continue;
    const words = run.split(" ").filter((w) => !JOINER.test(w.toLowerCase()) && !WRITTEN_FORM_WORD.test(w));
    yield { at, run, words };
  }
}
