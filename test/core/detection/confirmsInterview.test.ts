import { CONFIRMS_INTERVIEW } from "../../../src/core/detection/cues";

// Read over folded text: a confirmation in passing words is told from one that sets the slot.
describe("CONFIRMS_INTERVIEW", () => {
  it.each([
    "je vous confirme votre entretien le jeudi 4 fevrier a 14h",
    "nous confirmons l'entretien de mardi",
  ])("reads %j as a confirmation", (text) => {
    expect(CONFIRMS_INTERVIEW.test(text)).toBe(true);
  });
});
