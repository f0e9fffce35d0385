import { literalPattern } from "../../../src/core/detection/literalPattern";

describe("literalPattern", () => {
  it.each(["C.H. Robinson", "Acme (UK) Ltd", "A+B [Labs]", "Price$ ^Up^ {x}", "a|b\\c?*"])(
    "matches %j as written, with and without the u flag, and nothing looser",
    (name) => {
      for (const flags of ["", "u"]) {
        const re = new RegExp(`^${literalPattern(name)}$`, flags);
        expect(re.test(name)).toBe(true);
        // A dot or a bracket read as syntax would also match this variant.
        expect(re.test(name.replace(/[.()[\]+|*?$^{}\\]/g, "x"))).toBe(false);
      }
    },
  );
});
