import fc from "fast-check";
import { KeywordScan } from "../../../src/core/detection/keywordScan";

/** The one-pass keyword scan answers exactly what a substring search per group would. */
describe("KeywordScan", () => {
  const spec = {
    a: ["interview", "entrevista", "gesprach", "panel"],
    b: ["panel interview", "loop", "is onsite"],
    c: ["interviewee", "mit frau"],
    d: ["gespräch bei", "envoyé par", "ab", "b"],
    e: ["aab", "aaab"],
  };
  const scan = new KeywordScan(spec);
  const groups = Object.keys(spec) as (keyof typeof spec)[];

  it.each([
    ["no keyword here", []],
    ["a panel interview", ["a", "b"]],
    ["the interviewee", ["a", "c"]],
    ["Gespräch bei uns", ["d"]],
    ["ein gespräch bei uns", ["d"]],
    ["aaaab", ["d", "e"]],
    ["lo op", []],
  ])("finds the groups of %j", (text, expected) => {
    const found = scan.scan(text);
    expect(groups.filter((g) => found.has(g))).toEqual(expected);
  });

  it("matches ASCII letters in either case when asked to, as a non-Unicode /i pattern does", () => {
    const caseless = new KeywordScan({ client: ["client", "kunde"], other: ["mit frau"] }, true);
    const found = (text: string) => {
      const f = caseless.scan(text);
      return [f.has("client"), f.has("other")];
    };
    expect(found("Our CLIENT")).toEqual([true, false]);
    expect(found("unser Kunde MIT FRAU")).toEqual([true, true]);
    expect(found("ſlient")).toEqual([false, false]);
    // Non-ASCII letters have case pairs a non-Unicode /i pattern would match; refuse them.
    expect(() => new KeywordScan({ other: ["gespräch"] }, true)).toThrow();
  });

  it("agrees with a substring search on random text", () => {
    const piece = fc.constantFrom(
      "inter",
      "view",
      "ee",
      "pan",
      "el",
      " ",
      "loop",
      "is ",
      "onsite",
      "mit frau",
      "a",
      "b",
      "gespräch",
      " bei",
      "é",
      "envoy",
      " par",
      "\u0308",
      "😀",
      "İ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const found = scan.scan(text);
        for (const g of groups) expect(found.has(g)).toBe(spec[g].some((w) => text.includes(w)));
      }),
      { numRuns: 500 },
    );
  });
});
