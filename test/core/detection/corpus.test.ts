import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { baselineVerdict, detect, parseCaseLines, scoreCases } from "../../../src/core/detection";
import { itMeetsTargets } from "./itMeetsTargets";

/**
 * The targets on the shared corpora, read from ../shared at test time (never copied
 * into the repo). Skips with a message when ../shared is not there.
 */

const shared = join(__dirname, "../../../../shared/corpus");
const files = ["dev.jsonl", "real.jsonl"].filter((f) => existsSync(join(shared, f)));

// (Jest 30 fails a `describe.each` over an empty table, so the table is only given when present.)
if (files.length === 0) {
  describe("shared corpus targets", () => {
    it.skip(`skipped: ${shared} is absent (the shared corpus is read from ../shared, not stored in the repo)`, () => {});
  });
} else {
  describe.each(files)("on ../shared/corpus/%s", (file) => {
    const cases = parseCaseLines(readFileSync(join(shared, file), "utf8")).cases;
    const s = scoreCases(cases, (c) => detect(c.item, c.mailbox));

    itMeetsTargets(() => s);

    it("beats the 'contains interview' baseline by a wide margin", () => {
      expect(s.f1 - scoreCases(cases, baselineVerdict).f1).toBeGreaterThan(0.3);
    });
  });
}
