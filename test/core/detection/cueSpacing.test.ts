import * as cues from "../../../src/core/detection/cues";
import * as variants from "../../../src/core/detection/cueVariants";
import { STAGE_CUE_GROUPS } from "../../../src/core/detection/readStage";

/** Every pattern the cue modules export, plain or inside a cue. */
function patterns(): RegExp[] {
  const out: RegExp[] = [];
  const visit = (v: unknown): void => {
    if (v instanceof RegExp) out.push(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object" && "re" in v) visit((v as { re: unknown }).re);
  };
  [cues, variants].forEach((m) => Object.values(m).forEach(visit));
  STAGE_CUE_GROUPS.forEach(visit);
  return out;
}

// "(?:votre|l')entretien" reads "l'entretien" but never "votre entretien": where one alternative
// ends in an apostrophe, an alternative ending in a letter needs its own space before the word.
describe("cue patterns", () => {
  it("have no group that glues a word to the next one", () => {
    const glued: string[] = [];
    for (const re of patterns()) {
      for (const m of re.source.matchAll(/\(\?:([^()]*)\)(?=[a-z])/g)) {
        const alts = (m[1] ?? "").split("|");
        const elided = alts.some((a) => /['’]$/.test(a));
        if (elided && alts.some((a) => /[a-z]$/.test(a))) glued.push(m[0]);
      }
    }
    expect(glued).toEqual([]);
  });
});
