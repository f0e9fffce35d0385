import { fold } from "../../../src/core/detection/fold";
import { readStage } from "../../../src/core/detection/readStage";
import type { Stage } from "../../../src/core/detection/types";

// SCHEMA's stage rules in the seven languages: panels and juries are onsite, last interviews are
// final, live exercises are technical, first and recruiter calls are screens, a second round alone
// is unknown.
describe("readStage", () => {
  it.each<[string, string, Stage]>([
    ["Entretien", "Vous rencontrerez un jury de trois personnes.", "onsite"],
    ["Colloquio", "Ti aspettano nella loro sede di Bergamo alle 11:30.", "onsite"],
    ["Proceso de selección", "Le esperamos el jueves en la sede del Ayuntamiento, sala 2.", "onsite"],
    ["Entrevista", "A entrevista será na sede da empresa, em Braga.", "onsite"],
    ["Entretien", "L'entretien aura lieu au siège de la Mutuelle, à Lyon.", "onsite"],
    ["Rencontre", "Vous les rencontrerez à leurs bureaux de Rimouski, jeudi à 10 h.", "onsite"],
    ["Confirmation", "Notre client vous reçoit dans ses locaux de Nevers, rue des Forges.", "onsite"],
    // A casual subject names no step where the body names a loop or a live exercise; a panel of two
    // on video is still none.
    [
      "Quick chat",
      "Panel: Anna Berg (Director), Tom Lee (Principal) and Sue Ray from People & Culture.",
      "onsite",
    ],
    ["Catch-up", "We'd like you to do a live coding exercise with two of our engineers.", "technical"],
    // Rounds said to be the rest of the process come later; "the rest of the team" is no process.
    [
      "Your call with us",
      "Confirming your recruiter screen on Tuesday. We'll walk through the rest of our interview process (a coding round and an onsite loop later).",
      "screen",
    ],
    ["Next step", "You'll meet the rest of the team for a technical interview on Friday.", "technical"],
    // "Before lunch service" says when the first interview is, not that it was before.
    [
      "Quick chat?",
      "How about a quick informal first interview this Friday at 11am, before lunch service? Come to the restaurant.",
      "screen",
    ],
    // (A first interview "last week" is looked back on.)
    [
      "Next steps",
      "As you said in your first interview last week, you'd like to see the team: we'll meet at our office on Tuesday.",
      "onsite",
    ],
    ["Einladung", "Wir freuen uns, Sie zur ersten Auswahlrunde einladen zu können.", "screen"],
    // A small employer asking the owner to come to its premises: an in-person visit.
    ["Entrevue", "On t'attend à l'atelier jeudi à 9 h pour une entrevue avec mon associé.", "onsite"],
    ["Entrevista", "¿Puedes pasarte el jueves a las 16:30 por la tienda para la entrevista?", "onsite"],
    ["Apprentice", "Can you pop down to the depot on Monday at 7 for a chat about the job?", "onsite"],
    ["Entrevista", "Pode vir à loja na terça às 15h para a entrevista?", "onsite"],
    // A step that would follow "if it's a fit" comes later.
    [
      "Quick chat",
      "Here's a hold for a 25-minute intro call. If it's a fit on both sides, the next step would be a technical conversation.",
      "screen",
    ],
    // A first interview written with its ordinal sign after a dot, as Portugal writes it.
    ["Consulta", "Marés Seguros – 1.ª entrevista (RH)", "screen"],
    // A labelled place at the firm's premises, as a list's item too; a labelled video call is none.
    [
      "Confirmation entretien",
      "- Date : jeudi à 14h30\n- Lieu : siège du Groupe Ravel, 8 rue Neuve, Lyon",
      "onsite",
    ],
    ["Entrevista", "• Lugar: sede de Aceites Oria, Calle Mayor 3", "onsite"],
    ["Entretien", "- Lieu : visioconférence Teams", "unknown"],
    // The first phase of a selection process is its first step.
    [
      "Entrevista – primeira fase",
      "o convite para a entrevista da primeira fase do processo de recrutamento",
      "screen",
    ],
    ["Entrevista", "la entrevista de la primera fase del proceso de selección", "screen"],
    ["Colloquio", "il colloquio della prima fase del processo di selezione", "screen"],
    // A contract's initial term is no initial call; an initial call of half an hour is one.
    ["Interview with Dana Cole", "For the Data Lead contract (outside IR35, 6 months initial).", "unknown"],
    ["Interview", "The role is an initial 12-month contract, hybrid in Leeds.", "unknown"],
    ["Interview", "Dana would like an initial 30-minute call with you.", "screen"],
    ["Quick chat", "The panel will be Rohit and Meera, 45 minutes, on Teams.", "screen"],
    // A casual subject over a talk the writer set up with the hiring manager or the owner's future
    // manager, or over a later round, names no step; the hiring manager's own first talk is a screen.
    [
      "Quick chat",
      "The hiring manager at Dunmore Tiles would like 30 minutes with you on Friday.",
      "unknown",
    ],
    ["Quick chat Monday", "Their Head of Finance, Ruth Ames, will call you at 10am.", "unknown"],
    [
      "Einladung",
      "Wir laden Sie zu einem abschließenden Vorstellungsgespräch mit der Geschäftsführerin ein.",
      "final",
    ],
    [
      "Uitnodiging",
      "Graag nodigt de sollicitatiecommissie u uit voor een gesprek in het stadhuis.",
      "onsite",
    ],
    // A first contact is a first conversation.
    ["Vacante", "¿Te va bien una llamada mañana? Sería una primera toma de contacto conmigo.", "screen"],
    ["Poste", "Ce serait une première prise de contact, par téléphone.", "screen"],
    // A phone interview looked back on, in Québec's word, is not the step arranged.
    [
      "Journée d'entrevues",
      "Merci encore pour l'entrevue téléphonique. Voici ta journée d'entrevues dans nos bureaux.",
      "onsite",
    ],
    // "First thing in the morning", "first of all": no first round.
    ["Meeting tomorrow", "The hiring manager will send the link first thing in the morning.", "unknown"],
    ["Interview", "First of all, thank you for your patience. You will meet the hiring manager.", "unknown"],
    [
      "Quick chat",
      "I've set up 40 minutes with Alan Oduya, who'd be your manager on the claims team.",
      "unknown",
    ],
    ["Quick chat", "The client has asked for a second-round interview on Tuesday at 2pm.", "unknown"],
    ["Quick chat", "Je toekomstige leidinggevende belt je dinsdag om 14:00.", "unknown"],
    ["Quick chat", "I'm the hiring manager for the data team and would love 20 minutes on Friday.", "screen"],
    ["Quick chat", "I'd like 20 minutes on Friday to hear about your background.", "screen"],
    // A look back at the phone call before names no step; the visit is the stage.
    ["AW: Ihre Bewerbung", "Nach dem Telefonat mit mir lernen Sie nun das Team persönlich kennen.", "onsite"],
    [
      "Re: Candidature",
      "Après notre entretien téléphonique, vous rencontrerez l'équipe dans nos locaux.",
      "onsite",
    ],
    ["Re: Sollicitatie", "Na ons telefoongesprek maak je kennis met het team bij ons op kantoor.", "onsite"],
    [
      "Re: Candidatura",
      "Después de nuestra conversación telefónica, te esperamos en nuestras oficinas.",
      "onsite",
    ],
    ["AW: Ihre Bewerbung", "Gerne möchten wir Sie persönlich kennenlernen, per Microsoft Teams.", "unknown"],
    // A second round held at the office stays a second round; a panel named is onsite.
    ["Tweede gesprek", "Het gesprek vindt plaats bij ons op kantoor in Utrecht.", "unknown"],
    ["Re: Ihre Bewerbung", "Wir laden Sie zu einem zweiten Gespräch in unserem Büro in Graz ein.", "unknown"],
    ["2nd round – Lakemoor", "A panel of three will meet you at our offices on Bank Street.", "onsite"],
    ["Next steps", "You'll visit our office on Bank Street to meet the team.", "onsite"],
    // A department signing is no call with it.
    [
      "Interview Schedule",
      "The panel will comprise our CTO and two leads.\nWarm regards,\nTalent Acquisition Team",
      "onsite",
    ],
    ["Next steps", "You'll have a 30-minute call with our talent acquisition team.", "screen"],
    ["Interview", "Your manager isn't told; we only loop them in at the offer stage.", "unknown"],
    ["Colloquio", "La visita prevede un giro dello stabilimento e colloqui con due capi reparto.", "onsite"],
    [
      "Vorstellungsgespräch",
      "Nach einer Werksbesichtigung sprechen Sie mit der Produktionsleitung.",
      "onsite",
    ],
    ["Processo seletivo", "Seu case técnico ao vivo com o time de Dados ficou para quinta.", "technical"],
    ["Casusgesprek", "Je presenteert je oplossing aan de teamlead.", "technical"],
    // A first call written with its adjectives declined ("einem ersten telefonischen Gespräch").
    [
      "Kurzes Gespräch?",
      "Gerne besprechen wir alles Weitere in einem ersten telefonischen Gespräch.",
      "screen",
    ],
    ["Termin", "Wir freuen uns auf das kurze telefonische Interview mit Ihnen.", "screen"],
    // Screening and live technical steps as recruiters write them in Portuguese, Spanish, Italian.
    ["Entrevista", "Sua entrevista de triagem por telefone está marcada para terça.", "screen"],
    ["Colloquio", "Ti proponiamo un colloquio di preselezione via Teams.", "screen"],
    ["Próximo paso", "Queremos avanzar con el challenge técnico en vivo el jueves.", "technical"],
    ["Siguiente etapa", "Tipo de entrevista: caso de negocio, resuelto en vivo.", "technical"],
    ["Auswahlgespräch", "Wir laden Sie zu einem ersten Auswahlgespräch per Videokonferenz ein.", "screen"],
    // An agency's own call to prepare the owner, and a screen already done, name no step.
    ["Catch-up", "I'll give you a ring on Monday to run through what the CFO is likely to ask.", "unknown"],
    [
      "Next step",
      "Now that you've had the initial call with our recruiter, the next step is a conversation with the hiring manager.",
      "unknown",
    ],
    [
      "Intro",
      "I'd like to give you a call on Tuesday at 10 for a first 20-minute screening conversation.",
      "screen",
    ],
    // Thanks for a first call look back on it; the step offered now is the stage.
    [
      "Vorstellungsgespräch",
      "Besten Dank für das angenehme telefonische Erstgespräch. Gerne laden wir Sie in unser Büro ein.",
      "onsite",
    ],
    [
      "Deuxième entrevue",
      "Merci encore pour notre premier échange. Voici l'invitation à votre deuxième entrevue, par Teams.",
      "unknown",
    ],
    [
      "Entretien",
      "Merci pour l'échange téléphonique de mardi : le client vous recevra dans leurs locaux.",
      "onsite",
    ],
    ["Entrevue", "Le client vous propose une entrevue technique jeudi.", "technical"],
    ["Entrevue – ronde technique", "Avec deux développeurs : exercice SQL.", "technical"],
    ["Entrevue", "Dernière ronde avec le vice-président, jeudi.", "final"],
    ["Vervolggesprek", "Bij aankomst krijg je een korte case-opdracht van 45 minuten.", "technical"],
    [
      "Nächster Schritt",
      "Wir laden Sie zu einem technischen Interview mit zwei Architekten ein.",
      "technical",
    ],
    ["Updated invite", "You'll walk the panel through your take-home case.", "technical"],
    ["Colloquio", "Vedrai il responsabile tecnico e due sviluppatori, uno dopo l'altro.", "onsite"],
    // SCHEMA: two interviewers on a video call are no panel, whatever the mail calls them.
    [
      "Re: Interview schedule",
      "The panel will be Rohit (Principal Architect) and Meera (Head of Platform), 60 minutes, on Teams.",
      "unknown",
    ],
    ["Interview", "Your panel is Ana Ruiz and Bruno Costa, on Zoom.", "unknown"],
    ["Interview", "The panel will be Ana and Bruno, at our office on King Street.", "onsite"],
    ["Interview", "A panel with Ana, Bruno and Carla on Teams.", "onsite"],
    ["Interview", "The panel will be Ana and Bruno on Zoom, with a live coding exercise.", "technical"],
    [
      "Next step",
      "Let's do the architecture deep-dive with two engineers from the platform team.",
      "technical",
    ],
    ["Re: Principal Engineer", "Expect to sketch how you'd design an event-driven pipeline.", "technical"],
    ["Technické kolo", "Potvrzujeme Vám technický pohovor na pozici analytika.", "technical"],
    ["Zaproszenie", "Zapraszamy na pierwszą rozmowę telefoniczną z działem HR.", "screen"],
    ["Inbjudan: Slutintervju – Norrvik Bygg", "Sista steget är ett samtal med vår vd.", "final"],
    // Step words in other scripts, by the same priority.
    ["Собеседование", "Подтверждаю техническое собеседование, будет лайв-кодинг.", "technical"],
    ["Покана за интервю", "Първо интервю по телефона с HR.", "screen"],
    ["זימון", "נשמח להזמין אותך לראיון היכרות ראשון.", "screen"],
    ["Собеседование", "Финальное собеседование с директором.", "final"],
    ["Покана", "Интервю в офиса на ул. Витоша 12.", "onsite"],
    ["Entrevista", "Será una entrevista con un panel de tres personas.", "onsite"],
    ["Vorstellungsgespräch", "Sie sprechen mit drei Kolleginnen und Kollegen nacheinander.", "onsite"],
    ["Gesprek", "Je spreekt met een panel van drie collega's.", "onsite"],
    ["Colloquio", "Il colloquio finale sarà con il nostro CEO.", "final"],
    ["Entrevista", "A última etapa é uma conversa com o nosso CEO.", "final"],
    ["Interview", "This is the final stage: a conversation with our CEO.", "final"],
    ["Gespräch", "Abschließendes Gespräch mit unserem Geschäftsführer.", "final"],
    ["Entretien", "Dernier entretien avec notre PDG.", "final"],
    ["Interview", "The interview will include a live coding exercise.", "technical"],
    ["Entretien", "L'entretien comprendra un exercice de programmation en direct.", "technical"],
    ["Entrevista", "La entrevista incluye un ejercicio de programación en vivo.", "technical"],
    ["Vorstellungsgespräch", "Es gibt eine Live-Coding-Aufgabe.", "technical"],
    ["Gesprek", "Het gesprek bevat een programmeeropdracht.", "technical"],
    ["Colloquio", "Il colloquio prevede un esercizio di programmazione dal vivo.", "technical"],
    ["Entrevista", "A entrevista inclui um teste técnico.", "technical"],
    ["Interview", "A 30-minute call with our recruiter.", "screen"],
    ["Entretien", "Un premier échange de 30 minutes avec notre chargée de recrutement.", "screen"],
    ["Entrevista", "Una primera llamada de 30 minutos con la reclutadora.", "screen"],
    ["Colloquio", "Un primo colloquio telefonico con le risorse umane.", "screen"],
    ["Entrevista", "Uma primeira conversa com o RH.", "screen"],
    ["Gesprek", "Een eerste gesprek met de recruiter.", "screen"],
    ["Interview", "Second interview with the hiring manager.", "unknown"],
    ["Interview Confirmation – 1st Interview", "Online, 60 minutes.", "screen"],
    ["Entretien", "Votre 1er entretien aura lieu en visio.", "screen"],
    ["Entrevista", "Te confirmo tu 1ª entrevista con el equipo.", "screen"],
    [
      "Interview",
      "Thanks for your time after your 1st interview last week. Next: meet the director.",
      "unknown",
    ],
    [
      "Re: Senior Producer",
      "Thanks for a great first chat. Next up: three back-to-back sessions with our leads.",
      "onsite",
    ],
    ["Interview", "A 30-minute call with our Talent Acquisition team.", "screen"],
    ["Next steps", "A case-study interview at our office: walk us through your approach.", "technical"],
    ["Casegesprek – Senior Consultant", "Op ons kantoor aan de Herengracht.", "technical"],
    ["Catch-up", "This is the last conversation before we put an offer together.", "final"],
    ["Next step – last conversation before an offer", "It will be at our Marunouchi office.", "final"],
    ["Posizione Responsabile Logistica – telefonata conoscitiva", "La chiamerò io domani.", "screen"],
    [
      "Convocation – entretien de recrutement",
      "Vous êtes convoquée à un entretien devant la commission de recrutement.",
      "onsite",
    ],
    [
      "Entrevista",
      "Has superado la fase de preselección. Te esperamos para la entrevista con la directora.",
      "unknown",
    ],
    // A step looked back on, and a first hire named, are no cues.
    [
      "Graduate Programme – Assessment Day",
      "Following your online assessment and video interview, we invite you to our Assessment Day at our Dublin office.",
      "onsite",
    ],
    ["Coffee?", "We're hiring our first CFO and I'd like to meet you over coffee.", "unknown"],
    [
      "Next steps",
      "Next would be a longer chat about what the first six months in the role would look like.",
      "unknown",
    ],
    [
      "Quick update",
      "Their engineering manager would like a 30-minute intro video call on Tuesday.",
      "screen",
    ],
    ["Selectieprocedure", "De commissie nodigt je uit voor het panelgesprek op maandag.", "onsite"],
    ["Auswahlverfahren", "Das Panelgespräch findet im Rathaus statt.", "onsite"],
    [
      "Suite de votre candidature",
      "La prochaine étape est une évaluation technique en visioconférence.",
      "technical",
    ],
    ["Colloquio", "Il secondo passo è una valutazione tecnica con il team.", "technical"],
    ["Entretien de préqualification – Lumière Assurances", "Nous passerons 30 minutes ensemble.", "screen"],
    ["Processo seletivo", "Seu perfil foi selecionado para a primeira etapa do processo seletivo.", "screen"],
    [
      "Proceso de selección",
      "Has pasado a la primera etapa del proceso: una entrevista por vídeo.",
      "screen",
    ],
    ["Telefonat", "Ich würde gern ein kurzes Gespräch zur Vorqualifizierung mit Ihnen führen.", "screen"],
    // An interview "by phone" in the languages' own words is a screen, as "phone interview" is.
    ["Entrevista por telefone – Assistente Fiscal", "Vou te ligar no número do currículo.", "screen"],
    ["Entretien par téléphone", "Je vous appellerai vers 14 h.", "screen"],
    ["Colloquio", "Il colloquio per telefono durerà circa venti minuti.", "screen"],
    ["Termin", "Das Gespräch per Telefon dauert etwa 20 Minuten.", "screen"],
  ])("reads %j / %j as %s", (subject, body, expected) => {
    expect(readStage(fold(subject), fold(body)).stage).toBe(expected);
  });
});
