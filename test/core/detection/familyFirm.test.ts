import { fullFamilyName, signedUnderPhone } from "../../../src/core/detection/familyFirm";

describe("fullFamilyName", () => {
  it.each([
    [
      "Boulangerie Gagnon",
      "Entrevue – Boulangerie Gagnon et Fils (superviseur)",
      "Boulangerie Gagnon et Fils",
    ],
    ["Studio Bernardi", "Citofonare Studio Bernardi e Figli, primo piano.", "Studio Bernardi e Figli"],
    ["Talleres Ortega", "mecánico en Talleres Ortega Hermanos, con contrato", "Talleres Ortega Hermanos"],
    ["Despacho Ibarra", "Despacho Ibarra Hnos. – contabilidad", "Despacho Ibarra Hnos."],
    ["Brandt", "Brandt & Söhne GmbH", "Brandt & Söhne"],
    ["Marlow Plumbing", "Cheers\nGav\nMarlow Plumbing & Gas\n", "Marlow Plumbing & Gas"],
  ])("completes %j from %j", (company, text, full) => {
    expect(fullFamilyName(company, text)).toBe(full);
  });

  it.each([
    ["Marlow Plumbing", "We at Marlow Plumbing & Gas Fitters Union rules apply"],
    ["Marlow Plumbing", "Cheers\nMarlow Plumbing & the team\n"],
    ["Boulangerie Gagnon", "Boulangerie Gagnon et Filson Ltée"],
    ["Harbour Bank", "Harbour Bank & Trust Company was founded in 1901."],
  ])(
    "leaves %j alone in %j (a line that goes on, a lower-case word, a longer word, mid-sentence)",
    (company, text) => {
      expect(fullFamilyName(company, text)).toBe(company);
    },
  );
});

describe("signedUnderPhone", () => {
  it.each([
    [
      "Saludos cordiales,\nVerónica Ibarra\n55 5555 2041\nDespacho Ibarra Hermanos",
      "Verónica Ibarra",
      "Despacho Ibarra Hermanos",
    ],
    [
      "Cumprimentos,\nHelena Marques\n912 555 604\nClínica Dentária Sousa Marques",
      "Helena Marques",
      "Clínica Dentária Sousa Marques",
    ],
    ["Cheers\nGav\n+61 412 555 019\nRestaurante O Lagar\n", "Gav Marlow", "Restaurante O Lagar"],
  ])("reads the firm under the writer and phone in %j", (text, writer, firm) => {
    expect(signedUnderPhone(text, writer)).toBe(firm);
  });

  it.each([
    ["Cumprimentos,\nJoana Reis\n253 555 610\nJoana Reis", "Joana Reis"],
    ["Saludos,\nVerónica Ibarra\n55 5555 2041\nDespacho Ibarra Hermanos", "Paco Ortega"],
    ["Saludos,\nVerónica Ibarra\nDespacho Ibarra Hermanos\n55 5555 2041", "Verónica Ibarra"],
    ["Regards,\nTom Hale\n0412 555 019\nCall me if the time does not suit.", "Tom Hale"],
  ])("reads no firm in %j from %j (a person, another writer, no phone above, a sentence)", (text, writer) => {
    expect(signedUnderPhone(text, writer)).toBeNull();
  });
});
