import { capitalisedRun, subjectOrg } from "../../../src/core/detection/subjectNames";

const nobody = { has: (): boolean => false };

describe("subjectOrg", () => {
  it.each([
    ["Invitation : Premier entretien (visio) – Chargée de mission chez Ardenne Bois", "Ardenne Bois"],
    ["Primeira entrevista – Jabuti Pagamentos", "Jabuti Pagamentos"],
    ["RE: Second interview Adatum – Finance Business Partner", "Adatum"],
    ["Erstes Gespräch (Teams) – Lindholm Werke – Controller", "Lindholm Werke"],
  ])("passes an ordinal before the step word: %s", (subject, firm) => {
    expect(subjectOrg(subject, "camille girard", [], nobody, `${firm} vous attend.`)).toBe(firm);
  });

  // An agency's subject opening with its search ("Búsqueda") and the role names no firm: the
  // client is the segment after.
  it("reads past an agency's 'Búsqueda' and the role to the client", () => {
    expect(
      subjectOrg(
        "Búsqueda Analista de Compras – Molinos Plata",
        "camille girard",
        ["Pampa Talent"],
        nobody,
        undefined,
        "Seguimos con la búsqueda.",
      ),
    ).toBe("Molinos Plata");
  });

  // A calendar's date written day first ("@ Wed 16 Dec 2026 09:30") is no firm, though the body
  // writes it again.
  it("reads no firm from a date written day first", () => {
    expect(
      subjectOrg(
        "Invitation: Onsite interview – Camille Girard @ Wed 16 Dec 2026 09:30 - 13:00 (GMT)",
        "camille girard",
        [],
        nobody,
        "Onsite on Wed 16 Dec, 9:30.",
      ),
    ).toBeNull();
  });

  it.each([
    ["Recruiter call – Fenwick & Hale Architects (Design Technology Lead)", "Fenwick & Hale Architects"],
    ["Intro – Marlow & Finch (Head of Data)", "Marlow & Finch"],
  ])("reads a firm with '&' before a title in brackets: %s", (subject, firm) => {
    expect(subjectOrg(subject, "camille girard", [], nobody, "Call with Bec from their talent team.")).toBe(
      firm,
    );
  });

  it.each([
    ["Strictly confidential – next step", "Ardmore Search"],
    ["Mandat confidentiel – Directeur des opérations (H/F)", "Sablon Executive"],
  ])("reads no firm from a word and its lower-case complement, nor a gender note: %s", (subject, agency) => {
    expect(
      subjectOrg(subject, "tom hughes", [agency], nobody, undefined, "My client would like to meet you."),
    ).toBeNull();
  });

  it.each([
    ["Entretien – Technicien(ne) Maintenance", "Technicien Maintenance"],
    ["Einladung – Elektroniker(in) Prüffeld", "Elektroniker Prüffeld"],
  ])("reads a title with a gender ending in brackets whole, not its tail: %s", (subject, title) => {
    expect(subjectOrg(subject, "tom hughes", ["Talentwerk"], nobody, `die Stelle als ${title}`)).toBe(title);
  });

  it.each([
    ["RE: Mission Chef de projet SI – Valmeyre Industries", "Valmeyre Industries"],
    ["Missione Data Engineer – Cartiere Orobie", "Cartiere Orobie"],
  ])("passes an assignment and its post to the firm: %s", (subject, firm) => {
    expect(
      subjectOrg(subject, "tom hughes", ["Hexaplace Conseil"], nobody, undefined, "Bonne journée."),
    ).toBe(firm);
  });

  it.each([
    ["Fabrikam interview – Thursday", "Fabrikam"],
    ["Contoso hiring – next steps", "Contoso"],
  ])("keeps a firm before a hiring noun where the body is not asked: %s", (subject, firm) => {
    expect(subjectOrg(subject, "tom hughes", ["Ardmore Search"], nobody, undefined, "See you then.")).toBe(
      firm,
    );
  });

  it.each([
    ["Entretien Lumivia – 2e tour", "Lumivia"],
    ["Interview Fabrikam", "Fabrikam"],
  ])("reads a lone word after a step word where no segment names a firm: %s", (subject, firm) => {
    expect(subjectOrg(subject, "camille girard", [], nobody, "Relire l'annonce.")).toBe(firm);
  });

  it.each([
    ["Bevestiging gesprek Meulenberg Logistiek", "Meulenberg Logistiek"],
    ["RE: Uitnodiging gesprek Hoogland Zuivel", "Hoogland Zuivel"],
    ["Bestätigung Vorstellungsgespräch Kestrel Medizintechnik", "Kestrel Medizintechnik"],
    ["Reminder interview Calloway Freight", "Calloway Freight"],
    ["Confirmada entrevista Pagos Lumbre", "Pagos Lumbre"],
    ["Entrevista técnica Lusoware – confirmação", "Lusoware"],
    ["Privé – 2e gesprek Polderdata", "Polderdata"],
  ])("reads the firm after a confirmation or reminder and a step word: %s", (subject, firm) => {
    expect(subjectOrg(subject, "wout peeters", [], nobody, `${firm} kijkt ernaar uit.`)).toBe(firm);
  });

  it("reads no firm from a German job title with its gender ending", () => {
    expect(
      subjectOrg(
        "Finales Gespräch – Leiter/in Medizininformatik | Kantonsspital Limmatau",
        "reto z",
        [],
        nobody,
        "x",
      ),
    ).toBe("Kantonsspital Limmatau");
  });

  it("prefers a firm's own segment to a word after a step word", () => {
    expect(
      subjectOrg(
        "Interview Schedule | Technical Round | Saanvi Systems",
        "priya nair",
        [],
        nobody,
        "Dear Priya",
      ),
    ).toBe("Saanvi Systems");
  });

  it("still reads a firm opening a segment", () => {
    expect(subjectOrg("Premier Foods – interview", "camille girard", [], nobody, "Premier Foods")).toBe(
      "Premier Foods",
    );
  });

  it.each([
    ["Échange jeudi", "Je vous confirme votre rendez-vous jeudi."],
    ["Kurzer Austausch am Dienstag?", "Herr Vogel möchte Sie kennenlernen."],
    ["Quick chat Thursday?", "Are you free Thursday?"],
    ["Rencontre – jeudi 14h", "À jeudi."],
    // The kind of step, and a title with its seniority last. These bodies write the words again,
    // so the lone-word check cannot be what rejects them.
    ["Technisch gesprek – Sanne de Vries", "Technisch gesprek bevestigd voor donderdag."],
    ["Entrevista técnica – Contable Sénior", "El puesto de Contable Sénior te espera."],
    ["Entrevista – Atuária Pleno", "A vaga de Atuária Pleno continua aberta."],
  ])("reads no firm from a word for the talk or its kind, or from a job title: %s", (subject, body) => {
    expect(subjectOrg(subject, "camille girard", [], nobody, body)).toBeNull();
  });

  it.each([
    ["Technical interview Fabrikam", "Fabrikam"],
    ["Technisches Gespräch Lindholm Werke", "Lindholm Werke"],
  ])("passes the kind of step before the firm: %s", (subject, firm) => {
    expect(subjectOrg(subject, "camille girard", [], nobody, `${firm} freut sich.`)).toBe(firm);
  });

  it("passes a segment of Japanese prose to the firm after it", () => {
    const subject = "面接日程のご案内 / Interview schedule – Marlowe & Finch";
    const body = "Marlowe & Finch would like to invite you.";
    expect(subjectOrg(subject, "tom avery", ["Kaizen Recruit Partners"], nobody, undefined, body)).toBe(
      "Marlowe & Finch",
    );
  });

  it("reads a firm before a bracketed job title when the body writes the firm again", () => {
    const subject = "2nd Interview – Hanamura Trading (IT Infrastructure Manager)";
    const body = "Hanamura Trading would like to proceed to the second interview.";
    expect(subjectOrg(subject, "kenji sato", ["Bluefin Search"], nobody, undefined, body)).toBe(
      "Hanamura Trading",
    );
    // Not written again: a name before a title in brackets is as often a person's.
    expect(
      subjectOrg(subject, "kenji sato", ["Bluefin Search"], nobody, undefined, "See you then."),
    ).not.toBe("Hanamura Trading");
  });

  it.each([
    ["Due chiacchiere con Trentino Data?", "con Trentino Data giovedì", "Trentino Data"],
    ["Interview – Blue Harbor Data", "Blue Harbor Data", "Blue Harbor Data"],
  ])("keeps a job word that closes a firm's name: %s", (subject, body, firm) => {
    expect(subjectOrg(subject, "giulia conti", [], nobody, body)).toBe(firm);
  });

  it("does not read a job title as a firm", () => {
    expect(subjectOrg("Interview – Data Engineer", "giulia conti", [], nobody, "Data Engineer")).toBeNull();
  });

  it("still reads the firm after a word for a short talk", () => {
    expect(
      subjectOrg("Quick chat – Lindenhall Analytics", "camille girard", [], nobody, "Lindenhall Analytics"),
    ).toBe("Lindenhall Analytics");
  });

  it.each([
    ["Tweede gesprek Sanne Jansen – Bakkerij De Molenwiek", "Bakkerij De Molenwiek"],
    ["Colloquio – Cantina La Vigna – Sommelier", "Cantina La Vigna"],
    ["Interview – Tailspin Toys – De facto lead", "Tailspin Toys"],
  ])("keeps an article inside a firm's name: %s", (subject, firm) => {
    expect(subjectOrg(subject, "sanne jansen", [], nobody, `${firm} nodigt je uit.`)).toBe(firm);
  });
});

