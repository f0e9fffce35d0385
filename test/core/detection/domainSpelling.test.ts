import { domainSigned, spelledBefore, spelledInFull } from "../../../src/core/detection/domainSpelling";

describe("spelledInFull", () => {
  it.each([
    [
      "Quai",
      "quaidesdonnees",
      "Entretien technique – Quai des Données – Ingénieure Data",
      "Quai des Données",
    ],
    ["Hawthorn", "hawthornandreid", "Signed, Hawthorn & Reid Ltd", "Hawthorn & Reid"],
    // A sector word opening the name is not in the domain.
    [
      "Éditions Lirette",
      "lirette-numerique",
      "Cordialement,\nÉditions Lirette Numérique",
      "Éditions Lirette Numérique",
    ],
    ["Quai", "quaidesdonnees", "Rendez-vous Quai des Brumes à 10h", "Quai"],
    ["Nordwind", "nordwind", "Nordwind Energie GmbH", "Nordwind"],
    ["Quai", "quaidesdonnees", "Quai", "Quai"],
  ])("%s with the domain %s in %j reads %s", (name, label, hay, expected) => {
    expect(spelledInFull(name, label, hay)).toBe(expected);
  });
});

describe("domainSigned", () => {
  it.each([
    ["Saludos,\nMarta Gil\nPeople & Culture · 2020 Viajes", "2020viajes", "2020 Viajes"],
    ["Grüße\nKatrin Oberle\nAbend GmbH · Lindenstraße 12 · 10969 Berlin", "abend-mobility", "Abend"],
    [
      "Thanks for making time for your onsite with K.L.M. Optics. The loop has four sessions.",
      "klmoptics",
      "K.L.M. Optics",
    ],
    ["Groeten,\nSanne Bakker\nDe Brug Partners", "debrugpartners", "De Brug Partners"],
  ])("reads the writer's firm the domain spells in %j", (text, label, firm) => {
    expect(domainSigned(text, label)).toBe(firm);
  });

  it.each([
    ["Que bom ter você no nosso processo. Contratando desde 2010.", "contratando"],
    ["Grüße\nKatrin Oberle\nAbend · Lindenstraße 12", "abend-mobility"],
  ])("reads no firm from %j (a word alone, a common word without its legal form)", (text, label) => {
    expect(domainSigned(text, label)).toBeNull();
  });
});

describe("spelledBefore", () => {
  it("adds the initials before a name read alone, where the domain spells them", () => {
    expect(spelledBefore("Optics", "klmoptics", "your onsite with K.L.M. Optics today")).toBe(
      "K.L.M. Optics",
    );
  });

  it("leaves a firm whose domain names its group", () => {
    expect(spelledBefore("Vinhal", "grupovinhal", "RH | Vinhal, uma empresa do Grupo Vinhal Holding")).toBe(
      "Vinhal",
    );
  });
});
