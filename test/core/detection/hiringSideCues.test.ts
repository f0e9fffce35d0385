import { fold } from "../../../src/core/detection/fold";
import { INTERVIEWER } from "../../../src/core/detection/cues";
import { MORE_INTERVIEWER } from "../../../src/core/detection/cueVariants";

// A selection committee the owner sits on is hiring-side work; one the owner faces is not.
const hiringSide = (text: string): string | null =>
  [...INTERVIEWER, ...MORE_INTERVIEWER].find((c) => c.re.test(fold(text)))?.reason ?? null;

describe("hiring-side cues", () => {
  it.each([
    ["Nachbesprechung der Auswahlkommission am Freitag"],
    ["Réunion du comité de recrutement : bilan des candidats"],
    ["Overleg selectiecommissie over de kandidaten"],
  ])("take %j for hiring-side work", (text) => {
    expect(hiringSide(text)).not.toBeNull();
  });

  it.each([
    ["Ablauf: strukturiertes Interview mit der Auswahlkommission."],
    ["Vous passerez un entretien devant le jury de recrutement."],
    ["Tendrá una entrevista ante el comité de selección."],
    ["Een gesprek met de selectiecommissie van drie leden."],
  ])("leave %j, a committee the candidate faces, to the candidate", (text) => {
    expect(hiringSide(text)).toBeNull();
  });
});
