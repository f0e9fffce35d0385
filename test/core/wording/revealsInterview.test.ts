import { assertNothingRevealed, RevealingTextError, revealsInterview } from "../../../src/core/wording";

const found = (text: string, context = {}) => revealsInterview(text, context).map((t) => t.found);

describe("revealsInterview", () => {
  it.each<[string, string[]]>([
    ["Second interview", ["interview"]],
    ["Phone screen at 3", ["Phone screen"]],
    ["Call with the recruiter", ["recruiter"]],
    ["Hiring manager chat", ["Hiring"]],
    ["Job offer call", ["Job offer"]],
    ["job-offer call", ["job-offer"]],
    ["Candidate experience survey", ["Candidate"]],
    ["CoderPad session", ["CoderPad"]],
    ["Entretien d’embauche", ["Entretien", "embauche"]],
    ["Réunion avec le recruteur", ["recruteur"]],
    ["Vorstellungsgespräch bei Firma", ["Vorstellungsgespräch"]],
    ["VORSTELLUNGSGESPRACH", ["VORSTELLUNGSGESPRACH"]],
    ["Bewerbungsgespräch", ["Bewerbungsgespräch"]],
    ["Kündigungsfrist klären", ["Kündigungsfrist"]],
    ["Entrevista de trabajo", ["Entrevista"]],
    ["Reclutadora llamará", ["Reclutadora"]],
    ["Entrevista de emprego", ["Entrevista", "emprego"]],
    ["Processo seletivo", ["Processo seletivo"]],
    ["Sollicitatiegesprek", ["Sollicitatiegesprek"]],
    ["Kennismakingsgesprek", ["Kennismakingsgesprek"]],
    ["Colloquio di lavoro", ["Colloquio"]],
    ["Intervista con la società", ["Intervista"]],
  ])("flags %p", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    "Appointment",
    "Personal appointment",
    "Appointments",
    "Dentist",
    "Busy",
    "Rendez-vous",
    "Termin",
    "Cita",
    "Compromisso",
    "Afspraak",
    "Appuntamento",
    "Jobson's birthday",
    "Offering coffee",
    "Hireling",
    "Discovery call",
  ])("lets %p through", (text) => {
    expect(revealsInterview(text)).toEqual([]);
  });

  it("flags the company, without its legal suffix, whatever the case and accents", () => {
    const terms = revealsInterview("Lunch near CONTOSO", { companies: ["Contoso Ltd"] });
    expect(terms).toEqual([{ kind: "company", term: "Contoso", found: "CONTOSO", index: 11 }]);
    expect(found("rdv societe generale", { companies: ["Société Générale"] })).toEqual(["societe generale"]);
  });

  it("flags a company given as its web domain", () => {
    expect(found("Contoso all-hands", { companies: ["contoso.com"] })).toEqual(["Contoso"]);
  });

  it("flags the agency and the recruiter's full name and surname, but not a first name alone", () => {
    const context = { agencies: ["Fabrikam Staffing"], recruiters: ["Jane Smith"] };
    expect(revealsInterview("Fabrikam Staffing call", context).map((t) => t.kind)).toEqual(["agency"]);
    expect(found("Call Jane Smith", context)).toEqual(["Jane Smith"]);
    expect(found("Call Smith", context)).toEqual(["Smith"]);
    expect(found("Call Jane", context)).toEqual([]);
  });

  it("reads a recruiter given as an e-mail address", () => {
    expect(found("Call with Smith", { recruiters: ["jane.smith@fabrikam.example"] })).toEqual(["Smith"]);
  });

  it("flags a shortened company name by its distinctive word, not by a generic one", () => {
    expect(
      revealsInterview("Northwind call at 3", { companies: ["Northwind Traders"] }).map((t) => t.found),
    ).toEqual(["Northwind"]);
    expect(
      revealsInterview("Woodgrove, 2 pm", { companies: ["Woodgrove Bank"] }).map((t) => t.found),
    ).toEqual(["Woodgrove"]);
    expect(revealsInterview("Bank holiday on Monday", { companies: ["Woodgrove Bank"] })).toEqual([]);
  });

  it("matches names only as whole words", () => {
    expect(found("Race to the place", { companies: ["Ace"] })).toEqual([]);
    expect(found("Ace meeting", { companies: ["Ace"] })).toEqual(["Ace"]);
  });

  it("reports where each term was found in the original text", () => {
    const [term] = revealsInterview("Mon entretien à 14h");
    expect(term).toMatchObject({
      kind: "interviewWord",
      term: "entretien",
      found: "entretien",
      index: 4,
      language: "fr",
    });
  });

  it("reports every offending term, in order", () => {
    expect(
      found("Interview at Contoso with Jane Smith", { companies: ["Contoso"], recruiters: ["Jane Smith"] }),
    ).toEqual(["Interview", "Contoso", "Jane Smith"]);
  });
});

describe("assertNothingRevealed", () => {
  it("throws a RevealingTextError listing the terms", () => {
    expect.assertions(2);
    try {
      assertNothingRevealed("Interview", {});
    } catch (error) {
      expect(error).toBeInstanceOf(RevealingTextError);
      expect((error as RevealingTextError).terms.map((t) => t.found)).toEqual(["Interview"]);
    }
  });

  it("accepts a neutral text", () => {
    expect(() => assertNothingRevealed("Appointment", { companies: ["Contoso"] })).not.toThrow();
  });
});
