import {
  LEGAL_FORMS,
  LEGAL_FORM_ALONE,
  LEGAL_TAIL,
  WRITTEN_FORMS,
  WRITTEN_FORM_WORD,
} from "../../../src/core/detection/legalForms";

describe("legal forms, one list for every reader", () => {
  it.each([
    ["Voss Antriebstechnik GmbH", "Voss Antriebstechnik"],
    ["Vinhos Tâmega, Lda", "Vinhos Tâmega"],
    ["Conservas del Cantábrico, S.A.", "Conservas del Cantábrico"],
    ["Brianza Logistica S.r.l.", "Brianza Logistica"],
    ["Nordvik Spirits A/S", "Nordvik Spirits"],
    ["Kestrel Tools Pty. Ltd.", "Kestrel Tools"],
    ["Mondorf Fonds S.à r.l.", "Mondorf Fonds"],
    ["Harlan Staffing Solutions GmbH & Co. KG", "Harlan Staffing Solutions GmbH & Co."],
    ["Allianz SE", "Allianz"],
    ["Tallinna Tarkvara OÜ", "Tallinna Tarkvara"],
  ])("LEGAL_TAIL takes the forms off %j", (name, want) => {
    expect(name.replace(LEGAL_TAIL, "")).toBe(want);
  });

  it.each(["Casa Lusitana", "Banco Visa", "Brandt & Vogel", "Studio Incas", "Gasag"])(
    "LEGAL_TAIL leaves %j whole: its last word only ends like a form",
    (name) => {
      expect(name.replace(LEGAL_TAIL, "")).toBe(name);
    },
  );

  it.each(["Lda.", "GmbH", "s.p.a.", "B.V.", "a/s", "Pty Ltd"])(
    "LEGAL_FORM_ALONE reads %j as a form and nothing else",
    (t) => {
      expect(LEGAL_FORM_ALONE.test(t)).toBe(true);
    },
  );

  it.each(["Ladda", "Gmbh Partners", "Spa Resort"])("LEGAL_FORM_ALONE does not read %j", (t) => {
    expect(LEGAL_FORM_ALONE.test(t)).toBe(false);
  });

  it("asks for the written case and dots in running text: 'Fabrikam as a' is no 'a.s.', 'Rossi spa' no 'SpA'", () => {
    const after = new RegExp(String.raw`^ (?:${WRITTEN_FORMS})(?![\p{L}])`, "u");
    expect(after.test(" a.s. Praha")).toBe(true);
    expect(after.test(" as a Senior Engineer")).toBe(false);
    expect(after.test(" SpA")).toBe(true);
    expect(after.test(" spa day")).toBe(false);
    expect(after.test(" S. A.")).toBe(true);
    expect(after.test(" Spain")).toBe(false);
  });

  it.each(["GmbH", "S.r.l.", "S.r.l", "Ltda.", "AB", "BV", "B.V."])(
    "WRITTEN_FORM_WORD reads %j as a word of form",
    (w) => {
      expect(WRITTEN_FORM_WORD.test(w)).toBe(true);
    },
  );

  it.each(["Gmbh", "Bv", "Abc", "Sas", "Inco"])(
    "WRITTEN_FORM_WORD does not read %j, not written as firms write it",
    (w) => {
      expect(WRITTEN_FORM_WORD.test(w)).toBe(false);
    },
  );

  it("lists each form once", () => {
    expect(new Set(LEGAL_FORMS).size).toBe(LEGAL_FORMS.length);
  });
});
