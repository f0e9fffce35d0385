import fc from "fast-check";
import { readBody } from "../../../src/core/detection/readBody";

// readBody only matches runs that are not a lone space; the text must read as if every run of
// blanks had become one space.
describe("readBody blanks", () => {
  it.each([
    ["a  b", "a b"],
    ["a \t b", "a b"],
    ["a\u00a0b", "a b"],
    ["a\u200b\u200bb", "a b"],
    ["a b c", "a b c"],
    ["a \u00a0", "a"],
  ])("reads %j as %j", (content, expected) => {
    expect(readBody({ contentType: "text", content }, "", 10_000).text).toBe(expected);
  });

  it("collapses every run of blanks to one space, like a replace of each run", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(" ", " ", "\t", "\u00a0", "\u200b", "\r", "\f", "\v", "x", "y", "\n"), {
          maxLength: 40,
        }),
        (chars) => {
          const content = chars.join("");
          const expected = content
            .replace(/[\t\r\f\v\u00a0\u200b ]+/g, " ")
            .split("\n")
            .map((l) => l.trim())
            .filter(Boolean)
            .join("\n");
          expect(readBody({ contentType: "text", content }, "", 10_000).text).toBe(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
