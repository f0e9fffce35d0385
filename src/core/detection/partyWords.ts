import { fold } from "./fold";
/** Words and patterns the last look at parties (vetParties) reads names with. */
// "Wattle & Co. Holidays", "St. Brendan Clinic": an abbreviation's full stop inside a name.
// A lone capital before a dotted letter ("N.V.", "S.p.A.", "U.A.") starts a legal form, not a word.
export const NAME = String.raw`(?:(?:St|Ste)\.(?= \p{Lu})|(?:\p{Lu}|\d{1,2}\p{Lu})[\p{L}\p{N}'’&-]*)(?: (?:(?:Co|St|Ste|Cie|Bros|Mt)\.(?= (?!(?:We|I|You|Your|Our|The|Please|Thank|Thanks|This|It|If|Looking|Best|Kind|Regards|Nous|Wir|Vous|Sie|Le|La|Il|El|Het|De)\b)\p{Lu})|\p{Lu}(?:[\p{L}\p{N}'’&-]+|(?![./]\p{L}))|\d+\p{L}*|(?:&|de|du|des|del|der|den|het|la|le|van|von|y|e|et|und|and|of)(?= (?:\p{Lu}|\d|(?:der|den|het|la|le) \p{Lu})))){0,5}`;

export const GREETING =
  /^(?:hi|hey|hello|dear|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|cher|chère|hola|estimad[oa]|querid[oa]|olá|ola|prezad[oa]|car[oa]|gentile|ciao|buongiorno|beste|geachte|beste)$/i;

export const HONORIFIC =
  /^(?:mr|mrs|ms|miss|dr|dra|sr|sra|srta|m|mme|mlle|herr|herrn|frau|ing|eng|dott|dott\.ssa|sig|sig\.ra|dhr|mevr|prof|arq|lic)\.?[ºª]?$/i;

/** Verbs a calendar or booking tool writes right after the person who acts. */
export const PERSON_ACTS =
  /^ (?:would like to invite|has invited|invited you|is inviting|has booked|booked|updated the|has updated|has scheduled|scheduled|has cancel|cancelled|canceled|wrote|a écrit|schrieb|escribió|escreveu|ha scritto|schreef|vous invite|lädt sie|le invita|te invita|convida|nodigt)/i;

