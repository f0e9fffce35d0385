import { spelledInFull } from "../../../src/core/detection/domainSpelling";

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
