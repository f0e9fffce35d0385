import { compactName } from "./domainNames";
import { fold } from "./fold";
import { hiringDepartment } from "./notAFirm";
import { ORG_TAIL, ROLEISH, STOP_CAPS } from "./orgWords";
import { ORG_OPENER } from "./partyWords";
import { capitalisedRun } from "./subjectNames";

/**
 * The organisation a message says will interview the owner ("Northwind would like to interview
 * you", "Northwind souhaite vous rencontrer", "the role at Northwind"). When it differs from the
 * sender's own organisation, the sender is a go-between (an agency or consultancy whose name
 * has no agency word, like "Hudson People") and the named one is the hiring company.
 */

// Phrases after the name: "X would like to interview you".
const AFTER =
  /\s+(?:would (?:like|love) to (?:interview|meet|invite|speak|talk|move you|progress you|take you forward)|would (?:like|love) you to meet|would (?:like|love) (?:to have )?you back|would (?:like|love) you to come (?:back|in)\b|(?:qued(?:ó|o|aron)|est(?:á|a|án|an)) (?:muy )?interesad[oa]s? en (?:tu|su) (?:perfil|cv|candidatura)|(?:ficou|ficaram|est(?:á|a|ão|ao)) (?:muito )?interessad[oa]s? (?:no|pelo|em) (?:seu|teu) (?:perfil|cv)|(?:is|are|was|were) (?:very |really )?interested in your (?:profile|cv|resume|background|application)|(?:has|have) (?:invited you|come back|asked to (?:see|meet) you)|(?:(?:has|have) (?:now |just |already )?(?:reviewed|looked at|read)|reviewed|looked at) your (?:profile|cv|resume|application)|came back (?:very )?positive(?:ly)?|(?:gostou|gostaram) (?:muito )?do (?:seu|teu) perfil|(?:gostou|gostaram) (?:muito )?da (?:nossa |vossa )?(?:conversa|entrevista|reuniao|reunião)|liked (?:your|the) (?:resume|résumé|cv|profile|background|conversation|interview|call)|(?:le|les) (?:ha|han) gustado (?:mucho )?(?:la|tu|su) (?:conversacion|conversación|entrevista)|(?:a|ont) (?:beaucoup )?appr[ée]ci[ée] (?:votre|l'|notre) ?(?:échange|echange|entretien)|(?:ha|hanno) apprezzato (?:molto )?il (?:colloquio|nostro colloquio)|(?:le|les) (?:ha|han) gustado (?:mucho )?(?:tu|su) perfil|(?:a|ont) (?:beaucoup )?appr[ée]ci[ée] votre profil|(?:ha|hanno) apprezzato (?:molto )?il (?:suo|tuo) profilo|came back (?:to (?:me|us) )?(?:(?:this|today|yesterday|last) ?(?:morning|afternoon|evening|night)? )?(?:and|saying|to say)(?: that)? (?:they|she|he)(?:(?:'d|’d| would) (?:like|love)| wants?) to (?:(?:interview|meet|see) you|take (?:things|it|this) further|move (?:you )?forward|do (?:the|a|an) (?:[\w-]+ ){0,3}(?:interview|assessment|exercise|round|test|call))|wants? to (?:move|go) (?:forward|ahead) with you|wants? to (?:move|take|bring) you (?:forward|through|on|in|to (?:the|a) (?:next|final|second|third|last))|would like to (?:proceed|go ahead) with you|(?:quiere|quisiera|desea) avanzar|(?:quer|gostaria de) avan(?:c|ç)ar|souhaite (?:avancer|poursuivre)|vuole (?:procedere|andare avanti)|wants? to (?:interview|meet)|(?:hat|haben) (?:den|ihren|einen|unseren) (?:[a-zäöü]+ )?(?:termin|vorschlag|terminvorschlag) (?:bestätigt|bestatigt|angenommen)|wants? (?:an?|to (?:set up|arrange|schedule|book|line up) an?) (?:[\w-]+ ){0,2}?(?:interview|meeting)|(?:has|have) asked for an? (?:[\w-]+ ){0,2}?(?:interview|meeting)|is keen to (?:meet|interview)|souhaite(?:rait)? vous (?:rencontrer|recevoir|inviter)|aimerait (?:faire|passer|organiser|fixer|planifier|avoir) (?:un|une) (?:premier |premiere |court |bref )?(?:entretien|rencontre|entrevue|echange|échange)|m(?:o|ö)chte(?:n)? (?:sie|dich) (?:gerne? )?(?:(?:zu[mr]?|auf) (?:einem |einen )?(?:[a-zäöüß-]+ ){0,2})?(?:kennenlernen|einladen)|l(?:a|ä)dt (?:sie|dich)|freu(?:t|en) sich (?:sehr )?auf (?:das|ein|ihr|dein|den|die) |m(?:o|ö)chte(?:n)? (?:sie|dich) (?:[^.\n]|\.(?=\d)){0,80}?\b(?:kennenlernen|einladen)|(?:sie|dich) (?:gerne? )?(?:(?:zu[mr]?|auf|im) (?:einem |einen |ein )?(?:[a-zäöüß-]+ ){0,2})?(?:pers(?:o|ö)nlich )?(?:kennenlernen|einladen) m(?:o|ö)chte|(?:quiere|quisiera|desea) (?:conocerte|entrevistarte|conocerle)|(?:ha|han) revisado (?:tu|su) (?:perfil|cv|candidatura)|(?:quiere|quisiera|desea) hacerte (?:una|la) (?:primera |segunda )?entrevista|(?:revisou|analisou) (?:o )?(?:seu|teu) (?:perfil|cv|currículo|curriculo)|a (?:étudié|etudie|examiné|examine) votre (?:profil|cv|candidature)|vorrebbe (?:conoscerti|incontrarti|conoscerla|incontrarla)|vuole (?:conoscerti|incontrarti|conoscerla|incontrarla)|ha visto il (?:tuo|suo) (?:cv|curriculum|profilo)|desidera (?:conoscerti|incontrarti|conoscerla|incontrarla)|(?:sie|dich) (?:[^.\n]|(?:mr|mrs|ms|dr|hr|fr)\.){0,120}?einl(?:a|ä)dt|gostaria de (?:te )?(?:conhecer|entrevistar)|wil (?:je|u) graag (?:[a-zé]+ ){0,3}?(?:ontmoeten|spreken|uitnodigen|leren kennen)|wil graag met (?:je|u) kennismaken|(?:is|was|zijn|waren) (?:erg |heel |zeer )?enthousiast over (?:je|jouw|uw) (?:cv|profiel)|wil graag kennismaken|enjoyed meeting you|would like (?:a|an) (?:second|final|further|next|follow-up|2nd|third|3rd) (?:interview|meeting|conversation|chat|round)|came (?:straight|right) back and (?:they )?(?:want|wants|would like|'d like|are keen) to (?:meet|interview|see) you|(?:vorrebbe|desidera) (?:fissare|organizzare|programmare) (?:un|il) (?:primo |secondo )?colloquio|(?:quiere|quisiera|desea) (?:fijar|programar|agendar|concertar) una (?:primera |segunda )?entrevista|(?:quer|gostaria de) (?:marcar|agendar) uma (?:primeira |segunda )?entrevista|(?:souhaite|voudrait) (?:organiser|fixer|planifier) un (?:premier |second )?entretien|m(?:o|ö)chte(?:n)? (?:gerne? )?(?:ein|einen) (?:erstes |ersten )?(?:gespr(?:a|ä)ch|termin|interview) (?:mit (?:ihnen|dir) )?(?:vereinbaren|ausmachen)|wil (?:graag )?een (?:eerste |tweede )?gesprek (?:inplannen|plannen))\b/gi;

// "Polderstad Energie was erg positief": said of people as often ("Joost was erg enthousiast"),
// so only a name of two words or more counts.
const AFTER_WEAK =
  /\s+(?:(?:was|were) (?:very |really |erg |zeer |heel )?(?:positive|positief|impressed|enthousiast)|came back (?:to (?:me|us) )?(?:this (?:morning|afternoon)|today|yesterday|earlier))\b/gi;

// Phrases before the name: "the role at X", "interview at X" ("with X" is as often a person, and
// "with Finlay at X" is one at X).
// Case-sensitive and without the u flag: it runs on most candidate mail, and this is 3x cheaper.
const BEFORE =
  /\b(?:(?:interview|meeting|call) (?:at|with the (?:team|hiring manager) at)|hiring manager (?:at|from)|(?:role|position|opening|vacancy|job|contract) at|(?:role|position|opening) is with|entretien chez|poste chez|(?:\w*gespr(?:a|ä)ch|\w*interview|stelle) bei(?: der| dem)?|(?:k(?:ü|u)nftige[nr]?|zuk(?:ü|u)nftige[nr]?) (?:Vorgesetzte[nr]?|Chef(?:in)?|Teamleiter(?:in)?) (?:bei|von)(?: der| dem| den)?|entrevista en|puesto en|colloquio presso|(?:posizione|ruolo) presso|entrevista na|vaga (?:na|no|em)|gesprek bij|functie bij|que nos (?:ha|han) (?:enviado|mandado|hecho llegar)|que nos (?:enviou|enviaram|mandou)|que nous a (?:envoy(?:é|e)e?|transmise?|fait parvenir)|(?:heb ik|hebben we) (?:je (?:cv|profiel) |het )?(?:meteen |direct |vandaag |al )?bij|functie van [^.\n,]{2,40}? bij|l(?:a|ä)dt (?:Sie|dich) (?:die|der|das)|with [A-Z][a-z]+(?: [A-Z][a-z]+)?(?: \([^()\n]{1,40}\))? at|(?:see )?below from|good news from|(?:leite|sende|schicke) (?:ich )?(?:Ihnen|dir) (?:unten |anbei |hier )?die Einladung von|(?:[Ff]orwarding|[Ff]orwarded) (?:you )?the (?:calendar )?invitation from|(?:transf(?:e|è)re|transmets) (?:ci-dessous )?l'invitation de|(?:reenv(?:i|í)o|paso) (?:abajo )?la invitaci(?:o|ó)n de|(?:encaminho|reencaminho) (?:abaixo )?o convite d[ao]|(?:stuur|stuurde) (?:ik )?(?:je|u) (?:hierbij |hieronder )?de uitnodiging van|(?:inoltro|giro) (?:qui sotto )?l'invito d[ai]|(?:time|equipe|equipa) de [A-Za-z]+ (?:na|no|da|do)|retained by|mandated by|beauftragt von|mandate par|vaga de [^.\n,]{2,40}? (?:na|no|para a|para o)|poste de [^.\n,]{2,40}? chez|posizione di [^.\n,]{2,40}? presso|(?:role|position) of [^.\n,]{2,40}? at|(?:etapa|fase|rodada|ronda) de [a-z ]{2,30}? (?:com|con)(?: (?:a|o|el|la))?|(?:recrutamento|reclutamiento|selecao|seleção|seleccion|selección|busca|búsqueda|busqueda) de [^.\n,]{2,60}? para (?:a|o|la|el)|(?:gestores|gestoras|gerentes|diretores|diretoras|diretoria|directores|directivos|socios|sócios) (?:da|do|de la|del)|trata-se d[ao]s?|(?:spoken|talked|been back|gone back|reached out|spoke) to|(?:CEO|CFO|CTO|COO|DRH|CHRO|[Mm]anaging [Dd]irector|[Gg]eneral [Mm]anager|[Dd]irectora? [Gg]eneral|[Gg]erente [Gg]eneral|[Dd]iretora?[- ][Gg]eral|[Dd]irecteur [Gg]énéral|[Dd]irectrice [Gg]énérale|[Gg]eschäftsführer(?:in)?|[Aa]mministratore [Dd]elegato|[Dd]irettore [Gg]enerale|[Aa]lgemeen [Dd]irecteur) (?:of|at|de|du|da|do|di|del|bei|der|van|von)|(?:spoken|talked|spoke|been in touch) with(?= (?:the team at )?[A-Z][\w&-]+(?: [A-Z][\w&-]+){0,3},? and they\b)|(?:[Ff]orwarded|[Ss]ent|[Pp]assed|[Ss]ubmitted|[Ss]hared) your (?:CV|cv|resume|résumé|profile|application|details)(?: over| on| across)? to(?: the team at)?(?!\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?,? (?:our|their|the|who|from|at)\b)|(?:Profil|Lebenslauf|Unterlagen|Bewerbungsunterlagen|CV) (?:an|bei) (?:die|den|das)(?= (?!Fach|Personal|Abteilung|Geschäfts|Team|Bereich|Leitung|Kolleg|HR)[A-Z][^.\n]{0,60}? (?:weitergeleitet|weitergegeben|übermittelt|geschickt|vorgestellt))|(?:[Tt]ransmis|[Ee]nvoyé|[Pp]artagé) votre (?:CV|cv|candidature|profil|dossier) (?:à|au|chez)(?: la société| l'équipe de)?|(?:[Ee]nviado|[Tt]rasladado|[Cc]ompartido) tu (?:CV|cv|perfil|candidatura) (?:a|con)(?: la empresa)?|(?:[Ee]ncaminhei|[Ee]nviei|[Aa]presentei|[Cc]ompartilhei|[Pp]artilhei) (?:o )?(?:seu|teu) (?:CV|cv|currículo|curriculo|perfil) (?:para|à|ao|com)(?: a| o)?|(?:[Ii]noltrato|[Ii]nviato|[Gg]irato|[Cc]ondiviso) il tuo (?:CV|cv|profilo|curriculum) a|(?:je|jouw|uw) (?:cv|CV|profiel) (?:doorgestuurd|voorgesteld|gedeeld) (?:aan|naar|met)|(?:presentato|presentado|apresentado|présenté|presente) (?:la sua |tu |su |a sua |votre |o seu )?(?:candidatura|candidature|perfil|profilo|profil|cv) (?:a|à|para a|para o|para|ao|alla|al|chez|bei)|au sein (?:du|de la|de l'|de)|se trata de(?: la| el)?|il s'agit de(?: la)?|si tratta d(?:i|ella|el)|het gaat om|(?:avec|con|com|mit|met|with) (?:l['’]|la |el |a |o |the |dem |het )?(?:(?:[A-Z][A-Za-z]+ )?[Tt]eam|(?:équipe|equipe|equipo|equipa|squadra)(?: (?:de |di |do |da )?[A-Z][A-Za-z]+)?) (?:de la|du|des|de|del|da|do|della|di|von|van|at|of)|(?:[Oo]n behalf of the|[Ii]m Namen (?:des|der)|[Aa]u nom du|[Aa]u nom de la|[Ee]n nombre del?|[Ee]m nome do|[Aa] nome del) [A-Za-z\u00C0-\u00FF-]+(?: [A-Za-z\u00C0-\u00FF-]+)? (?:of|der|des|de|du|del|da|do|della|van)|(?:hoofdkantoor|head office|headquarters|si\u00E8ge|Hauptsitz|Zentrale) (?:van|of|de|der|des|du)|(?:Ihr(?:en)?|[Dd]ein(?:en)?) Profil an|(?:I'm|I am|we're|we are|[Ii]'m currently|[Ww]e're currently) recruiting (?:for|on behalf of))\s+(?:the\s+)?(?=[A-Z\u00C0-\u00DE])/g;

