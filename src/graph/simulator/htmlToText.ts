/**
 * Body conversions for Prefer: outlook.body-content-type. Graph's own converter is Exchange's and is
 * not documented beyond "returns the body in text format"; this is a small, safe stand-in: one
 * forward scan (no backtracking regexes over the input), script/style content dropped, entities
 * decoded only inside text so decoding can never create markup. Lines end in CRLF, as in the
 * docs' text-body examples ("…notes I sent you.\r\n").
 */

/** Elements whose content a reader never sees. */
const HIDDEN = new Set(["script", "style", "title", "template"]);

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tr",
  "ul",
]);

const NAMED_ENTITIES = new Map<string, string>(
  Object.entries({
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: " ",
    copy: "©",
    reg: "®",
    hellip: "…",
    mdash: "—",
    ndash: "–",
    lsquo: "‘",
    rsquo: "’",
    ldquo: "“",
    rdquo: "”",
    bull: "•",
    euro: "€",
  }),
);

export function htmlToText(html: string): string {
  const lines: string[] = [];
  // The current line as pieces: appending to one growing string and asking it endsWith() makes V8
  // flatten it every time, which turns "<<<<…" into quadratic work.
  let pieces: string[] = [];
  let endsInSpace = true;
  const endLine = (force: boolean): void => {
    const trimmed = pieces.join("").trim();
    if (force || trimmed !== "") lines.push(trimmed);
    pieces = [];
    endsInSpace = true;
  };
  // Runs of HTML whitespace are one space, and none at the start of a line.
  const append = (raw: string): void => {
    let text = raw.replace(/[ \t\r\n\f]+/g, " ");
    if (endsInSpace) text = text.replace(/^ /, "");
    if (text === "") return;
    const decoded = decodeEntities(text);
    pieces.push(decoded);
    endsInSpace = decoded.endsWith(" ");
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) append(html.slice(i, textEnd));
    if (lt < 0) break;
    const tag = readTag(html, lt);
    if (tag === undefined) {
      // A "<" that opens no tag ("a < b") is text.
      append("<");
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (tag.name === "br") endLine(true);
    else if (BLOCKS.has(tag.name)) endLine(false);
    else if (!tag.closing && HIDDEN.has(tag.name)) {
      const closeTag = new RegExp(`</${tag.name}`, "gi");
      closeTag.lastIndex = i;
      const close = closeTag.exec(html)?.index ?? -1;
      const after = close < 0 ? -1 : html.indexOf(">", close);
      i = after < 0 ? html.length : after + 1;
    }
  }
  endLine(false);
  let first = 0;
  let last = lines.length;
  while (first < last && lines[first] === "") first += 1;
  while (last > first && lines[last - 1] === "") last -= 1;
  return lines.slice(first, last).join("\r\n");
}

/** Text as a minimal HTML document, for outlook.body-content-type="html" on a text body. */
export function textToHtml(text: string): string {
  const escaped = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r?\n/g, "<br>\r\n");
  return `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n${escaped}\r\n</body>\r\n</html>\r\n`;
}

/**
 * The tag (or comment, doctype, processing instruction) opening at `at`, as its lower-cased name
 * and the index just past it; undefined when `<` there opens nothing. An unterminated tag runs to
 * the end of the input and is dropped, as HTML parsers drop it.
 */
function readTag(html: string, at: number): { name: string; closing: boolean; end: number } | undefined {
  if (html.startsWith("<!--", at)) {
    const close = html.indexOf("-->", at + 4);
    return { name: "!--", closing: false, end: close < 0 ? html.length : close + 3 };
  }
  const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)|^<[!?]/.exec(html.slice(at, at + 64));
  if (!match) return undefined;
  let j = at + match[0].length;
  while (j < html.length && html[j] !== ">") {
    const ch = html[j];
    if (ch === '"' || ch === "'") {
      const closeQuote = html.indexOf(ch, j + 1);
      if (closeQuote < 0) return { name: "", closing: false, end: html.length };
      j = closeQuote + 1;
    } else j += 1;
  }
  return {
    name: (match[2] ?? "!").toLowerCase(),
    closing: match[1] === "/",
    end: Math.min(j + 1, html.length),
  };
}

function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : "\uFFFD";
    }
    return NAMED_ENTITIES.get(ref) ?? whole;
  });
}
