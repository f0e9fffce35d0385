import { fold } from "../../../src/core/detection/fold";
import { INTERVIEWER, NOT_JOB } from "../../../src/core/detection/cues";
import {
  MORE_INTERVIEWER,
  MORE_JOB_CONTEXT,
  MORE_NOT_JOB,
  MORE_STEP_WORDS,
  QUALIFIED_INTERVIEW,
} from "../../../src/core/detection/cueVariants";

// A selection committee the owner sits on is hiring-side work; one the owner faces is not.
const hiringSide = (text: string): string | null =>
  [...INTERVIEWER, ...MORE_INTERVIEWER].find((c) => c.re.test(fold(text)))?.reason ?? null;

describe("hiring-side cues", () => {
  it.each([
    ["Nachbesprechung der Auswahlkommission am Freitag"],
    // The owner as hiring manager of an internal applicant.
    ["Als Hiring Manager führst du das Gespräch mit ihr; ich bin für die ersten 10 Minuten dabei."],
    ["Bitte führst du das Gespräch mit ihm und trägst danach deine Einschätzung ein."],
    // Staffing the employer's stand at a job fair.
    ["Obrigado por se terem oferecido para o stand da Tejo Verde na Feira de Emprego."],
    ["Feira de Emprego – escala do stand: 10h–13h Inês, 13h–17h Bruno"],
    ["10h–13h (conversas com estudantes e recolha de CVs)"],
    ["Feira de Emprego – turno no stand da manhã"],
    ["Thank you for volunteering to staff the Finance table at Saturday's Hiring Event!"],
    ["9:00–13:00 – presidio stand e raccolta CV"],
    ["La commissione per i colloqui con i candidati è convocata per mercoledì."],
    ["You're registered for Structured Interviewing for Hiring Managers on Tuesday."],
    ["Completing this session is required before you can sit on interview panels."],
    ["Réunion du comité de recrutement : bilan des candidats"],
    ["Overleg selectiecommissie over de kandidaten"],
    ["Pasó el filtro inicial y me gustaría que la entrevistes tú."],
    ["¿Cuál opción te sirve para entrevistar a Marta Cifuentes?"],
    ["Votre évaluation n'a pas encore été remplie. Merci de la compléter avant vendredi."],
    ["Je hebt nog geen evaluatie ingevuld voor kandidaat Rana Aydın. Vul je scorekaart vandaag nog in."],
    ["Here is my shortlist for your Site Reliability vacancy."],
    ["Both are free on Monday. CVs attached."],
    ["Attached are their resumes for your review."],
    ["As the hiring manager, you'll hold the internal conversation with her."],
    ["Repasamos las tres candidaturas finalistas y decidimos a quién hacemos oferta."],
    ["Réunion du comité d'embauche jeudi."],
    ["Please upload your scores before the debrief."],
    ["Herzlichen Dank für die Einladung zum Vorstellungsgespräch. Den Termin nehme ich gerne wahr."],
    ["Grazie per l'invito al colloquio: le confermo la mia disponibilità."],
    ["Je vous confirme l'entretien de notre candidat, M. Karim Haddad, avec vous mardi."],
    ["Encontrei uma candidata muito aderente à vaga."],
    ["Thank you for taking the time to meet with me on Thursday."],
    ["Le escribo para confirmar mi asistencia a la entrevista del martes."],
    ["Revisar los CVs de los candidatos para mi equipo."],
    ["La commissione si riunisce per valutare i quattro finalisti."],
    ["Portate le schede di valutazione compilate."],
    ["Ich freue mich darauf, Sie und Ihr Team kennenzulernen."],
    ["Rellenar las fichas de evaluación de los candidatos de ayer."],
    ["Aún no registras tu evaluación de la entrevista con Ana Ruiz."],
    ["Nous tiendrons un stand au forum des métiers de Nantes."],
    ["Faire de courts entretiens de pré-sélection avec les étudiants."],
    ["Completa la tarjeta de evaluación antes del viernes."],
    ["Preencha a ficha de avaliação da candidata até amanhã."],
    ["Envio os perfis de dois candidatos para a vaga."],
    ["Pode confirmar-me qual prefere entrevistar primeiro?"],
    ["Gracias por apuntarte a cubrir el stand en la feria de empleo."],
    ["Haremos mini-entrevistas de 10 minutos con estudiantes de último curso."],
    ["Vamos cobrir o estande e fazer entrevistas com os alunos."],
    ["Te presento a Irene Molina, candidata para la vacante de Técnico de Sistemas."],
    ["¿Podrías entrevistarlo el martes a las 9:30?"],
    ["Consegues entrevistá-la na quinta-feira?"],
    ["Could you interview her on Thursday morning?"],
    ["Vamos ficar no estande 14 recebendo estudantes."],
    ["Passaremos a manhã coletando currículos para o estágio."],
    ["Jullie rol: studenten te woord staan en cv's verzamelen voor de traineeships."],
  ])("take %j for hiring-side work", (text) => {
    expect(hiringSide(text)).not.toBeNull();
  });

  it.each([
    ["Ablauf: strukturiertes Interview mit der Auswahlkommission."],
    ["Vous passerez un entretien devant le jury de recrutement."],
    ["Tendrá una entrevista ante el comité de selección."],
    ["Een gesprek met de selectiecommissie van drie leden."],
    ["Queremos entrevistarte el martes a las 10:00."],
    ["Merci de compléter l'évaluation en ligne avant l'entretien."],
    ["Orchard Health has put you on the shortlist for the Product Analyst role."],
    ["Le comité de sélection aimerait vous rencontrer jeudi."],
    ["El comité de selección desea conocerle el martes."],
    ["Die Auswahlkommission möchte Sie am Montag kennenlernen."],
    ["De selectiecommissie wil u graag ontmoeten."],
    ["Please bring your CV and a photo ID."],
    ["Su candidatura es una de las tres finalistas."],
    ["Vielen Dank für Ihre Bewerbung. Wir laden Sie zum Vorstellungsgespräch ein."],
    ["The client has found a candidate whose experience more closely matches the role."],
    ["Our candidate portal lists your next steps."],
    ["Neuer Termin: Ihr Fachinterview bei Alpenblick Software"],
    ["Neuer Termin: Dein Kennenlerngespräch mit Lena"],
    ["A vaga de Recrutadora inclui a triagem de CVs e entrevistas com candidatos."],
  ])("leave %j, which the candidate reads, to the candidate", (text) => {
    expect(hiringSide(text)).toBeNull();
  });
});

