import { normalizeName } from "../../../src/core/detection";

describe("normalizeName (the scorer's name comparison)", () => {
  it.each([
    ["Groupe Aubrac S.A.", "groupe aubrac"],
    ["Stroomwerk Energie B.V.", "stroomwerk energie"],
    ["Rossi Meccanica S.p.A.", "rossi meccanica"],
    ["Harwick Tools L.L.C.", "harwick tools"],
    ["Kato Denki Co., Ltd.", "kato denki"],
    ["Tamworth Analytics Pty Ltd", "tamworth analytics"],
    ["Kestrel Tools Pty. Ltd.", "kestrel tools"],
    ["Nordlicht Energie AG", "nordlicht energie"],
    ["Fabrikam, Inc.", "fabrikam"],
    ["  Contoso GmbH ", "contoso"],
  ])("drops the legal form from %j, dotted or not", (name, want) => {
    expect(normalizeName(name)).toBe(want);
  });

  it.each([
    ["Casa Lusitana", "casa lusitana"],
    ["Banco Visa", "banco visa"],
    ["Brandt & Vogel", "brandt & vogel"],
  ])("keeps names whose last word only looks like a form: %j", (name, want) => {
    expect(normalizeName(name)).toBe(want);
  });

  it("treats a missing name as empty", () => {
    expect(normalizeName(null)).toBe("");
    expect(normalizeName(undefined)).toBe("");
  });
});
