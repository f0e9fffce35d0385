import { firmName, notOrgPhrase, personName, titled } from "../../../src/core/detection/notAFirm";

describe("notOrgPhrase", () => {
  it.each([
    ["Invitación"],
    ["Segunda"],
    ["Mandat"],
    ["London"],
    ["Talentia ATS"],
    ["Responsável de Compras"],
    ["Leiter Controlling"],
    ["DO NOT BOOK"],
    ["Pflegeexpertin Intensivpflege"],
    // A trade opening a title, compounded or not.
    ["Softwareentwicklerin Backend"],
    ["Ingénieure Réseaux"],
    ["Wirtschaftsinformatiker SAP"],
    ["Königstraße 26"],
    ["Riva Albertolli 3"],
    ["Interviewer Farah Siddiqui"],
    ["InterviewerFarah Siddiqui"],
    ["Zweitgespräch"],
    ["Telefoninterview"],
    ["MD"],
    ["Fallstudie Pricing"],
    ["Consultor de Recrutamento"],
    ["Requisition"],
    ["Vacature"],
    ["Annulation"],
    ["Abgesagt"],
    ["Annullamento"],
    ["Recordatorio"],
    ["UK"],
    ["Germany"],
    ["Suite"],
    ["Amministrazione"],
    ["Universitair Docent"],
    ["Chargé"],
    ["Lyon"],
    ["Dirección General"],
    ["Belafspraak"],
    ["Faculteit Betawetenschappen"],
    // A stock index describing an unnamed client, a compound naming the mail, a body of people,
    // and step words in scripts without capitals.
    ["FTSE 250"],
    ["Fortune 500"],
    ["Terminbestätigung"],
    ["Terminvorschlag"],
    // Italian public-sector job titles.
    ["Istruttore Direttivo"],
    ["Funzionario Amministrativo"],
    // A table's date row: the label, then the weekday.
    ["Datum Mittwoch"],
    ["Fecha Jueves"],
    ["Board Risk Committee"],
    ["זימון לראיון עבודה"],
    ["Старши QA"],
    // Whom a note says the owner meets.
    ["Avec Julien Marceau"],
    ["With Dana Price"],
    ["Meet Helen Marsh"],
    // The kind of step and the step.
    ["Persönliches Kennenlernen"],
    ["Erstes Gespräch"],
    ["Technisches"],
    ["Initial"],
    ["Iniziale"],
    // The kind of mail.
    ["Candidatura"],
    ["Candidature"],
    ["Bewerbung"],
    // A directorate: the job searched for.
    ["Dirección Financiera"],
    ["Direzione Commerciale"],
    // A hiring department named as a department.
    ["Direction des Ressources Humaines"],
    ["Departamento de Recursos Humanos"],
    ["Department of Human Resources"],
    ["Afdeling HR"],
    ["Serviceeinheit Personal"],
    // A public notice of a vacancy.
    ["Avviso"],
    ["Concurso"],
    // A teacher's post, by its first word.
    ["Lehrkraft Mathematik/Physik"],
    ["Insegnante Matematica"],
  ])("takes %s for a phrase, a place or a title", (name) => {
    expect(notOrgPhrase(name)).toBe(true);
  });

  it.each([
    ["Mosaic 42"],
    ["Brenner Consulting"],
    ["Grupo Alcaraz"],
    ["3Sixty Freight"],
    ["Hôtel Mirabeau"],
    ["Рила Тех"],
    ["Fortune Brands"],
    ["Con Edison"],
    ["Met Office"],
    ["See Tickets"],
    // A department of something other than hiring, or a firm named like one.
    ["Department of Energy"],
    ["Office Depot"],
    // A public body numbered in its series is no street address.
    ["Azienda Sanitaria Locale Roma 7"],
  ])("keeps %s as a firm", (name) => {
    expect(notOrgPhrase(name)).toBe(false);
  });
});