/** Words that make up interview, calendar and status phrases, never a company name on their own. */
export const NOT_ORG_WORD =
  /^(?:availability|candidatura|candidature|candidaturas|candidatures|bewerbung|sollicitatie|candidacy|conoscitiva|conoscitivo|linkedin|xing|indeed|glassdoor|infojobs|stepstone|unterlagen|ruckfragen|rückfragen|fragen|due|deux|dos|duas|zwei|twee|two|tre|trois|tres|drei|drie|three|disponibilite|disponibilité|disponibilidad|verfugbarkeit|verfügbarkeit|beschikbaarheid|disponibilita|disponibilità|disponibilidade|kurzes|kurzer|erstes|erster|quick|short|brief|petit|breve|rapido|rapide|kort|requisition|req|vacature|vacancy|vacante|vaga|stellenanzeige|cafe|café|coffee|lunch|dinner|drinks|breakfast|brunch|dejeuner|déjeuner|kaffee|koffie|almuerzo|pranzo|almoço|almoco|kennismakingsgesprek|sollicitatiegesprek|vorstellungsgesprach|vorstellungsgespräch|bewerbungsgesprach|bewerbungsgespräch|morgen|demain|mañana|manana|amanhã|amanha|domani|today|tomorrow|heute|hoy|hoje|oggi|vandaag|cancel|reschedule|confirm|accept|decline|join|kennenlernen|bate-papo|invito|convite|sde|swe|sre|you've|you're|we've|we're|i'm|it's|that's|let's|we'll|you'll|invitación|invitacion|convocatoria|convocação|convocacao|convocazione|segunda|segundo|primera|primero|tercera|tercero|seconda|secondo|primo|prima|terza|terzo|deuxième|deuxieme|première|premiere|zweite|zweites|erste|tweede|eerste|derde|mandat|mandato|mandaat|ref|réf|referencia|référence|riferimento|directorio|london|paris|lyon|marseille|toulouse|lille|bordeaux|nantes|strasbourg|hamburg|koln|köln|frankfurt|stuttgart|dusseldorf|düsseldorf|valencia|sevilla|bilbao|napoli|torino|firenze|bologna|rotterdam|utrecht|antwerpen|suite|belafspraak|telefoonafspraak|kennismaking|charge|chargee|chargé|chargée|general|generale|geral|amministrazione|administracion|administración|administration|administracao|administração|direzione|direccion|dirección|vorstand|verwaltungsrat|aufsichtsrat|directie|bestuur|niedersachsen|bayern|hessen|sachsen|brandenburg|thuringen|thüringen|saarland|nordrhein-westfalen|rheinland-pfalz|schleswig-holstein|baden-wurttemberg|baden-württemberg|tirol|steiermark|vlaanderen|wallonie|catalunya|cataluna|andalucia|lombardia|toscana|uk|usa|us|eu|gb|europe|europa|germany|deutschland|france|spain|espana|italy|italia|netherlands|nederland|belgium|belgique|portugal|brazil|brasil|canada|australia|mexico|india|japan|singapore|switzerland|schweiz|suisse|austria|osterreich|ireland|england|scotland|madrid|barcelona|berlin|munich|münchen|milan|milano|rome|roma|lisbon|lisboa|porto|amsterdam|brussels|bruxelles|zurich|zürich|geneva|genève|vienna|wien|dublin|sydney|melbourne|toronto|date|datum|fecha|heure|hora|uhrzeit|wann|quand|aanbod|angebot|offre|oferta|offerta|offer|proposta|propuesta|proposition|voorstel|vorschlag|i'll|i've|i'd|i’ll|i’ve|you’ve|you’re|we’ve|we’re|rallly|nextcloud|kolab|roundcube|suitecrm|horilla|sentrifugo|odoo|calendly|greenhouse|lever|workday|teamtailor|workable|personio|recruitee|smartrecruiters|ashby|goodtime|gauzy|python|java|javascript|typescript|sql|excel|kotlin|swift|react|aws|azure|gcp|spark|dbt|tableau|sap|figma|jira|she|he|they|we|il|elle|ella|ele|lei|zij|hij|er|conferma|confirmacion|confirmación|confirmação|confirmacao|bestatigung|bestätigung|bevestiging|cfo|ceo|cto|coo|fallstudie|case|casestudy|teil|part|parte|outlook|google|gmail|office|microsoft|apple|ical|icalendar|calendar|sie|ihr|ihre|usted|vous|directora|director|directeur|directrice|direttore|diretor|diretora|drh|rrhh|pdg|dg|ad|ceo's|hrbp|poste|puesto|stelle|posizione|functie|rol|role|ruolo|ultimo|ultima|step|zoom|teams|meet|webex|skype|hangouts|gotomeeting|whereby|jitsi|people|culture|talent|recruiting|recruitment|human|resources|careers|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|lunedi|martedi|mercoledi|giovedi|venerdi|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|apac|emea|latam|amer|americas|dach|nordics|benelux|founder|co-founder|cofounder|president|owner|acquisition|services|department|partner|partners|operations|technology|engineering|finance|sales|marketing|product|data|it|legal|delivery|sr|jr|senior|sênior|junior|lead|principal|live|coding|code|system|systems|challenge|whiteboard|behavioral|behavioural|modeling|modelling|design|catch-up|catchup|catch|up|confidential|stage|etape|étape|termineinladung|einladung|uitnodiging|invitation|invite|cloud|accepted|declined|tentative|updated|reminder|round|final|technical|technique|técnica|tecnica|technische|panel|meeting|call|chat|screen|screening|intro|introductory|event|booking|appointment|rendez-vous|entretien|entrevista|colloquio|gesprek|gespräch|interview|next|steps?|first|second|third|onsite|on-site|virtual|video|phone|hr|discussion|conversation|session|assessment|study|presentation|take-home|pairing|pair|programming|debrief|sync|follow-up|follow|check-in|new|time|proposed|confirmed|confirmation|update|news|neuigkeiten|nouvelles|novedades|novidades|novita|nieuws|aggiornamento|actualizacion|actualizacao|request|schedule|scheduled|rescheduled|cancelled|canceled|annulation|annule|annulee|abgesagt|storniert|absage|cancelado|cancelada|cancelacion|cancelamento|annullato|annullata|annullamento|geannuleerd|afgezegd|rappel|recordatorio|erinnerung|herinnering|promemoria|lembrete|hold|tbc|tbd|confidentiel|confidentielle|vertraulich|confidencial|riservato|riservata|vertrouwelijk|derniere|dernier|letzte|laatste|and|&|the|with|of|de|–|-|\/|\|)$/i;

const notOrgWord = (w: string): boolean => NOT_ORG_WORD.test(fold(w)) || NOT_ORG_WORD.test(w);

/**
 * Whether every word of `name` is one that names no firm ("Coding Challenge", "Systems Design",
 * "Update"): the kind of step or of mail, read where a firm's name was looked for.
 */
export function onlyNotOrgWords(name: string): boolean {
  const words = name
    .split(/\s+/)
    .map((w) => w.replace(/[?!.,:;]+$/, ""))
    .filter(Boolean);
  return words.length > 0 && words.every(notOrgWord);
}

