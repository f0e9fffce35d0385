import fc from "fast-check";
import { detect, detectIcs } from "../../../src/core/detection";
import type { MailItem, Mailbox } from "../../../src/core/detection";

/**
 * Random and hostile items never make the detector throw. Sizes are bounded inside the test
 * (up to ~1 MB bodies in the dedicated cases); there are no timing assertions, the speed
 * budget lives in `npm run bench:detect`.
 */

const hostileText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.constantFrom(
    " ".repeat(5000) + "x",
    "a".repeat(5000) + "@",
    "-".repeat(3000) + ">",
    "<".repeat(3000),
    "&#".repeat(2000),
    "Interview: " + "Aa ".repeat(2000),
    "1:".repeat(3000),
    "tomorrow at ".repeat(500),
    "\u0001\n".repeat(1000),
    "<div>".repeat(20_000),
  ),
);

const recipient = fc.option(
  fc.record({
    emailAddress: fc.option(fc.record({ name: fc.option(hostileText), address: fc.option(hostileText) })),
  }),
);

const zone = fc.oneof(
  fc.constantFrom(
    "Eastern Standard Time",
    "Romance Standard Time",
    "UTC",
    "Not/AZone",
    "",
    "Mars Standard Time",
  ),
  fc.string({ maxLength: 30 }),
);

const item: fc.Arbitrary<MailItem> = fc.record(
  {
    kind: fc.constantFrom("event", "message", "other", undefined),
    subject: fc.option(hostileText),
    body: fc.option(
      fc.record({
        contentType: fc.constantFrom("html", "text", "HTML", "weird"),
        content: fc.option(hostileText),
      }),
    ),
    bodyPreview: fc.option(hostileText),
    organizer: recipient,
    from: recipient,
    attendees: fc.option(
      fc.array(fc.record({ emailAddress: fc.record({ name: hostileText, address: hostileText }) }), {
        maxLength: 5,
      }),
    ),
    start: fc.option(
      fc.record({
        dateTime: fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.constant("2026-02-30T25:61:00"))),
        timeZone: fc.option(zone),
      }),
    ),
    end: fc.option(
      fc.record({ dateTime: fc.option(fc.string({ maxLength: 40 })), timeZone: fc.option(zone) }),
    ),
    receivedDateTime: fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.constant("2026-12-01T19:20:00Z"))),
    isOrganizer: fc.option(fc.boolean()),
    isAllDay: fc.option(fc.boolean()),
    location: fc.option(fc.record({ displayName: fc.option(hostileText) })),
  },
  { requiredKeys: [] },
);

const owner: fc.Arbitrary<Mailbox> = fc.record(
  { name: fc.option(hostileText), address: fc.option(hostileText), timeZone: fc.option(zone) },
  { requiredKeys: [] },
);

describe("detect robustness", () => {
  it("never throws on random and hostile items and returns a well-formed verdict", () => {
    fc.assert(
      fc.property(item, owner, (i, o) => {
        const d = detect(i, o);
        expect(typeof d.interview).toBe("boolean");
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        expect(["candidate", "interviewer", "none"]).toContain(d.role);
        if (d.start !== null) expect(Number.isFinite(Date.parse(d.start))).toBe(true);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it.each([
    [
      "a 1 MB HTML body",
      { contentType: "html", content: "<p>interview tomorrow at 3pm " + "x".repeat(1_000_000) + "</p>" },
    ],
    ["1 MB of nested divs", { contentType: "html", content: "<div>".repeat(200_000) + "interview" }],
    ["1 MB of whitespace and punctuation", { contentType: "text", content: " .,;:-–—".repeat(125_000) }],
    ["1 MB of digits and colons", { contentType: "text", content: "12:3".repeat(250_000) }],
  ])("reads %s without throwing", (_name, body) => {
    const i: MailItem = {
      kind: "message",
      subject: "Interview",
      body,
      receivedDateTime: "2026-12-01T19:20:00Z",
    };
    expect(() =>
      detect(i, { name: "Sam Rivera", address: "sam@contoso.com", timeZone: "America/New_York" }),
    ).not.toThrow();
  });

  // Names from the mail are matched against its text; one with pattern syntax in it ("HR [EMEA]
  // Team") once made the detector build an invalid pattern and throw.
  it("reads display names holding pattern syntax, sent by a tool and named in the body", () => {
    const syntax = fc.constantFrom(..."[](){}*+?.^$|\\/-'&");
    const tail = fc.array(fc.oneof(syntax, fc.constantFrom("a", "Z", " ")), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.constantFrom("HR", "Talent", "Ab", "J.P."), tail, (first, rest) => {
        const name = `${first} ${rest.join("")}`;
        const i: MailItem = {
          kind: "message",
          subject: "Interview confirmation",
          receivedDateTime: "2026-12-01T10:00:00Z",
          from: { emailAddress: { name, address: "no-reply@ats.example.com" } },
          body: {
            contentType: "text",
            content: `Your interview with ${name} is confirmed for Thursday, December 10 at 11:00 AM ET. ${first}, ${name}.`,
          },
        };
        const d = detect(i, { name: "Sam Lee", address: "sam@contoso.com", timeZone: "America/New_York" });
        expect(d.interview).toBe(true);
      }),
      { numRuns: 400, seed: 20261126 },
    );
  });

  it("handles null and non-object input", () => {
    expect(() => detect(null as unknown as MailItem, null as unknown as Mailbox)).not.toThrow();
    expect(() => detectIcs(null as unknown as string, {})).not.toThrow();
  });
});
