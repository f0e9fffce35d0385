import { QUOTE_MARK, htmlToText } from "./htmlToText";
import type { ItemBody } from "./types";

/** The parts of a body the detector reads. */
export interface BodyText {
  /** The author's own words: quoted replies and forwarded headers removed. */
  text: string;
  /** True when the item forwards someone else's mail (its content then counts as evidence). */
  forwarded: boolean;
  /** The meeting-invitation footer (Teams/Zoom/Meet join details): a join link, not evidence. */
  footer: string;
  /** The start of the quoted history a reply carries (its header included), or "". */
  quoted: string;
}

// Where quoted history starts in plain text, in the languages Outlook, Gmail and Apple Mail write.
const QUOTE_HEADER =
  /^(?:-{2,}\s*(?:original message|message d'origine|urspr(?:ü|u)ngliche nachricht|mensaje original|mensagem original|oorspronkelijk bericht|messaggio originale)\s*-{2,}|_{20,}\s*$|on .{4,200}wrote:\s*$|le .{4,200}a (?:é|e)crit\s*:\s*$|am .{4,200}schrieb .{0,120}$|el .{4,200}escribi(?:ó|o)\s*:\s*$|em .{4,200}escreveu\s*:\s*$|op .{4,200}schreef .{0,120}$|il .{4,200}ha scritto\s*:\s*$|(?:from|de|von|van|da|od|от)\s*:.{1,200}$)/i;
const FORWARD_HEADER =
  /^-{2,}\s*(?:forwarded message|message transf(?:é|e)r(?:é|e)|weitergeleitete nachricht|mensaje reenviado|mensagem encaminhada|doorgestuurd bericht|messaggio inoltrato)\s*-{2,}/i;
const HEADER_LINE =
  /^(?:from|de|von|van|da|sent|date|datum|fecha|data|envoy(?:é|e)|enviado|gesendet|verzonden|verstuurd|inviato|to|(?:à|a)|an|aan|para|cc|subject|objet|betreff|asunto|assunto|onderwerp|oggetto)\s*:/i;
const FROM_LINE = /^(?:from|de|von|van|da)\s*:/i;
// Where the join-details block that Teams, Zoom and Meet append to invitations begins.
const MEETING_FOOTER =
  /^(?:microsoft teams(?:-besprechung|-vergadering| meeting| need help\?)|(?:réunion|reunión de|riunione di|reunião do|vergadering in) microsoft teams|join zoom meeting|.{1,80} is inviting you to a scheduled zoom meeting|join with google meet|join on your computer|rejoindre sur votre ordinateur)/i;
const TWO_LETTER_QUOTE = new Set(["on", "le", "am", "el", "em", "op", "il"]);
const FOOTER_PREFIX = new Set(["mi", "ré", "re", "ri", "ve", "jo"]);

/** A cheap test of whether a line could be a quote header, separator or meeting footer. */
function mayStartHeader(line: string): boolean {
  const c = line[0];
  if (c === "-" || c === "_") return true;
  // "From:", "De :", "Von:" — a colon among the first few characters (scanned backwards from 11).
  if (line.lastIndexOf(":", 11) > 0) return true;
  const two = (line[0] ?? "").toLowerCase() + (line[1] ?? "");
  if (line[2] === " " && TWO_LETTER_QUOTE.has(two)) return true;
  return FOOTER_PREFIX.has(two) || line.charCodeAt(0) > 127;
}

// First letters (lower-cased char codes) of every QUOTE_HEADER, FORWARD_HEADER, SEPARATOR and
// MEETING_FOOTER alternative: - _ o l a e f d v s i m r j.
const HEADER_START = new Set(
  [45, 95, ..."olaefdvsimrj"].map((c) => (typeof c === "number" ? c : c.charCodeAt(0))),
);
// Runs of blanks become one space. A lone space already is one, so only runs that hold another
// blank or a second space are matched: most spaces of a text are lone and are left in place
// (the same result as replacing every run, without a replacement per word).
const SPACE_RUN = / ?[\t\r\f\v\u00a0\u200b][\t\r\f\v\u00a0\u200b ]*| {2,}[\t\r\f\v\u00a0\u200b ]*/g;
// Of the quoted history, only the start is kept: the message replied to is what gives context.
const QUOTED_CHARS = 3000;
// A Teams/Zoom footer separator line is not quoted history, only boilerplate.
const SEPARATOR = /^_{20,}\s*$/;

/**
 * Reads a body as text. For replies everything from the first quote marker on is dropped,
 * because earlier messages' times and words are not evidence about this one. For forwards the
 * forwarded content is kept (it is the evidence) but its From/Date/Subject header lines are not.
 */
export function readBody(body: ItemBody | null | undefined, subject: string, maxChars: number): BodyText {
  const raw = typeof body?.content === "string" ? body.content : "";
  const isHtml = typeof body?.contentType === "string" && body.contentType.toLowerCase() === "html";
  let text = isHtml ? htmlToText(raw) : raw.length > 1_000_000 ? raw.slice(0, 1_000_000) : raw;
  if (text.length > maxChars) text = text.slice(0, maxChars);
  let forwarded = /^\s*(?:fwd?|fw|tr|wg|rv|enc|i)\s*:/i.test(subject);
  // Lines are read in place, not split out: reading stops at quoted history, and blank spaced
  // (most of an HTML body's) are skipped without being cut out.
  const spaced = text.replace(SPACE_RUN, " ");
  const kept: string[] = [];
  let headerBlock = forwarded;
  let footerAt = -1;
  let quotedAt = -1;
  for (let start = 0, end = 0; start <= spaced.length; start = end + 1) {
    end = spaced.indexOf("\n", start);
    if (end < 0) end = spaced.length;
    // Runs of blanks are single spaces by now, so a blank line is empty or one space.
    if (end - start < 2 && (end === start || spaced.charCodeAt(start) === 32)) continue;
    const line = spaced.slice(start, end).trim();
    if (!line) continue;
    // Header, quote and footer spaced have recognisable starts; others skip the patterns.
    const code = line.charCodeAt(0);
    const first = code >= 65 && code <= 90 ? code + 32 : code;
    const maybeHeader = (HEADER_START.has(first) || first > 127) && mayStartHeader(line);
    const isFwdHeader = first === 45 /* - */ && FORWARD_HEADER.test(line);
    if (isFwdHeader) forwarded = true;
    if (forwarded) {
      // A forwarded message's header is the block of From/Date/Subject lines that opens it; a
      // template's own "Date:" or "Data:" line further down is content.
      if (isFwdHeader || FROM_LINE.test(line)) headerBlock = true;
      if (line === QUOTE_MARK || isFwdHeader || (headerBlock && HEADER_LINE.test(line))) continue;
      headerBlock = false;
      kept.push(line);
      continue;
    }
    if (line === QUOTE_MARK) {
      quotedAt = end + 1;
      break;
    }
    // "> Op 9 dec. 2026 om 09:40 schreef Eva Bakker:": plain-text quoting marks every line.
    if (code === 62 /* > */ && kept.length > 0) {
      quotedAt = start;
      break;
    }
    if (!maybeHeader && !(line.length < 160 && line.includes("Zoom"))) {
      kept.push(line);
      continue;
    }
    if (first === 95 /* _ */ && SEPARATOR.test(line)) {
      kept.push("—");
      continue;
    }
    if (QUOTE_HEADER.test(line) && kept.length > 0) {
      quotedAt = start;
      break;
    }
    if (MEETING_FOOTER.test(line)) {
      footerAt = start;
      break;
    }
    kept.push(line);
  }
  // The footer is its first line and the 59 after it.
  let footerEnd = footerAt;
  for (let n = 0; n < 60 && footerEnd >= 0 && footerEnd < spaced.length; n++) {
    const next = spaced.indexOf("\n", footerEnd);
    footerEnd = next < 0 ? spaced.length : n < 59 ? next + 1 : next;
  }
  const footer = footerAt >= 0 ? spaced.slice(footerAt, footerEnd) : "";
  const quoted = quotedAt >= 0 ? spaced.slice(quotedAt, quotedAt + QUOTED_CHARS) : "";
  return { text: kept.join("\n"), forwarded, footer, quoted };
}
