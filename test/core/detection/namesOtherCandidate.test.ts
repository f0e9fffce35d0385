import { fold } from "../../../src/core/detection/fold";
import { mentionsName, namesOtherCandidate } from "../../../src/core/detection/people";

const names = (text: string, owner = "Lea Baumann"): boolean =>
  namesOtherCandidate("", text, owner, "", fold(text), "r.hofstetter@alpenrot.ch");

describe("namesOtherCandidate", () => {
  it.each([
    "Für das Erstgespräch mit Frau Nadine Keller (HR Business Partner) kann ich Ihnen Termine anbieten.",
    "Das Gespräch mit Herrn Jonas Albrecht (Talent Acquisition) findet per Teams statt.",
    "Ihr Gespräch mit Frau Martina Hallberg (Geschäftsführerin) ist am Montag.",
    "Sie besprechen die Fallstudie mit Frau Nina Vogt und Herrn Dr. Paul Kern.",
    "Diesmal sprechen Sie mit Herrn Tobias Lerch, Chief Technology Officer, über die Architektur.",
    "Das Gespräch mit Frau Anja Roth (Chief People Officer) dauert 45 Minuten.",
    "Sie treffen mit Herrn Ivo Brandt, CDO, die Produktleitung.",
    "Ich habe ein Erstgespräch mit Frau Katrin Meyer aus der Personalabteilung vereinbart.",
    "Sie sprechen mit Frau Petra Lindqvist (Leiterin Operations) und Herrn Malte Ohm (Personal).",
    "Sie präsentieren Ihre Lösung mit Frau Corinna Aebi (Partnerin) und Herrn Urs Kälin (Manager).",
    // The owner by initial and surname.
    "Einladung Vor-Ort-Termin – Embedded Engineer (Kandidatin L. Baumann)",
  ])(
    "takes a person introduced with a hiring-side title, or beside another, for one the owner meets: %s",
    (text) => {
      expect(names(text)).toBe(false);
    },
  );

  it("takes a kind of round in brackets after a subject's name for a firm's interview step", () => {
    const subject = "Interview - Kestrel Pay (system design)";
    expect(namesOtherCandidate(subject, "", "Lea Baumann", fold(subject), "", "lea@example.org")).toBe(false);
  });

  it("still takes a person introduced with the job applied for as another candidate", () => {
    expect(names("Bitte planen Sie das Gespräch mit Herrn Emre Yilmaz (Ausbildung Mechatroniker) ein.")).toBe(
      true,
    );
  });
});

describe("namesOtherCandidate in a title", () => {
  const inSubject = (subject: string): boolean =>
    namesOtherCandidate(subject, "", "Tiago Carvalho", fold(subject), "", "rita@rumotalentos.pt");

  it.each(["Entrevista – Banco Pinhal (via Rumo Talentos)", "Interview – Harbourside Logistics"])(
    "takes a name that opens or ends like a firm's for the firm the owner meets: %s",
    (subject) => {
      expect(inSubject(subject)).toBe(false);
    },
  );

  it("still takes a person's name in the title for another candidate", () => {
    expect(inSubject("Entrevista – Joana Ribeiro (Analista de Risco)")).toBe(true);
  });
});

describe("mentionsName", () => {
  it.each([
    ["entrevista grupo iberica – javier ortega (jefe de proyecto)", "Javier Ortega Ruiz"],
    ["interview – ana ribeiro – seguradora atlantida", "Ana Sofia Ribeiro"],
    ["entrevista – javier ortega ruiz", "Javier Ortega Ruiz"],
  ])("reads the owner in %j (the first name and one other of %j)", (text, owner) => {
    expect(mentionsName(text, owner)).toBe(true);
  });

  it.each([
    ["entrevista – javier ortegal (jefe de proyecto)", "Javier Ortega Ruiz"],
    ["interview – ana ribeiro", "Ana Ribeiro-Lopes"],
    ["call with ana and sofia", "Ana Sofia Ribeiro"],
  ])(
    "reads no owner in %j for %j (a longer word, a two-word name cut short, first names alone)",
    (text, owner) => {
      expect(mentionsName(text, owner)).toBe(false);
    },
  );
});
