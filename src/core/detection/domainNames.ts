import { compact } from "./fold";
import { CONNECTORS, FUNCTION_WORD, ORG_TAIL, ROLEISH, STOP_CAPS } from "./orgWords";

/**
 * Finds how a text spells an e-mail domain's organisation: "Adventure Works" for
 * adventure-works.com, "Harbor & Finch" for harborfinch.co.uk. A domain alone does not name a
 * company, but it tells which capitalised phrase in the text is one.
 */

/** The registrable label of a domain: hiring.contoso.com → contoso, talent.co.uk → talent. */
const labelCache = new Map<string, string | null>();

export function domainLabel(address: string): string | null {
  let hit = labelCache.get(address);
  if (hit === undefined) {
    hit = computeLabel(address);
    if (labelCache.size > 5000) labelCache.clear();
    labelCache.set(address, hit);
  }
  return hit;
}

function computeLabel(address: string): string | null {
  const at = address.lastIndexOf("@");
  if (at < 0) return null;
  const parts = address
    .slice(at + 1)
    .toLowerCase()
    .split(".")
    .filter(Boolean);
  if (parts.length < 2) return null;
  let i = parts.length - 2;
  const secondLevel = /^(?:co|com|org|net|ac|gov|edu|gob|gouv)$/;
  if (secondLevel.test(parts[i] ?? "") && i > 0) i--;
  return parts[i] ?? null;
}

export function isCapitalised(token: string): boolean {
  const c = token.charAt(0);
  return c !== c.toLowerCase() || (c === c.toUpperCase() && /\p{L}/u.test(c) && !/[a-z]/i.test(c));
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.]*|&/gu;

export interface Token {
  text: string;
  /** compact(text), computed once: names are compared against several domains. */
  c: string;
  start: number;
  end: number;
}

function compactToken(t: string): string {
  // Most tokens are ASCII: lower-case letters and digits without Unicode normalisation.
  let out = "";
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 127) return compact(t);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += t[i];
  }
  return out;
}

/** Drops a possessive "'s" and trailing dots or apostrophes ("Contoso's" → Contoso). */
function trimToken(raw: string): string {
  let end = raw.length;
  const last = raw.charCodeAt(end - 1);
  if ((last === 115 || last === 83) && end > 2 && (raw[end - 2] === "'" || raw[end - 2] === "’")) end -= 2;
  while (end > 1 && (raw[end - 1] === "." || raw[end - 1] === "'" || raw[end - 1] === "’")) end--;
  return end === raw.length ? raw : raw.slice(0, end);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m && out.length < 20_000; m = TOKEN.exec(text)) {
    // Match on the written form ("Margie's" spells margies in margiestravel.fr); test words on
    // the trimmed form; a possessive at the end of a whole name is dropped from the output.
    const t = trimToken(m[0]);
    const raw = m[0].replace(/[.'’]+$/, "");
    out.push({ text: t, c: compactToken(raw), start: m.index, end: m.index + raw.length });
  }
  return out;
}

/**
 * Finds the phrase in `text` that spells the domain label, e.g. "Northstar Retail Group" for
 * northstarretail. Returns the phrase as written, or null.
 */
export function nameForDomain(
  text: string,
  tokens: Token[],
  label: string,
  firstOnly = false,
): string | null {
  if (label.length < 3) return null;
  const l = label.replace(/-/g, "");
  let best: string | null = null;
  for (let i = 0; i < (firstOnly ? Math.min(1, tokens.length) : tokens.length); i++) {
    const first = tokens[i];
    if (!first || !isCapitalised(first.text)) continue;
    const c0 = first.c;
    if (!c0 || !(l.startsWith(c0) || c0.startsWith(l))) continue;
    const end = extend(tokens, i, c0, l);
    if (end < 0) continue;
    let last = end;
    let extra = 0;
    while (last + 1 < tokens.length && extra < 2) {
      const next = tokens[last + 1];
      if (!next || !isCapitalised(next.text) || !/^\p{L}/u.test(next.text)) break;
      if (/^\p{Lu}{2,3}$/u.test(next.text) && !ORG_TAIL.test(next.text)) break;
      if (
        !ORG_TAIL.test(next.text) &&
        (FUNCTION_WORD.test(next.text) || ROLEISH.test(next.text) || STOP_CAPS.test(next.text))
      )
        break;
      if (text.slice(tokens[last]!.end, next.start) !== " ") break;
      last++;
      extra++;
    }
    const phrase = text.slice(first.start, tokens[last]!.end).replace(/['’]s$/, "");
    if (!best || phrase.length > best.length) best = phrase;
  }
  return best;
}

/** Extends a match over following tokens while they keep spelling the label; returns the last index or -1. */
function extend(tokens: Token[], i: number, acc: string, label: string): number {
  if (acc === label || (acc.startsWith(label) && acc.length - label.length <= 4)) return i;
  if (!label.startsWith(acc) || i + 1 >= tokens.length || i > 10_000) return -1;
  const next = tokens[i + 1]!;
  const options = CONNECTORS[next.text.toLowerCase()];
  if (options) {
    for (const o of options) {
      if (o === "") {
        const r = extend(tokens, i + 1, acc, label);
        if (r >= 0) return r;
      } else if (label.startsWith(acc + o)) {
        const r = extend(tokens, i + 1, acc + o, label);
        if (r >= 0) return r;
      }
    }
    return -1;
  }
  // A name continues only through capitalised words or digits ("Adventure Works", "Studio 54").
  if (!isCapitalised(next.text) && !/^\p{N}/u.test(next.text)) return -1;
  const grown = acc + next.c;
  if (grown === label || (grown.startsWith(label) && grown.length - label.length <= 8)) return i + 1;
  if (label.startsWith(grown)) return extend(tokens, i + 1, grown, label);
  return -1;
}

/** E-mail addresses in text, found from each "@" outwards (a plain regex would rescan every word). */
export function addressesIn(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf("@"); at >= 0 && out.length < 20; at = text.indexOf("@", at + 1)) {
    let a = at;
    while (a > 0 && at - a < 64 && /[\w.+-]/.test(text[a - 1] ?? "")) a--;
    let b = at + 1;
    while (b < text.length && b - at < 255 && /[\w.-]/.test(text[b] ?? "")) b++;
    const addr = text.slice(a, b).replace(/\.+$/, "");
    if (a < at && /@[\w-]+\.[\w.-]+$/.test(addr)) out.push(addr);
  }
  return out;
}

/**
 * Looks for the label's spelling only where its first letters occur, so a long body is not
 * tokenised once per domain.
 */
export function findOrgName(hay: string, lowerHay: string, label: string): string | null {
  const l = label.replace(/-/g, "");
  if (l.length < 3) return null;
  const prefix = l.slice(0, 3);
  let best: string | null = null;
  let tries = 0;
  for (let idx = lowerHay.indexOf(prefix); idx >= 0 && tries < 12; idx = lowerHay.indexOf(prefix, idx + 1)) {
    if (idx > 0 && /[\p{L}\p{N}]/u.test(hay[idx - 1] ?? "")) continue;
    const ch = hay[idx] ?? "";
    if (ch === ch.toLowerCase()) continue;
    tries++;
    // A name is a handful of words: tokenise only a short window starting at the match.
    const win = hay.slice(idx, idx + 64);
    const found = nameForDomain(win, tokenize(win), label, true);
    if (found && (!best || found.length > best.length)) best = found;
  }
  return best;
}