describe("capitalisedRun", () => {
  it.each([
    ["il nostro cliente Ferraris Alimentare S.p.A. ha selezionato", "Ferraris Alimentare"],
    ["bij Polder Energie B.V. in Delft", "Polder Energie"],
    ["en Grupo Andino S.A. de C.V.", "Grupo Andino"],
    ["at Harbor Finch Ltd. next week", "Harbor Finch Ltd"],
    ["with Kettle & Co in Leeds", "Kettle & Co"],
    ["bij Van der Meulen Transport – bevestiging", "Van der Meulen Transport"],
    ["chez Brasserie de la Meuse à Namur", "Brasserie de la Meuse"],
    ["with Brightwell Medical and", "Brightwell Medical"],
  ])("reads the name in %j without a dotted legal form's first letter", (text, name) => {
    const from = text.search(/[A-Z]/);
    expect(capitalisedRun(text, from)).toBe(name);
  });

  it.each([
    ["unser Kunde Auental Werkzeugbau Sie zum Gespräch ein", "Auental Werkzeugbau"],
    ["notre client Maison Ardent Vous attend", "Maison Ardent"],
  ])("stops before a capitalised 'you' in %j", (text, name) => {
    expect(capitalisedRun(text, text.search(/[A-Z](?!unde|lient)/))).toBe(name);
  });
});

describe("subjectOrg with particles", () => {
  it.each([
    ["Laatste gesprek – Van der Meulen Transport", "Van der Meulen Transport"],
    ["Sollicitatie – Hof van den Berg", "Hof van den Berg"],
  ])("keeps a Dutch or German particle inside the name in %j", (subject, firm) => {
    expect(subjectOrg(subject, "pieter jansen", [], nobody, `${firm} wil graag verder.`)).toBe(firm);
  });

  it("does not join a Romance job title to the word after its 'de'", () => {
    expect(subjectOrg("Entrevista – Técnica de Recursos Humanos", "ana", [], nobody, "")).not.toBe(
      "Técnica de Recursos Humanos",
    );
  });
});
