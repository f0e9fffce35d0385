import { signatureFirm, signedAgency } from "../../../src/core/detection/signatureFirm";

describe("signatureFirm", () => {
  it.each([
    [
      "Au plaisir,\nMaxime Gagnon\nConseiller principal, acquisition de talents\nBoréalis Assurances | Montréal",
      "Boréalis Assurances",
    ],
    [
      "Saludos,\nLaura Pérez\nConsultora, adquisición de talento\nSeguros Almendro | Sevilla",
      "Seguros Almendro",
    ],
  ])("reads a firm's own recruiter, by the function, as no agency: %j", (text, firm) => {
    expect(signatureFirm(text, new Set(), [])).toMatchObject({ firm, agency: false });
  });

  it("passes over an employer's own selection unit to the employer", () => {
    expect(
      signatureFirm(
        "Un saludo,\nInés Molina\nUnidad de Selección – Recursos Humanos\nHospital Comarcal del Jarama",
        new Set(),
        [],
      ),
    ).toEqual({ firm: "Hospital Comarcal del Jarama", agency: false, placer: false });
  });

  it("reads a consultant's title beside a firm as an agency's", () => {
    expect(
      signatureFirm("Merci,\nJulie Roy\nConseillère principale\nGroupe Orme | Québec", new Set(), []),
    ).toMatchObject({ firm: "Groupe Orme", agency: true });
  });
});

describe("signedAgency", () => {
  it("reads a recruiting firm whose initials the sender's domain spells", () => {
    expect(
      signedAgency(
        "Saludos,\nLeticia Barros\nMontaño Barros Asociados\nAv. Reforma 120, CDMX",
        "Grupo Tlaloc",
        "mba",
      ),
    ).toBe("Montaño Barros Asociados");
  });

  it("reads a firm whose name puts a sign between the letters its domain spells", () => {
    expect(
      signedAgency(
        "Kind regards,\nJo Tran\nK&R Talent | Finance Recruitment\nLevel 2, Sydney",
        "Wattle Bank",
        "krtalent",
      ),
    ).toBe("K&R Talent");
  });

  it("reads no firm whose initials the domain does not spell", () => {
    expect(
      signedAgency(
        "Saludos,\nLeticia Barros\nMontaño Barros Asociados\nAv. Reforma 120, CDMX",
        "Grupo Tlaloc",
        "mbx",
      ),
    ).toBeNull();
  });
});