describe("not-a-job cues", () => {
  it.each([
    ["Thanks for agreeing to be featured in our customer story! Our writer will interview you."],
    ["A 30-minute interview for our customer stories series."],
    ['Fireside chat: "In conversation with our new CEO". Lucy from Internal Comms interviews our new CEO.'],
    ["Interviewanfrage: Für unsere Januar-Ausgabe schlage ich ein Gespräch vor."],
    ["Die Redaktion würde Sie gern zum Thema Wasserstoff befragen."],
    ["Confirming your call with reporter Dana Kim of the Harbour Gazette."],
    ["She is writing her piece on regional lenders and would value your view."],
    ["Comms will sit in to keep to our approved messaging."],
  ])("take %j for a press or marketing interview", (text) => {
    expect([...NOT_JOB, ...MORE_NOT_JOB].find((c) => c.re.test(fold(text)))?.reason).toBe(
      "press or media interview",
    );
  });
});

describe("all-staff announcements", () => {
  const allStaff = (text: string): boolean =>
    MORE_NOT_JOB.some((c) => c.reason === "announcement to all staff" && c.re.test(fold(text)));

  it.each(["Q1 Town Hall", "Join us for the company all-hands on Friday."])("take %j for one", (text) => {
    expect(allStaff(text)).toBe(true);
  });

  it.each([
    "Recruitment Team\nNorthmoor Borough Council\nTown Hall, Market Street, Northmoor",
    "Town Hall Offices, Room 4",
  ])("leave a council's address alone: %j", (text) => {
    expect(allStaff(text)).toBe(false);
  });
});

describe("mailings", () => {
  const mailing = (text: string): boolean =>
    [...NOT_JOB, ...MORE_NOT_JOB].some(
      (c) => c.reason === "newsletter or job alert" && c.re.test(fold(text)),
    );

  it.each([
    "Your weekly digest: 12 new jobs for you",
    "Digest: roles you may like",
    "Encontrámos novas ofertas de emprego que correspondem ao seu alerta.",
    "Nous avons trouvé 4 nouvelles offres d'emploi pour vous.",
    "Neue Stellenangebote zu Ihrem Suchauftrag",
  ])("takes %j for one", (text) => {
    expect(mailing(text)).toBe(true);
  });

  it("leaves 'call me once you've had a chance to digest it' alone", () => {
    expect(mailing("Call me once you've had a chance to digest it.")).toBe(false);
  });
});

describe("everyday intake", () => {
  const everyday = (text: string): boolean =>
    [...NOT_JOB, ...MORE_NOT_JOB].some(
      (c) => c.reason === "not a job interview (everyday sense)" && c.re.test(fold(text)),
    );

  it("takes a client intake meeting for everyday work", () => {
    expect(everyday("Reminder: new client intake meeting on Friday.")).toBe(true);
  });

  it("leaves an agency's intake call about the owner's vacancy alone", () => {
    expect(everyday("Thanks for the intake call. Here's my shortlist.")).toBe(false);
  });
});