describe("firmName", () => {
  it.each([
    ["Brianza Logistica S.r.l.", "Brianza Logistica"],
    ["Orizzonte Lavoro S.p.A.", "Orizzonte Lavoro"],
    ["Sandhill Supply Co.", "Sandhill Supply Co"],
    ["Hikari Career Partners K.K.", "Hikari Career Partners"],
  ])("drops a dotted legal form: %s", (part, name) => {
    expect(firmName(part)).toBe(name);
  });

  // Accented letters are letters: "re" in "Belvédère" is no "Re:" prefix, "lead" in "Ålead" no title.
  it.each([
    ["Vértice Executive Search", "Vértice Executive Search"],
    ["Executive Search Consultant", null],
    ["Senior Executive Search", null],
  ])("reads %s as a firm only when a name leads its search title", (part, name) => {
    expect(firmName(part)).toBe(name);
  });

  // ("com o Eng. Manuel Pinho": a run of capitals read up to the full stop leaves the title alone.)
  it.each([["Eng"], ["Eng."], ["Dra"], ["Arq."]])("reads no firm from %s, a professional title", (part) => {
    expect(firmName(part)).toBeNull();
  });

  it.each([["Belvédère Capital Partners"], ["Crème Fraîche Studios"], ["Société Générale"]])(
    "keeps %s, whose accents split no job or calendar word out of it",
    (part) => {
      expect(firmName(part)).toBe(part);
    },
  );
});

describe("personName", () => {
  const input = (name: string, address: string) => ({
    company: null,
    agency: null,
    subject: "Invitation",
    text: `${name} souhaite vous informer de « Premier entretien ».`,
    sender: { name, address, via: "sender" as const },
    attendees: [],
    ownerName: "Thomas Lambert",
    ownerAddress: "thomas.lambert@contoso.fr",
  });

  it("takes the sender whose mailbox spells the name for a person", () => {
    const i = input("Sarah Peeters", "sarah.peeters@horizonrecrutement.be");
    expect(personName("Sarah Peeters", i, i.text)).toBe(true);
  });

  it("takes the sender's first name for a person when the mailbox spells the initial and surname", () => {
    const i = input("Étienne Lacroix", "e.lacroix@belvedere-cp.fr");
    expect(personName("Étienne", i, i.text)).toBe(true);
    expect(personName("Étienne", input("Étienne Lacroix", "recrutement@belvedere-cp.fr"), i.text)).toBe(
      false,
    );
  });

  it("leaves a firm an ATS names alone", () => {
    const i = input("Tidewater Foods", "tidewater-foods@messaging.example-ats.com");
    expect(personName("Tidewater Foods", i, i.text)).toBe(false);
  });

  it.each([["Tot dan!"], ["See you then,"], ["Ci vediamo!"]])(
    "takes a name signing after %j over a title for a person",
    (closing) => {
      const text = `Je gesprek is dinsdag om 10:00.\n${closing}\nMarloes Kok\nHR-adviseur, Brandsma Bouw`;
      const i = { ...input("Brandsma Bouw", "no-reply@recruitee.com"), text };
      expect(personName("Marloes Kok", i, text)).toBe(true);
    },
  );
});

describe("titled", () => {
  it.each([
    ["Teamlead Finance"],
    ["Teamleider Wijkverpleging"],
    ["Abteilungsleiterin Einkauf"],
    ["Geschäftsführer"],
    ["Hoofd HR"],
    ["Secretaris BAC"],
    ["HR Business Partnerin"],
    ["Senior Recruiterin"],
  ])("reads %j as a job title", (line) => {
    expect(titled(line)).toBe(true);
  });

  // A compound title word is not one inside a firm's name.
  it.each([["Schelde Havenlogistiek"], ["Leadwell Foods"], ["Hoofdstad Media"]])(
    "reads %j as no title",
    (line) => {
      expect(titled(line)).toBe(false);
    },
  );
});

describe("notOrgPhrase on compound job titles", () => {
  it.each([
    ["Kwaliteitsverantwoordelijke"],
    ["Anlagenmechaniker SHK"],
    ["Industriekauffrau"],
    ["Softwareentwickler Java"],
  ])("reads %j as a job title", (name) => {
    expect(notOrgPhrase(name)).toBe(true);
  });

  it.each([
    ["Brouwerij De Klaproos"],
    ["Mechaniker Müller GmbH"],
    ["Kessler Haustechnik"],
    ["Nordwholesales Group"],
  ])("still reads %j as a name", (name) => {
    expect(notOrgPhrase(name)).toBe(false);
  });
});
