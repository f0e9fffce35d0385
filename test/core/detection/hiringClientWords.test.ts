import fc from "fast-check";
import { HIRING_CLIENT_WORDS, hiringClient } from "../../../src/core/detection/hiringClient";
import { KeywordScan } from "../../../src/core/detection/keywordScan";

/**
 * readParties skips a hiringClient pattern when none of its words occurs in the lower-cased text;
 * the word lists must hold a word of every match, so skipping never changes the answer.
 */
describe("HIRING_CLIENT_WORDS", () => {
  const scan = new KeywordScan(HIRING_CLIENT_WORDS);
  const piece = fc.constantFrom(
    "Northwind Traders",
    "Tailwind Bank",
    "Alder Systems",
    "Hudson People",
    "Fabrikam",
    " would like to interview you",
    " would like to speak",
    " Would Love To Talk",
    " WOULD LOVE TO INVITE",
    " wants to interview",
    " want a second-round interview",
    " wants to move you to the final round",
    " spoken with ",
    " contract at ",
    " the hiring manager at ",
    " liked your resume",
    " gostou muito da conversa",
    " Erstgespräch bei ",
    " entrevista técnica con ",
    " vuole incontrarti",
    " ha visto il tuo CV",
    " came back this morning",
    " hat den Termin bestätigt",
    " colloquio conoscitivo con ",
    " a beaucoup apprécié votre échange",
    " wil je graag nog één keer spreken",
    " want to take you forward",
    " wants to set up a video interview",
    " have asked for an interview",
    " Ihrer künftigen Vorgesetzten bei der ",
    " want to meet",
    " is keen to meet",
    " souhaite vous recevoir",
    " souhaiterait vous inviter",
    " möchten Sie kennenlernen",
    " MOCHTE DICH gerne einladen",
    " möchte Sie nach Ihrem Profil und unserem Telefonat gerne kennenlernen",
    " desea entrevistarte",
    " quiere conocerle",
    " vorrebbe conoscerti",
    " desidera incontrarla",
    " Sie als letzte Kandidatin einlädt",
    " gostaria de entrevistar",
    " wil je graag ontmoeten",
    " wil u graag uitnodigen",
    " would like to",
    " graag",
    " WOULD LOVE TO MEET",
    " has invited you",
    " Sie gerne kennenlernen möchte",
    " Sie zu einem Panel-Interview einladen möchte",
    " dich kennenlernen MOCHTEN",
    " came back and they'd like to interview you",
    " came back to me saying she would love to meet you",
    " came back this morning and they'd like to take things further",
    " aimerait faire un premier entretien",
    " wil je graag leren kennen",
    " have now reviewed your CV",
    " AIMERAIT ORGANISER UNE RENCONTRE",
    "voor de functie van Scrum Master bij ",
    "Wie besprochen lädt Sie die ",
    " wants to meet",
    " is keen to interview",
    " souhaiterait vous rencontrer",
    " möchte Sie gerne kennenlernen",
    " MÖCHTEN dich einladen",
    " quisiera conocerte",
    " vorrebbe incontrarti",
    " gostaria de te conhecer",
    " came straight back and want to meet you",
    " vorrebbe fissare un primo colloquio",
    " quiere agendar una entrevista",
    " gostaria de marcar uma primeira entrevista",
    " souhaite organiser un entretien",
    " möchte gerne ein Gespräch vereinbaren",
    " wil graag een gesprek inplannen",
    " is enthousiast over je cv en wil graag kennismaken",
    " enjoyed meeting you and would like a second interview",
    " colloquio conoscitivo con Cantine ",
    ", directora general de ",
    ", CEO of ",
    " Geschäftsführerin der ",
    " wil u graag spreken",
    "Herr Aigner von ",
    "im Namen des Vorstands der ",
    "on behalf of the Chair of ",
    "Mr Okafor from ",
    "M. Durand de ",
    "the role at ",
    "interview with the hiring manager at ",
    "Gespräch bei ",
    "stelle bei ",
    "vaga no ",
    "functie bij ",
    "interview with ",
    "avec l’équipe Data de la ",
    "etapa de estudo de caso com a ",
    " – trata-se da ",
    " came back positive after your first call",
    " gostou muito do seu perfil",
    "I've been back to ",
    " have reviewed your profile",
    "ho presentato la sua candidatura a ",
    "au sein du ",
    "o recrutamento de um Gestor de Projeto para a ",
    "três gestores da ",
    "il s'agit de la ",
    "ronda de entrevistas con ",
    "with the Platform team at ",
    "con el equipo de ",
    "call con ",
    "gesprach mit ",
    "Interview With ",
    " ",
    "\n",
    ", ",
    ". ",
    "the ",
  );
  // Clients an agency's mail names (the sender's own firm is the agency): one who came back
  // wanting to meet the owner, whose team or managers meet the owner, a step is with, a search is
  // for, one revealed, and one in a German subordinate clause.
  it.each([
    [
      "Northshore Credit Union came back and they'd like to interview you on Thursday.",
      "Northshore Credit Union",
    ],
    ["Halvorsen Marine came back to me saying they would love to meet you.", "Halvorsen Marine"],
    [
      "Votre entretien avec l’équipe Data de la Banque Moreau-Delcourt aura lieu jeudi.",
      "Banque Moreau-Delcourt",
    ],
    ["Your session with the Platform team at Ostrava Rail is on Monday.", "Ostrava Rail"],
    ["La entrevista con el equipo de Finanzas de Grupo Alcance es el martes.", "Grupo Alcance"],
    ["Está confirmado o painel com três gestores da Construtora Ipê amanhã às 9h.", "Construtora Ipê"],
    [
      "Segue o convite para a etapa de estudo de caso com a Financeira Aurora, para a posição.",
      "Financeira Aurora",
    ],
    ["Te confirmo la ronda de entrevistas con Grupo Alcance el martes.", "Grupo Alcance"],
    [
      "Estou a acompanhar o recrutamento de um Gestor de Projeto para a Litoral Seguros, em Lisboa.",
      "Litoral Seguros",
    ],
    ["O cliente autorizou-me a revelar o nome – trata-se da Cerâmicas Vouga, em Aveiro.", "Cerâmicas Vouga"],
    ["Je peux enfin vous dire le nom du client : il s'agit de Fromageries Vidal.", "Fromageries Vidal"],
    ["…, dass Kornhaus Logistik Sie gerne kennenlernen möchte.", "Kornhaus Logistik"],
    [
      "As promised I've been back to Halden Insurance, and their Head of Platform agreed.",
      "Halden Insurance",
    ],
    ["Following up on our call - Kestrel Logistics have reviewed your profile.", "Kestrel Logistics"],
    [
      "Great speaking with you. Tarnwell Freight reviewed your profile and would like a call.",
      "Tarnwell Freight",
    ],
    ["Quick update: Ostrava Labs looked at your CV over the weekend.", "Ostrava Labs"],
    ["Donderdag om 11:00 ben je welkom op het hoofdkantoor van Brakel Zorg in Zwolle.", "Brakel Zorg"],
    ["The interview is at the head office of Pellham Foods in Leeds.", "Pellham Foods"],
    [
      "Je vous confirme votre entretien avec Mme Claire Roux, DRH du Groupe Vantier, demain.",
      "Groupe Vantier",
    ],
    ["Donnerstag, 9:30 Uhr – Fachinterview bei der Brenner Logistik mit Herrn Kaul.", "Brenner Logistik"],
    ["Ich rufe Sie kurz an, bevor ich Ihr Profil an Holtkamp Antriebe weitergebe.", "Holtkamp Antriebe"],
    ["Great news – Corvid Freight would like you to come back for a final interview.", "Corvid Freight"],
    [
      "As mentioned, I'm recruiting for Greater Tamworth Housing Trust, who need a Head of Data.",
      "Greater Tamworth Housing Trust",
    ],
    ["¡Buenas noticias! Minera Cerro Alto quedó muy interesada en tu perfil.", "Minera Cerro Alto"],
    [
      "Great news – the Tidewater Ports Authority (TPA) would like you to come back for a final interview.",
      "Tidewater Ports Authority",
    ],
    ["Boa notícia: a Vinícola Serra Verde ficou muito interessada no seu perfil.", "Vinícola Serra Verde"],
    ["Quick update - Larkspur Analytics are very interested in your background.", "Larkspur Analytics"],
    ["Good news - Halvorsen Logistics came back positive after your first call.", "Halvorsen Logistics"],
    ["Conforme falámos, a Lusoware gostou muito do seu perfil para a posição.", "Lusoware"],
    ["Ho presentato la sua candidatura a Officine Moretti per la posizione.", "Officine Moretti"],
    [
      "Votre entretien avec la responsable du pôle applications au sein du Groupe Lemarchand.",
      "Groupe Lemarchand",
    ],
    ["…, dass Rheintal Medtech Sie gerne zu einem Panel-Interview einladen möchte.", "Rheintal Medtech"],
    ["Good news: after your first call, Corvane Textiles want a second-round interview.", "Corvane Textiles"],
    ["Hollin Marine has asked for a panel interview next week.", "Hollin Marine"],
    ["Brisk Maritime wants to set up an interview with their CFO.", "Brisk Maritime"],
    ["Good news: Tamsin Foods wants to move you to the next stage.", "Tamsin Foods"],
    ["I've spoken with Calloway Insurance and they'd like an initial call.", "Calloway Insurance"],
    ["It's the Data Engineer contract at Hartwell Foods, six months.", "Hartwell Foods"],
    ["Following our call, the hiring manager at Kestrel Foods would like an initial call.", "Kestrel Foods"],
    ["Goed nieuws: Maasdelta Havens wil je graag nog één keer spreken.", "Maasdelta Havens"],
    ["Good news – Larkspur Foods liked your resume for the planner contract.", "Larkspur Foods"],
    ["A Serra Verde Energia gostou muito da conversa da semana passada.", "Serra Verde Energia"],
    ["Ihr Erstgespräch bei Talwerk Systems ist bestätigt.", "Talwerk Systems"],
    ["Te confirmo la entrevista técnica con Nopal Systems para la vacante.", "Nopal Systems"],
    ["Your first round interview with Nilgiri Cloud has been scheduled.", "Nilgiri Cloud"],
    ["Ti confermo che Officine Berardi ha visto il tuo CV e vuole incontrarti.", "Officine Berardi"],
    ["Great news – Tarnside Insurance came back this morning with a new slot.", "Tarnside Insurance"],
    ["Lindqvist Automotive hat den zweiten Vorschlag bestätigt.", "Lindqvist Automotive"],
    [
      "Sua entrevista técnica com o time de dados da Lumiar Pagamentos ficou para amanhã.",
      "Lumiar Pagamentos",
    ],
    [
      "Le confermo il primo colloquio conoscitivo con Officine Bernasconi per venerdì.",
      "Officine Bernasconi",
    ],
    ["Ihr Erstgespräch bei der Rheintal Medtech AG ist bestätigt.", "Rheintal Medtech AG"],
    [
      "Ein Termin mit Frau Adler, Ihrer künftigen Vorgesetzten bei der Weserland Reederei.",
      "Weserland Reederei",
    ],
    [
      "Good news: Orchard Ridge Bank came back and they want to do the case interview on Friday.",
      "Orchard Ridge Bank",
    ],
    [
      "¡Buenas noticias! Cerámicas Turia ha revisado tu perfil y quiere hacerte una entrevista.",
      "Cerámicas Turia",
    ],
    ["A Ribeira Seguros revisou o seu perfil e quer marcar uma conversa.", "Ribeira Seguros"],
    // A firm wanting to set a first talk, or coming straight back wanting to meet.
    [
      "Come anticipato, Cantieri Sereni vorrebbe fissare un primo colloquio conoscitivo telefonico.",
      "Cantieri Sereni",
    ],
    [
      "Good news - Harwood Building Society came straight back and want to meet you.",
      "Harwood Building Society",
    ],
    ["Como te comenté, Aceites Ribera quiere agendar una entrevista contigo.", "Aceites Ribera"],
    ["Elbtal Logistik möchte gerne einen Termin vereinbaren, wie besprochen.", "Elbtal Logistik"],
    ["Veenstra Installatietechniek wil graag een gesprek inplannen.", "Veenstra Installatietechniek"],
    // A client keen on the owner's CV, one wanting another round, a winery met "con".
    [
      "Goed nieuws! Noordwind Logistiek is enthousiast over je cv en wil graag kennismaken.",
      "Noordwind Logistiek",
    ],
    [
      "Good news – Pellman Insurance enjoyed meeting you and would like a second interview.",
      "Pellman Insurance",
    ],
    ["ti confermo il colloquio conoscitivo con Cantine Ravelli lunedì alle 9:00", "Cantine Ravelli"],
    [
      "dass die Kessler Antriebstechnik AG Sie gerne im nächsten Schritt kennenlernen möchte.",
      "Kessler Antriebstechnik AG",
    ],
    // A person named first, then the firm she runs.
    [
      "Mañana a las 10:00 tienes la entrevista final con Pilar Ros, directora general de Banco Turia, en su sede.",
      "Banco Turia",
    ],
    ["You'll meet Tom Hale, CEO of Brindle Foods, on Thursday.", "Brindle Foods"],
    ["Die Lindmatt Versicherungen freuen sich auf das Erstgespräch mit Ihnen.", "Lindmatt Versicherungen"],
    // An agency forwarding the client's invitation.
    ["Wie besprochen leite ich Ihnen unten die Einladung von Rigi Medtech weiter.", "Rigi Medtech"],
    ["I'm forwarding you the invitation from Halden Foods below.", "Halden Foods"],
    ["Te reenvío la convocatoria que nos ha enviado Seguros Miramar.", "Seguros Miramar"],
    ["Zoals beloofd heb ik het meteen bij Hoogland Energie neergelegd.", "Hoogland Energie"],
    ["Sie treffen Frau Weber, Geschäftsführerin der Elbtal Logistik, am Montag.", "Elbtal Logistik"],
    // A person named first, then where she works.
    [
      "I've spoken to Megan Cole, the hiring manager at Larchfield Foods, and she'd like to meet you.",
      "Larchfield Foods",
    ],
  ])("reads the client in %j", (text, client) => {
    expect(hiringClient(text, "Meridian Search", new Set<string>(), "")).toBe(client);
  });

  // The firm's own recruiting team, named as a team, is no client it recruits for.
  it("reads no client from 'el equipo de Atracción de Talento'", () => {
    expect(
      hiringClient(
        "Te confirmamos tu entrevista con el equipo de Atracción de Talento el jueves a las 11:00.",
        "Grupo Sierra Madre Alimentos",
        new Set<string>(),
        "",
      ),
    ).toBeNull();
  });

  it("reads no client from someone who only came back", () => {
    expect(
      hiringClient("Sarah came back from leave today.", "Cascade IT Contracting", new Set<string>(), ""),
    ).toBeNull();
  });

  it("never skips a pattern that would have named the client", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = parts.join("");
        const found = scan.scan(text.toLowerCase());
        const people = new Set<string>();
        // (In an agency's mail, so the titled-person pattern runs too.)
        for (const viaAgency of [false, true])
          expect(hiringClient(text, "Contoso", people, "", (g) => found.has(g), viaAgency)).toBe(
            hiringClient(text, "Contoso", people, "", undefined, viaAgency),
          );
      }),
      { numRuns: 1500 },
    );
  });
});
