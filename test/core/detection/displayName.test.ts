import { orgFromDisplayName } from "../../../src/core/detection/displayName";

describe("orgFromDisplayName", () => {
  it.each([
    ["Sollen Data (via Hirely)", "no-reply@hirely.example", "Sollen Data"],
    ["Kanaalzicht Data (via Werfly)", "noreply@mail.werfly.io", "Kanaalzicht Data"],
    ["Jabuti Pagamentos | Recruta+", "nao-responda@recrutamais.example", "Jabuti Pagamentos"],
    ["Ruben Smit | Oranje Werving", "ruben@oranjewerving.nl", "Oranje Werving"],
    [
      "DRH – Câmara Municipal de Santa Marta do Douro",
      "recursos.humanos@cm-smdouro.pt",
      "Câmara Municipal de Santa Marta do Douro",
    ],
    ["RRHH Ajuntament Sant Cugat", "seleccio@santcugat-ajuntament.cat", "Ajuntament Sant Cugat"],
    ["Gupy – Atlântico Alimentos", "noreply@atlantico-alimentos.gupy.example", "Atlântico Alimentos"],
  ])("reads the firm a tool sends for: %s", (name, address, firm) => {
    expect(orgFromDisplayName(name, address)).toBe(firm);
  });

  // A public body's unit, opened by its kind, is not the body.
  it.each([
    ["UOC Gestione e Sviluppo Risorse Umane", "risorseumane@pec.aslroma7.it"],
    ["Servizio Personale e Organizzazione", "personale@comune.example.it"],
  ])("reads no firm from the unit %s", (name, address) => {
    expect(orgFromDisplayName(name, address)).toBeNull();
  });

  it.each([
    ["Marc Olivier – Banque Morvan-Lestrade", "recrutement@morvan-lestrade.fr", "Banque Morvan-Lestrade"],
    ["Lucía Prieto | Bodegas Arrieta", "seleccion@arrieta.es", "Bodegas Arrieta"],
    ["Caisse Laurentide – Carrières", "caisselaurentide@myworkday.com", "Caisse Laurentide"],
  ])(
    "reads the firm whose domain leaves out its opening word, or beside its careers desk: %s",
    (name, address, firm) => {
      expect(orgFromDisplayName(name, address)).toBe(firm);
    },
  );

  it("reads a resourcing team as the employer's own function", () => {
    expect(orgFromDisplayName("Harbour Resourcing Team", "resourcing@harbour.example.gov.uk")).toBe(
      "Harbour",
    );
  });

  it.each([
    ["Halvorsen Insurance", "halvorsen@myworkday.com", "Halvorsen Insurance"],
    ["Norvale Energy", "no-reply@greenhouse.io", "Norvale Energy"],
    ["Brightwater Logistics", "notifications@smartrecruiters.com", "Brightwater Logistics"],
  ])("reads a firm named by its kind from a hiring tool's address: %s", (name, address, firm) => {
    expect(orgFromDisplayName(name, address)).toBe(firm);
  });

  it.each([
    ["Workday", "noreply@myworkday.com"],
    ["Greenhouse", "no-reply@greenhouse.io"],
    ["Dana Whitfield", "dana@myworkday.com"],
  ])("still reads no firm in the tool's own name or a person's: %s", (name, address) => {
    expect(orgFromDisplayName(name, address)).toBeNull();
  });

  it("leaves a person sending through a scheduling tool alone", () => {
    expect(orgFromDisplayName("Carla Jimenez (via Rallly)", "noreply@rallly.co")).not.toBe("Carla Jimenez");
  });

  it("does not take a person's own address for a tool's", () => {
    expect(orgFromDisplayName("Nadia Brooks (via Hirely)", "nadia@hirely.example")).not.toBe("Nadia Brooks");
  });
});
