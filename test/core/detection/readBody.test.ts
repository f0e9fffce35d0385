import { readBody } from "../../../src/core/detection/readBody";

const text = (content: string, subject = "Re: hello", contentType = "text") =>
  readBody({ contentType, content }, subject, 50_000).text;

describe("readBody", () => {
  it.each([
    [
      "'-----Original Message-----'",
      "See you Friday at 10.\n-----Original Message-----\nFrom: Sam\nMonday at 9 works",
    ],
    [
      "'On ... wrote:'",
      "See you Friday at 10.\nOn Mon, Jan 4, 2027 at 9:00 AM Sam Rivera <sam@contoso.com> wrote:\n> Monday at 9 works",
    ],
    ["French 'De :' headers", "See you Friday at 10.\nDe : Sam Rivera\nEnvoyé : lundi\nMonday at 9 works"],
    ["German 'Von:' headers", "See you Friday at 10.\nVon: Sam Rivera\nGesendet: Montag\nMonday at 9 works"],
    [
      "'Le ... a écrit :'",
      "See you Friday at 10.\nLe lun. 4 janv. 2027 à 09:00, Sam Rivera a écrit :\nMonday at 9 works",
    ],
    ["'>' quoting", "See you Friday at 10.\n> Op 9 dec. 2026 om 09:40 schreef Sam:\n> Monday at 9 works"],
  ])("drops the quoted reply after %s", (_name, body) => {
    const t = text(body);
    expect(t).toContain("Friday at 10");
    expect(t).not.toContain("Monday at 9");
  });

  it("drops HTML quoted history from an Outlook reply", () => {
    const t = text(
      '<p>New time: Thursday.</p><div id="divRplyFwdMsg"><b>From:</b> Sam</div><p>Old: Monday</p>',
      "RE: x",
      "html",
    );
    expect(t).toContain("Thursday");
    expect(t).not.toContain("Monday");
  });

  it("keeps the start of the quoted history apart, for context only", () => {
    const plain = readBody(
      { contentType: "text", content: "Confirmed.\nVon: Sam Rivera\nMonday at 9 works" },
      "AW: x",
      50_000,
    );
    expect(plain.text).toBe("Confirmed.");
    expect(plain.quoted).toContain("Monday at 9 works");
    const html = readBody(
      {
        contentType: "html",
        content: '<p>New time: Thursday.</p><div id="divRplyFwdMsg"><b>From:</b> Sam</div><p>Old: Monday</p>',
      },
      "RE: x",
      50_000,
    );
    expect(html.quoted).toContain("Old: Monday");
    expect(readBody({ contentType: "text", content: "No history here." }, "x", 50_000).quoted).toBe("");
    const long = readBody(
      { contentType: "text", content: `Ok.\nVon: Sam\n${"x ".repeat(10_000)}` },
      "AW: x",
      50_000,
    );
    expect(long.quoted.length).toBeLessThanOrEqual(3000);
  });

  it("keeps forwarded content but not its From/Date/Subject header lines", () => {
    const body =
      '<div>for the diary</div><div class="gmail_quote">---------- Forwarded message ---------<br>From: Recruiting<br>Date: Sun, 17 Jan 2027 at 18:02<br>Subject: Interview</div><blockquote>Your interview is on Tuesday 26 January 2027 at 09:30.</blockquote>';
    const r = readBody({ contentType: "html", content: body }, "Fwd: Interview", 50_000);
    expect(r.forwarded).toBe(true);
    expect(r.text).toContain("26 January 2027 at 09:30");
    expect(r.text).not.toContain("17 Jan 2027");
  });

  it.each([
    ["Microsoft Teams-vergadering", "Deelnemen op uw computer, mobiele app of ruimteapparaat"],
    ["Microsoft Teams-Besprechung", "Nehmen Sie von Ihrem Computer aus teil"],
    ["Riunione di Microsoft Teams", "Partecipa da computer, app per dispositivi mobili"],
  ])("keeps the %j join details apart from the words", (head, line) => {
    const body = readBody(
      {
        contentType: "text",
        content: `Tot dan!\nWard Claes\nTeamlead Finance – Schelde Havenlogistiek\n${head}\n${line}\nVergadering-id: 318 204 776 590`,
      },
      "Tweede gesprek",
      50_000,
    );
    expect(body.text).toBe("Tot dan!\nWard Claes\nTeamlead Finance – Schelde Havenlogistiek");
    expect(body.footer.startsWith(head)).toBe(true);
  });

  it("truncates huge bodies to the character budget", () => {
    expect(text("x".repeat(100_000)).length).toBeLessThanOrEqual(50_000);
  });
});
