import type { scoreCases } from "../../../src/core/detection";

type Score = ReturnType<typeof scoreCases>;

/** The targets, one test each, for a scored set of cases (the corpora and the project's own). */
export function itMeetsTargets(score: () => Score): void {
  it("reaches interview F1 ≥ 0.95 and precision ≥ 0.97", () => {
    expect(score().f1).toBeGreaterThanOrEqual(0.95);
    expect(score().precision).toBeGreaterThanOrEqual(0.97);
  });

  it("calls no interviewer-side item an interview", () => {
    expect(score().interviewerSideFalsePositives).toBe(0);
  });

  it.each([
    ["role", 0.95],
    ["company", 0.9],
    ["agency", 0.9],
    ["stage", 0.85],
    ["start", 0.9],
  ] as const)("reaches %s accuracy ≥ %s", (field, target) => {
    const r = score()[field];
    expect(r.n ? r.ok / r.n : 1).toBeGreaterThanOrEqual(target);
  });
}