// "Herr Aigner von Donaufeld Energie", "M. Durand de Garonne Aéro": someone addressed by title, of
// a firm. Read only in an agency's mail: an employer's "Mr. Sato from Global Manufacturing" names
// one of its own departments.
const TITLED_PERSON_OF =
  /\b(?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Mme|M\.|Sr\.?|Sra\.?|Dhr\.?|Mevr\.?|Sig\.(?:ra)?) [A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'-]+ (?:from|von|van|de|da|di|du|of)\s+(?=[A-Z\u00C0-\u00DE])/g;

// "Interview with X" names a person as often as a firm, and "the invitation from X" a person or a
// tool: only a name that ends like a firm's ("Tailwind Bank", "Dijkstra Energie") counts.
// The kind of step that may stand between it and "with" ("la entrevista técnica con"), and the
// words for "with": read by WITH_FIRM and listed for its gate words below.
const STEP_KINDS = [
  "technique",
  "técnica",
  "tecnica",
  "tecnico",
  "técnico",
  "technisch",
  "technical",
  "final",
  "finale",
  "conoscitivo",
  "iniziale",
  "initial",
  "introductory",
  "preliminar",
  "inicial",
];
const WITH_WORDS = ["with", "avec", "con", "com", "mit", "met"];
const WITH_FIRM = new RegExp(
  String.raw`\b(?:(?:interview|meeting|call|entretien|entrevista|colloquio|gesprek|gespr(?:a|ä)ch)(?: (?:${STEP_KINDS.join("|")}))? (?:${WITH_WORDS.join("|")})|[Ii]nvit(?:ation|e) from|[Uu]itnodiging van|[Ee]inladung von|[Ii]nvitaci(?:o|ó)n de|[Cc]onvite d[ao]|[Ii]nvito di)\s+(?:the\s+|la\s+|le\s+|el\s+|der\s+|de\s+)?(?=[A-Z\u00C0-\u00DE])`,
  "g",
);
const FIRM_START =
  /^(?:Banco|Banque|Banca|Bank|Grupo|Groupe|Gruppo|Caixa|Caja|Caisse|Hotel|Hôtel|Clínica|Clinique|Klinikum|Stadtwerke|Officine|Fratelli|Cantieri|Industrias|Industrie|Laboratorios|Laboratoires)$/;
const FIRM_END =
  /^(?:insurance|assurances?|versicherung|seguros|assicurazioni|verzekeringen|health|healthcare|energy|energie|energia|media|pharma|capital|finance|financial|ventures|retail|foods?|motors|airlines?|logistics|analytics|networks|robotics|studios?|systems|solutions|technologies|software|cloud|labs|payments|pagamentos|pagos|logistics|logística|logistica|logistik)$/i;

/**
 * Lower-case words that every match of AFTER, BEFORE and WITH_FIRM contains, so a caller that
 * has looked for them in the lower-cased text can skip a pattern none of whose words occur.
 * Keep each list in step with its pattern.
 */
export const HIRING_CLIENT_WORDS = {
  after: [
    ...["would like to", "would love to"].flatMap((w) =>
      ["interview", "meet", "invite", "speak", "talk", "move you", "progress you", "take you forward"].map(
        (v) => `${w} ${v}`,
      ),
    ),
    "would like you to meet",
    "would like you back",
    "would like you to come",
    "would love you to come",
    "interesad",
    "interessad",
    "interested in your",
    "would love you back",
    "to have you back",
    "asked to see you",
    "asked to meet you",
    "to move forward with you",
    "to move you",
    "to take you",
    "to bring you",
    "to go forward with you",
    "to move ahead with you",
    "to go ahead with you",
    "to proceed with you",
    "quiere avanzar",
    "revisado tu",
    "revisado su",
    "hacerte una",
    "hacerte la",
    "revisou o",
    "revisou seu",
    "revisou teu",
    "analisou o",
    "analisou seu",
    "analisou teu",
    "votre cv",
    "votre candidature",
    "quisiera avanzar",
    "desea avanzar",
    "quer avancar",
    "quer avançar",
    "de avancar",
    "de avançar",
    "souhaite avancer",
    "souhaite poursuivre",
    "vuole procedere",
    "vuole andare avanti",
    "would love you to meet",
    "kennenlernen möchte",
    "kennenlernen mochte",
    "freut sich auf",
    "freuen sich auf",
    "freut sich sehr auf",
    "freuen sich sehr auf",
    "einladen möchte",
    "einladen mochte",
    "has come back",
    "have come back",
    "came back",
    "reviewed your",
    "do seu perfil",
    "da conversa",
    "da nossa conversa",
    "da entrevista",
    "da reuni",
    "liked your",
    "liked the",
    "gustado la",
    "gustado tu",
    "gustado su",
    "votre echange",
    "votre échange",
    "votre entretien",
    "l'entretien",
    "l'échange",
    "l'echange",
    "notre entretien",
    "notre échange",
    "notre echange",
    "il colloquio",
    "il nostro colloquio",
    "do teu perfil",
    "gustado",
    "votre profil",
    "apprezzato",
    "vuole conoscer",
    "vuole incontrar",
    "ha visto il",
    "looked at your",
    "read your",
    "invited you",
    "want to interview",
    "want to meet",
    "wants to interview",
    "wants to meet",
    "want a",
    "termin bestätigt",
    "termin bestatigt",
    "vorschlag bestätigt",
    "vorschlag bestatigt",
    "termin angenommen",
    "vorschlag angenommen",
    "wants a",
    "want an",
    "wants an",
    "want to set up",
    "wants to set up",
    "want to arrange",
    "wants to arrange",
    "want to schedule",
    "wants to schedule",
    "want to book",
    "wants to book",
    "want to line up",
    "wants to line up",
    "asked for a",
    "is keen to meet",
    "is keen to interview",
    "aimerait",
    ...["souhaite", "souhaiterait"].flatMap((w) =>
      ["rencontrer", "recevoir", "inviter"].map((v) => `${w} vous ${v}`),
    ),
    "dt sie",
    "dt dich",
    "chte sie",
    "chte dich",
    "chten sie",
    "chten dich",
    "conocerte",
    "entrevistarte",
    "conocerle",
    "vorrebbe conoscerti",
    "vorrebbe incontrarti",
    "vorrebbe conoscerla",
    "vorrebbe incontrarla",
    "desidera conoscerti",
    "desidera incontrarti",
    "desidera conoscerla",
    "desidera incontrarla",
    "einladt",
    "einlädt",
    "gostaria de",
    "graag ontmoeten",
    "wil je graag",
    "wil u graag",
    "graag leren kennen",
    "graag spreken",
    "graag uitnodigen",
    "graag met je kennismaken",
    "graag met u kennismaken",
    "enthousiast over",
    "graag kennismaken",
    "enjoyed meeting you",
    "would like a ",
    "would like an ",
    "straight back and",
    "right back and",
    "fissare un",
    "fissare il",
    "organizzare un",
    "organizzare il",
    "programmare un",
    "programmare il",
    "fijar una",
    "programar una",
    "agendar una",
    "concertar una",
    "marcar uma",
    "agendar uma",
    "organiser un",
    "fixer un",
    "planifier un",
    " vereinbaren",
    " ausmachen",
    "gesprek inplannen",
    "gesprek plannen",
  ],
  afterWeak: [
    "was very",
    "were very",
    "was really",
    "were really",
    "was positive",
    "were positive",
    "was impressed",
    "came back this",
    "came back today",
    "came back yesterday",
    "came back earlier",
    "came back to me",
    "came back to us",
    "were impressed",
    "was erg",
    "was zeer",
    "was heel",
    "was positief",
    "was enthousiast",
  ],
  before: [
    "que nos ha",
    "que nos han",
    "que nos enviou",
    "que nos enviaram",
    "que nos mandou",
    "que nous a ",
    "heb ik ",
    "hebben we ",
    "einladung von ",
    "invitation from ",
    "invitation de ",
    "uitnodiging van ",
    "invito da ",
    "invito di ",
    "invitacion de ",
    "invitación de ",
    "convite da ",
    "convite do ",
    "recruiting for ",
    "recruiting on behalf of ",
    "profil an ",
    "drh ",
    "chro ",
    "hoofdkantoor ",
    "head office ",
    "headquarters ",
    "siège ",
    "hauptsitz ",
    "zentrale ",
    "ceo ",
    "cfo ",
    "cto ",
    "coo ",
    "managing director ",
    "general manager ",
    "director general ",
    "directora general ",
    "gerente general ",
    "diretor-geral ",
    "diretor geral ",
    "diretora-geral ",
    "diretora geral ",
    "directeur général ",
    "directrice générale ",
    "geschäftsführer ",
    "geschäftsführerin ",
    "amministratore delegato ",
    "direttore generale ",
    "algemeen directeur ",
    "interview at",
    "hiring manager at",
    "hiring manager from",
    "meeting at",
    "call at",
    "interview with the",
    "meeting with the",
    "call with the",
    "role at",
    "position at",
    "is with",
    "opening at",
    "vacancy at",
    "job at",
    "contract at",
    "entretien chez",
    "poste chez",
    "gesprach bei",
    "gespräch bei",
    "interview bei",
    "stelle bei",
    "nftige",
    "entrevista en",
    "puesto en",
    "colloquio presso",
    "posizione presso",
    "ruolo presso",
    "entrevista na",
    "vaga na",
    "vaga no",
    "vaga em",
    "gesprek bij",
    "functie bij",
    "functie van",
    "dt sie d",
    "dt dich d",
    // "with Finlay at Greyfriars Bank", "vaga de Analista de CRM na Pitanga": a person or a title between.
    "with",
    "vaga de",
    "poste de",
    "below from",
    "good news from",
    "time de",
    "equipe de",
    "equipa de",
    // "o recrutamento de um Gestor de Projeto para a Litoral Seguros", "três gestores da Construtora Ipê".
    "recrutamento de",
    "reclutamiento de",
    "selecao de",
    "seleção de",
    "seleccion de",
    "selección de",
    "busca de",
    "búsqueda de",
    "busqueda de",
    "gestores d",
    "gestoras d",
    "gerentes d",
    "diretores d",
    "diretoras d",
    "diretoria d",
    "directores d",
    "directivos d",
    "socios d",
    "sócios d",
    // "I've been back to Halden Insurance", "ho presentato la sua candidatura a Officine Moretti",
    // "au sein du Groupe Lemarchand".
    // "I sent your CV over to Meridian Water", "Ihr Profil an die Elbtal Versicherung AG
    // weitergeleitet", "Encaminhei o seu currículo para a …": the owner's papers passed to a firm.
    ...["forwarded", "sent", "passed", "submitted", "shared"].map((v) => `${v} your`),
    ...["weitergeleitet", "weitergegeben", "übermittelt", "ubermittelt", "geschickt", "vorgestellt"],
    ...["transmis", "envoyé", "partagé"].map((v) => `${v} votre`),
    ...["enviado", "trasladado", "compartido"].map((v) => `${v} tu`),
    ...["encaminhei", "enviei", "apresentei", "compartilhei", "partilhei"],
    ...["inoltrato", "inviato", "girato", "condiviso"].map((v) => `${v} il tuo`),
    ...["doorgestuurd", "voorgesteld", "gedeeld"],
    "spoken to",
    "spoken with",
    "talked with",
    "spoke with",
    "in touch with",
    "talked to",
    "been back to",
    "gone back to",
    "reached out to",
    "spoke to",
    "presentato",
    "presentado",
    "apresentado",
    "présenté",
    "presente",
    "au sein d",
    // "o cliente … – trata-se da Cerâmicas Vouga": the client revealed.
    "trata-se d",
    "se trata de",
    "il s'agit de",
    "si tratta d",
    "het gaat om",
    // "a etapa de estudo de caso com a Financeira Aurora".
    "etapa de",
    "fase de",
    "rodada de",
    "ronda de",
    // "avec l’équipe Data de la Banque …", "with the Data team at …".
    "équipe",
    "equipe",
    "equipo",
    "equipa",
    "squadra",
    "team",
    "retained by",
    "mandated by",
    "beauftragt von",
    "mandate par",
    "posizione di",
    "role of",
    "position of",
    // "im Namen des Aufsichtsratsvorsitzenden der …": on behalf of someone of the client.
    "on behalf of the",
    "im namen",
    "au nom",
    "en nombre",
    "em nome",
    "a nome",
  ],
  // "Herr Aigner von …", "Mr Lee from …": the honorifics, lower-cased.
  titledPerson: ["herr", "frau", "mr", "mrs", "ms", "dr", "mme", "m.", "sr", "sra", "dhr", "mevr", "sig"],
  withFirm: [
    "interview",
    "meeting",
    "call",
    "entretien",
    "entrevista",
    "colloquio",
    "gesprek",
    "gesprach",
    "gespräch",
  ]
    .concat(STEP_KINDS)
    .flatMap((word) => WITH_WORDS.map((prep) => `${word} ${prep}`))
    .concat([
      "invitation from",
      "invite from",
      "uitnodiging van",
      "einladung von",
      "invitacion de",
      "invitación de",
      "convite da",
      "convite do",
      "invito di",
    ]),
};
export type HiringClientGate = keyof typeof HIRING_CLIENT_WORDS;

const APPOSITION =
  /^, (?:the|their|our|your|la|le|el|die|der|il|a|o) (?:[\p{L}-]+ ){0,3}?(?:manager|head|director|directrice|directeur|directora?|lead|recruiter|partner|founder|cto|ceo|cfo|vp|leiter(?:in)?|responsable|gerente|diretora?|direttore|direttrice|hoofd) (?:at|of|from|bei|von|der|chez|de|du|da|do|di|del|van|en|em|na|no|presso)\s/iu;
const TITLE_OF_BEFORE = /\b(?:vp|svp|evp|head|director|chief|manager|lead|officer)s? (?:of|for) $/i;

// The capitalised run (up to five words, "&" or a particle between them too) that ends right
// before an AFTER phrase: "Marlowe & Finch Asset Management would like to invite you", "Bodegas
// del Plata quiere avanzar".
// ("Meridian Foods plc would like to invite you": a legal form in lower case may close it.)
// (A name does not run over a line break: "Grüezi Frau Keller\nAarebank möchte Sie …".)
const RUN_BEFORE =
  /\p{Lu}[\p{L}\p{N}'’&-]*(?:[^\S\n](?:(?:&|de|del|do|da|dos|das|di|du|des|van|von|der|den)[^\S\n])?\p{Lu}[\p{L}\p{N}'’&-]*){0,4}(?:,?[^\S\n](?:plc|ltd|llc|inc|gmbh|ag|sa|bv|nv|srl|spa|ab|oy|as|S\.p\.A|S\.r\.l|S\.A|B\.V|N\.V)\.?)?$/u;

