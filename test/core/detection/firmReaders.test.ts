import {
  clientNamed,
  fullerFirm,
  fullerCompany,
  legalNames,
  teamSigning,
  withoutLeadingStep,
  registeredName,
} from "../../../src/core/detection/firmReaders";
import type { VetInput } from "../../../src/core/detection/vetInput";

describe("fullerCompany", () => {
  it.each([
    [
      "Aspenwood CU",
      "Aspenwood CU – phone screen\nAspenwood Credit Union's HR manager will call.",
      "Aspenwood Credit Union",
    ],
    [
      "Contoso FS",
      "Contoso FS\nThe team at Contoso Financial Services, Leeds.",
      "Contoso Financial Services",
    ],
    // The words must spell the acronym, each capitalised: no other reading of the tail.
    ["Aspenwood CU", "Aspenwood CU\nAspenwood credit union", "Aspenwood CU"],
    ["Fabrikam HR", "Fabrikam HR\nFabrikam Hiring Team", "Fabrikam HR"],
    [
      "CHU Montclair",
      "Direction des Ressources Humaines\nCentre Hospitalier Universitaire de Montclair",
      "Centre Hospitalier Universitaire de Montclair",
    ],
    [
      "UZ Scheldeland",
      "Met vriendelijke groet,\nUniversitair Ziekenhuis Scheldeland",
      "Universitair Ziekenhuis Scheldeland",
    ],
    ["ACME Logistics", "ACME Logistics\nThe Alpha Corporation Logistics team", "ACME Logistics"],
    // What completes the name may stand by a later mention than the first, or the first may open the text.
    ["Monteagudo", "Monteagudo – entrevista\nel equipo de Bodegas Monteagudo.", "Bodegas Monteagudo"],
    ["Cerro Blanco", "Cerro Blanco – caso práctico\nSelección | Viña Cerro Blanco", "Viña Cerro Blanco"],
    ["Poggio Alto", "Poggio Alto – colloquio\nRisorse Umane, Tenuta Poggio Alto", "Tenuta Poggio Alto"],
    ["Pinecrest", "Re: Pinecrest\nThe role is with Pinecrest Credit Union.", "Pinecrest Credit Union"],
    ["Harlow", "Harlow – Risk Analyst\nthe post with Harlow Building Society", "Harlow Building Society"],
    ["Harlow", "Harlow – Risk Analyst\nHarlow Credit team leads will call.", "Harlow"],
    [
      "Banco Serrano",
      "Entrevista – Banco Serrano\nO Banco Serrano de Desenvolvimento gostaria",
      "Banco Serrano de Desenvolvimento",
    ],
    ["Lierbeek", "Selectiegesprek\nde functie bij Stad Lierbeek.", "Stad Lierbeek"],
    ["Rheinfeld", "AW: Rheinfeld\ndie Rheinfeld Maschinenbau AG möchte", "Rheinfeld Maschinenbau"],
    ["Prairie Grain", "Prairie Grain – Tuesday\nwith Prairie Grain Services for", "Prairie Grain Services"],
    ["Lanzoni", "Colloquio Lanzoni – finale\ncon l'AD di Lanzoni Tessuti.", "Lanzoni Tessuti"],
    [
      "Valdecruz",
      "Proceso de selección\nAtentamente,\nAyuntamiento de Valdecruz",
      "Ayuntamiento de Valdecruz",
    ],
    ["Montelieto", "Colloquio – Montelieto\nil Comune di Montelieto la convoca", "Comune di Montelieto"],
    [
      "Ferrand & Cie",
      "Entretien\nau sein de la Banque Privée Ferrand & Cie et",
      "Banque Privée Ferrand & Cie",
    ],
    ["Serio", "Colloquio – Serio\npresso la Banca Popolare Serio.", "Banca Popolare Serio"],
    [
      "Klinikum Lindenau",
      "Bewerbung im Städtischen Klinikum Lindenau.\nOrt: Städtisches Klinikum Lindenau, Haus C",
      "Städtisches Klinikum Lindenau",
    ],
    [
      "Internationalen Schule Elbufer",
      "an der Internationalen Schule Elbufer.\nInternationale Schule Elbufer gGmbH",
      "Internationale Schule Elbufer",
    ],
    ["Bremen Logistik", "bei der Bremen Logistik.\nBremen Logistik GmbH", "Bremen Logistik"],
    // A bank named by its owner's surname is not completed by a place after it.
    ["Serrano", "Entrevista – Serrano\nSerrano de Madrid", "Serrano"],
    // A name that ends in a kind already is completed only by a word that closes a firm's name.
    ["Halden Health", "Halden Health – panel\nHalden Health Network is growing.", "Halden Health Network"],
    ["Halden Health", "Halden Health – panel\nHalden Health Analytics team.", "Halden Health"],
    [
      "Grupo Serrat",
      "Proceso – Grupo Serrat\nEl equipo de Grupo Serrat Energía quiere conocerte.",
      "Grupo Serrat Energía",
    ],
    // A Spanish or Portuguese kind of firm before the name ("Logística Tenoch", "Seguros Aldana").
    ["Aldana", "Entrevista técnica\nen Seguros Aldana, S.A. de C.V.", "Seguros Aldana"],
    // French and Spanish sector words ("Logiciels", "Aerolíneas"); a kind after the name as well.
    ["Marbrière", "Au plaisir,\nNadia\nLogiciels Marbrière inc.", "Logiciels Marbrière"],
    ["Quetzal", "con Lucía, gerente de Aerolíneas Quetzal.", "Aerolíneas Quetzal"],
    ["Cervino", "Saluti\nTransportes Cervino Energia\nMontréal", "Transportes Cervino Energia"],
    // A word the mail writes before a name from a domain each time.
    [
      "Dijkdata",
      "de vacature bij Hollandse Dijkdata!\nMaarten\nRecruiter | Hollandse Dijkdata",
      "Hollandse Dijkdata",
    ],
  ])("reads %j in full from the mail", (name, hay, full) => {
    expect(fullerCompany(name, hay)).toBe(full);
  });

  it.each([
    ["Brugdata", "Groeten van Team Brugdata\nTeam Brugdata"],
    ["Dijkdata", "de vacature bij Hollandse Dijkdata!\nRecruiter | Dijkdata"],
    ["Dijkdata", "Hi Dijkdata team, Hi Dijkdata people"],
  ])("keeps %j where the word before it is no part of a name, or stands there once", (name, hay) => {
    expect(fullerCompany(name, hay)).toBe(name);
  });

  it("keeps the name the firm signs with, not the legal entity a privacy notice names", () => {
    const hay =
      "tu entrevista en Ondara.\nRecruiting Coordinator · Ondara\nOndara Technologies S.L. tratará tus datos conforme a nuestra política de privacidad.";
    expect(fullerCompany("Ondara", hay)).toBe("Ondara");
  });
});

