import { vetParties } from "../../../src/core/detection/vetParties";
import type { VetInput } from "../../../src/core/detection/vetInput";

const base: VetInput = {
  company: null,
  agency: null,
  subject: "",
  text: "",
  sender: null,
  attendees: [],
  ownerName: "Jo Lindqvist",
  ownerAddress: "jo.lindqvist@contoso.com",
};

// A booking tool's invite, sent from its no-reply address for the firm that books.
const bookedViaTool: Partial<VetInput> = {
  text: "Prenotazione confermata tramite Agendia.io\nAgendia.io invia questo invito per conto di Rosa Cosmetici S.p.A.",
  sender: { name: "Chiara Bassi (via Agendia)", address: "calendar-noreply@agendia.io", via: "sender" },
};

describe("vetParties", () => {
  it.each<[string, Partial<VetInput>, string | null, string | null]>([
    [
      "a word the subject and the body name only as the post ('au poste de Gouvernante générale') is no firm; the signing line names it",
      {
        company: "Gouvernante",
        subject: "Votre candidature – Gouvernante générale",
        text: "Suite à votre candidature au poste de Gouvernante générale, je vous propose un entretien téléphonique jeudi à 10h.\nCordialement,\nLéa Roussel\nDirectrice des ressources humaines\nHôtel Les Tilleuls",
        sender: { name: "Léa Roussel", address: "rh@hotel-lestilleuls.fr", via: "sender" },
      },
      "Hôtel Les Tilleuls",
      null,
    ],
    [
      "a post the body writes in lower case ('la posizione di tornitore CNC') is no firm either",
      {
        company: "Tornitore CNC",
        subject: "Colloquio finale – Tornitore CNC",
        text: "le confermo il colloquio finale per la posizione di tornitore CNC con il titolare.\nCordiali saluti,\nGiulia Rossi\nAmministrazione e Personale\nOfficine Meccaniche Valtrompia Srl",
        sender: { name: "Giulia Rossi", address: "g.rossi@omv-valtrompia.it", via: "sender" },
      },
      "Officine Meccaniche Valtrompia",
      null,
    ],
    [
      "(a firm the subject names after 'Your application –' and the body does not write stands)",
      {
        company: "Fabrikam",
        subject: "Your application – Fabrikam",
        text: "Thanks for applying for the Data Analyst position. We'd like to invite you to an interview on Tuesday at 3pm.",
        sender: { name: "Fabrikam Careers", address: "careers@fabrikam.com", via: "sender" },
      },
      "Fabrikam",
      null,
    ],
    [
      "a firm's own human resources department signs for it, whatever its name says and whatever client a case study names",
      {
        agency: "Verdemar Consultoria",
        text: "Temos todo o gosto em convidá-la para a próxima fase: um estudo de caso de um cliente do setor agroalimentar.\nCom os melhores cumprimentos,\nAna Lopes\nRecursos Humanos | Verdemar Consultoria",
        sender: { name: "Ana Lopes", address: "ana.lopes@verdemar.pt", via: "sender" },
      },
      "Verdemar Consultoria",
      null,
    ],
    [
      "of two recruiting names on the signing line, the one the domain spells is the agency",
      {
        company: "Ironwood Analytics",
        agency: "Finance & Risk Recruitment",
        text: "I've locked in your phone screen with Sam, the hiring manager at Ironwood Analytics.\nKind regards,\nJo Tran\nK&R Talent | Finance & Risk Recruitment",
        sender: { name: "Jo Tran", address: "jo@krtalent.com.au", via: "sender" },
      },
      "Ironwood Analytics",
      "K&R Talent",
    ],
    [
      "a brand written in lower case in the title, as its domain, is the company",
      {
        company: "Gent",
        subject: "Technisch interview – kade7",
        text: "Bedankt voor het eerste gesprek.\nLotte\ntalent @ kade7 – digitaal bureau, Gent",
        sender: { name: "Lotte Peeters", address: "lotte@kade7.be", via: "sender" },
      },
      "kade7",
      null,
    ],
    [
      "a brand written in lower case, as its domain, in the closing lines is the company where none was read",
      {
        subject: "Quick chat",
        text: "Would you be free for a 20-minute intro call on Thursday at 9:30?\nThanks,\nKyle\nTechnical Recruiter, lumen7",
        sender: { name: "Kyle Brandt", address: "kyle@lumen7.com", via: "sender" },
      },
      "lumen7",
      null,
    ],
    [
      "the writer's own firm reporting that another firm liked the owner's profile is the go-between",
      {
        company: "Redfern",
        text: "Good news - Harlow Biotech liked your profile for the contract. Their hiring manager wants a call tomorrow at 3.\nTom\nAccount Manager | Redfern",
        sender: { name: "Tom Ames", address: "tom@redferngroup.com", via: "sender" },
      },
      "Harlow Biotech",
      "Redfern",
    ],
    [
      "an employer writing that it liked the owner's profile stays the company",
      {
        company: "Harlow Biotech",
        text: "Good news - Harlow Biotech liked your profile. Our hiring manager wants a call tomorrow at 3.\nTom\nTalent Partner | Harlow Biotech",
        sender: { name: "Tom Ames", address: "tom@harlowbiotech.com", via: "sender" },
      },
      "Harlow Biotech",
      null,
    ],
    [
      "an official letter's first line names the employer, over the sender's reversed name",
      {
        company: "Sylvie Perrin",
        text: "Centre hospitalier intercommunal de la Vallée\nDirection des ressources humaines\nMadame,\nVous êtes convoquée à un entretien.",
        sender: { name: "Perrin Sylvie", address: "recrutement@ch-vallee.fr", via: "sender" },
      },
      "Centre hospitalier intercommunal de la Vallée",
      null,
    ],
    [
      "a department on a letter's first line is no agency",
      {
        agency: "Geschäftsbereich Personal",
        text: "Universitätsklinikum Talheim – Geschäftsbereich Personal\nSehr geehrte Frau Vogt,\nwir laden Sie ein.",
        sender: { name: "Haas, Miriam", address: "miriam.haas@uk-talheim.de", via: "sender" },
      },
      "Universitätsklinikum Talheim",
      null,
    ],
    [
      "the owner's own lower-case employer in their closing lines is no company",
      {
        subject: "Quick chat",
        text: "Thursday at 9:30 works for me.\nThanks,\nJo\nData Engineer, contoso",
        sender: { name: "Jo Lindqvist", address: "jo.lindqvist@contoso.com", via: "sender" },
      },
      null,
      null,
    ],
    [
      "an employer's scheduling desk is no agency",
      {
        company: "Groupe Vernet",
        agency: "Planification",
        text: "Nous avons le plaisir de vous convier à l'entretien final.\nL'équipe Recrutement – Groupe Vernet",
        sender: { name: "Planification Recrutement", address: "planning@groupe-vernet.fr", via: "sender" },
      },
      "Groupe Vernet",
      null,
    ],
    [
      "a booking tool writing for the firm is no agency",
      {
        ...bookedViaTool,
        company: "Rosa Cosmetici",
        agency: "Agendia",
      },
      "Rosa Cosmetici",
      null,
    ],
    [
      "a booking tool read as the company gives way to the firm it writes for",
      {
        ...bookedViaTool,
        company: "Agendia",
      },
      "Rosa Cosmetici",
      null,
    ],
    [
      "a step word after the firm's name in the title is no part of it",
      {
        company: "Tallmark Virtual",
        subject: "Tallmark Virtual Onsite – Jo Lindqvist",
        text: "Here is your virtual onsite.",
      },
      "Tallmark",
      null,
    ],
    [
      "a note's 'Via' opening the sentence is no part of the agency's name",
      {
        company: "Dijkstra Logistiek",
        agency: "Via Polderstad Recruitment",
        text: "Eindgesprek Dijkstra Logistiek met directie. Via Polderstad Recruitment – Mark belt daarna.",
      },
      "Dijkstra Logistiek",
      "Polderstad Recruitment",
    ],
    [
      "a foundation read short is named as the mail writes it in full",
      {
        company: "Fundación Olmo",
        text: "Te esperamos en la Fundación Olmo para la Cooperación Rural.\nUn saludo,\nPersonas | Fundación Olmo",
      },
      "Fundación Olmo para la Cooperación Rural",
      null,
    ],
    [
      "the owner's own mail signed by a foundation names no employer (the owner's own is signing)",
      {
        text: "Confirmed for Tuesday.\nJo Lindqvist\nStiftung für Alpine Wasserwirtschaft Uri",
        sender: { name: "Jo Lindqvist", address: "jo.lindqvist@contoso.com", via: "sender" },
      },
      null,
      null,
    ],
    [
      "'The <firm> Recruiting Team' is the firm's own team",
      {
        company: "Harbour Payments",
        agency: "The Harbour Payments Recruiting",
        text: "You're confirmed for the System Design stage.\nGood luck!\nThe Harbour Payments Recruiting Team",
      },
      "Harbour Payments",
      null,
    ],
    [
      "a firm signing its own name in full, recruiting word and all, is no agency of its own but the company",
      {
        company: "Quillfeather",
        subject: "Quillfeather Talent Systems – Final Interview",
        text: "Hi Jo,\nHere is your final interview schedule.\nBest,\nAmy Roe\nRecruiting Coordinator | Quillfeather Talent Systems",
        sender: { name: "Amy Roe", address: "amy.roe@quillfeather.com", via: "sender" },
      },
      "Quillfeather Talent Systems",
      null,
    ],
    [
      "a greeted person is not the company",
      { company: "Hi Maren", text: "Hi Maren,\nYour interview is confirmed." },
      null,
      null,
    ],
    [
      "the person signing after a closing is not the company",
      {
        company: "Ines Duarte",
        text: "Ines Duarte would like to invite you to a first interview.\nKind regards\nInes Duarte\nTalent Acquisition",
      },
      null,
      null,
    ],
    ["interview words are not a company", { company: "Live Coding" }, null, null],
    [
      "the writer's own firm sets up an interview with the firm its subject names, whose team the body speaks of",
      {
        company: "Hale & Orr",
        subject: "Re: Quillon Robotics – Controls Engineer",
        text: "Quillon Robotics' hiring team would like a first call on Monday at 10am.\nRegards,\nMia Hale\nHale & Orr",
        sender: { name: "Mia Hale", address: "mia@hale-orr.com", via: "sender" },
      },
      "Quillon Robotics",
      "Hale & Orr",
    ],
    [
      "a post the subject names is no firm, however it ends",
      {
        company: "Cantieri Ostia",
        subject: "Colloquio – Architetto Software",
        text: "la invitiamo per un colloquio per la posizione di Architetto Software.\nFederica Zanin\nHR – Cantieri Ostia",
        sender: { name: "Federica Zanin", address: "f.zanin@cantieriostia.it", via: "sender" },
      },
      "Cantieri Ostia",
      null,
    ],
    [
      "a firm its domain spells, signing as searching on behalf of another, is the agency",
      {
        company: "Carrow & Pike",
        text: "Your interview is confirmed for Monday at 10am.\nThanks,\nNell Ames\nCarrow & Pike\nRetained search on behalf of Halden Freight",
        sender: { name: "Nell Ames", address: "nell.ames@carrowpike.com", via: "sender" },
      },
      "Halden Freight",
      "Carrow & Pike",
    ],
    [
      "an agency's one other firm written with its legal form is the client",
      {
        agency: "Hallmark Personalberatung",
        text: "Ich habe mit der Ostwind Solar GmbH gesprochen: Ihr Interview ist bestätigt.\nGrüße\nPia Kern\nHallmark Personalberatung GmbH",
      },
      "Ostwind Solar",
      "Hallmark Personalberatung",
    ],
    [
      "a consultant whose firm's name says nothing of recruiting arranges a talk with the firm the subject names",
      {
        company: "Pietra Partners",
        subject: "Colloquio – Gruppo Sabbadini Tessile",
        text: "ti confermo il colloquio in videochiamata con Gruppo Sabbadini Tessile, martedì alle 11:00.\nA presto,\nMarta Ricci\nConsulente Senior · Pietra Partners",
        sender: { name: "Marta Ricci", address: "marta.ricci@pietrapartners.it", via: "sender" },
      },
      "Gruppo Sabbadini Tessile",
      "Pietra Partners",
    ],
    [
      "a consultant arranging a talk with their own firm is no agency",
      {
        company: "Pietra Advisory",
        subject: "Colloquio – Pietra Advisory",
        text: "ti confermo il colloquio in videochiamata con Pietra Advisory, martedì alle 11:00.\nA presto,\nMarta Ricci\nConsulente Senior · Pietra Advisory",
        sender: { name: "Marta Ricci", address: "marta.ricci@pietraadvisory.it", via: "sender" },
      },
      "Pietra Advisory",
      null,
    ],
    [
      "a firm the mail writes with its legal form is kept, whatever its words end with",
      {
        company: "Kessler Antriebstechnik",
        agency: "Hanse Personal Partner",
        text: "bei unserem Kunden, der Kessler Antriebstechnik AG.\nSvenja Hollmann\nHanse Personal Partner GmbH | Hamburg",
      },
      "Kessler Antriebstechnik",
      "Hanse Personal Partner",
    ],
    [
      "the same words without a legal form are a title",
      {
        company: "Kessler Antriebstechnik",
        agency: "Senior Personal Partner",
        text: "bei der Kessler Antriebstechnik AG.\nSvenja Hollmann\nSenior Personal Partner",
      },
      "Kessler Antriebstechnik",
      null,
    ],
    [
      "a writer who puts the owner forward signs for the agency, named in full, and names no employer",
      {
        company: "Harbour Gate",
        text: "Initial call so I can understand your background before I put you forward for the roles we discussed. Lena Ohlsson, Harbour Gate Recruitment",
      },
      null,
      "Harbour Gate Recruitment",
    ],
    [
      "the agency's other name beside it in mail about a client is not the client",
      {
        agency: "Steinbach Personalberatung",
        subject: "Kennenlernen Tim Roth / Steinbach Consulting",
        text: "zur Position bei unserem Mandanten, einem Maschinenbauer.\nSenior Consultant, Steinbach Personalberatung",
        ownerName: "Tim Roth",
      },
      null,
      "Steinbach Personalberatung",
    ],
    ["a job title is not a company", { company: "Senior Data Analyst" }, null, null],
    ["'Name at Firm' from a display name is the firm", { company: "Ravi at Quillon" }, "Quillon", null],
    [
      "a signature pairing a consultant's title with a firm makes it the agency, and the client named is the company",
      {
        company: "Ventura Selezione",
        subject: "Colloquio",
        text: "il cliente Officine Brenta desidera incontrarla giovedì.\nSaluti,\nMarta Riva\nSenior Consultant – Ventura Selezione",
      },
      "Officine Brenta",
      "Ventura Selezione",
    ],
    [
      "an agency writing about an unnamed client leaves the company empty",
      {
        company: "Harwick Associates",
        text: "My client (a logistics scale-up in Leeds) would like a first call.\nBest,\nTom\nPrincipal Consultant\nHarwick Associates | Leeds · Manchester",
      },
      null,
      "Harwick Associates",
    ],
    [
      "a consultancy hiring for itself stays the company when no client is mentioned",
      {
        company: "Brightwater Consultants",
        text: "See you Friday at 4:30pm for the case interview.\n--\nDana Fox\nEngagement Manager\nBrightwater Consultants",
      },
      "Brightwater Consultants",
      null,
    ],
    [
      "the signature names the employer when nothing else did, without its legal form",
      { text: "Looking forward to it.\nKind regards,\nLee Park\nPeople Partner | Corvid Freight Ltd" },
      "Corvid Freight",
      null,
    ],
    [
      "an acronym becomes the words it stands for",
      { company: "NRT", text: "Your interview with the Northern Rail Trust (NRT) is confirmed." },
      "Northern Rail Trust",
      null,
    ],
    [
      "an organisation-type word before the name belongs to it",
      { company: "Vallmoll", text: "La entrevista final será en el Bufete Vallmoll, planta 3." },
      "Bufete Vallmoll",
      null,
    ],
    [
      "an elided place name after the name belongs to it",
      { company: "Le Moulin", text: "Rendez-vous au restaurant Le Moulin d'Arles jeudi." },
      "Le Moulin d'Arles",
      null,
    ],
    [
      "a department named by its function is not an agency",
      { company: "Riverside Hospital", agency: "Medical Recruitment", text: "See you Tuesday." },
      "Riverside Hospital",
      null,
    ],
    [
      "a title with its department is not a company",
      { company: "Directora de Operaciones", text: "Te entrevistará la Directora de Operaciones." },
      null,
      null,
    ],
    [
      "the writer signing for a search firm other than the hiring company is the agency",
      {
        company: "Eastvale University",
        text: "The panel chair at Eastvale University would like to meet you.\nKind regards,\nAmy Roe\nAssociate Director | Kestrel Academic Search",
      },
      "Eastvale University",
      "Kestrel Academic Search",
    ],
  ])("%s", (_why, input, company, agency) => {
    const out = vetParties({ ...base, ...input });
    expect({ company: out.company, agency: out.agency }).toEqual({ company, agency });
  });
});