/** The first name right before a match of `after` that `accept` takes ("Northwind would like to meet you"). */
function nameBefore(
  hay: string,
  after: RegExp,
  accept: (name: string | null) => name is string,
): { at: number; name: string } | null {
  after.lastIndex = 0;
  for (let m = after.exec(hay); m; m = after.exec(hay)) {
    // ("the Department of Coastal Planning (DCPE) would like you to come back": the name ends
    // before its acronym in brackets.)
    const acronym = / \(\p{Lu}{2,7}\)$/u.exec(hay.slice(Math.max(0, m.index - 12), m.index))?.[0].length ?? 0;
    const end = m.index - acronym;
    const run = RUN_BEFORE.exec(hay.slice(Math.max(0, end - 60), end));
    if (!run) continue;
    // "Die Brenner Logistik AG lädt Sie … ein": the article before the name is not part of it.
    const article = /^(?:Die|Der|Das|The|La|Le|Les|El|Los|Il|Lo|De|Het|A|O) /u.exec(run[0])?.[0].length ?? 0;
    const at = end - run[0].length + article;
    // "Our VP of Analytics would like to meet you": a department after a title is no firm.
    if (TITLE_OF_BEFORE.test(hay.slice(Math.max(0, at - 24), at))) continue;
    // ("Cascade Robotics Sie … einlädt": the name ends where the phrase after it begins.)
    const read = capitalisedRun(hay, at);
    const name = read && at + read.length > end ? hay.slice(at, end).trim() : read;
    if (accept(name)) return { at, name };
  }
  return null;
}

