import { clientInApposition, fullerName, refineParties } from "../../../src/core/detection/refineParties";

describe("clientInApposition", () => {
  it.each<[string, string | null]>([
    [
      "Great news: our client, a leading insurer, Blue Yonder Mutual, would like to meet you.",
      "Blue Yonder Mutual",
    ],
    [
      "Je vous confirme votre entretien avec notre client, une banque privée genevoise, la Banque Rhône, mardi.",
      "Banque Rhône",
    ],
    ["Nuestro cliente, una empresa líder del sector, Grupo Sierra, quiere conocerte.", "Grupo Sierra"],
    ["Onze opdrachtgever, Tulp Energie, wil graag met je verder.", "Tulp Energie"],
    // The name first, then its legal form: no description between.
    [
      "Confirmo a entrevista com o nosso cliente, a Marés Engenharia, Lda., para a função.",
      "Marés Engenharia",
    ],
    ["Our client would like to meet you on Monday.", null],
    ["Our client, a fast-growing fintech, is hiring a Senior Engineer.", null],
  ])("reads the client an agency names in %j", (text, expected) => {
    expect(clientInApposition(text, "Some Agency")).toBe(expected);
  });

  it("does not take the agency itself for the client", () => {
    expect(
      clientInApposition("Our client, a bank, Apex Talent, wants to meet you.", "Apex Talent"),
    ).toBeNull();
  });
});

describe("fullerName", () => {
  it.each<[string, string, string]>([
    [
      "Quadrant Staffing",
      "Greetings from Quadrant Staffing Solutions!\nRegards, Quadrant Staffing Solutions Pvt. Ltd.",
      "Quadrant Staffing Solutions",
    ],
    ["Veldzicht", "Recruiter | Coöperatie Veldzicht U.A.", "Coöperatie Veldzicht"],
    [
      "Contoso Pharma",
      "HR Screen – Contoso Pharmaceuticals\nthanks for applying at Contoso Pharmaceuticals.",
      "Contoso Pharmaceuticals",
    ],
    ["Fabrikam", "Interview at Fabrikam India, Bengaluru.", "Fabrikam"],
    ["Contoso", "Contoso Talent team\nContoso Talent", "Contoso"],
    ["Northwind", "Northwind Senior Engineer role\nNorthwind Senior Engineer", "Northwind"],
  ])("writes %j in full as the text does", (name, text, expected) => {
    expect(fullerName(name, text)).toBe(expected);
  });
});

describe("refineParties", () => {
  it("makes the sender's firm the agency when it introduces a client", () => {
    const r = refineParties(
      { company: "Hudson People", agency: null, signals: ["company named: Hudson People"] },
      "Hello,\nour client, a regional retailer, Wide World Stores, would like to interview you.\nHudson People",
    );
    expect([r.company, r.agency]).toEqual(["Wide World Stores", "Hudson People"]);
    expect(r.signals).toContain("company named: Wide World Stores");
  });

  it("makes a consultancy that names no client the employer", () => {
    const r = refineParties(
      { company: null, agency: "Northwind Consulting", signals: [] },
      "Je vous confirme l'étude de cas jeudi à 10h.\nTalent Acquisition – Northwind Consulting",
    );
    expect([r.company, r.agency]).toEqual(["Northwind Consulting", null]);
  });

  it("keeps an agency as the agency when it hides its client", () => {
    const r = refineParties(
      { company: null, agency: "Apex Tech Talent", signals: [] },
      "Our client, a leading bank, would like to meet you on Friday.",
    );
    expect([r.company, r.agency]).toEqual([null, "Apex Tech Talent"]);
  });

  it("leaves parties alone when the text adds nothing", () => {
    const p = { company: "Fabrikam", agency: null, signals: ["company named: Fabrikam"] };
    expect(refineParties(p, "Your interview with Fabrikam is confirmed.")).toBe(p);
  });
});
