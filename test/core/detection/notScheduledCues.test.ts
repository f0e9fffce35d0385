import { fold } from "../../../src/core/detection/fold";
import { NOT_SCHEDULED } from "../../../src/core/detection/cues";
import { MORE_NOT_SCHEDULED } from "../../../src/core/detection/cueVariants";

// The reason of the first candidate-side "not a scheduled interview" cue the text matches, as
// gatherEvidence reads it (folded).
const notScheduled = (text: string): string | null =>
  [...NOT_SCHEDULED, ...MORE_NOT_SCHEDULED].find((c) => c.re.test(fold(text)))?.reason ?? null;

describe("cancellation cues", () => {
  it.each([
    ["a entrevista de amanhã tem de ser cancelada: o diretor teve um imprevisto"],
    ["a entrevista de quinta tem que ser cancelada, lamento"],
    ["la entrevista del martes tiene que ser cancelada por un imprevisto"],
    ["il colloquio di domani deve essere annullato"],
    ["l'entretien de jeudi doit être annulé, toutes mes excuses"],
    ["het gesprek van morgen moet helaas geannuleerd worden"],
    ["I'm afraid tomorrow's interview has to be cancelled."],
  ])("reads %j as a cancellation", (text) => {
    expect(notScheduled(text)).toBe("cancelled");
  });

  it.each([
    ["Je kunt het gesprek tot 24 uur van tevoren kosteloos annuleren."],
    ["If you need to cancel, please let us know 24 hours ahead."],
  ])("reads no cancellation in %j", (text) => {
    expect(notScheduled(text)).toBeNull();
  });
});

describe("postponement cues", () => {
  it.each([
    ["dass das für morgen geplante Gespräch mit der Kanzlei verschoben werden muss"],
    ["Leider muss ich das Gespräch verschieben."],
  ])("reads %j as a postponement", (text) => {
    expect(notScheduled(text)).toBe("postponed");
  });
});