export function hiringClient(
  text: string,
  senderOrg: string,
  people: { has(name: string): boolean },
  ownerNameFold: string,
  /** Whether a pattern's words occur (see HIRING_CLIENT_WORDS); without it every pattern runs. */
  mayMatch: (gate: HiringClientGate) => boolean = () => true,
  /** Whether the writer is known to be an agency (see TITLED_PERSON_OF). */
  viaAgency = false,
): string | null {
  const sender = compactName(senderOrg);
  const head = sender.slice(0, 4);
  const ok = (name: string | null): name is string => {
    if (!name || name.split(" ").length > 4) return false;
    const words = name.split(" ");
    const first = words[0] ?? "";
    const last = words[words.length - 1] ?? "";
    // ("Ferrovia Data Labs": a job word inside a name that ends like a firm's is part of it.)
    const roleish = ROLEISH.test(name) && !(words.length > 1 && (ORG_TAIL.test(last) || FIRM_END.test(last)));
    // ("con el equipo de Atracción de Talento": the firm's own recruiting team, not a client.)
    if (
      roleish ||
      STOP_CAPS.test(first) ||
      people.has(fold(name)) ||
      fold(name) === ownerNameFold ||
      hiringDepartment(name)
    )
      return false;
    const c = compactName(name);
    // The sender's own organisation, or one that shares its stem (a subsidiary), is not a client.
    return c.length >= 2 && !c.startsWith(head) && !sender.startsWith(c.slice(0, 4));
  };
  const hay = text.length > 3000 ? text.slice(0, 3000) : text;
  const best =
    (mayMatch("after") ? nameBefore(hay, AFTER, ok) : null) ??
    (mayMatch("afterWeak")
      ? nameBefore(hay, AFTER_WEAK, (n): n is string => !!n?.includes(" ") && ok(n))
      : null);
  BEFORE.lastIndex = 0;
  for (
    let m = mayMatch("before") ? BEFORE.exec(hay) : null;
    m && (!best || m.index < best.at);
    m = BEFORE.exec(hay)
  ) {
    const name = capitalisedRun(hay, m.index + m[0].length);
    // "I've spoken to Hannah Pryce, the hiring manager at Quayside Insurance": a person, then
    // where she works (read by the next match).
    const end = m.index + m[0].length + (name?.length ?? 0);
    if (name && APPOSITION.test(hay.slice(end, end + 60))) continue;
    if (ok(name)) return name;
  }
  if (best) return best.name;
  if (viaAgency && mayMatch("titledPerson")) {
    TITLED_PERSON_OF.lastIndex = 0;
    for (let m = TITLED_PERSON_OF.exec(hay); m; m = TITLED_PERSON_OF.exec(hay)) {
      const name = capitalisedRun(hay, m.index + m[0].length);
      if (ok(name)) return name;
    }
  }
  WITH_FIRM.lastIndex = 0;
  for (let m = mayMatch("withFirm") ? WITH_FIRM.exec(hay) : null; m; m = WITH_FIRM.exec(hay)) {
    const name = capitalisedRun(hay, m.index + m[0].length);
    const last = name?.split(" ").pop() ?? "";
    const first = name?.split(" ")[0] ?? "";
    const firmLike =
      ORG_TAIL.test(last) || FIRM_END.test(last) || FIRM_START.test(first) || ORG_OPENER.test(`${first} `);
    if (name && name.includes(" ") && firmLike && ok(name)) return name;
  }
  return null;
}