describe("clientNamed", () => {
  const input: VetInput = {
    company: null,
    agency: "Calder Recruitment",
    subject: "Re: client revealed",
    text: "",
    sender: { name: "Sam Hollis", address: "sam@calderrecruitment.co.uk", via: "sender" },
    attendees: [],
    ownerName: "Oliver Grant",
    ownerAddress: "oliver.grant@fabrikam.com",
  };
  it.each([
    // A signature's "Im Auftrag von <firm>", capitalised as a line opens.
    [
      "Brückner Personalberatung GmbH\nIm Auftrag von Kessler Antriebstechnik AG\nKönigstraße 21",
      "Kessler Antriebstechnik AG",
    ],
    [
      "I can now tell you the client is Ashgrove Logistics Group and they'd like to meet you.",
      "Ashgrove Logistics Group",
    ],
    ["Goed nieuws: de klant is Brouwerij Vandeputte en ze willen je spreken.", "Brouwerij Vandeputte"],
    ["Leuk dat je openstaat voor de rol van Controller bij Dijkgraaf Zuivel.", "Dijkgraaf Zuivel"],
    // News about a firm, then "they" in the next sentence.
    [
      "Great news on Tallis Marine Insurance. They'd like to see you again on Friday.",
      "Tallis Marine Insurance",
    ],
    [
      "Onze opdrachtgever is Zuivelcoöperatie De Eendracht U.A. in Friesland.",
      "Zuivelcoöperatie De Eendracht",
    ],
    ["La posición de Jefa de Planta en Conservas Brisamar, nuestro cliente en Vigo.", "Conservas Brisamar"],
    // A person met, a title in brackets after the name, is not the client; an article is not its name.
    [
      "Goed nieuws: Noordkaap Energie wil graag kennismaken. Het gesprek met Sanne de Bruin (manager Data) staat.",
      "Noordkaap Energie",
    ],
    ["Boa notícia! A Cerrado Verde Alimentos quer conhecer você na quinta-feira.", "Cerrado Verde Alimentos"],
    // The firm the writer would put the owner forward to.
    ["Before I put you forward to Ashcombe Water for the planner role, let's talk.", "Ashcombe Water"],
    ["Avant de vous présenter à la Verrerie Dampierre, j'aimerais échanger avec vous.", "Verrerie Dampierre"],
    // The firm the writer sent the owner's profile to.
    ["I shared your profile with Ravensworth Mills and their CFO would like a call.", "Ravensworth Mills"],
    ["He compartido tu perfil con Bodegas Lizarra y quieren conocerte.", "Bodegas Lizarra"],
    // The firm the writer recruits a post for.
    [
      "I'm recruiting a Senior Buyer (6-month contract) for Larchfield Foods and I think you'd fit.",
      "Larchfield Foods",
    ],
    [
      "Je recrute une responsable paie pour Fromagerie Castagne, et votre profil m'intéresse.",
      "Fromagerie Castagne",
    ],
  ])("reads the client an agency names in %j", (hay, client) => {
    expect(clientNamed(hay, "Calder Recruitment", { ...input, text: hay })).toBe(client);
  });

  it.each([
    ["Premier entretien – Directrice Actuariat (client confidentiel)\nBonjour, voici l'invitation."],
    ["Interview – Head of Treasury (client confidential)\nHi, here is the invite."],
    ["I've booked your final interview with Hannah Bell, their CTO, for Thursday at 2pm."],
    ["Het eindgesprek met CEO Marleen Vos staat op donderdag."],
    ["Good news on Monday. They have confirmed the slot."],
    ["Good news on Priya. She is free at 3pm."],
  ])("takes no job title or person for the client in %j", (hay) => {
    expect(clientNamed(hay, "Calder Recruitment", { ...input, text: hay })).toBeNull();
  });
});

