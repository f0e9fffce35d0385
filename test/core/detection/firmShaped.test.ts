import { firmShaped } from "../../../src/core/detection/firmShaped";

describe("firmShaped", () => {
  it.each([
    "Banco Pinhal",
    "Clínica Aurora",
    "Halcyon Logistics",
    "Fabrikam Group",
    "Banque Privée Morand & Cie",
    "Marea Studio",
  ])("takes %j for a firm's name", (name) => {
    expect(firmShaped(name)).toBe(true);
  });

  it.each(["Maya Chen", "Gestão de Risco", "Fabrikam", "Priya and Tom"])(
    "does not take %j for one",
    (name) => {
      expect(firmShaped(name)).toBe(false);
    },
  );
});