/** Titles of people who place candidates with clients. */
export const AGENCY_TITLE =
  /(?<![\p{L}])(?:consultant[e]?|consultora?|consulente|conseill(?:er|ère)|berater(?:in)?|headhunter|head-hunter|associé|associée|socio|sócio|socia|sócia|recruitment consultant|talent consultant|search consultant|personalberater(?:in)?|executive search|intercedent|sourcer|talent partner|selecionador[a]?|seleccionador[a]?|selezionatore|selezionatrice)(?![\p{L}])/iu;

/** Titles that only someone placing candidates with clients carries. */
export const PLACER_TITLE =
  /(?<![\p{L}])(?:recruitment consultant|search consultant|talent consultant|headhunter|consultor[a]? de (?:recrutamento|recrutamento e seleção|selección|seleccion|reclutamiento)|conseill(?:er|ère) en recrutement|consultant(?:e)? en recrutement|consulente (?:di|per la) selezione|personalberater(?:in)?|personaldienstleister|intercedent|wervingsconsulent)(?![\p{L}])/iu;

/** Firm names that say the firm finds people for others. */
export const AGENCY_NAME =
  /(?<![\p{L}])(?:associates|associés|asociados|associados|associati|hunters?|headhunters?|headhunting|hunting|consultores|consultants|consulenti|selezione|werving|recrutamento|reclutamiento|recrutement|recruitment|recruiting|staffing|search|rpo|talent|talents|talento|talentos|seleccion|selección|selecao|seleção|selectie|personalberatung|personaldienstleistung|cabinet|rh|rrhh|recruit|executive partners|resourcing|uitzendbureau|uitzenden|detachering|interim|zeitarbeit|personalvermittlung|lavoro|recursos humanos|risorse umane)(?![\p{L}])/iu;

