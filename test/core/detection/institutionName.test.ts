import {
  fullerInstitution,
  letterhead,
  signedInstitution,
} from "../../../src/core/detection/institutionName";

describe("fullerInstitution", () => {
  it.each([
    // The short name within the long one, in each language's small words.
    [
      "Halden Trust",
      "I am delighted to invite you to interview at the Halden Trust for Coastal Heritage.",
      "Halden Trust for Coastal Heritage",
    ],
    [
      "Fundación Aranda",
      "el puesto de Analista en la Fundación Aranda para la Cooperación Rural.",
      "Fundación Aranda para la Cooperación Rural",
    ],
    [
      "Fondazione Brivio",
      "Cordiali saluti\nUfficio Personale\nFondazione Brivio per lo Studio delle Malattie Rare",
      "Fondazione Brivio per lo Studio delle Malattie Rare",
    ],
    [
      "Landesamt",
      "Ihre Bewerbung beim Landesamt für Geoinformation und Vermessung.",
      "Landesamt für Geoinformation und Vermessung",
    ],
    [
      "Stichting Duinrand",
      "namens de Stichting Duinrand voor Natuureducatie nodigen wij u uit",
      "Stichting Duinrand voor Natuureducatie",
    ],
    [
      "Institut Mercier",
      "au sein de l'Institut Mercier pour l'Économie Circulaire (IMEC).",
      "Institut Mercier pour l'Économie Circulaire",
    ],
    // A name read from a later part of the long one.
    [
      "Digitale Zaken",
      "bij het Ministerie van Economie en Digitale Zaken.",
      "Ministerie van Economie en Digitale Zaken",
    ],
    // An acronym, and a short form with words left out.
    [
      "ARDN",
      "Agência Regional para o Desenvolvimento do Norte (ARDN)",
      "Agência Regional para o Desenvolvimento do Norte",
    ],
    ["WRBV", "Consultant | Waterschap Rivierenland Bergen-Veld", "Waterschap Rivierenland Bergen-Veld"],
    [
      "Lakeside Transit",
      "the Lakeside Metropolitan Transit Authority (Lakeside Transit)",
      "Lakeside Metropolitan Transit Authority",
    ],
    // An acronym the mail pairs with its long name, whatever the initials.
    [
      "CONDAT",
      "Comisión Nacional de Datos Territoriales (CONDAT)\nAv. Reforma 10",
      "Comisión Nacional de Datos Territoriales",
    ],
    [
      "VIZO",
      "Tweede gesprek VIZO (Vlaams Instituut voor Zeeonderzoek) - functie analist",
      "Vlaams Instituut voor Zeeonderzoek",
    ],
    ["INRS", "Istituto Nazionale di Ricerca sui Suoli – INRS", "Istituto Nazionale di Ricerca sui Suoli"],
    ["ANDN", "Agence nationale des données numériques (ANDN)", "Agence nationale des données numériques"],
    // A council's short form.
    [
      "Ayto. Villaverde del Júcar",
      "Recursos Humanos – Ayto. Villaverde del Júcar",
      "Ayuntamiento de Villaverde del Júcar",
    ],
    ["Excmo. Ayto. de Lucena", "Excmo. Ayto. de Lucena", "Ayuntamiento de Lucena"],
    // An acronym from a reference, signed out in sentence case on a closing line.
    [
      "ANSEBP",
      "Madame,\nréférence ANSEBP-2026-147\nHélène Mercier\nAgence nationale pour la sobriété énergétique des bâtiments publics",
      "Agence nationale pour la sobriété énergétique des bâtiments publics",
    ],
    // "Namens" (on behalf of) opening a sentence is no part of the name.
    [
      "Woonmaatschappij Scheldeland",
      "Namens Woonmaatschappij Scheldeland danken wij u voor uw deelname.",
      "Woonmaatschappij Scheldeland",
    ],
  ])("completes %s", (name, text, full) => {
    expect(fullerInstitution(name, text)).toBe(full);
  });

  it.each([
    // A unit of a firm, not the firm's longer name.
    ["Brenner Gruppe", "im Shared Service Center der Brenner Gruppe in Leipzig", "Brenner Gruppe"],
    ["Kessel Bank", "join us at the Kessel Bank Innovation Centre next week", "Kessel Bank"],
    ["Oceânica Seguros", "com o Conselho de Administração da Oceânica Seguros", "Oceânica Seguros"],
    // A legal form or a hiring function's words end the name; a post before it is no part of it.
    ["Voss Revision", "Voss Revision GmbH Wirtschaftsprüfungsgesellschaft", "Voss Revision"],
    ["Rowan Design Institute", "Rowan Design Institute Talent Team", "Rowan Design Institute"],
    ["Fundación Olmo", "la vacante de Técnico de Proyectos de la Fundación Olmo.", "Fundación Olmo"],
    // A job title after "for" is the post, not the name.
    [
      "Ellery Foundation",
      "an interview with the Ellery Foundation for Senior Program Officer",
      "Ellery Foundation",
    ],
    // An acronym in brackets after a person or a post is no long name's.
    ["ABCD", "Contact: Ana Ruiz, Data Lead (ABCD)", "ABCD"],
    // An acronym that the long name's initials do not spell.
    ["ABCD", "Instituto de Estudos Marinhos do Sul", "ABCD"],
  ])("leaves %s", (name, text, full) => {
    expect(fullerInstitution(name, text)).toBe(full);
  });
});

