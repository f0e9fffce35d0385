import { JOB_CONTEXT, SCREEN_CALL, STEP_WORDS } from "../../../src/core/detection/cues";
import { MORE_JOB_CONTEXT, MORE_STEP_WORDS } from "../../../src/core/detection/cueVariants";
import { STAGE_CUE_GROUPS } from "../../../src/core/detection/readStage";
import { coveredPhrases } from "../../support/coveredPhrases";

// Phrase lists only asked "does any match?" grow by appending; a phrase another one already
// matches ("entrevista final" beside bare "final") is dead weight that reads like a rule.
describe("phrase lists asked yes/no", () => {
  it("finds a phrase that another phrase of its group covers", () => {
    expect(coveredPhrases([/\b(?:final|entrevista final|ultim[oa] paso|ultimo paso)\b/])).toEqual([
      "entrevista final",
      "ultimo paso",
    ]);
    expect(coveredPhrases([/\b(?:case study|fallstudie)\b/, /\b(?:fallstudie)\b|x/])).toEqual([
      "fallstudie",
      "fallstudie",
    ]);
    expect(coveredPhrases([/\b(?:final round|ultimo paso)\b/, /\bfinal\b/])).toEqual(["final round"]);
  });

  it("leaves phrases nothing else matches", () => {
    expect(coveredPhrases([/\b(?:finale|final(?! round)|eindgesprek)\b/])).toEqual([]);
    // Only at the start of a text is "virtual onsite" the anchored phrase's match.
    expect(coveredPhrases([/\b(?:virtual onsite)\b|^(?:virtual )?onsite\b/])).toEqual([]);
  });

  it.each([
    ["the stage cues", STAGE_CUE_GROUPS],
    ["the step cues", [[SCREEN_CALL.re, STEP_WORDS.re, MORE_STEP_WORDS]]],
    ["the job-context cues", [[JOB_CONTEXT.re, MORE_JOB_CONTEXT]]],
  ])("has no dead phrase in %s", (_name, groups) => {
    expect(groups.flatMap((g) => coveredPhrases(g))).toEqual([]);
  });
});