describe("legalNames", () => {
  it("reads firms that write their registered name, in order, without the form", () => {
    expect(
      legalNames(
        "Signed for Noordzee Havens N.V. and Voss Antriebstechnik GmbH & Co. KG by Cajuína Tecnologia Ltda.",
        "sam@example.org",
      ),
    ).toEqual(["Noordzee Havens", "Voss Antriebstechnik", "Cajuína Tecnologia"]);
  });

  it("reads the lower-case forms Québec writes, 'inc.' and 'ltée'", () => {
    expect(legalNames("Merci,\nLogiciels Marbrière inc.\nBoréal Construction ltée, Laval", "x@y.ca")).toEqual(
      ["Logiciels Marbrière", "Boréal Construction"],
    );
  });

  it("leaves out the owner's own employer and firms named for recruiting", () => {
    expect(
      legalNames(
        "Blauwe Reiger Werving B.V. for Havenlicht N.V., sent from Polderdata B.V.",
        "sanne@polderdata.nl",
      ),
    ).toEqual(["Havenlicht"]);
  });

  it("leaves out a step word opening the line before the name", () => {
    expect(legalNames("Zweitgespräch Aarfeld Versicherungen AG – mit Frau Dr. Roth", "x@y.ch")).toEqual([
      "Aarfeld Versicherungen",
    ]);
  });

  it("drops a Dutch step word or 'Vervolg' before a name of two words or more", () => {
    expect(withoutLeadingStep("Kennismakingsgesprek Brightwell Logistics")).toBe("Brightwell Logistics");
    expect(withoutLeadingStep("Vervolg Dijkstra Energie")).toBe("Dijkstra Energie");
    expect(withoutLeadingStep("Interview Partners")).toBe("Interview Partners");
  });

  it("drops the word naming the mail ('Rückmeldung', 'Feedback') before a name of two words or more", () => {
    expect(withoutLeadingStep("Rückmeldung Aarblick Medtech")).toBe("Aarblick Medtech");
    expect(withoutLeadingStep("Feedback Norvale Bank")).toBe("Norvale Bank");
    expect(withoutLeadingStep("Update Logistics")).toBe("Update Logistics");
  });

  it("reads the firm after a title's 'de'", () => {
    expect(
      legalNames("con D. Ramón Ezquerra, Director General de Lácteos Montañeses, S.A., en Reinosa", "x@y.es"),
    ).toEqual(["Lácteos Montañeses"]);
  });

  it("finds nothing where no legal form is written", () => {
    expect(legalNames("An interview with Fabrikam on Tuesday", "x@y.com")).toEqual([]);
  });
});