describe("press cues and a publisher's own newsroom", () => {
  const press = (text: string): boolean =>
    [...NOT_JOB, ...MORE_NOT_JOB].some(
      (c) => c.reason === "press or media interview" && c.re.test(fold(text)),
    );

  it("leaves talks with colleagues 'aus der Redaktion' to the candidate", () => {
    expect(
      press("Sie führen nacheinander drei Gespräche mit Kolleginnen aus der Redaktion und dem Produktteam."),
    ).toBe(false);
  });
});

describe("user-research cues", () => {
  const userResearch = (text: string): boolean =>
    NOT_JOB.some((c) => c.reason === "user-research interview" && c.re.test(fold(text)));

  it("take a UX research session for user research", () => {
    expect(userResearch("Join a 45-minute UX research session about our app.")).toBe(true);
  });

  it("leave a candidate's loop for a UX Researcher role alone", () => {
    expect(userResearch("Your virtual onsite for the Senior UX Researcher role: four sessions.")).toBe(false);
  });
});

describe("academic job context", () => {
  it.each([
    ["Assegno di ricerca – colloquio"],
    ["Interview for the postdoc position in our lab"],
    ["Einladung: wissenschaftliche Mitarbeiterin (E13)"],
    ["Unterlagen: Zeugnisse ausgedruckt mitnehmen."],
    ["Bitte bringen Sie Ihre Zeugnisse mit."],
  ])("reads %j as about a job", (text) => {
    expect(MORE_JOB_CONTEXT.test(fold(text))).toBe(true);
  });

  it("does not read a doctoral thesis as a job", () => {
    expect(MORE_JOB_CONTEXT.test(fold("Parleremo del tuo lavoro di dottorato"))).toBe(false);
  });
});

describe("named steps and paid studies", () => {
  it.each([
    ["La prochaine étape est une demi-journée en panel avec quatre membres de l'équipe."],
    ["Zuiderlicht Energie – technisch assessment"],
    ["A 20-minute presentation, followed by 40 minutes of Q&A with the panel."],
    ["You will present to the hiring panel on Tuesday."],
    ["Gerne bestätige ich Ihnen die finale Gesprächsrunde mit unserem CEO."],
    ["Uitnodiging voor de laatste gespreksronde."],
    ["Vous êtes convoquée devant le jury de recrutement."],
    ["Concurso docente – entrevista com o júri"],
    ["Painel final – Gerente de Produto: esta é a etapa final do processo."],
    ["Graag nodigen wij u uit voor een selectiegesprek."],
    ["La invitiamo a partecipare al colloquio di gruppo del nostro Graduate Program."],
    ["Ela será um painel com três gestores."],
    ["La última conversación antes de hacerte una propuesta será con nuestro CEO."],
  ])("take %j for a hiring step", (text) => {
    expect(MORE_STEP_WORDS.test(fold(text))).toBe(true);
  });

  it("takes a livestreamed session for an event, and a live coding session for none", () => {
    const event = (text: string): boolean =>
      NOT_JOB.some((c) => c.reason === "webinar or event" && c.re.test(fold(text)));
    expect(event("A reminder that tonight's live session starts at 7pm. Join the livestream.")).toBe(true);
    expect(event("The technical interview is a live coding session with two engineers.")).toBe(false);
  });

  it("takes a paid study session for user research", () => {
    const text = "Paid study: a 60-minute interview. Thanks for signing up to our research panel.";
    expect(MORE_NOT_JOB.find((c) => c.re.test(fold(text)))?.reason).toBe("user-research interview");
  });
});

describe("interviews qualified as the team's", () => {
  it.each([["Visita a oficinas y entrevistas con el equipo"], ["Des entretiens avec l'équipe produit"]])(
    "take %j for job interviews",
    (text) => {
      expect(QUALIFIED_INTERVIEW.test(fold(text))).toBe(true);
    },
  );

  it.each([["Marés Seguros – 1.ª entrevista (RH)"], ["2.º colloquio (RH)"]])(
    "take a numbered round %j for a job interview",
    (text) => {
      expect(QUALIFIED_INTERVIEW.test(fold(text))).toBe(true);
    },
  );

  it("does not take an interview with a newspaper for one", () => {
    expect(QUALIFIED_INTERVIEW.test(fold("Entrevista con el periódico local"))).toBe(false);
  });
});

describe("a final round with the CEO", () => {
  it("is no press interview", () => {
    const text = "Your final interview with our CEO is on Tuesday at 10:00.";
    expect(NOT_JOB.some((c) => c.re.test(fold(text)))).toBe(false);
  });
});