describe("signedInstitution", () => {
  it("reads a body signing its long name on a line of its own", () => {
    const text = "Freundliche Grüsse\nAnna Meier\nHR\nStiftung für Alpine Wasserwirtschaft Uri";
    expect(signedInstitution(text, "a.meier@example.ch")).toBe("Stiftung für Alpine Wasserwirtschaft Uri");
  });

  it.each([
    ["its initials", "hr@saw.example.ch"],
    ["a word of its name", "anna@wasserwirtschaft-uri.ch"],
  ])("reads a long name in a sentence when the sender's domain spells %s", (_, sender) => {
    const text = "danke für Ihre Bewerbung bei der Stiftung für Alpine Wasserwirtschaft. Wir laden Sie ein";
    expect(signedInstitution(text, sender)).toBe("Stiftung für Alpine Wasserwirtschaft");
  });

  it.each([
    ["a short name", "Kind regards\nTom\nThe Halden Trust"],
    [
      "a name in a sentence, from another domain",
      "We met at the Stiftung für Alpine Wasserwirtschaft last year and",
    ],
    ["a department", "Saludos\nDirección de Recursos Humanos"],
  ])("reads nothing from %s", (_, text) => {
    expect(signedInstitution(text, "tom@example.com")).toBeNull();
  });
});

describe("signedInstitution in sentence case or by an acronym", () => {
  it.each([
    [
      "Bien cordialement,\nNadia Roy\nChargée de recrutement – Direction des ressources humaines\nCommunauté d’agglomération du Pays de Rance\nTél. 02 96 11 22 33",
      "Communauté d’agglomération du Pays de Rance",
    ],
    ["Cordialement,\nLuc Aubin\nSociété de transport de Lévisville", "Société de transport de Lévisville"],
    [
      "Mit freundlichen Grüßen\nJana Roth\nBundesamt für digitale Netzaufsicht BDNA",
      "Bundesamt für digitale Netzaufsicht",
    ],
    [
      "au Centre intégré de santé et de services sociaux de l'Estuaire (CISSS de l'Estuaire).\nMerci,\nJulie Roy\nCISSS de l'Estuaire",
      "Centre intégré de santé et de services sociaux de l'Estuaire",
    ],
  ])("reads the employer signing %j", (text, name) => {
    expect(signedInstitution(text, "rh@example.org")).toBe(name);
  });

  it.each([
    ["Cordialement,\nLuc Aubin\nDirection des ressources humaines"],
    ["Cordialement,\nLuc Aubin\nCentre de services, merci de confirmer"],
    ["Cordialement,\nLuc Aubin\nCISSS de l'Estuaire"],
  ])("reads nothing from %j (a department, a sentence, an acronym the mail never spells out)", (text) => {
    expect(signedInstitution(text, "rh@example.org")).toBeNull();
  });
});

describe("fullerInstitution across an elided article", () => {
  it("does not take the place before 'dell'Istituto' into the name", () => {
    const text = "presso la sede di Torino dell’Istituto Nazionale di Ricerca sui Materiali (INRM).";
    expect(fullerInstitution("INRM", text)).toBe("Istituto Nazionale di Ricerca sui Materiali");
  });
});

describe("letterhead", () => {
  it.each([
    [
      "Centre hospitalier intercommunal de la Vallée\nDirection des ressources humaines\nMadame,",
      "Centre hospitalier intercommunal de la Vallée",
    ],
    [
      "Fundação Municipal de Saúde do Vale – FMSV\nDiretoria de Pessoas\nPrezado candidato,",
      "Fundação Municipal de Saúde do Vale",
    ],
    [
      "Eastmoor and Dale NHS Foundation Trust\nRecruitment Services\nDear Sam,",
      "Eastmoor and Dale NHS Foundation Trust",
    ],
    [
      "Kantonsspital Unteremmental AG\nHuman Resources\nSehr geehrter Herr Kunz",
      "Kantonsspital Unteremmental AG",
    ],
    [
      "Universitätsklinikum Talheim – Geschäftsbereich Personal\nSehr geehrte Frau Vogt,",
      "Universitätsklinikum Talheim",
    ],
    [
      "Centre intégré de santé et de services sociaux de l'Estuaire (CISSS de l'Estuaire)\nBonjour,",
      "Centre intégré de santé et de services sociaux de l'Estuaire",
    ],
  ])("reads the body a letter opens with in %j", (text, name) => {
    expect(letterhead(text.split("\n", 1)[0] ?? "")).toBe(name);
  });

  it.each([
    ["Dear Sam,\nThe Eastmoor and Dale NHS Foundation Trust would like to meet you."],
    ["Direction des ressources humaines\nMadame,"],
    ["Recruitment Services | Vacancy reference 318\nDear Sam,"],
  ])("reads no letterhead in %j (a greeting first, a department, a reference line)", (text) => {
    expect(letterhead(text.split("\n", 1)[0] ?? "")).toBeNull();
  });
});
