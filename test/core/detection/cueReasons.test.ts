import { fold } from "../../../src/core/detection/fold";
import { INTERVIEWER, NOT_JOB, NOT_SCHEDULED } from "../../../src/core/detection/cues";
import type { Cue } from "../../../src/core/detection/cues";
import {
  MORE_INTERVIEWER,
  MORE_JOB_CONTEXT,
  MORE_NOT_JOB,
  MORE_NOT_SCHEDULED,
  MORE_STEP_WORDS,
} from "../../../src/core/detection/cueVariants";

// The reason of the first cue of a list the text matches, as gatherEvidence reads it (folded).
const firstReason =
  (cues: readonly Cue[]) =>
  (text: string): string | null =>
    cues.find((c) => c.re.test(fold(text)))?.reason ?? null;

// "Not a job interview" cues, and candidate-side "not a scheduled interview" cues.
const notJob = firstReason([...NOT_JOB, ...MORE_NOT_JOB]);
const notScheduled = firstReason([...NOT_SCHEDULED, ...MORE_NOT_SCHEDULED]);

describe("not-a-job cues", () => {
  it.each([
    ["Oefensollicitatiegesprek met Samira (mentorprogramma)"],
    ["Entretien blanc avec Léa – atelier emploi"],
    ["Simulacro de entrevista con alumnos del máster"],
    ["Simulação de entrevista para os formandos"],
    ["Colloquio simulato con i ragazzi del corso"],
    ["Bewerbungstraining: Übungsgespräch mit Jonas"],
  ])("reads %j as a practice interview", (text) => {
    expect(notJob(text)).toBe("practice interview");
  });

  it.each([
    ["No âmbito do processo de admissão do seu filho ao 1.º ano, convidamos a família para uma entrevista."],
    ["Dans le cadre de l'admission de votre fille en 6e, nous vous proposons un entretien."],
    ["Entrevista con la familia – proceso de admisión 2027"],
  ])("reads %j as a school admission", (text) => {
    expect(notJob(text)).toBe("admissions or housing interview");
  });

  it.each([
    ["Jury d'admission – Concours externe d'ingénieur d'études – auditions des candidats"],
    ["Les épreuves d'admission du concours se tiendront le 10 décembre."],
  ])("reads no school admission in %j (a civil-service exam's final round)", (text) => {
    expect(notJob(text)).toBeNull();
  });

  it.each([
    ["O processo de admissão inclui exame médico e assinatura do contrato."],
    ["Your interview for the Admissions Officer role is on Monday."],
  ])("reads no admission in %j (a new hire's paperwork, a post)", (text) => {
    expect(notJob(text)).toBeNull();
  });
});

describe("press cues", () => {
  it.each([
    ["It'll be a short live interview, about 8 minutes, with Colm in the studio."],
    ["Location: Harbour FM studio, 3 Quay Street"],
    ["Thanks for agreeing to come on our radio show next week."],
  ])("reads %j as a press or media interview", (text) => {
    expect(notJob(text)).toBe("press or media interview");
  });
});

describe("hiring-side cues", () => {
  const interviewerCue = firstReason([...INTERVIEWER, ...MORE_INTERVIEWER]);

  it.each([
    ["Rate and start date are as we discussed; I will debrief with you straight after."],
    ["Ich werde mich danach zum Debrief mit Ihnen melden."],
  ])("reads no hiring-team debrief in %j (an agency's talk with the candidate)", (text) => {
    expect(interviewerCue(text)).toBeNull();
  });

  it.each([
    ["Je hebt dinsdag een gesprek gevoerd met Ahmed. Je beoordeling staat nog open."],
    ["Ihre Bewertung steht noch aus: bitte im Tool ausfüllen."],
  ])("reads %j as a scorecard reminder", (text) => {
    expect(interviewerCue(text)).toBe("scorecard or feedback request");
  });

  it.each([
    ["Te agendo la entrevista con Luis, candidato que te presentamos para la vacante en tu equipo."],
    ["This is the candidate we presented to you last week for your team."],
    ["Il candidato che le abbiamo presentato è disponibile giovedì."],
  ])("reads %j as another person the owner interviews", (text) => {
    expect(interviewerCue(text)).toBe("another person is the candidate");
  });

  it("still reads the panel's own debrief", () => {
    expect(interviewerCue("Panel debrief at 4pm: please bring your notes.")).toBe("hiring-team debrief");
  });
});

describe("newsletter cues", () => {
  it.each([
    ["Prep: audience numbers, the newsletter relaunch story, questions on the restructure."],
    ["Be ready to talk about newsletter growth at your current paper."],
  ])("reads no newsletter in %j (a newsletter as the topic of an interview)", (text) => {
    expect(notJob(text)).toBeNull();
  });

  it("still reads a newsletter sent to the owner", () => {
    expect(notJob("Our December newsletter: five interview tips for the new year")).toBe(
      "newsletter or job alert",
    );
  });
});

