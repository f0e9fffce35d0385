import { readParties } from "../../../src/core/detection/readParties";

describe("readParties", () => {
  it("reads a name followed by a word that is also an Object.prototype property", () => {
    expect(
      readParties({
        subject: "Interview",
        text: "Hi, Acme Constructor team here",
        senders: [{ name: "Acme", address: "x@acme-builders.com", via: "sender" }],
        attendees: [],
        ownerAddress: "me@home.org",
        ownerName: "Sam Rivera",
      }).company,
    ).toBe("Acme");
  });

  // Secondment and placement firms name themselves with "Detachering" or "Personalpartner"; the
  // client is who works "bei der" firm.
  it("reads a firm ending in 'Detachering' as the agency", () => {
    const p = readParties({
      subject: "Kennismaking – Projectleider",
      text: "Je gesprek met onze opdrachtgever Vrolijk Installaties BV staat gepland.\nGroet,\nMark de Wit\nIntercedent | Kustlijn Detachering",
      senders: [{ name: "Mark de Wit", address: "m.dewit@kldet.nl", via: "sender" }],
      attendees: [],
      ownerAddress: "joris@deltabouw.nl",
      ownerName: "Joris Smit",
    });
    expect(p.agency).toBe("Kustlijn Detachering");
  });

  it("reads the client a manager works 'bei der', beside a 'Personalpartner AG'", () => {
    const p = readParties({
      subject: "Gesprächstermin",
      text: "Frau Roth, Leiterin Produktion bei der Bergtal Maschinenbau AG, möchte Sie kennenlernen.\nFreundliche Grüsse\nSandra Keller\nTalsee Personalpartner AG",
      senders: [{ name: "Keller Sandra", address: "s.keller@tpp-ag.ch", via: "sender" }],
      attendees: [],
      ownerAddress: "luca@aarewerke.ch",
      ownerName: "Luca Meier",
    });
    expect([p.company, p.agency]).toEqual(["Bergtal Maschinenbau", "Talsee Personalpartner"]);
  });

  it("reads a firm whose registered name holds an agency word as the agency", () => {
    const p = readParties({
      subject: "Even afstemmen",
      text: "Het gesprek staat voor morgen om 11:00.\nMet vriendelijke groet,\nThijs Bakker\nVlietstra Recruitment B.V.",
      senders: [{ name: "Thijs Bakker", address: "t.bakker@vlietstra.nl", via: "sender" }],
      attendees: [],
      ownerAddress: "sanne@kustlijn.nl",
      ownerName: "Sanne de Wolf",
    });
    expect(p.agency).toBe("Vlietstra Recruitment");
  });

  it("takes the firm the employer calls the owner's consultant's ('votre conseillère chez …') for the agency", () => {
    const p = readParties({
      subject: "Entrevue – Analyste – Assurances Beaulac",
      text: "Suite à votre échange avec votre conseillère chez Sélectia, Mme Lapointe, nous vous convions à une entrevue.\nGeneviève Roy\nAssurances Beaulac",
      senders: [{ name: "Geneviève Roy", address: "genevieve.roy@assurancesbeaulac.ca", via: "sender" }],
      attendees: [{ name: "Véronique Lapointe", address: "vlapointe@selectia.ca", via: "attendee" }],
      ownerAddress: "mathieu@coop.ca",
      ownerName: "Mathieu Gagnon",
    });
    expect([p.company, p.agency]).toEqual(["Assurances Beaulac", "Sélectia"]);
  });

  it("takes the firm a subject opens with over a department in brackets", () => {
    const p = readParties({
      subject: "Kestrel Foods – final round",
      text: "Teams call w/ Maria Lund (Head of Supply, Nordic Sourcing) + their CFO.",
      senders: [],
      attendees: [],
      ownerAddress: "priya@lakeviewcredit.com",
      ownerName: "Priya Raman",
    });
    expect(p.company).toBe("Kestrel Foods");
  });

  it("reads no town after 'here in' as the client", () => {
    const p = readParties({
      subject: "Nossa conversa amanhã",
      text: "A vaga é para Analista na Serra Clara Energia, nossa cliente aqui em Jundiaí.\nBeijos,\nRita\nHeadhunter | Trilha RH",
      senders: [{ name: "Rita Alves", address: "rita@trilharh.com.br", via: "sender" }],
      attendees: [],
      ownerAddress: "ana@cerrado.com.br",
      ownerName: "Ana Lima",
    });
    // (The client itself is read later, by vetParties; here only the agency is settled.)
    expect([p.company, p.agency]).toEqual([null, "Trilha RH"]);
  });

  // An agency sending with its client copied: the sender arranged it. An employer sending with
  // its agency copied, and saying so, is the company.
  const copied = (text: string): { company: string | null; agency: string | null } =>
    readParties({
      subject: "Invitation to interview – Regional Product Lead",
      text,
      senders: [{ name: "Ruth Ellison", address: "ruth.ellison@larkspurinsurance.co.uk", via: "sender" }],
      attendees: [{ name: "Tom Reid", address: "tom.reid@haldencrewe.co.uk", via: "attendee" }],
      ownerAddress: "mei.lin@contoso.com",
      ownerName: "Mei Lin",
    });

  it("takes the copied firm the employer calls its agency partner for the agency", () => {
    const p = copied(
      "Thank you for your application via our agency partner Halden & Crewe.\nRuth Ellison\nTalent Acquisition, Larkspur Insurance",
    );
    expect([p.company, p.agency]).toEqual(["Larkspur Insurance", "Halden & Crewe"]);
  });

  it.each([
    [
      "Alliance Conseil Laurentides",
      "Conseillère en recrutement\nAlliance Conseil Laurentides\n418 555-0190",
    ],
    ["Harlan Staffing Group", "Account Manager | Harlan Staffing Group | (319) 555-0144"],
    ["Harlan Recruitment", "Harlan Recruitment Consultant\n(319) 555-0144"],
    ["Harlan Staffing Solutions", "Account Manager\nHarlan Staffing Solutions GmbH\n(319) 555-0144"],
  ])(
    "reads the agency %j, its name running on past its agency word to the end of its line",
    (agency, tail) => {
      const p = readParties({
        subject: "Rencontre chez Hydro Matane",
        text: `Hydro Matane would like to meet you on Thursday.\n${tail}`,
        senders: [{ name: "Annie Pelletier", address: "annie@gmail.com", via: "sender" }],
        attendees: [],
        ownerAddress: "julie.morin@contoso.com",
        ownerName: "Julie Morin",
      });
      expect(p.agency).toBe(agency);
    },
  );

  // The owner's papers passed to a named firm: the writer's firm, whatever it is called, is a
  // go-between; a CV passed to a person of the writer's own firm is not.
  const passed = (text: string, sender: string, address: string) =>
    readParties({
      subject: "Next step",
      text,
      senders: [{ name: sender, address, via: "sender" }],
      attendees: [],
      ownerAddress: "jo.lindqvist@contoso.com",
      ownerName: "Jo Lindqvist",
    });

  it("reads the firm the writer passed the owner's CV to as the client", () => {
    const p = passed(
      "Hola Jo:\nHe enviado tu CV a Bodegas Almira y quieren conocerte el martes a las 10:00.\nUn saludo,\nCarla Ruiz\nArden Vale",
      "Carla Ruiz",
      "carla.ruiz@ardenvale.es",
    );
    expect([p.company, p.agency]).toEqual(["Bodegas Almira", "Arden Vale"]);
  });

  it("does not take a person the CV went to, named with their title, for a client", () => {
    const p = passed(
      "I forwarded your resume to Dana Ruiz, our hiring manager, and she would like to meet you.\nLiam Ortiz\nTalent Acquisition | Harlow Foods",
      "Liam Ortiz",
      "liam.ortiz@harlowfoods.com",
    );
    expect([p.company, p.agency]).toEqual(["Harlow Foods", null]);
  });

  it("takes the sender for the agency when the copied firm is its client", () => {
    const p = copied("Halden & Crewe would like to meet you.\nRuth Ellison\nLarkspur Insurance");
    expect([p.company, p.agency]).toEqual(["Halden & Crewe", "Larkspur Insurance"]);
  });

  it("reads the firm without the city its office signs with, where the mail names it alone", () => {
    const read = (subject: string) =>
      readParties({
        subject,
        text: "Olá Beatriz,\nEnviamos o convite.\nMarta Sequeira\nTalent Acquisition · Cerrado Tech Lisboa",
        senders: [{ name: "Marta Sequeira", address: "marta.sequeira@cerradotech.pt", via: "sender" }],
        attendees: [],
        ownerAddress: "beatriz@contoso.com",
        ownerName: "Beatriz Lima",
      }).company;
    expect(read("Painel de entrevistas – Engenheira de Software – Cerrado Tech")).toBe("Cerrado Tech");
    expect(read("Painel de entrevistas – Engenheira de Software")).toBe("Cerrado Tech Lisboa");
  });

  it.each([
    [
      "drops a Japanese legal form written against the name",
      "一次面接 / First Interview – Product Manager (Kaiyo Mobility)",
      "Kenji様\n一次面接のご案内です。\nKaiyo Mobility株式会社 人事部",
      { name: "Kaiyo Mobility株式会社", address: "saiyo@kaiyo-mobility.jp" },
      "Kaiyo Mobility",
    ],
    [
      "keeps the institution a domain's place belongs to ('Comune di Valrosa' from comune.valrosa.it)",
      "Selezione pubblica – convocazione alla prova orale",
      "La prova si terrà il giorno 17 marzo 2027 alle ore 10:00.",
      { name: "Comune di Valrosa", address: "protocollo@comune.valrosa.it" },
      "Comune di Valrosa",
    ],
  ])("%s", (_name, subject, text, sender, company) => {
    const p = readParties({
      subject,
      text,
      senders: [{ ...sender, via: "sender" }],
      attendees: [],
      ownerAddress: "owner@contoso.example",
      ownerName: "Alex Owner",
    });
    expect(p.company).toBe(company);
  });

  // One word after a team word ("el equipo de Operaciones") that the mail also writes only at the
  // end of a title ("Gerente de Operaciones") is the employer's own department, not a client.
  const team = (subject: string, text: string): { company: string | null; agency: string | null } =>
    readParties({
      subject,
      text,
      senders: [{ name: "Ximena Robles", address: "ximena.robles@nopalpagos.mx", via: "sender" }],
      attendees: [],
      ownerAddress: "andres@lucerne.mx",
      ownerName: "Andrés Villa",
    });

  it("reads a department named after a team word and in the job's title as no client", () => {
    const p = team(
      "Entrevista – Gerente de Operaciones – Nopal Pagos",
      "Te confirmamos tu entrevista para la vacante de Gerente de Operaciones en Nopal Pagos.\nTe reunirás con el equipo de Operaciones.\nXimena Robles\nAtracción de Talento | Nopal Pagos",
    );
    expect([p.company, p.agency]).toEqual(["Nopal Pagos", null]);
  });

  it("still reads a firm named after a team word and on its own elsewhere as the client", () => {
    const p = team(
      "Entrevista – Gerente de Operaciones",
      "Te reunirás con el equipo de Inditex el martes. Inditex busca un perfil como el tuyo.\nXimena Robles\nNopal Pagos",
    );
    expect(p.company).toBe("Inditex");
  });
});
