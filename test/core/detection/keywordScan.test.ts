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
