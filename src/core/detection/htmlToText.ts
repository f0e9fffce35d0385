/**
 * A small linear-time HTML-to-text reader. Core has no DOM (no DOMParser/DOMPurify), and the
 * detector only needs words, line breaks and where quoted history begins, so a forward scan
 * with indexOf is enough and stays O(n) on hostile input (deep nesting, unclosed tags).
 */

/** Line emitted where quoted history starts (gmail_quote, divRplyFwdMsg, blockquote). */
export const QUOTE_MARK = "\u0001";

const SKIP_CONTENT = new Set(["script", "style", "head", "title", "template", "noscript", "svg", "xml"]);
const BLOCK = new Set([
  "p",
  "div",
  "br",
  "tr",
  "li",
  "ul",
  "ol",
  "table",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "hr",
  "dd",
  "dt",
  "pre",
  "center",
]);
/**
 * The named references mail uses: punctuation, spaces and symbols, and every accented letter
 * HTML names by its mark ("eacute", "igrave", "Ccedil", "scaron"), built from the letter and the
 * combining mark rather than listed one by one.
 */
const NAMED: Record<string, string> = {
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  sbquo: "‚",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  lsaquo: "‹",
  rsaquo: "›",
  middot: "·",
  bull: "•",
  szlig: "ß",
  aelig: "æ",
  AElig: "Æ",
  oelig: "œ",
  OElig: "Œ",
  oslash: "ø",
  Oslash: "Ø",
  eth: "ð",
  thorn: "þ",
  ordf: "ª",
  ordm: "º",
  deg: "°",
  iexcl: "¡",
  iquest: "¿",
  sect: "§",
  para: "¶",
  times: "×",
  divide: "÷",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  shy: "",
  zwnj: "",
  zwj: "",
};
const MARKS: Record<string, string> = {
  grave: "\u0300",
  acute: "\u0301",
  circ: "\u0302",
  tilde: "\u0303",
  uml: "\u0308",
  ring: "\u030a",
  cedil: "\u0327",
  caron: "\u030c",
};
for (const letter of "aeiouycnszrAEIOUYCNSZR")
  for (const [mark, combining] of Object.entries(MARKS)) {
    const composed = (letter + combining).normalize("NFC");
    if (composed.length === 1) NAMED[`${letter}${mark}`] ??= composed;
  }

/** Decodes character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : " ";
    }
    return NAMED[ref] ?? whole;
  });
}

function isQuoteStart(name: string, attrs: string): boolean {
  if (name === "blockquote") return true;
  return /gmail_quote|divRplyFwdMsg|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader|x_divRplyFwdMsg/i.test(
    attrs,
  );
}

/**
 * Converts HTML to plain text with a line per block. Script, style and head content is
 * dropped; a QUOTE_MARK line marks where quoted or forwarded history begins.
 */
export function htmlToText(html: string, maxChars = 1_000_000): string {
  const src = html.length > maxChars ? html.slice(0, maxChars) : html;
  // Tag names are compared in lower case. Lower-casing changes no ASCII letter's place and turns
  // no other character into one, except "İ" (two units in lower case) and the Kelvin sign ("k");
  // without them the names are lower-cased where they are read, not the whole document copied.
  const lower = src.indexOf("\u0130") >= 0 || src.indexOf("\u212a") >= 0 ? src.toLowerCase() : null;
  const codeAt = (at: number): number => {
    const c = lower === null ? src.charCodeAt(at) : lower.charCodeAt(at);
    return c >= 65 && c <= 90 ? c + 32 : c;
  };
  const closingTag = (name: string, from: number): number => {
    if (lower !== null) return lower.indexOf("</" + name, from);
    for (let at = src.indexOf("</", from); at >= 0; at = src.indexOf("</", at + 1)) {
      let m = 0;
      while (m < name.length && codeAt(at + 2 + m) === name.charCodeAt(m)) m++;
      if (m === name.length) return at;
    }
    return -1;
  };
  const out: string[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const lt = src.indexOf("<", i);
    if (lt < 0) {
      out.push(src.slice(i));
      break;
    }
    if (lt > i) out.push(src.slice(i, lt));
    if (src.startsWith("<!--", lt)) {
      const end = src.indexOf("-->", lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = src.indexOf(">", lt + 1);
    if (gt < 0) {
      // An unclosed "<" is text, not a tag.
      out.push(src.slice(lt));
      break;
    }
    let j = lt + 1;
    const closing = src.charCodeAt(j) === 47;
    if (closing) j++;
    let k = j;
    let upper = false;
    while (k < gt) {
      const c = codeAt(k);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 58 || c === 45) k++;
      else break;
      upper ||= lower === null && src.charCodeAt(k - 1) !== c;
    }
    let name = lower !== null ? lower.slice(j, k) : upper ? src.slice(j, k).toLowerCase() : src.slice(j, k);
    // Word's namespaced tags (<o:p>, <v:shape>) behave like their plain names.
    if (name.length > 2 && name.charCodeAt(1) === 58) name = name.slice(2);
    i = gt + 1;
    if (!name) {
      // "<" followed by a space or digit: literal text.
      if (!closing && !/[!?]/.test(src[j] ?? "")) out.push(src.slice(lt, gt + 1));
      continue;
    }
    if (!closing && SKIP_CONTENT.has(name)) {
      const end = closingTag(name, i);
      if (end < 0) {
        i = n;
      } else {
        const close = src.indexOf(">", end);
        i = close < 0 ? n : close + 1;
      }
      continue;
    }
    if (!closing && (name === "blockquote" || name === "div") && isQuoteStart(name, src.slice(k, gt)))
      out.push("\n" + QUOTE_MARK + "\n");
    // A list item starts its line with a dash, as in plain-text mail, so an agenda reads as one.
    if (name === "li") out.push(closing ? "\n" : "\n- ");
    else if (BLOCK.has(name)) out.push("\n");
    else if (name === "td" || name === "th") out.push(" ");
  }
  return decodeEntities(out.join(""));
}
