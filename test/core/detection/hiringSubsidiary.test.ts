import { hiringSubsidiary } from "../../../src/core/detection/hiringSubsidiary";

describe("hiringSubsidiary", () => {
  it.each([
    [
      "Groupe Vireval",
      "Chargée de recrutement\nVireval Énergies – une société du Groupe Vireval",
      "Vireval Énergies",
    ],
    [
      "Corrigan Group",
      "Corrigan Rail Services Ltd is a subsidiary of Corrigan Group plc.",
      "Corrigan Rail Services",
    ],
    ["Grupo Solana", "Talento Humano | Farmacias Solana, una empresa de Grupo Solana", "Farmacias Solana"],
    ["Hanseatic Holding", "Elbtal Logistik GmbH – ein Unternehmen der Hanseatic Holding", "Elbtal Logistik"],
    ["Gruppo Ferri", "Ferri Impianti S.r.l., società del Gruppo Ferri", "Ferri Impianti"],
  ])("takes the firm that belongs to %j", (company, hay, firm) => {
    expect(hiringSubsidiary(company, hay)).toBe(firm);
  });

  it.each([
    ["Pelican Freight", "A call with a member of the Pelican Freight talent team."],
    ["Ponte Pay", "A Ponte Pay é uma empresa do Grupo Cordeiro."],
    ["Groupe Vireval", "Vireval Énergies – une société du Groupe Marlin"],
  ])("keeps %j where no firm of its own group is named", (company, hay) => {
    expect(hiringSubsidiary(company, hay)).toBeNull();
  });
});