export const CLIENT_NAMED = new RegExp(
  String.raw`\b(?:(?:the|our|my|le|notre|mon|el|nuestro|mi|o|nosso|meu|il|nostro|mio|der|unser|mein|de|onze|mijn) )?(?:[Cc]lient[e]?|[Cc]liente|[Kk]unden?|[Kk]lant|[Kk]lanten|[Cc]lients|[Cc]lientes|[Cc]lienti|[Oo]pdrachtgever|[Mm]andant(?:en)?)(?:[,:] ?\n(?=\S)|[,:]? | (?:is|est|es|è|ist|é) (?=\p{Lu})| is: (?:it['’]s|it is) ?\n?(?=\p{Lu}))(?:\((?=\p{Lu})|(?:the|la|le|les|el|los|il|die|der|de|het|o|a) )?(?:(?:société|sociedad|empresa|firma|azienda|bedrijf|company|entreprise) )?(${NAME})`,
  "u",
);
// "Naviera Cantábrica (cliente de Talento Atlántico)": the firm an agency calls its client.
export const CLIENT_OF = new RegExp(
  String.raw`(${NAME})(?: \((?:(?:a|an|the|un|una|um|uma|een|ein|eine) )?(?:client|cliente|kunde|kundin|klant|opdrachtgever|mandant)\b|, (?:a|an|un|una|um|uma|een|ein|eine) (?:client|cliente|kunde|kundin|klant|opdrachtgever|mandant) (?:of ours|of mine|de (?:nous|notre cabinet)|nuestro|nosso|van ons|von uns|nostro)\b|, (?:our|nuestro|nuestra|notre|nosso|nossa|nostro|nostra|unser|unsere|onze) (?:client|cliente|kunde|kundin|klant|opdrachtgever|mandant)\b)`,
  "u",
);
// "Great to connect via Jess at Bluegum Talent": the firm that introduced the owner.
export const INTRODUCED_BY = new RegExp(
  String.raw`\b(?:via|through|thanks to|introduced by|referred by|par l'intermédiaire de|através de|tramite|por medio de|über|via) (?:\p{Lu}\p{Ll}+ (?:at|from|de|di|van|von|bei|chez) )?(${NAME})`,
  "u",
);
// "I'll walk you through the Glasshouse Retail brief": an agency names the client by its brief.
export const CLIENT_BRIEF = new RegExp(
  String.raw`\bthe (${NAME}) (?:brief|search|mandate|assignment)\b`,
  "u",
);
// "Estamos acompañando a Financiera Bucaré en la búsqueda de…", "we're partnering with Halden
// Bank on their search": the firm an agency searches for.
export const SEARCH_FOR = new RegExp(
  String.raw`\b(?:acompañando a|acompañamos a|apoyando a|apoyamos a|accompagnons|accompagnant|begleiten|unterstützen|assistiamo|affianchiamo|ajudando a|apoiando a|apoiamos a|ondersteunen|partnering with|supporting) (${NAME}) (?:en (?:la|el|su)|dans (?:le|la|son|sa)|bei (?:der|ihrer|dem)|nella|nel|na|no|bij (?:de|het|hun)|on (?:their|the|a)|in (?:their|the))\b`,
  "u",
);
// "I shared your profile with Meridian Freight and …": the firm the writer sent the owner's profile to.
export const SHARED_WITH = new RegExp(
  String.raw`\b(?:(?:shared|sent|forwarded|passed on) your (?:profile|cv|CV|resume|résumé|details|application) (?:with|to)|(?:transmis|envoyé|partagé) votre (?:profil|CV|cv|candidature) (?:à|au|avec)|(?:compartido|enviado) tu (?:perfil|CV|cv|candidatura) (?:con|a)|(?:compartilhei|enviei|partilhei) o (?:seu|teu) (?:perfil|CV|cv|currículo) (?:com|para)|(?:condiviso|inviato|girato) il tuo (?:profilo|CV|cv) (?:con|a)) (?:the |la |le |el |il |a |o )?(${NAME})(?=\s*(?:[,.;:()!?]|$)|\s+(?:and|et|y|e|who|qui|que|che|for|pour|para|per|last|this|yesterday)\b)`,
  "u",
);
// "Before I put you forward to Brightwater Health System", "avant de vous présenter à Maison
// Vidal": the firm the writer would put the owner forward to.
export const PUT_FORWARD_TO = new RegExp(
  String.raw`\b(?:put(?:ting)? you forward|submit(?:ting)? you|present(?:ing)? you|introduc(?:e|ing) you|vous présenter|vous proposer|presentarte|presentarle|apresentar(?:-te|-lo|-la)?|presentarti|presentarla|je voor te stellen|u voor te stellen) (?:to|à|au|a|ad|aan) (?:the |la |le |el |il |a |o |de |het )?(${NAME})(?=\s*(?:[,.;:()!?]|$)|\s+(?:for|pour|para|per|voor|as|comme|como|come|als)\b)`,
  "u",
);
// "I'm recruiting a Senior Business Analyst (12-month contract) for Meridian Water and …": the
// writer recruits for the firm named after the post.
export const RECRUITING_FOR = new RegExp(
  String.raw`\b(?:I'm|I am|[Ww]e're|[Ww]e are|[Jj]e recrute|[Nn]ous recrutons|[Ee]stoy (?:buscando|reclutando)|[Ee]stamos (?:buscando|reclutando)|[Ee]stou (?:recrutando|buscando)|[Ee]stamos recrutando|[Ss]to cercando|[Ss]tiamo cercando|[Ii]k zoek|[Ww]ij zoeken|[Ww]e zoeken|[Ii]ch suche|[Ww]ir suchen)(?: (?:recruiting|hiring|looking for|searching for))? (?:a|an|un|une|una|um|uma|een|eine[nr]?|einen) [^.\n]{3,80}? (?:for|pour|para|per|voor|für) (?:the |la |le |el |il |a |o |de |het |die |den )?(${NAME})(?=\s*(?:[,.;:()!?]|$)|\s+(?:and|et|y|e|und|en) (?:I|je|yo|eu|io|ich|ik|we|nous)\b)`,
  "u",
);
// "I'm working on a Transport Planning Manager search for Vistula Cold Chain – they're opening …".
export const SEARCH_FOR_FIRM = new RegExp(String.raw`\bsearch for (${NAME})(?= [–—-] |,| \(|\.)`, "u");
export const CLIENT_WORD =
  /\b(?:(?:my|our) client|the client['’]s|the client (?:would like|wants|is keen|has asked|loved|liked)|notre client|mon client|nuestro cliente|mi cliente|nosso cliente|meu cliente|il nostro cliente|il mio cliente|unser(?:em)? kunden?|unser(?:em)? mandanten?|onze (?:klant|opdrachtgever))\b/i;
export const ON_BEHALF = new RegExp(
  String.raw`\b(?:[Oo]n behalf of|[Aa]u nom de|[Pp]our le compte de|[Ii]m [Aa]uftrag von|[Ee]n nombre de|[Ee]m nome de|[Pp]er conto di|[Nn]amens) (?:the )?(${NAME})`,
  "u",
);
export const CLIENT_MENTION =
  /\b(?:client[e]?|clients|cliente|kunde|kunden|kundin|klant|opdrachtgever|auftraggeber\w*|mandant\w*)\b/i;
/** Firm names that only a recruiting firm carries. */
export const STRONG_AGENCY =
  /\b(?:headhunters?|headhunting|hunters|selezione|selecci[oó]n|sele[cç][aã]o|werving|recrutamento|reclutamiento|recrutement|recruitment|recruiting|staffing|rpo|executive search|personalberatung|personaldienstleistung|talent|talents|talento|talentos|search)\b/i;
// "Pinecrest Bank would like to meet you", "Cantieri Bellaria desidera incontrarla".
export const WANTS_TO_MEET = new RegExp(
  String.raw`(?:^|[-–—:,.!]\s+|\n|\b(?:la|le|el|il|die|der|de|het|o|a|l'|que|that|dass|che|dat) )(${NAME}) (?:would like to|wants? to|is keen to|are keen to|has asked to|loved|liked|aimerait|souhaite|veut|voudrait|möchte|will|quiere|quer|gostaria|vuole|desidera|wil|wilt|invites you|(?:have|has) (?:confirmed|scheduled|locked in|booked)|confirmed(?=:)|a confirmé|hat bestätigt|ha confirmado|confirmou|heeft bevestigd|ha confermato|te espera|le espera|los espera|vous attend|t'attend|ti aspetta|la aspetta|erwartet (?:Sie|dich)|verwacht (?:je|u)|te aguarda|vous invite|te invita|le invita|ti invita|la invita|te convida|convida|nodigt (?:je|u)|lädt (?:dich|Sie))\b`,
  "u",
);
// "Good news on Brackenbury Capital. They would like you to come in": the firm the news is about,
// spoken of as "they" in the next sentence.
export const NEWS_ON = new RegExp(
  String.raw`\b(?:[Gg]ood|[Gg]reat|[Pp]ositive) news (?:on|from|regarding|about) (?:the )?(${NAME})[.!:]\s+(?:They|They're|They've|They'd)\b`,
  "u",
);
/** Words for a post, as the readers of "the <post> at <firm>" and "<post>, <firm>" list them. */
export const POST_WORDS = String.raw`position|role|rol|opening|job|vacancy|posizione|ruolo|puesto|vacante|poste|vaga|cargo|Stelle|functie|vacature`;
// "la posizione di Reliability Engineer in Binari Digitali": the firm after the role it offers.
export const ROLE_IN = new RegExp(
  String.raw`\b(?:${POST_WORDS})\b[^.\n]{0,50}? (?:in|presso|na|no|en|chez|bei|at|bij) (?:(?:the|la|le|el|il|der|die|de|het|o|a) )?(${NAME})`,
  "u",
);
// "I've let the team at Cardinal Mutual know", "l'équipe de X", "het team van X".
export const TEAM_AT = new RegExp(
  String.raw`\b(?:(?:hiring |recruiting )?team at|people at|folks at|heard back from|(?:o |a )?pessoal d[ao]|la gente de|(?:la |the )?confirmation (?:de|from|d'|von|da|di|van)|(?:l'équipe|el equipo|o time|a equipa|a equipe|het team|il team|das Team)(?: (?:de|d'|di) \p{Lu}[\p{L}-]+)? (?:de|d'|da|do|del|di|van|von|bei)) (?:the )?\s?(${NAME})`,
  "u",
);
// The Dutch and German step words end compounds ("sollicitatiegesprek bij", "Vorstellungsgespräch mit").
export const STEP_WITH = new RegExp(
  String.raw`(?:\b(?:[Ii]nterview|[Ee]ntrevista|[Ee]ntretien|[Cc]olloquio|call|meeting|conversation|chat|[Pp]rueba|[Pp]rova|[Tt]est|[Aa]ssessment)|[Gg]esprek|[Gg]espräch|[Gg]esprach)(?: (?:técnica|tecnica|técnico|technique|tecnico|technical|final|finale|inicial|initial|first|primera|primo|premier|erstes|eerste|presencial|presenziale|in-person|virtual|online|video|telefónica|telefonica|téléphonique|telefonisch|persönliches|in presenza|in videochiamata|in videocall|in video|en visio|en visioconférence|por videollamada|en videollamada|por videochamada|por vídeo|per video|by video|en vivo|ao vivo|dal vivo|live)){0,2} (?:con|with|avec|mit|met|com|bij|bei|chez|presso|at)(?: (?:the|la|le|el|il|der|die|de|het|o|a))? (${NAME})`,
  "u",
);

// Booking tools print the host with their team: "Host: Rosie Fairbanks (Talent, Oakmere Renewables)".
export const HOST_TEAM = new RegExp(
  String.raw`\((?:Talent(?: Acquisition)?|Recruiting|Recruitment|HR|People|Hiring)\s*[,|–-]\s*(${NAME})\)`,
  "u",
);

/** The words that end a recruiting firm's name ("… Executive Search", "… Werving & Selectie"). */
export const AGENCY_TAIL_ALTERNATIVES = String.raw`HR (?:Solutions|Services|Consulting|Consultants|Partners)|Ricerca e Selezione|Werving (?:&|en) Selectie|Recrutamento e Seleção|Reclutamiento y Selección|Executive Search|Recruitment|Recruiting|Staffing|Search|Selectie|Werving|Talent|Partners|Consulting|Consultores|Associates|Solutions|Recrutement|Recrutamento|Reclutamiento|Selección|Seleção|Selezione|Personalberatung|Uitzendbureau|Uitzenden|Detachering|Interim|de Personal|de Talento|de Talentos|del Personale|RH|RRHH`;
export const AGENCY_TAIL_WORD = new RegExp(String.raw`^(${AGENCY_TAIL_ALTERNATIVES})(?![\p{L}])`, "u");

export const GENERIC_HEAD =
  /^(?:experienced|early|university|student|lateral|nurse|nurses|physician|provider|executive|professional|medical|clinical|nursing|academic|graduate|campus|global|senior|technical|talent|people|internal|corporate|central|regional|group|it|hr|healthcare|engineering|sales|finance|legal|hire|hires|hiring|careers|our|the|and|&)$/i;

/** Public and academic employers named for the place they serve ("Comune di …", "University of …"). */
export const INSTITUTION = String.raw`(?:Comune|Città|Provincia|Province|Provincie|Regione|Università(?: degli Studi)?|Universidade|Universidad|Université|Universiteit|University|Câmara Municipal|Câmara|Prefeitura|Ayuntamiento|Ajuntament|Mairie|Diputación|Gemeente|Stadt|Landkreis|Hospital|Hôpital|Ospedale|Centre Hospitalier(?: Universitaire)?|Instituto|Istituto|Institut|Fundación|Fondazione|Fundação|Municipal)`;

// Words that open an organisation's full name: "Waterschap Rijnland-Oost", "Bufete Sanz Olmedo".
export const ORG_OPENER =
  /(?:Fratelli|Frères|Freres|Hermanos|Irmãos|Gebrüder|Gebroeders|Officine|Cantieri|Manifattura|Waterschap|Gemeente|Stad|Städtisches|Städtische|Provincie|Bufete|Despacho|Hôtel|Hotel|Clínica|Clinique|Klinik|Kliniek|Hospital|Hôpital|Ospedale|Universidad|Université|Universität|Universiteit|Università|Universidade|Ayuntamiento|Câmara|Comune|Stadt|Kanzlei|Studio|Cabinet|Groupe|Grupo|Gruppo|(?:Banque|Banca|Banco|Caja|Caixa|Caisse) (?:Privée|Populaire|Popolare|Popular|Privada|Cantonale|Rural|Nationale)|Banque|Banco|Bank|Fondation|Fundación|Fundação|Stichting|Stiftung|Laboratoire|Laboratorio|Farmacia|Farmacie|Pharmacie|Apotheke|Maison|Domaine|Bodegas|Viña|Viñedos|Tenuta|Château|Cantina|Cantine|Caseificio|Coöperatie|Cooperativa|Vinícola|Vinicola|Vinhos|Cervezas|Cervecería|Cervejaria|Farmacias|Laboratorios|Industrias|Indústrias|Transportes|Construtora|Constructora|Editora|Editorial|Distribuidora|Frigorífico|Metalúrgica|Fábrica|Padaria|Panificadora|Confecções|Stadtwerke|Brauerei|Weingut|Brouwerij|Birrificio|Pastificio|Oleificio|Boulangeries?|Pâtisseries?|Brasseries?|Librairies?|Fromageries?|Chocolateries?|Imprimeries?|Établissements|Etablissements|Transports|Laboratoires|Pharmacies|Menuiseries?|Confiseries?|Bäckerei|Metzgerei|Konditorei|Schreinerei|Druckerei|Bakkerij|Slagerij|Drukkerij|Panadería|Pastelería|Librería|Panetteria|Pasticceria|Salumificio|Tipografia|Logística|Logistica|Seguros|Tecnología|Alimentos|Servicios|Serviços|Inmobiliaria|Minera|Química|Cementos|Aceros|Construcciones|Logiciels|Assurances|Éditions|Editions|Ateliers|Verrerie|Aerolíneas|Aerolineas|Hoteles|Hotéis|Conservas|Viajes|Seguradora|Tessiture|Acciaierie|Cartiere|Vetreria|Distillerie|Calzaturificio|Mobilificio|Restaurante|Restaurant|Ristorante|Trattoria|Osteria|Pizzeria|Brasserie|Taller|Talleres|Carpintería|Carpintaria|Autohaus) $/u;

export const SPELLED_OUT = /(\p{Lu}\p{Ll}+(?: (?:for|of|the|and|de|du|des|der|für|&|\p{Lu}\p{Ll}+)){1,6})/gu;

export const PAIR_AFTER = new RegExp(String.raw`^\s+(?:x|×|<>|\/|\+|&|–|—|-|\||@)\s+(${NAME})`, "u");
export const PAIR_BEFORE = new RegExp(String.raw`(${NAME})\s+(?:x|×|<>|\/|\+|&|–|—|-|\|)\s+$`, "u");

export const TEAM_SUFFIX =
  /(?<=\S \S+)\s+(?:Personalabteilung|Rekrytering|Rekrutering|Recruiting|Recruitment|Recrutement|Reclutamiento|Recrutamento|Talent Acquisition|Talent Team|Careers|Karriere|Human Resources|Personnel|HR|RH|RRHH)$/u;

export const TEAM_LINE = new RegExp(
  String.raw`^\s*(?:[—–-]+\s*)?(?:[Tt]he )?(${NAME}) (?:Talent Acquisition|Talent Team|Talent|Recruiting(?: Team)?|Recruitment(?: Team)?|Hiring Team|People Team|People|HR(?: Team)?|Careers|Recrutement|Reclutamiento|Recrutamento|Selezione)\s*$`,
  "mu",
);

// "Equipe de Recrutamento Nuvora Seguros", "Equipo de Selección de Grupo Arenal", "L'équipe
// Recrutement de Maison Vidal": Romance languages name the team first, then the firm.
export const TEAM_LINE_FIRST = new RegExp(
  String.raw`^\s*(?:(?:A |L['’])?[EeÉé]quip[eao]|[Tt]ime|[Ss]quadra) (?:de |d['’])?(?:Recrutamento|Recrutement|Reclutamiento|Selecci[oó]n|Sele[cç][aã]o|Selezione|Talentos?|Talent Acquisition|Pessoas|Personas|RH|Recursos Humanos|Risorse Umane)(?: (?:e|y|et|&) [\p{L}-]+)? (?:(?:d[aoe]|de la|del|di|della|du) )?(${NAME})\s*$`,
  "mu",
);

// "Cobalt Reinsurance Recruiting is inviting you to a scheduled Zoom meeting."
export const TEAM_INVITES = new RegExp(
  String.raw`(?:^|[.!]\s+|\n)(?:[Tt]he )?(${NAME}) (?:Talent Acquisition|Talent Team|Recruiting(?: Team)?|Recruitment(?: Team)?|Hiring Team|People Team|HR(?: Team)?|Careers) (?:is inviting|invites|would like|has invited|has scheduled)`,
  "u",
);

export const APPLIED_WITH = new RegExp(
  String.raw`\b(?:application (?:to|with|at)|applying (?:to|at)|applied (?:to|at)|interest in(?: joining)?|intérêt pour|interés en|interesse (?:em|in)|Interesse an|interview(?:s|ing)? (?:with|at)|(?:position|role|job|vacancy|opening|opportunity|round|rounds|stage|process) (?:at|with)|candidature (?:chez|à)|(?:poste|entretien) chez|candidatura (?:a|en|na|presso)|(?:puesto|vacante|entrevista) en|(?:vaga|entrevista) na|(?:posizione|ruolo|colloquio) presso|Bewerbung (?:bei|an)|(?:Position|Stelle|Gespräch) bei(?: der| dem)?|(?:functie|vacature|gesprek|rol|positie|baan) bij)(?: the)? (${NAME})`,
  "u",
);

// "Directora de Operaciones", "Head of Talent": a title with its department.
export const TITLE_OF =
  /^(?:directora?|director|directeur|directrice|direttore|direttrice|diretora?|head|jefe|jefa|responsable|gerente|leiter(?:in)?|chef|cheffe|hoofd|manager|vp|vice president|coordinador[a]?|coordinatrice|coordinateur|team lead) (?:de|of|du|des|della|del|da|do|van|der|für|di)\b/i;

export const CLOSING_PHRASE =
  /^(?:kind|best|warm|many|with)? ?(?:regards|wishes|thanks)|^(?:viele|beste|freundliche|herzliche|liebe) gr(?:ü|u)(?:ß|ss)e|^mit freundlichen gr|^met vriendelijke groet|^(?:bien )?cordialement|^(?:un )?saludos?|^(?:cordiali|distinti) saluti|^atenciosamente|^(?:com os )?melhores cumprimentos|^abra(?:ç|c)os?$/i;

export const CLOSING =
  /(?:regards|best|cheers|thanks|thank you|bonne journée|bonne soirée|à bientôt|a bientot|bis bald|hasta pronto|até breve|a presto|tot ziens|tot dan|tot snel|tot morgen|bis dann|à tout à l'heure|see you (?:then|soon|there)|hasta luego|nos vemos|até logo|ci vediamo|talk soon|speak soon|all the best|warmly|sincerely|cordialement|grüße|grüßen|saludos|saudações|cumprimentos|cordiali saluti|cordialità|groet|groeten|atentamente|abraço|abraços|abs|beijos|un abrazo|abrazos|un abbraccio|liebe grüße|herzliche grüße|gruss|grüsse|saluti|besos|hartelijke groet|mvg|merci|gracias|obrigad[ao]|grazie|danke|dank je|bedankt|un saluto|bien à vous)[,!.]?\s*\n\s*$/i;

export const STEP_OPENER =
  /^(?:fallstudie|casestudy|assessment|workshop|präsentation|presentation|probetag|probearbeit|kennenlernen|fachinterview|fachgesprach|fachgespräch|vorstellungsgespräch|vorstellungsgesprach|interview|entretien|entrevista|colloquio|gesprek|gespräch|call|chat|meeting|intro|invito|convite|einladung|uitnodiging|invitation|bate-papo|catch-up) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/iu;

export const TITLE_AFTER =
  /^[ -](?:manager|engineer|lead|director|analyst|designer|developer|architect|specialist|officer|coordinator|consultant|partner|associate|roles?|positions?|step|stage|round|team lead|head|vp|executive|scientist|administrator|supervisor|assistant|intern)\b/i;

export const JOB_NOUN =
  /^(?:generalist|docent|dozent|dozentin|hoogleraar|lector|lecturer|professor|professeur|professora|profesor|profesora|professore|professoressa|onderzoeker|postdoc|engineer|developer|manager|analyst|designer|director|architect|scientist|specialist|officer|pharmacist|nurse|executive|accountant|controller|actuary|gestor|gestora|diretor|diretora|coordenador|coordenadora|engenheiro|engenheira|underwriter|economist|statistician|auditor|paralegal|surveyor|planner|buyer|strategist|copywriter|editor|producer|administrator|assistant|technician|advisor|adviser|associate|representative|lead|intern|coordinator|recruiter|partner|ingenieur|entwickler|développeur|developpeur|desarrollador|sviluppatore|ingegnere|ingeniero|programador|desenvolvedor|engenheiro|ontwikkelaar|analista|gerente|responsable|directeur|directrice|direttore|diretor|director)$/;

export const JOB_SUFFIX =
  /(?:manager|researcher|engineer|developer|analyst|designer|coordinator|director|specialist|assistant|architect|scientist|administrator|accountant|recruiter|technician|sales|marketing|mitarbeiter|leiter|entwickler|berater|referent|beheerder|ontwikkelaar|adviseur|verantwoordelijke|medewerker|medewerkster|consulent|mechaniker|elektroniker|techniker|kaufmann|kauffrau|fachkraft|sachbearbeiter)(?::?in(?:nen)?|\(?m\/w\/d\)?)?$/;

/** Words of job titles as signatures write them (not interview or meeting words). */
export const TITLE_WORDS =
  /\b(?:manager(?:in)?|director|recruiter(?:in)?|consultant|partner(?:in)?|associate|specialist|spezialist(?:in)?|coordinator|koordinator(?:in)?|direktor(?:in)?|lead|head|officer|analyst|engineer|developer|designer|architect|scientist|advisor|adviser|executive|president|founder|owner|vp|ceo|cto|cfo|coo|cpo|chro|sourcer|generalist(?:in)?|assistant|assistent(?:in)?|administrator|principal|senior|sr|junior|intern|gerente|directora?|directeur|directrice|direttore|diretor|diretora|responsable|consultora?|consulente|berater(?:in)?|leiter(?:in)?|team ?lead|teamleider|(?:team|abteilungs|bereichs|gruppen)leiter(?:in)?|gesch(?:ä|a)ftsf(?:ü|u)hrer(?:in)?|(?:afdelings)?hoofd|referent(?:in)?|secretaris|secretary|secretaria|secretario|secretaire|segretari[oa]|medewerker|adviseur|beheerder|chef|cheffe)\b/i;

export const FUNCTION_LINE =
  /\b(?:talent(?:s|os?|i)?|people|recruit\w*|recrut\w*|reclut\w*|hr|rh|human resources|ressources humaines|recursos humanos|risorse umane|personal\w*|personeel\w*|careers?|hiring|graduates?|team)\b/i;
export const FUNCTION_PREFIX =
  /^(?:(?:graduate |campus |technical )?(?:recruitment|recruiting|recrutement|reclutamiento|recrutamento|selezione del personale|talent acquisition|talent|people|hr|rh|careers)(?: team)?)\s+(?=\p{Lu})/iu;

export const FIRM_ONLY = new RegExp(`^(?:(?:[Tt]he) )?(${NAME})$`, "u");
