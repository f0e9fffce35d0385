import { firmName, notOrgPhrase } from "../../../src/core/detection/notAFirm";

describe("notOrgPhrase", () => {
  it.each([
    ["Invitación"],
    ["Segunda"],
    ["Mandat"],
    ["London"],
    ["Talentia ATS"],
    ["Responsável de Compras"],
    ["Leiter Controlling"],
    ["Königstraße 26"],
    ["Riva Albertolli 3"],
    ["Interviewer Farah Siddiqui"],
    ["InterviewerFarah Siddiqui"],
    ["Zweitgespräch"],
    ["Telefoninterview"],
    ["MD"],
    ["Fallstudie Pricing"],
    ["Consultor de Recrutamento"],
  ])("takes %s for a phrase, a place or a title", (name) => {
    expect(notOrgPhrase(name)).toBe(true);
  });

  it.each([["Mosaic 42"], ["Brenner Consulting"], ["Grupo Alcaraz"], ["3Sixty Freight"], ["Hôtel Mirabeau"]])(
    "keeps %s as a firm",
    (name) => {
      expect(notOrgPhrase(name)).toBe(false);
    },
  );
});

describe("firmName", () => {
  it.each([
    ["Brianza Logistica S.r.l.", "Brianza Logistica"],
    ["Orizzonte Lavoro S.p.A.", "Orizzonte Lavoro"],
    ["Sandhill Supply Co.", "Sandhill Supply Co"],
    ["Hikari Career Partners K.K.", "Hikari Career Partners"],
  ])("drops a dotted legal form: %s", (part, name) => {
    expect(firmName(part)).toBe(name);
  });
});
