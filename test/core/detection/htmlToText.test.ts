import { QUOTE_MARK, decodeEntities, htmlToText } from "../../../src/core/detection/htmlToText";

describe("htmlToText", () => {
  it.each([
    [
      "drops script content",
      "<p>Hi</p><script>var x = 'interview at 9am';</script><p>there</p>",
      ["Hi", "there"],
      ["interview"],
    ],
    [
      "drops style content",
      "<style>p { color: red } .interview{}</style><p>Body</p>",
      ["Body"],
      ["interview", "color"],
    ],
    [
      "drops the head",
      "<html><head><title>Interview</title></head><body>Hello</body></html>",
      ["Hello"],
      ["Interview"],
    ],
    ["drops comments", "<p>A<!-- interview tomorrow --></p>", ["A"], ["interview"]],
    [
      "keeps table cells on one line",
      "<table><tr><td>Date</td><td>12-14-2026</td></tr></table>",
      [/Date +12-14-2026/],
      [],
    ],
  ] as [string, string, (string | RegExp)[], string[]][])("%s", (_name, html, present, absent) => {
    const text = htmlToText(html);
    for (const p of present) expect(text).toMatch(p);
    for (const a of absent) expect(text).not.toContain(a);
  });

  it("decodes named and numeric entities", () => {
    expect(decodeEntities("Q&amp;A &lt;b&gt; caf&eacute; &#233; &#xE9; &nbsp;")).toBe("Q&A <b> café é é  ");
  });

  it.each([
    ["cos&igrave;", "così"],
    ["amanh&atilde; &agrave;s 15h", "amanhã às 15h"],
    ["&Ccedil;a marche", "Ça marche"],
    ["Z&uuml;rich &ndash; &bdquo;Gespr&auml;ch&ldquo;", "Zürich – „Gespräch“"],
    ["&Scaron;koda, &aring;, &oslash;, &aelig;", "Škoda, å, ø, æ"],
    ["Stra&szlig;e 4&deg;", "Straße 4°"],
  ])("decodes the accented letters and marks of European mail: %s", (html, text) => {
    expect(decodeEntities(html)).toBe(text);
  });

  it("starts each list item's line with a dash, as plain-text mail writes an agenda", () => {
    expect(htmlToText("<p>Agenda:</p><ol><li>Roadmap</li><li>Hiring update</li></ol>")).toMatch(
      /\n- Roadmap\s*\n- Hiring update/,
    );
  });

  it("leaves unknown entities as written", () => {
    expect(decodeEntities("&bogus; &#xFFFFFF;")).toBe("&bogus;  ");
  });

  it.each([
    ["Outlook's divRplyFwdMsg", '<div>New</div><div id="divRplyFwdMsg">From: A</div>'],
    ["Gmail's gmail_quote", '<div>New</div><div class="gmail_quote">On Mon wrote:</div>'],
    ["a blockquote", "<div>New</div><blockquote>old text</blockquote>"],
  ])("marks where quoted history starts in %s", (_name, html) => {
    const text = htmlToText(html);
    expect(text.indexOf(QUOTE_MARK)).toBeGreaterThan(text.indexOf("New"));
  });

  it("reads deeply nested and unclosed markup without failing", () => {
    const html = "<div>".repeat(50_000) + "deep" + "<span".repeat(10);
    expect(htmlToText(html)).toContain("deep");
  });

  it("treats a lone '<' as text", () => {
    expect(htmlToText("a < b and 3<4")).toContain("a < b");
  });
});
