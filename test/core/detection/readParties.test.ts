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
});
