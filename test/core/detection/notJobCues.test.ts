import { fold } from "../../../src/core/detection/fold";
import { NOT_JOB } from "../../../src/core/detection/cues";
import { MORE_NOT_JOB } from "../../../src/core/detection/cueVariants";

// The reason of the first "not a job interview" cue the text matches, as gatherEvidence reads it.
const notJob = (text: string): string | null =>
  [...NOT_JOB, ...MORE_NOT_JOB].find((c) => c.re.test(fold(text)))?.reason ?? null;

describe("not-a-job cues", () => {
  it.each([
    ["Oefensollicitatiegesprek met Samira (mentorprogramma)"],
    ["Entretien blanc avec Léa – atelier emploi"],
    ["Simulacro de entrevista con alumnos del máster"],
    ["Simulação de entrevista para os formandos"],
    ["Colloquio simulato con i ragazzi del corso"],
    ["Bewerbungstraining: Übungsgespräch mit Jonas"],
  ])("reads %j as a practice interview", (text) => {
    expect(notJob(text)).toBe("practice interview");
  });

  it.each([
    ["No âmbito do processo de admissão do seu filho ao 1.º ano, convidamos a família para uma entrevista."],
    ["Dans le cadre de l'admission de votre fille en 6e, nous vous proposons un entretien."],
    ["Entrevista con la familia – proceso de admisión 2027"],
  ])("reads %j as a school admission", (text) => {
    expect(notJob(text)).toBe("admissions or housing interview");
  });

  it.each([
    ["O processo de admissão inclui exame médico e assinatura do contrato."],
    ["Your interview for the Admissions Officer role is on Monday."],
  ])("reads no admission in %j (a new hire's paperwork, a post)", (text) => {
    expect(notJob(text)).toBeNull();
  });
});
