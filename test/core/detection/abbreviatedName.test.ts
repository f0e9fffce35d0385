import { abbreviatedName } from "../../../src/core/detection/abbreviatedName";

const nobody = (): boolean => false;

describe("abbreviatedName", () => {
  it.each([
    ["People & Talent – Agroindustrias del Litoral S.A.", "agrolitoral", "Agroindustrias del Litoral"],
    ["Human Resources\nVictoria Peak Capital Limited", "vpcapital", "Victoria Peak Capital"],
    ["Personas – Conservera del Cantábrico S.A.", "consercantabrico", "Conservera del Cantábrico"],
    // A public body's initials, three words or more, and its number in a series.
    [
      "Serviços de Recursos Humanos\nInstituto Politécnico do Alto Tejo",
      "ipat",
      "Instituto Politécnico do Alto Tejo",
    ],
    ["Il Dirigente\nAzienda Sanitaria Locale Roma 7", "aslroma7", "Azienda Sanitaria Locale Roma 7"],
  ])("reads %j for the domain %s", (text, label, name) => {
    expect(abbreviatedName(text, label, nobody)).toBe(name);
  });

  it.each([
    // Spelled whole: nameForDomain's, not an abbreviation.
    ["Head Hunter | Cóndor Talento Ejecutivo", "condortalento"],
    // Letters left over: no name spells the whole label.
    ["Agroindustrias del Litoral", "agrolitoralsur"],
    // A short label matches too much to trust.
    ["Victoria Peak", "vpeak"],
    // Initials of two words spell too many people; a number the name does not carry spells nothing.
    ["Best,\nJenna Ferris", "jfe"],
    ["Azienda Sanitaria Locale Roma 6", "aslroma7"],
  ])("reads nothing in %j for %s", (text, label) => {
    expect(abbreviatedName(text, label, nobody)).toBeNull();
  });

  it("does not take a person the item shows for a firm", () => {
    expect(abbreviatedName("Best,\nJenna Ferris", "jferris", (n) => n === "Jenna Ferris")).toBeNull();
    expect(abbreviatedName("Best,\nJenna Ferris", "jferris", nobody)).toBe("Jenna Ferris");
  });
});