describe("webinar cues", () => {
  it.each([
    ["Al llegar, regístrate en la recepción con una identificación oficial."],
    ["Regístrate con seguridad en la entrada principal."],
    ["Can you come by the workshop Tuesday at 8am for an interview?"],
    ["We'll meet at our workshop in Seven Hills."],
  ])("reads no webinar in %j (checking in at reception, a workshop as a place)", (text) => {
    expect(notJob(text)).toBeNull();
  });

  it.each([
    ["Regístrate aquí para reservar tu plaza."],
    ["Join our workshop on interview skills next Thursday."],
  ])("still reads %j as a webinar or event", (text) => {
    expect(notJob(text)).toBe("webinar or event");
  });
});

describe("cancellation cues", () => {
  it.each([
    ["a entrevista de amanhã tem de ser cancelada: o diretor teve um imprevisto"],
    ["a entrevista de quinta tem que ser cancelada, lamento"],
    ["la entrevista del martes tiene que ser cancelada por un imprevisto"],
    ["il colloquio di domani deve essere annullato"],
    ["l'entretien de jeudi doit être annulé, toutes mes excuses"],
    ["het gesprek van morgen moet helaas geannuleerd worden"],
    ["I'm afraid tomorrow's interview has to be cancelled."],
  ])("reads %j as a cancellation", (text) => {
    expect(notScheduled(text)).toBe("cancelled");
  });

  it.each([
    ["Je kunt het gesprek tot 24 uur van tevoren kosteloos annuleren."],
    ["If you need to cancel, please let us know 24 hours ahead."],
  ])("reads no cancellation in %j", (text) => {
    expect(notScheduled(text)).toBeNull();
  });

  it.each([
    ["Unfortunately we can't offer parking on site."],
    ["Unfortunately we cannot reimburse travel costs."],
    // (A case about the firm's onboarding process is no onboarding of the owner.)
    ["Je krijgt een korte designcase over ons onboardingproces."],
  ])("reads no rejection in %j", (text) => {
    expect(notScheduled(text)).toBeNull();
  });
});

describe("rejection cues", () => {
  it("reads no rejection in a Dutch 'helaas moeten we' that moves a talk", () => {
    expect(
      notScheduled(
        "Helaas moeten we het tweede gesprek van dinsdag verzetten; het nieuwe tijdstip is donderdag.",
      ),
    ).toBeNull();
  });

  it("still reads a Dutch 'helaas moeten we' that turns the owner down", () => {
    expect(
      notScheduled("Helaas moeten we je laten weten dat we voor een andere kandidaat hebben gekozen."),
    ).toBe("rejection");
  });
});

describe("offer cues", () => {
  it.each([
    ["nos complace ofrecerte el puesto de mecánico oficial de primera"],
    ["tu incorporación sería el lunes 4 de enero a las 8:00"],
    ["temos o prazer de oferecer-lhe a vaga de técnica de laboratório"],
    ["nous avons le plaisir de vous proposer le poste de chef d'atelier"],
    ["siamo lieti di offrirle la posizione di responsabile di magazzino"],
    ["wir freuen uns, Ihnen die Stelle als Monteur anzubieten"],
    ["we willen je de functie van planner graag aanbieden"],
  ])("reads %j as an offer", (text) => {
    expect(notScheduled(text)).toBe("offer or onboarding");
  });

  it.each([
    ["j'aimerais vous proposer un poste chez un client : seriez-vous disponible jeudi à 10 h ?"],
    ["queremos ofrecerte una entrevista el martes a las 10:00"],
  ])("reads no offer in %j (outreach about a post, an interview offered)", (text) => {
    expect(notScheduled(text)).toBeNull();
  });
});

describe("postponement cues", () => {
  it.each([
    ["dass das für morgen geplante Gespräch mit der Kanzlei verschoben werden muss"],
    ["Leider muss ich das Gespräch verschieben."],
  ])("reads %j as a postponement", (text) => {
    expect(notScheduled(text)).toBe("postponed");
  });
});

describe("job context", () => {
  const aboutJob = (text: string): boolean => MORE_JOB_CONTEXT.test(fold(text));

  it.each([
    ["Verplaatsing gesprek – Data Analist\nHallo Daan,"],
    ["Entrevista – Analista\nHola Ana,"],
    ["Colloquio – Sviluppatore\nBuongiorno,"],
    ["Gespräch – Junior Berater\nHallo Herr Kunz,"],
    ["Olá Bruno,\nObrigada pelo contacto e pelo CV."],
    ["Bonjour,\nNous cherchons quelqu'un pour l'accueil."],
  ])("reads a job in %j (a title in the subject, a CV, someone looked for)", (text) => {
    expect(aboutJob(text)).toBe(true);
  });

  it.each([
    ["Verplaatsing overleg – kwartaalcijfers\nHallo Daan,"],
    ["Wir suchen einen neuen Termin für das Treffen."],
  ])("reads no job in %j", (text) => {
    expect(aboutJob(text)).toBe(false);
  });
});

describe("hiring steps named without the word interview", () => {
  it.each([
    ["La prochaine étape est une évaluation technique en visioconférence."],
    ["El siguiente paso es una evaluación técnica con el equipo."],
    ["De volgende stap is een technische beoordeling met twee engineers."],
  ])("reads a hiring step in %j", (text) => {
    expect(MORE_STEP_WORDS.test(fold(text))).toBe(true);
  });
});