describe("registeredName", () => {
  it("completes a short name from its registered form", () => {
    const hay = "Recursos Humanos\nTarsis Ingeniería, S.L.\nTarsista Ltd, Zaragoza";
    const names = legalNames(hay, "x@y.es");
    expect(registeredName("Tarsis", names, hay)).toBe("Tarsis Ingeniería");
    expect(registeredName("Tarsista", names, hay)).toBe("Tarsista");
  });

  it("completes a name read from a domain with what the firm is, where it writes its full name again", () => {
    const hay =
      "Un saludo,\nBeatriz Soler\nTalent Acquisition · Bodega Valdeluz\nSus datos serán tratados por Bodega Valdeluz, S.A.";
    expect(registeredName("Valdeluz", legalNames(hay, "x@y.es"), hay)).toBe("Bodega Valdeluz");
  });

  it("leaves a name whose registered form only a privacy notice writes", () => {
    const hay = "Viele Grüße\nLumora\nLumora Systems GmbH verarbeitet Ihre Daten gemäß DSGVO.";
    expect(registeredName("Lumora", legalNames(hay, "x@y.de"), hay)).toBe("Lumora");
  });

  it.each([
    "Ihr Termin: die Quarzwerk AG lädt Sie ein. Die Quarzwerk AG freut sich.",
    "Finales Gespräch Quarzwerk AG\nFinales Gespräch Quarzwerk AG",
    "Talent · Bodega Quarzwerk, S.A.",
  ])("leaves the name as read where an article, a step or a single mention runs into it: %j", (hay) => {
    expect(registeredName("Quarzwerk", legalNames(hay, "x@y.es"), hay)).toBe("Quarzwerk");
  });
});

describe("fullerFirm", () => {
  it.each([
    [
      "Nordet",
      "Isabelle Tremblay\nConseillère en recrutement TI | Recrutement Nordet\n514 555-0148",
      "Recrutement Nordet",
    ],
    ["Altamar", "Un saludo,\nReclutamiento Altamar\nMadrid", "Reclutamiento Altamar"],
    ["Nordet", "Au plaisir,\nÉtienne Roy\nRecrutement Nordet inc.\nMontréal", "Recrutement Nordet"],
    ["Polder Werving", "Groet,\nPolder Werving & Selectie", "Polder Werving & Selectie"],
    // A word of trade before the recruiting word, and a recruiting word joined by a hyphen.
    ["Duinwerk", "Recruiter | Duinwerk Finance Recruitment\n020 555 0101", "Duinwerk Finance Recruitment"],
    ["Rhein IT", "Beste Grüße\nRhein IT-Personalservice GmbH | Köln", "Rhein IT-Personalservice"],
  ])("completes %j as the mail writes it", (name, hay, full) => {
    expect(fullerFirm(name, hay)).toBe(full);
  });

  it.each([
    ["Saunier", "Nadia Côté\nRecrutement | Saunier"],
    ["Nordet", "Merci pour votre recrutement chez Nordet."],
    ["Altamar", "Talento Altamar Logística, Madrid"],
    ["Rhein IT", "Ihr Ansprechpartner in der Rhein IT-Abteilung"],
  ])(
    "leaves %j as read where no recruiting word stands right before it on its own part of a line",
    (name, hay) => {
      expect(fullerFirm(name, hay)).toBe(name);
    },
  );
});

describe("teamSigning", () => {
  it.each([
    [
      "Boa sorte!\nEquipe de Recrutamento Lagoa Seguros\nEsta mensagem foi enviada automaticamente.",
      "Lagoa Seguros",
    ],
    ["Un saludo,\nEquipo de Selección de Grupo Arenal", "Grupo Arenal"],
    ["Cordialement,\nL'équipe Recrutement de Maison Vidal", "Maison Vidal"],
    ["Best,\nThe Harrow Logistics Talent Team", "Harrow Logistics"],
  ])("reads the firm a recruiting team signs for in %j", (hay, firm) => {
    expect(teamSigning(hay, new Set())).toBe(firm);
  });

  it("reads no firm from a team that names none", () => {
    expect(teamSigning("Boa sorte!\nEquipe de Recrutamento\nNão responda.", new Set())).toBeNull();
  });
});

describe("fullerCompany from an acronym", () => {
  it("ends the words an acronym stands for before a small word", () => {
    const hay = "Ask me anything about the Kansai Institute for Advanced Photonics and life in Kyoto.";
    expect(fullerCompany("KIAP", hay)).toBe("Kansai Institute for Advanced Photonics");
  });
});
