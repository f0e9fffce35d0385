import { affiliatedFirm } from "../../../src/core/detection/affiliatedFirm";

describe("affiliatedFirm", () => {
  it.each([
    ["with Tom Hughes (Head of Risk at Marlowe & Finch) on Monday", "Marlowe & Finch"],
    ["avec Mme Agnès Roussel, DRH de Maison Orsay Parfums, le jeudi", "Maison Orsay Parfums"],
    ["con el Ing. Roberto Garza, gerente de área de Grupo Sierra, por Teams", "Grupo Sierra"],
    ["the hiring manager at Kestrel Cold Chain, Paula Brandt, would like to meet you", "Kestrel Cold Chain"],
  ])("reads the interviewer's employer from %s", (text, firm) => {
    expect(affiliatedFirm(text, "Lakeshore Search")).toBe(firm);
  });

  it.each([
    ["Call about the Head of Credit Risk opportunity"],
    ["Ms. Kavita Menon, Director of Engineering, will join"],
    ["Confirmación de entrevista – Gerente de Compras"],
    // "and" starts another person, whose team is no firm.
    ["Hablarás con la Head de Producto, un Engineering Manager y alguien de Riesgo."],
    ["You'll meet a Product Manager and someone from Treasury."],
  ])("does not take a department for a firm: %s", (text) => {
    expect(affiliatedFirm(text, "Lakeshore Search")).toBeNull();
  });

  it("does not return the agency itself", () => {
    expect(affiliatedFirm("Anna Weber, CEO of Alpstein Search", "Alpstein Search")).toBeNull();
  });
});
