import { openedName, sectorOpened } from "../../../src/core/detection/openedName";

describe("openedName", () => {
  it.each([
    [
      "Kompas Detachering",
      "Groet,\nFemke\nRecruiter IT\nBureau Kompas Detachering\n06-55501234",
      "Bureau Kompas Detachering",
    ],
    ["Talentia", "Cordialement,\nLéa Morel\nCabinet Talentia\n", "Cabinet Talentia"],
    ["Selecta RH", "Un saludo,\nAna\nGrupo Selecta RH", "Grupo Selecta RH"],
  ])("reads %j in full from its own line in %j", (name, text, full) => {
    expect(openedName(name, text)).toBe(full);
  });

  it.each([
    ["Kompas Detachering", "Het bureau Kompas Detachering belt je morgen."],
    ["Kompas Detachering", "Bureau Kompas Detachering en Zeeland Energie"],
    ["Talentia", "Recruiter | Talentia\n"],
  ])("leaves %j alone in %j (in a sentence, a line that goes on, no opener)", (name, text) => {
    expect(openedName(name, text)).toBe(name);
  });
});

describe("sectorOpened", () => {
  it.each([
    [
      "Boréal-Nord",
      "Émilie Bouchard\nConseillère principale\nProduits forestiers Boréal-Nord inc.",
      "Produits forestiers Boréal-Nord",
    ],
    [
      "Lacteos del Sur",
      "Entrevista | Productos lácteos Lacteos del Sur",
      "Productos lácteos Lacteos del Sur",
    ],
    ["Laurentides", "Services financiers Laurentides\n", "Services financiers Laurentides"],
  ])("reads %j with the sector its line opens with in %j", (name, text, full) => {
    expect(sectorOpened(name, text)).toBe(full);
  });

  it.each([
    ["Boréal-Nord", "Nos produits forestiers Boréal-Nord sont vendus partout."],
    ["Boréal-Nord", "Produits Boréal-Nord\n"],
  ])("leaves %j alone in %j (in a sentence, no lower-case kind)", (name, text) => {
    expect(sectorOpened(name, text)).toBe(name);
  });
});
