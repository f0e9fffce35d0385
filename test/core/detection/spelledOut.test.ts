import { spelledOut } from "../../../src/core/detection/spelledOut";

describe("spelledOut", () => {
  it.each([
    ["Your interview with Coral Sea Mutual (CSM) is confirmed", "CSM", "Coral Sea Mutual"],
    ["a role at Banco de Occidente (BO) in Cali", "BO", "Banco de Occidente"],
    ["Bureau of Labor Statistics (BLS)", "BLS", "Bureau of Labor Statistics"],
    [
      "Com os melhores cumprimentos,\nA Divisão de Recursos Humanos\nUniversidade Atlântica do Norte",
      "UAN",
      "Universidade Atlântica do Norte",
    ],
    ["Kind regards,\nPeople Team\nNorth Harbour Council", "NHC", "North Harbour Council"],
    ["Cordialement,\nUniversité du Haut-Richelieu", "UHR", "Université du Haut-Richelieu"],
  ])("spells out the acronym in %j", (text, acronym, name) => {
    expect(spelledOut(acronym, text)).toBe(name);
  });

  it.each([
    // The capitals before the brackets do not make the acronym.
    ["Your interview with Kurrajong Mutual (KRM)", "KRM"],
    // No spelling in brackets at all.
    ["KRM would like to meet you", "KRM"],
    // Not an acronym.
    ["Fabrikam (Fabrikam)", "Fabrikam"],
    // A name does not run over a line break.
    ["Coral\nSea Mutual (CSM)", "CSM"],
    // Without brackets, only a whole line spells it, and only for three letters or more.
    ["We met North Harbour Council staff", "NHC"],
    ["Kind regards,\nHuman Resources", "HR"],
    // A department spelling its own acronym is not the employer.
    ["Atenciosamente,\nDiretoria de Gestão de Pessoas\nUniversidade Estadual", "DGP"],
  ])("reads nothing in %j for %s", (text, acronym) => {
    expect(spelledOut(acronym, text)).toBeNull();
  });
});
