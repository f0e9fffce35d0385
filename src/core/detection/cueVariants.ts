import { cue } from "./cues";
import type { Cue } from "./cues";

/**
 * The same kinds of mail as the lists in cues.ts, in the other ways recruiting mail is written:
 * the seven languages, ATS and agency phrasing, and mailings. They share the reasons of cues.ts,
 * because the schedule judge reads those reasons. Patterns are over folded text and use bounded
 * repetition only.
 */

/** Not a job interview for the owner. */
export const MORE_NOT_JOB: Cue[] = [
  // A vendor presenting its product: "un premier échange … vous présenter PaieFlow", "Ik laat een
  // demo zien van onze factuurverwerking", "Live demo (20 min) · Pricing & next steps".
  cue(
    /\b(?:pricing (?:&|and) next steps|(?:the )?demo of our|from the rfp|(?:riconcilia\w*|reconcilia\w*|concilia\w*) (?:(?:le|las|les|as|die|de) )?(?:fatture|facturas|factures|faturas|rechnungen|facturen)|riconciliazione fatture|(?:the|our|your|january|february|march|april|may|june|july|august|september|october|november|december|last month's|outstanding) invoices|rate card|po numbers|purchase orders?|reconciliation spreadsheet|renovacao (?:das|de) licencas|renovacion de (?:las )?licencias|licen[cs]e renewal|renewal of (?:the |your )?licen[cs]es|proposta comercial|propuesta comercial|proposition commerciale|offerta commerciale|commercial proposal|in (?:this|the|today's|our) demo|\d+[- ]min(?:ute)? demo|quick demo|teams (?:at companies )?like yours (?:use|rely on|switch to|spend)|(?:plus|and|including) pricing|thanks for booking (?:a |some )?(?:time|demo|call) with|book a demo|(?:suite a votre demande|following your request|tras (?:tu|su) solicitud|apos (?:a sua|o seu) pedido|naar aanleiding van (?:je|uw) aanvraag) (?:sur|on|en|no|op) (?:notre|our|nuestra|nosso|onze) (?:site|website|web|sitio|pagina)|presentation de (?:la|notre) solution|vous presenter (?:notre|la) (?:solution|plateforme|offre)|presentar(?:le|te)? (?:nuestra|la) solucion|apresentar (?:a nossa|a) solucao|presentarle la nostra soluzione|ik laat (?:je |u |jullie )?een demo zien|(?:een )?demo van onze (?:oplossing|software|tool|factuurverwerking)|(?:ihre|eine|unsere) (?:personliche |kostenlose )?(?:produktdemo|demo)|produktdemo|interesse an (?:unserer|unserem) (?:software|losung|plattform|tool|produkt)|thanks for your interest in (?:our|the) (?:platform|software|product|tool)|(?:votre|une) demonstration (?:de notre|du|de la) (?:solution|logiciel|plateforme|produit)|(?:su|una) demo (?:de|del) (?:nuestro|nuestra) (?:software|plataforma|producto|solucion)|(?:sua|uma) demonstracao (?:do|da) (?:nosso|nossa) (?:software|plataforma|produto|solucao)|(?:la sua|una) demo (?:del nostro|della nostra) (?:software|piattaforma|prodotto|soluzione)|(?:je|uw|een) (?:persoonlijke )?productdemo)\b/,
    "vendor or sales meeting",
  ),
  // A staffing firm extending the owner's current placement: paperwork for the job they have.
  cue(
    /\b(?:extend(?:ing|ed)? your (?:current )?(?:assignment|contract|placement)|(?:assignment|contract|placement) extension|(?:sign|review) the (?:updated|new|revised) sow)\b/,
    "the owner's current contract",
  ),
  // Statistics and market-research surveys interview households, not candidates.
  cue(
    /\b(?:household survey|(?:labour|labor) force survey|survey interview(?:er)?s?|take part in the [a-z' ]{0,50}survey|your (?:survey )?interviewer,? [a-z]+ [a-z]+,? will (?:call|telephone|phone|visit)|enquete (?:insee|statistique|aupres des menages)|encuesta (?:de hogares|de presupuestos familiares|del ine)|haushaltsbefragung|mikrozensus|indagine istat|inquerito (?:aos agregados|do ine)|cbs-onderzoek)\b/,
    "survey interview",
  ),
  cue(
    /\b(?:informational (?:chat|call|conversation|coffee)|pick your brain|networking (?:call|chat|coffee|event)|coffee chat(?! about (?:the|a|our|this) [^.\n]{0,50}(?:role|position|opening|vacancy))|virtual coffee|alumni (?:chat|call|network)|(?:could|would) you (?:be willing to )?refer me|referral for me)\b/,
    "networking, not a hiring process",
  ),
  // A friend forwards their own invitation for advice: the interview is theirs, not the owner's.
  cue(
    /\b(?:mine(?:'s| is) (?:below|attached|forwarded)|(?:he|she) (?:mentioned (?:he|she) )?(?:has|had|is having) (?:a |an )?(?:[a-z]+ )?interview at|(?:my|our|his|her) (?:cousin|friend|brother|sister|son|daughter|partner|wife|husband|flatmate|roommate|mate|nephew|niece) (?:[a-z]+ )?(?:has|had|is having|got) (?:a |an |one |his |her )?(?:[a-z]+ )?(?:interview|one)\b|since you (?:went through|did|interviewed (?:there|with)|worked (?:there|at))|(?:my|our) (?:interview|invite) (?:is )?below)\b/,
    "someone else's own interview",
  ),
  // The interview words of other languages have everyday senses: maintenance, school, health, discipline,
  // a flat to rent.
  cue(
    /\b(?:besichtigung\w*|schufa|selbstauskunft|mietinteressent\w*|hausverwaltung|bezichtiging|huurwoning|visite (?:de|du) l'appartement|visita (?:del|al) piso|visita all'appartamento|visita ao apartamento|(?:flat|apartment) viewing|viewing of the (?:flat|apartment)|entretien (?:de|du|des|d'une?) (?:la |l')?(?:chaudiere|voiture|vehicule|jardin|locaux|climatisation|espaces verts|ascenseur|toiture|piscine|materiel|machine)|entretien prealable|mortgage (?:interview|appointment|meeting|consultation|advice)|consulente mutui|consulenza (?:sul |per il )?mutuo|hypotheekadvies\w*|(?:loan|lending) interview|hypotheekgesprek|hypothekengesprach|finanzierungsgesprach|entretien (?:de pret|bancaire|credit immobilier)|entrevista (?:hipotecaria|para (?:la|a) hipoteca)|entretien de recadrage|entretien disciplinaire|entretien (?:d'evaluation|individuel annuel|de suivi medical)|visite medicale|bilan de competences|reunion parents|colloquio? (?:scuola|con (?:il|la|i|le|l') ?(?:genitori|docent[ei]|insegnant[ei]|professor\w*|maestr[ao]|medico|pediatra)|(?:con la|in) banca|per il mutuo|generali|individuali)|ricevimento (?:genitori|docenti)|reuniao de pais|entrevista (?:de|do|para o?) (?:mestrado|doutorado|doctorado|bolsa|beca|admissao|admision|ingreso)|reunion de (?:padres|apoderados)|elterngesprach|elternabend|oudergesprek|tien-minutengesprek)\b/,
    "not a job interview (everyday sense)",
  ),
  cue(
    /\b(?:(?:entretien|entrevista|intervista|interview|colloquio) (?:pour|para|per|for|con|avec|with) (?:le|la|el|il|o|a|the|our|un|une|uma|um) (?:journal|jornal|revista|rivista|magazine|newsletter|intranet|podcast|radio|tv|television|televisao|televisione|documentaire|documental|documentario|documentary|blog)|intervista (?:radiofonica|televisiva|al giornale|per il giornale)|entrevista (?:radiofonica|televisiva|periodistica|jornalistica)|interview (?:radio|televisee|de presse)|presseinterview|radiointerview|(?:media|press) interview|(?:entrevista|entretien|intervista|interview|gesprek) (?:con|avec|mit|com|met|with) (?:los |les |den |i |a |de |the )?(?:medios|medias|medien|media|imprensa|midia|pers|press)|(?:entrevista|entretien|intervista|interview) (?:a|aux|en|ai|nos|in den|para los|para a) (?:medios|medias|medien|media|midia|imprensa))\b/,
    "press or media interview",
  ),
  cue(
    /\b(?:journaliste|(?:wirtschafts|fach|nachrichten)magazin|artikelserie|vor (?:der )?publikation|zur freigabe vorlegen|het stuk verschijnt|ter inzage|periodista|giornalista|jornalista|reportaje|reportagem|redactora?|redactrice|redakteurin|interviewanfrage|fur unsere (?:[a-z]+[- ])?ausgabe|zitate (?:vor (?:der )?veroffentlichung|zur autorisierung)|(?:pour|for|para|per|voor|fur) (?:un|an|our|notre|nuestro|nosso|nostro|einen|unseren|een|onze|uma|um|the|l') ?(?:article|articulo|articolo|artikel|materia|reportage|reportagem|story)|(?<!\b(?:aus|mit|in|bei) (?:der |unserer |ihrer )?)redaktion|redaccion|redazione|(?<!\b(?:van|bij|op|uit) (?:de |onze |hun )?)redactie)\b/,
    "press or media interview",
  ),
  cue(
    /\b(?:user study|mitarbeiterbefragung|organisationsanalyse|(?:employee|staff|engagement) survey interviews?|werden anonymisiert ausgewertet|usability (?:test|study)|research study|study participants?|paid (?:study|research session)|(?:our|the) research panel|nutzerstudie|nutzerinterview|etude utilisateur|entretien utilisateur|entrevista (?:de|con) usuarios?|intervista (?:con gli )?utenti|intervist[ae] utent[ei]|entrevistas? com usuari[oa]s?|estudo com usuarios|thank-you voucher|(?:amazon|zalando|fnac|ikea|starbucks)[- ](?:voucher|gift ?card|giftcard|gutschein|bon|cadeaubon|waardebon)|(?:buono|gutschein|bon d'achat|cheque|carte cadeau|vale|vale-presente|tarjeta regalo|tarjeta|cartao presente|cartao|cadeaubon) (?:amazon|zalando|fnac|ikea)|gutschein als dankeschon|bon d'achat|tarjeta regalo|buono regalo|cadeaubon)\b/,
    "user-research interview",
  ),
  cue(
    /\b(?:open to internal (?:applicants|candidates)|internal (?:applicants|candidates) (?:first|will be)|new (?:internal )?(?:roles|openings|vacancies) (?:open|are open|this)|internal job (?:board|postings?)|interne stellenausschreibung|mobilite interne :|offres internes|vacantes internas|vagas internas|posizioni interne aperte|interne vacatures)\b/,
    "internal job announcement",
  ),
  cue(
    /\b(?:unsubscribe|abmelden|se desabonner|desinscrire|darse de baja|cancelar (?:a )?(?:suscripcion|inscricao)|uitschrijven|annulla(?:re)? (?:l'|la )?iscrizione|disiscriviti)\b[^\n]{0,80}\b(?:newsletter|alerts?|digest|mailing|emails? like this|jobagent|offres|alertas?|vacatures|annunci)\b|\b(?:read online|read the full (?:report|story|article|issue)|view (?:it )?in (?:your )?browser|read (?:it )?in your browser|im browser (?:lesen|ansehen)|voir (?:la version )?en ligne|ver (?:en el|no) navegador|bekijk (?:online|in je browser))\b[^]{0,1500}\b(?:unsubscribe|manage (?:your )?(?:email |subscription )?preferences)\b|\b(?:request|book|demander|solicitar|solicite|richiedi|vraag|anfordern)\w* (?:a |une |una |uma |een )?demo\b[^]{0,300}\b(?:unsubscribe|se desabonner|darse de baja|abmelden|uitschrijven|disiscriviti|descadastrar)/,
    "newsletter or job alert",
  ),
  cue(
    /\b(?:entretiens? blancs?|simulations? d'entretiens?|simulacros? de entrevistas?|entrevistas? simuladas?|simulacao de entrevistas?|probe-?(?:interview|vorstellungsgesprach|gesprach)|colloquio simulato|simulazione di colloquio|oefengesprek|proefsollicitatie|oefensollicitatie)\b/,
    "practice interview",
  ),
  cue(
    /\b(?:office hours(?<!(?:after|outside|outside of|out of|before|during|within|beyond|normal|usual|regular) office hours)(?!:? (?:are )?(?:mon|tue|wed|thu|fri|sat|sun|\d))|drop-in session|careers? (?:service|centre|center|advis[eo]r)|career services|bureau des stages|orientamento|servizio placement|orienta(?:dor|cao) de carreira|orientation professionnelle|conseill(?:er|ere) d'orientation|orientacion (?:laboral|profesional)|berufsberatung|karriereberatung|loopbaanbegeleiding|loopbaancoach|mentorat|mentoring|mentoria|tutoraggio|service carrieres|servicio de (?:empleo|carreras)|arbeitsagentur|agentur fur arbeit|pole emploi|france travail|uwv|centro per l'impiego)\b/,
    "careers service",
  ),
  cue(
    /\b(?:webinaire|webinario|inscri[cp]\w* (?:no|en el|al|a l'|para o|para el) (?:evento|evenement|meetup)|(?:sua|tu|votre|ihre|je|la tua) (?:inscricao|inscripcion|inscription|anmeldung|aanmelding|iscrizione) (?:para|no|al|a|zum|voor|al) (?:o |el |l'|la |de |het )?(?:meetup|evento|evenement|event|veranstaltung|webinar)|inscription confirmee|inscripcion confirmada|iscrizione confermata|inscricao confirmada|anmeldung bestatigt|aanmelding bevestigd|career fair|job fair|jobs fair|jobmesse|karrieremesse|salon de l'emploi|forum emploi|feria de empleo|feira de emprego|banenmarkt|open day|open house|info(?:rmation)? session|recruiting event|hiring event|meet (?:our|the) recruiters)\b/,
    "webinar or event",
  ),
  cue(
    /\b(?:vagas (?:recomendadas|novas|para si|para voce)|novas vagas|nuove offerte|candidati ora|postulez maintenant|solicita ahora|jetzt bewerben|solliciteer nu|cancelar (?:a )?subscricao|afmelden voor deze|se desabonner de ces|darse de baja de estas|disiscriviti dagli avvisi|von diesen (?:e-mails|benachrichtigungen) abmelden|tips voor je sollicitatiegesprek|dicas para a entrevista|consejos para tu (?:proxima )?entrevista|conseils? pour (?:votre|reussir (?:votre|son)) entretien|tipps fur (?:ihr|dein) vorstellungsgesprach|come prepararsi al colloquio)\b/,
    "newsletter or job alert",
  ),
  cue(
    /\b(?:in this issue|(?:bulletin|newsletter|digest) [–—-] (?:january|february|march|april|may|june|july|august|september|october|november|december)|please welcome (?:\d+|our) new (?:colleagues|joiners|starters|hires|team members)|this (?:week|month)(?:'s issue)?:|read (?:it )?now|read the (?:full )?(?:story|article|interview|issue)|dans ce numero|en este numero|in dieser ausgabe|in questo numero|nesta edicao|in deze editie|sollicitatietips|salarisonderzoek|administrar (?:mis |tus )?alertas|vacantes (?:nuevas )?para ti|coinciden con tu busqueda|bekijk (?:alle |onze )?vacatures|cette semaine ?:|esta semana ?:|diese woche ?:|questa settimana ?:|deze week ?:|\d{1,2} (?:erreurs|errores|erros|fehler|errori|fouten|conseils|consejos|dicas|tipps|consigli) (?:a eviter|qui|a evitar|que|zu vermeiden|die|da evitare|che|om te vermijden|die)|(?:lire|voir) en ligne\s*[·|]?\s*(?:se )?desinscrire)\b/,
    "newsletter or job alert",
  ),
  // A feature, story or episode the owner is interviewed for as a source or guest.
  cue(
    /\b(?:(?:be|being) interviewed (?:for|on|about) (?:our|the|a|an)|for our (?:feature|story|piece|episode|series|column|issue)|(?:feature|story|piece|episode) (?:on|about) [a-z]|hospitality trends feature|questions (?:are )?attached for the (?:piece|feature|article))\b/,
    "press or media interview",
  ),
  // A course or class about interviewing is learning, not hiring.
  cue(
    /\b(?:your (?:course|class|cohort|enrolment|enrollment)|(?:module|lesson|week) 1 (?:goes live|starts|begins)|(?:course|class|workshop|bootcamp) (?:on|about) interview(?:ing|s)?|formation (?:aux|a l')? ?entretiens?|kurs (?:zum|fur das) vorstellungsgesprach|curso de entrevistas?)\b/,
    "webinar or event",
  ),
  // Law, medical and support "intake interviews" with clients; an article being published.
  cue(
    /\b(?:(?:client|patient|new client) intake|intake (?:interview|meeting|call|questionnaire|session)(?<!(?:our|the) intake \w+)|prospective client|conflicts? check)\b/,
    "not a job interview (everyday sense)",
  ),
  cue(
    /\b(?:saldra|sortira|erscheint|uscira|sera publicad[oa]|will (?:run|appear|be published)|goes to print)\b[^.\n]{0,40}\b(?:edicion|edition|ausgabe|edizione|edicao|issue|print|online)\b/,
    "press or media interview",
  ),
  // ("Town Hall, Market Street": a council's address, where its interviews may be held.)
  cue(
    /\b(?:all-hands|all hands|town ?hall(?!,? (?:[a-z]+ ){0,3}(?:street|st|road|rd|square|sq|place|lane|avenue|way|building|offices?|reception|annex)\b))\b/,
    "announcement to all staff",
  ),
  cue(
    /\b(?:jobs matching your (?:alert|search|profile)|manage (?:your )?(?:job )?alerts|see all \d+ jobs|\d+ new [a-z ]{2,40} jobs|(?:novas|nuevas|nouvelles|nuove|nieuwe|neue) (?:ofertas|offres|offerte|vacatures|stellenangebote) (?:de (?:emprego|empleo|trabajo)|d'emploi|di lavoro|voor|fur|para|pour|per)|(?:ao seu|a su|a tu|a votre|al tuo|al suo|zu ihrem|zu deinem|bij je|bij uw) (?:alerta|alerte|avviso|suchauftrag|jobalarm|zoekopdracht))\b/,
    "newsletter or job alert",
  ),
  // Conference panels: the moderator "interviews" the speakers.
  cue(
    /\b(?:speaker confirmation|invitation to speak|(?:speak|speaking) on (?:the|a|our) panel|keynote (?:speaker|slot)|moderator will (?:interview|introduce))\b/,
    "webinar or event",
  ),
  // Research readouts: "what we heard from 14 driver interviews".
  cue(
    /\b(?:readout|pain points|what we heard|interview (?:synthesis|findings|insights)|(?:driver|customer|user|patient|partner|merchant|rider|seller|buyer|clinician) interviews)\b/,
    "user-research interview",
  ),
  cue(
    /^(?:newsletter|nieuwsbrief|infolettre|lettre d'information|boletin|boletim|notiziario|rundbrief|new jobs matching|jobs for you)\b|\b(?:easily apply|see all jobs|responsive employer|recommended jobs)\b/,
    "newsletter or job alert",
  ),
  cue(
    /\b(?:(?:radio|tv|live|podcast)-?interview|nieuwsradio|ochtendprogramma|morning show|on air|in de studio|live in the studio|in the studio (?:with|for the (?:show|programme|program|segment|episode))|(?:radio|tv|recording) studio|im studio|interview presse|entretien (?:de )?presse|elements de langage|relations presse|(?:film|filming|record|recording) (?:short )?interviews with (?:guests|attendees|visitors|customers)|(?:tv|film|camera) crew|gabinete de comunicacao|relatorio anual|entrevistar para (?:a|o) (?:seccao|rubrica|revista|relatorio|newsletter|jornal))\b/,
    "press or media interview",
  ),
  // "Entrevista de evaluación del desempeño", "Jahresgespräch": a performance review.
  cue(
    /\b(?:evaluacion del desempeno|entrevista (?:anual )?de evaluacion|avaliacao de desempenho|jahresgesprach|mitarbeitergesprach|beoordelingsgesprek|functioneringsgesprek|colloquio (?:annuale )?di valutazione|performance review)\b/,
    "not a job interview (everyday sense)",
  ),
  // "Visita medica periodica": the employer's periodic health check (a check before starting a new
  // job, "Einstellungsuntersuchung", is the candidate's onboarding).
  cue(
    /\b(?:visita medica periodica|sorveglianza sanitaria|reconocimiento medico periodico|examen medico periodico|exame (?:medico )?periodico)\b/,
    "not a job interview (everyday sense)",
  ),
  // "Colloquio di ammissione al Master", "entretien individuel – classe de CM1": admissions and school.
  cue(
    /\b(?:colloquio di ammissione|entretien d'admission|entrevista de admision|entrevista de admissao|aufnahmegesprach|toelatingsgesprek|admissions? interview|classe de (?:cp|ce1|ce2|cm1|cm2|6e|5e|4e|3e)|ecole (?:elementaire|maternelle|primaire)|carnet de liaison|elternsprechtag|elterngesprach|oudergesprek|parent-teacher|entrevista com a familia|entrevista con la familia|entretien avec la famille|familiengesprach|gesprek met het gezin|colloquio con la famiglia)\b|\b(?:admissao|admision|admission|ammissione|aufnahme|toelating)\b[^.\n]{0,40}\b(?:do seu filho|da sua filha|de su hij[oa]|de tu hij[oa]|of your (?:son|daughter|child)|de votre (?:fils|fille|enfant)|ihres (?:sohnes|kindes)|ihrer tochter|van uw (?:zoon|dochter|kind)|di (?:suo|vostro|tuo) figli[oa])\b/,
    "admissions or housing interview",
  ),
  // "Interview Grandma Ruth – family history project": interviewing for a project of one's own.
  cue(
    /\b(?:family history|oral history|genealog\w*|(?:school|class|homework|college|university|student) (?:project|assignment|paper)|histoire familiale|historia familiar|familiengeschichte|storia di famiglia|historia oral|histoire orale|oral-history)\b/,
    "not a job interview (everyday sense)",
  ),
  // "Dana Ruiz / Reporter, RetailWire News": a reporter's signature line.
  cue(
    /(?:^|\n)[^\S\n]*(?:senior |staff |tech |business )?(?:reporter|correspondent)[^\S\n]*[,|–-]/,
    "press or media interview",
  ),
  // A colleague's send-off mentions their interviews and offer elsewhere; the owner is a guest.
  cue(
    /\b(?:farewell (?:lunch|drinks|party|dinner|breakfast|coffee|gathering|card)|send-?off\b|leaving (?:do|drinks|lunch|party|card)|pot de depart|abschiedsfeier|abschiedsessen|abschiedsumtrunk|(?:comida|cena|almuerzo|fiesta) de despedida|(?:almoco|jantar|festa) de despedida|afscheids(?:borrel|lunch|etentje|feest)|(?:pranzo|cena|festa|aperitivo) di (?:addio|saluto)|(?:her|his|their) last day (?:is|will be|here)\b)/,
    "a colleague's farewell",
  ),
];

/** The owner is on the hiring side. */
export const STAFFS_EVENT = "the owner staffs a recruiting event";
export const MORE_INTERVIEWER: Cue[] = [
  cue(
    /\bcalibra\w*[^.\n]{0,40}\b(?:entrevistadores|intervieweurs|recruteurs|selezionatori|intervistatori|interviewers|interviewer:innen|interviewern)\b|\bgestructureerd interviewen\b|\b(?:iedereen|wie|alle[ns]?|jeder|chiunque|quien|quem|tous ceux) (?:die|qui|que|che|der|wer) [^.\n]{0,40}(?:sollicitatiegesprekken|vorstellungsgesprache|entretiens de recrutement|entrevistas de seleccion|colloqui di selezione) (?:voert|voeren|fuhrt|fuhren|mene|menent|realiza|realice|conduce|conduca)\b|\bbeoordelingskaart\b/,
    "interviewer training or assessment duty",
  ),
  cue(
    /\b(?:nachbesprechung|kandidatenbesprechung|bewerberbesprechung|feedbackrunde|einstellungsentscheidung|restitution des entretiens|riunione di valutazione|(?<!(?:mit|vor|von) (?:der|die|einer|dem) |(?:devant|par) (?:le|la|un|une) |by the |(?:agenda|disponibilidad|calendario|disponibilite) (?:del|du|da|do|de la|della|van de|des|der) |(?:ante|con|frente a) (?:el|la|un|una) |(?:perante|com|diante d)(?:o|a| o| a| um| uma) |(?:voor|met) (?:de|het|een) |(?:davanti|dinanzi) (?:al|alla|a una|a un) )(?:auswahlkommission|comite de (?:seleccion|recrutement|selection)|jury de recrutement|comissao de selecao|selectiecommissies?|sollicitatiecommissie|benoemingscommissie|berufungskommission)(?! (?:aimerait|souhaite|voudrait|desea|quisiera|quiere|le|la|te|lo|gostaria|deseja|quer|lhe|o|a|mochte|wurde|will|mocht|wil|zou|would|wants|vorrebbe|desidera|vi|ti) (?:vous|usted|te|le|la|lo|o|a|lhe|voce|sie|ihnen|dich|u|je|you|la|ti|vi|rencontrer|conocer|conhecer|kennenlernen|ontmoeten|meet|incontrare|incontrarla|conocerle|conocerte|entrevistar)\b))\b/,
    "hiring-team debrief",
  ),
  // "Pieter heeft gereageerd op jouw vacature … of je hem wilt uitnodigen voor een formeel
  // gesprek": an applicant for the owner's own vacancy, whom the owner may invite.
  cue(
    /\b(?:(?:gereageerd|gesolliciteerd|reageert|solliciteert) op (?:jouw|je|uw) vacature|(?:applied|responded) (?:for|to) your (?:vacancy|opening|open role|posting|req\w*)|(?:auf|fur) (?:deine|ihre) (?:vakanz|stelle|ausschreibung) beworben|(?:postule|candidate) (?:a|sur) (?:votre|ta) (?:offre|annonce|poste vacant)|(?:postulado|aplicado) a (?:tu|su) vacante|(?:candidatou|se candidatou) (?:a|à) (?:sua|tua) vaga|candidat[oa] (?:alla|per la) (?:tua|sua) posizione aperta|of je (?:hem|haar|hen) wil(?:t)? uitnodigen|whether you(?:'d| would)? (?:like|want) to invite (?:him|her|them) (?:to|for)|ob (?:du|sie) (?:ihn|sie) (?:zu einem|zum) [^.\n]{0,30}einladen (?:mochtest|mochten|willst|wollen))\b/,
    "an applicant for the owner's own vacancy",
  ),
  // "eine Entscheidung treffen, wem wir ein Angebot machen", "tragt eure Bewertungen vorher in
  // Personio ein": the hiring team deciding whom to offer the job, or entering its ratings.
  cue(
    /\b(?:wem wir (?:ein|das) angebot (?:machen|unterbreiten)|(?:to )?whom (?:we|to) (?:make|extend) (?:an|the) offer|(?:decide|agree) (?:who|which candidate) (?:gets|should get|to make|to extend|we make) (?:the|an) offer|a qui (?:faire|nous ferons|on fait) (?:une |l')offre|a quien (?:hacer|hacemos|le hacemos) (?:la|una) oferta|a quem (?:fazer|faremos|fazemos) (?:a|uma) (?:oferta|proposta)|a chi (?:fare|facciamo) (?:l'|un')offerta|wie (?:we|wij) (?:een|het) aanbod (?:doen|maken)|(?:tragt|tragen sie) (?:eure|ihre) (?:bewertungen|einschatzungen|scorecards?|feedbacks?)\b[^.\n]{0,40}\bein|(?:saisissez|renseignez|remplissez|completez) vos (?:evaluations|grilles?(?: d'evaluation)?|scorecards?)|inserite (?:le vostre|la vostra) (?:valutazion[ei]|scheda di valutazione|scorecard)|(?:registrem|preencham) (?:suas|as suas|vossas) (?:avaliacoes|scorecards?)|vul (?:je|jullie|uw) (?:beoordeling|evaluatie|scorecard)\w* in)\b/,
    "hiring-team debrief",
  ),
  cue(
    /\b(?:(?:mit|met|avec|con|com|with) (?:der |dem |de |la |le |el |il |o |a |the )?(?:bewerberin|bewerber|kandidatin|kandidat|kandidaat|candidate|candidat|candidata|candidato) (?!(?:with|who|that|from|and|or|in|at|on|of|whose|which|qui|que|avec|con|mit|met|die|der|das|de|di|da|du)\b)\w+ \w+|(?:could|can|would) you (?:help (?:us )?)?(?:interview|do (?:an|the|a) interview|join (?:the|an|a|our) (?:interview )?panel|sit in on)|need (?:an?|one more|another) interviewer|(?:availability|available|free) to interview (?:her|him|them|[a-z]+ [a-z]+)|join (?:the|our) (?:interview )?panel)/,
    "the owner runs the interview",
  ),
  // Job boards and agencies write to the hiring manager about an applicant.
  cue(
    /\b(?:a postule (?:a|sur) votre|espace recruteur|se ha inscrito en tu oferta|(?:invitarla|invitarlo) a una entrevista|ha(?:nno)? candidato alla tua (?:offerta|posizione)|candidatou-se (?:a|para) (?:sua|tua) vaga|heeft gesolliciteerd op (?:uw|je|jouw) vacature|hat sich auf ihre stelle\w* beworben|(?:applied|has applied) (?:to|for) your (?:job|role|posting|opening|position)|new applicants? for your|your job post(?:ing)?\b|(?:she|he) (?:has confirmed (?:she|he) )?can interview with you|has confirmed (?:she|he) can|send (?:her|him) the (?:address|details|invite)|(?:is|are) (?:scheduled|booked|confirmed|set) to (?:interview|meet|speak) with you\b|(?:his|her|their) (?:resume|cv|profile)(?: and [a-z ]{0,30})? (?:is|are) attached|^candidate interview ?:)/,
    "another person is the candidate",
  ),
  // An agency writing to a Japanese firm's HR about the candidate it recommended (ご推薦), to share
  // with the interviewers (面接官の皆様): the owner hires.
  // "la commissione per i colloqui con i candidati … curricula dei sei candidati": a panel that
  // interviews candidates, in the plural, sits on the hiring side.
  cue(
    /\b(?:commissione per i colloqui con i candidati|(?:visionare|esaminare|leggere) (?:in anticipo )?i curricula dei|(?:los|las) (?:cv|curr[ií]culos?) de (?:los|las) (?:\w+ )?candidat[oa]s|les cv des (?:\w+ )?candidats|die (?:lebenslaufe|unterlagen) der (?:\w+ )?(?:bewerber|kandidat)\w*|de cv's van de (?:\w+ )?kandidaten|os curr[ií]culos dos (?:\w+ )?candidatos)\b/,
    "the owner runs the interview",
  ),
  cue(/ご推薦(?:しておりました|いたしました|した)|面接官の皆様/, "another person is the candidate"),
  cue(
    /\b(?:interviewer (?:briefing|sync|prep|kick-?off|onboarding|huddle)|pre-?brief|who covers (?:coding|design|system design|behaviou?ral|culture)|intake (?:meeting|call|session) (?:for|with)|(?:following|after|from) our intake (?:meeting|call|session)|thanks for (?:submitting|putting forward) (?!your\b|the\b|an?\b|my\b)[a-z]+|(?:we've|we have) booked (?:her|his) interview|please let (?:her|him) know)/,
    "the owner runs the interview",
  ),
  // Agencies put their candidates forward to a hiring manager in every language.
  cue(
    /\b(?:(?:ti|vi|le|te|je vous|nous vous|lhe|wir senden ihnen|ich sende ihnen) (?:invio|envio|envoie|envoyons|envio|envia|sende|senden) (?:il |el |le |o |den )?(?:cv|curriculum|lebenslauf|profil|profilo|perfil) (?:di|de|du|von|van|do|da)|(?:ci-joint|adjunto|segue|hierbij|anbei|im anhang|in allegato|em anexo) (?:le |el |o |het |de |der |den |il )?(?:cv|curriculum|lebenslauf|profil|profilo|perfil) (?:di|de|du|von|van|do|da)|(?:pour votre|para (?:tu|su|a sua)|per la (?:tua|sua)|fur ihre|voor (?:uw|jouw|je)) (?:poste|vacante|vaga|posizione|stelle|vakanz|vacature|offre)|(?:disponible|disponibile|disponivel|verfugbar|beschikbaar)[^.\n]{0,50}(?:pour un entretien avec vous|para una entrevista contigo|para uma entrevista consigo|per un (?:primo )?colloquio con (?:te|lei|voi)|fur ein gesprach mit ihnen|voor een gesprek met (?:u|jou|je))|kan [^.\n]{0,40}op gesprek komen|(?:stuur|stuurde) (?:ik )?(?:je|u|jullie) (?:hierbij )?het cv van|kan [^.\n]{0,60}bij jullie (?:op kantoor|langs)|kandidaat ?voorstel|kandidatenvorschlag|candidate (?:proposal|submission|shortlist) ?:|proposition de candidat\w*)/,
    "another person is the candidate",
  ),
  cue(
    /\b(?:volunteer(?:ing|ed)? (?:for|at|to staff) (?:the|our) [^.\n]{0,60}(?:booth|stand|fair|table at [^.\n]{0,40}hiring event)|(?:voluntariares|voluntariaste|voluntariarte|te (?:portes|portant) volontaire|vous (?:portez|portant) volontaire|freiwillig gemeldet|offert[oa] volontari[oa]|aangemeld als vrijwilliger)[^.\n]{0,60}\bstand\b|(?:mini-?)?entrevistas? (?:de \d+ minutos )?(?:a|con|com) (?:os |los |las )?(?:estudantes|estudiantes|alumnos|alunos)|(?:staff(?:ing)?|running|manning|help (?:run|staff|set up)) (?:the|our) (?:[\w&-]+ ){0,3}(?:booth|stand)|stand (?:willen |wil |te )?bemannen|\bturno (?:no|do|en el|del) (?:stand|estande)\b|(?:den|unseren) stand (?:zu )?betreuen|tenir (?:le|notre) stand|(?:tiendr\w*|tient|tiennent) (?:un|le|notre) stand|(?:atender|cubrir|cobrir) (?:el|o|nuestro|nosso) (?:stand|estande)|presidiare (?:lo|il nostro) stand|presidio (?:dello |del nostro )?stand|collect (?:cvs|resumes) (?:at|from)|(?:shift|turn) at (?:the|our) (?:[\w&-]+ ){0,3}booth|(?:booth|stand|staffing) (?:duty|rota|schedule)|booth staffing|(?:booth|stand) ?[(–—-] ?staffing\b|staffing ?: [^\n]{0,80}\b(?:booth|stand)\b|(?:chats|conversations|chatting|talk|talking) (?:with|to) (?:promising |interested |prospective |[\w-]+-year )?(?:students|graduates|grads)\b|thank(?:s| you)(?: (?:a million|so much|again|all|both))? for volunteering[^\n]{0,80}\b(?:booth|stand)\b|(?:screen|review) (?:resumes|cvs) at the (?:booth|stand|fair)|thank(?:s| you) for representing [a-z ]{1,30} at the|sourcing (?:session|jam|sprint|party|hour)|standdienst|standbetreuung|(?:am|an unserem|sur notre|en (?:el|nuestro)|no nosso|al nostro|allo|op (?:de|onze)) stand\b|permanence sur le stand|voluntariar para o estande|(?:oferecid[oa]s?|voluntari[oa]s?|disponibilizad[oa]s?) para o (?:stand|estande)|escala do (?:stand|estande)|(?:conversas|entrevistas rapidas) com (?:os )?estudantes|(?:entrevistas rapidas|colloqui rapidi|entretiens rapides|(?:courts|brefs|petits) entretiens(?: de pre-?selection)?|speed interviews?) (?:com|con|a|avec|with) (?:os |i |les |los )?(?:estudantes|estudiantes|studenti|laureandi|etudiants|students)|(?:schulung|training|formation|formacion|formazione)[^.\n]{0,40}(?:strukturierte interviews|interviewer|panelmitglieder|entretiens structures|entrevistas estructuradas)|(?:in|im) auswahlgremi\w* [^.\n]{0,40}mitwirk\w*|panelmitglied\w*|(?:hareis|haras|haran|realizareis|realizaras|realizaran) (?:las )?entrevistas|plantilla de evaluacion|staffing shift|(?:short |quick )?(?:on-the-spot )?chats with (?:promising |potential )?candidates|turno en el stand|turno allo stand|thank(?:s| you) for volunteering for (?:our|the) [^.\n]{0,30}(?:campus|careers?|recruiting|graduate) (?:day|fair|event|visit)|you (?:and [a-z]+ )?(?:will|'ll) (?:each )?interview (?:[a-z0-9]+ ){0,2}(?:students|graduates|applicants|candidates|interns)\b|(?:be )?conducting (?:[\w-]+ ){0,3}interviews with (?:[\w-]+ ){0,2}(?:students|graduates|applicants|interns)\b|volunteering as (?:a |an )?(?:panell?ist|interviewer) for (?:the|our) [^.\n]{0,40}(?:hiring|recruiting|campus|graduate)|no estande d[ao] [^.\n]{0,80}(?:estudantes|entrevistas)|(?:voluntari|volontari|benevole)\w* (?:[\w']+ ){0,3}(?:estande|stand|booth|kraam)\b|standbezetting|stand\b[^.\n]{0,60}\bbemannen|stand\b[^.\n]{0,60}\bbemensen|(?:messe)?stand\b[^.\n]{0,40}\b(?:betreu|besetz)\w*|(?:no|ao) estande\b[^.\n]{0,60}\b(?:recebendo|receber|atendendo|atender) (?:os )?(?:estudantes|alunos|candidatos)|(?:coletando|coletar|recolher|recolhendo|recoger|recogiendo|raccogliere|collecter|verzamelen|sammeln) (?:os |los |i |des |de )?(?:curriculos|curriculums|cvs?|curricula|lebenslaufe)|cv'?s verzamelen|lebenslaufe (?:einsammeln|sammeln)|studenten te woord (?:staan|te staan)|standbemanning|escala do estande|turno (?:do|no) estande|triagem (?:rapida )?(?:dos |de )?curriculos|cribado (?:rapido )?de (?:cv|curriculums)|tri (?:rapide )?des cv)/,
    STAFFS_EVENT,
  ),
  // The owner is asked to assess someone: "she's our last shortlisted candidate", "as hiring
  // manager, could you run a 45-minute interview?" (but "could you do a first interview with their
  // Head of Analytics" invites the owner as the candidate), "jij voert het gesprek", "Sanne en ik doen het
  // gesprek", "you'll be her manager", "integrar o painel de entrevistas", "rubrica de avaliação".
  cue(
    /\b(?:(?:she|he|they)(?:'s| is| are) (?:our|the) (?:last |final |first |other |only )?shortlisted candidates?|(?:could|can|would) you (?:please )?(?:(?:run|conduct|lead) (?:a|an|the) (?:[\w-]+ ){0,3}interview\b|(?:take|do) (?:a|an|the) (?:[\w-]+ ){0,3}interview\b(?! with))|as (?:the )?hiring manager, (?:could|can|would|will|please|you(?:'ll| will))|als hiring manager (?:fuhrst du|fuhren sie|fuhrst|voer je|voert u|conduis|menes|conduces|conduzes|conduci)\b|(?:fuhrst du|fuhren sie) das (?:gesprach|interview) mit (?:ihr|ihm)\b|jij voert het gesprek|(?:en|and|und|et|y|e) (?:ik|i|ich|moi|yo|eu|io) (?:doen|do|fuhren|menons|run|conduct|lead|hacemos|fazemos|facciamo) (?:het|the|das|l'|la|a|il) (?:gesprek|interview|gesprach|entretien|entrevista|colloquio)|(?:voce|tu|usted|vous|du) (?:conduz|conduces|conduce|menez|fuhrst|leidt) (?:a|la|el|le|die|de|het) (?:parte|entrevista|entretien|interview|gesprach|gesprek)|(?:you(?:'ll| will)?|sie) (?:lead|run|conduct|fuhren) (?:the|das) (?:interview|gesprach)|you(?:'ll| will) be (?:her|his|their) (?:manager|line manager|boss|lead)|(?:heeft|hat sich|has|a) intern(?:ally)? (?:gesolliciteerd|beworben|applied|postule)|(?:integrar|integrer|integrare|formar parte d(?:e|el)|fazer parte d[oa]|faire partie d(?:u|e la)|far parte d(?:el|ella)) (?:o |el |le |il |la |del |do |du )?(?:painel|panel|jury|tribunal|commissione|comissao|comite|comité) de (?:entrevistas|entretiens|colloqui|selecao|seleccion|selection|recrutement)|rubrica de (?:avaliacao|evaluacion|valutazione)|(?:faire|fasses?|ferais|ferait) partie du jury|(?:collaborateurs|collaboratrices|candidats|candidates|salaries) ont postule|(?:die )?unterlagen von (?:herrn|frau) |ich ubernehme die fachlichen fragen)/,
    "another person is the candidate",
  ),
  // A candidate writes to the owner: confirming attendance ("je vous confirme ma présence à
  // l'entretien") or thanking for the interview ("la ringrazio per il tempo dedicatomi").
  cue(
    /\b(?:(?:vous )?confirme ma presence (?:a|au|pour)|(?:le |te )?confirm(?:o|ar|arle|arte) mi (?:asistencia|presencia) (?:a|en|para)|confirmo (?:a )?minha presenca|bestatige (?:hiermit )?meine teilnahme (?:an|am)|bevestig (?:hierbij )?mijn aanwezigheid|confermo la mia (?:presenza|partecipazione) (?:al|alla)|i (?:hereby )?confirm my attendance (?:at|for)|thank(?:s| you)(?: so much| again)? for the opportunity[.!]|(?:la|ti|vi) ringrazio per il tempo dedicatomi|thank you for taking the time to interview me|thank(?:s| you)(?: so much| again)? for taking the time to (?:meet|speak|talk|chat) (?:with )?me\b|merci pour le temps que vous m'avez (?:consacre|accorde)|merci de m'avoir (?:accorde|consacre|recu)|gracias por (?:el tiempo que me dedic\w+|entrevistarme)|obrigad[oa] por (?:me entrevistar|o tempo que me dedic\w+)|danke,? dass sie sich (?:die )?zeit (?:fur mich )?genommen haben)/,
    "another person is the candidate",
  ),
  // An agency presents candidates to the owner: "Kandidaat A (Lotte)", "profielen van twee
  // kandidaten", "jullie vacature", "te presento tres perfiles", "Kandidatenvorschlag".
  cue(
    /\b(?:(?:kandidaat|kandidat(?:in)?|candidate|candidat[eao]?) [a-c] \(|(?:profielen|profiles|profile|profils|perfiles|perfis|profili|cvs) (?:van|of|von|de|di|dos|des) (?:twee|drie|vier|two|three|four|zwei|drei|vier|deux|trois|quatre|dos|dois|tres|cuatro|quatro|due|tre|quattro|\d) (?:kandidaten|candidates|kandidat\w*|candidats|candidatos|candidati)|(?:jullie|uw) vacature|(?:te|le|vous|ti|lhe|u|je) (?:presento|presenta|presente|presentiamo|apresento) (?:\w+ )?(?:perfiles|perfis|profils|profili|candidatos|candidats|candidati|kandidaten|profielen)|kandidatenvorschlag|(?:qual|quem|cual|quien|lequel|laquelle|quale|welche[nrs]?|wie) (?:(?:deles|de ellos|d'entre eux|di loro|van hen) )?(?:prefere|prefiere|preferez|preferisce|bevorzugen sie|wilt u|prefer(?:eres)?) (?:entrevistar|rencontrer|incontrare|interviewen|spreken|kennenlernen)|which (?:one |of them )?(?:you'd|you would) (?:like|prefer) to (?:interview|meet) first|stelle ich ihnen (?:herrn|frau) [^.\n]{0,60}\bvor\b|(?:candidates|candidatos|candidatas|candidats|candidates|kandidaten|candidati) (?:for|para|pour|fur|voor|per) (?:my|mi|mon|ma|mein|meine|mijn|il mio|la mia|o meu|a minha) (?:team|equipo|equipe|abteilung|afdeling|squadra|equipa)\b|(?:valutare|evaluar|evaluer|bewerten|beoordelen|assess|review|avaliar) (?:i|los|las|les|die|de|the|os|as) (?:\w+ )?(?:finalisti|finalistas|finalistes|finalisten|finalists)\b|(?:notre|nuestro|nuestra|our|unsere[nr]?|onze|nostro|nostra|nosso|nossa) (?:candidat(?:e)?|candidato|candidata|candidate|kandidat(?:in)?|kandidaat),? (?:m\.|mme|monsieur|madame|mr\.?|mrs\.?|ms\.?|herrn?|frau|sr\.?|sra\.?|senor|senora|dhr\.?|mevr\.?|sig\.?|sig\.ra|dott\.?)(?= )|(?:encontrei|i(?:'ve| have)? found|j'ai trouve|he encontrado|ho trovato) (?:uma|um|a|an|une|un|una|uno) (?:(?:great|strong|excellent|promising|ottim[oa]|excelente|excellente?|bon(?:ne)?|buen[oa]|otim[oa]) )?(?:candidata|candidato|candidate|candidat|candidate|kandidaat|kandidatin)\b(?! (?:whose|who|with|cuyo|cuya|cuja|que|qui|dont|il cui|la cui|che|wiens|die|com|con|avec) )(?! (?:mais|more|plus|mas|piu|meer) ))/,
    "another person is the candidate",
  ),
  cue(
    /\b(?:(?:attached|enclosed|please find|anbei|ci-joint|ci-jointe|adjunto|em anexo|in allegato|bijgevoegd)[^.\n]{0,40}\b(?:cv|resume|profile|lebenslauf|profil|perfil|profilo|curriculum) (?:of|von|de|du|di|van|del|do|da) \w+|shortlist(?:ed)? candidates? for|candidat[oa] que (?:te|le|les) (?:presentamos|presentamos|propusimos|enviamos|apresentamos)|candidat(?:e|o|a)? (?:that |whom? )?we (?:presented|put forward|submitted|introduced) to you|(?:le|la) candidat(?:e)? que nous vous avons (?:presente|presentee|propose|proposee)|(?:den|die) (?:wir )?ihnen (?:vorgestellt|vorgeschlagen)(?:en|e)? (?:kandidat|kandidatin)|kandidat(?:in)?, (?:den|die) wir ihnen (?:vorgestellt|vorgeschlagen) haben|kandida(?:at|te) die (?:we|wij) (?:je|u) (?:hebben )?(?:voorgesteld|voorgedragen)|(?:il|la) candidat[oa] che (?:ti|le|vi) abbiamo (?:presentato|presentata|proposto|proposta)|(?:the|my|our|a) shortlist for your\b|\bcvs (?:are )?(?:attached|enclosed)\b|(?:attached|enclosed) (?:are )?(?:their|the|both) (?:cvs|resumes)\b|(?:o que achou|what did you think|qu'as-tu pense|qu'avez-vous pense|was (?:haltst|hieltst) du von|que te parecio|wat vond je van|cosa ne pensi) (?:da|do|of the|of|du|de la|de|del|van de|della|dello|der|dem) (?:candidat[ao]|candidate|kandidat\w*|kandidaat|candidato)|candidatos pre-?selecionados|candidatos preseleccionados|candidats? preselectionnes|candidati preselezionati|geselecteerde kandidaten|vorausgewahlten? (?:kandidat|bewerber)\w*|(?:realizar|conduzir|faire passer|mener|condurre|fuhren|voeren) (?:as|las|les|i|die|de) (?:entrevistas|entretiens|colloqui|gesprache|gesprekken)|(?:sit|sitting|serve|serving) on (?:the|an?|our) (?:[\w-]+ ){0,3}panel|you(?:'re| are) on the (?:[\w-]+ )?panel|(?:applicants|candidates) have been shortlisted|candidates? (?:for|to fill) your (?:role|team|position|opening|vacancy)|(?:profiles|cvs|resumes|candidates) for (?:the|your) [^.\n]{0,40}(?:opening|role|position|vacancy) on your team|(?:he|she|they)(?:'s| is| are) available [^.\n]{0,60}for (?:a |an )?(?:first |initial |second )?(?:interview|call|chat) with you)/,
    "another person is the candidate",
  ),
  cue(
    /\b(?:grille d'evaluation|fiche d'evaluation|formulaire d'evaluation|evaluatieformulier|beoordelingsformulier|(?:je|jouw|uw) indruk invullen|scorekaart|formulario de (?:evaluacion|avaliacao)|modulo di valutazione|(?:nog )?geen evaluatie ingevuld|evaluatie invullen|(?:je|jouw|uw) beoordeling (?:staat nog open|invullen|in te vullen)|beoordeling invullen|(?:ihre|deine) (?:bewertung|beurteilung) (?:steht noch aus|abgeben|ausfullen)|(?:votre|ton) evaluation (?:est en attente|a completer|a remplir)|(?:tu|su) evaluacion (?:esta pendiente|pendiente)|(?:a sua|sua|a tua) avaliacao (?:esta pendente|pendente)|(?:la tua|la sua) valutazione (?:e in sospeso|da compilare)|schede? di valutazione|fichas? de (?:avaliacao|evaluacion)|bewertungsbogen|interview guide for|feedback pendiente|(?:gesprachs|interview)leitfaden|feedback (?:bis [a-z0-9.]+ )?(?:in [a-z]+ )?eintragen|guide d'entretien|guia de (?:la )?entrevista|guida al colloquio|interviewhandleiding|(?:cargar|carga|cargaste|completa|completar|enviar|envia) (?:tu |su |el )?feedback|(?:votre|ton) (?:feedback|retour) sur l'entretien (?:avec|de)|(?:dein|ihr) feedback zum (?:interview|gesprach) mit|(?:o )?seu feedback da entrevista|il tuo feedback sul colloquio|je feedback over het gesprek met|your focus area|please (?:review|read) (?:the|his|her|their) (?:cv|resume|profile) before)\b/,
    "scorecard or feedback request",
  ),
  // The candidate in the third person, moving or confirming their slot with the owner.
  cue(
    /\b(?:the (?:candidate|applicant) (?:has )?(?:asked|requested|would like|wants|needs) to (?:move|reschedule|change|push)|(?:le|la) candidat(?:e)? (?:a )?demande a (?:deplacer|decaler)|(?:der|die) (?:kandidat(?:in)?|bewerber(?:in)?) (?:hat|mochte) (?:um )?(?:eine )?(?:verschiebung|verschieben))\b/,
    "another person is the candidate",
  ),
  // Panel requests, hiring plans for one's own openings, and replies to the owner's own invitation.
  cue(
    /\b(?:(?:requested|asked|invited|added) (?:you )?to (?:join|sit on) (?:an|the|a) (?:interview )?panel|(?:interview|hiring) plan for (?:the|my|our)|(?<!(?:application|applied|apply|about|for|discuss) (?:the |an? )?[^.\n]{0,60})openings? on my team|\(\d+ (?:candidates|candidats|candidatos|kandidaten|candidati)\)|^feedback (?:is )?due\b|(?:cvs|resumes|profiles|candidates) for your (?:[\w-]+ ){0,4}(?:role|position|vacancy|opening)|could you meet (?:her|him|them|both|all three)|sit on the panels?|(?:has|have) (?:accepted|declined|tentatively accepted) the invitation to the following event|(?:has|have) (?:accepted|declined|tentatively accepted) your (?:event )?invitation|a (?:accepte|refuse|decline) votre invitation|hat ihre einladung (?:angenommen|abgelehnt)|ha (?:aceptado|rechazado) (?:tu|su) invitacion|(?:aceitou|recusou) (?:o )?seu convite|heeft (?:je|uw) uitnodiging (?:geaccepteerd|afgewezen)|ha (?:accettato|rifiutato) il (?:tuo|suo) invito|(?:a|hat|ha|heeft) (?:accepte|angenommen|aceptado|accettato|geaccepteerd) (?:l'invitation|die einladung|la invitacion|l'invito|de uitnodiging))\b/,
    "the owner runs the interview",
  ),
  // "me gustaría que la entrevistes tú", "opciones para entrevistar a Marta": the owner is asked to
  // interview someone; "votre évaluation n'a pas encore été remplie": the owner's scorecard is due.
  cue(
    /\b(?:que (?:la|lo|le|les) entrevist(?:es|e usted|en ustedes)|para (?:que )?entrevist(?:ar|es) a [a-z]+ [a-z]+|deja(?:r)? tu evaluacion en|(?:podrias|puedes|quieres|te gustaria|te animas a) entrevistarl[ao]s?|(?:poderia|podes|consegue|consegues) entrevista-l[ao]s?|potresti (?:intervistarl[ao]|incontrarl[ao])|could you interview (?:her|him|them)|(?:te presento a|ti presento|je te presente|je vous presente|apresento-te (?:a|o)?) ?[a-z]+(?: [a-z]+){0,2},? (?:una |un |la nostra |notre )?candidat[aoe]?|votre evaluation n'a pas (?:encore )?ete (?:remplie|completee|soumise|renseignee))\b/,
    "the owner runs the interview",
  ),
];

/** Candidate-side mail that is not a scheduled interview. */
export const MORE_NOT_SCHEDULED: Cue[] = [
  // The candidate withdrew ("I've withdrawn your application … and released Friday's slot").
  cue(
    /\b(?:(?:have |'ve )?withdrawn (?:your|my|the) (?:application|candidacy)|withdraw (?:my application|my candidacy|from the (?:process|running))|released (?:the |your |[a-z]+'s )?interview slot|retire (?:votre|ma) candidature|retirar (?:mi|tu|su) candidatura|(?:meine|ihre|deine) bewerbung zuruck(?:ziehen|gezogen)|ritirare la (?:mia|tua|sua) candidatura|(?:mijn|je|uw) sollicitatie (?:intrekken|ingetrokken))\b/,
    "withdrawn",
  ),
  // An agency's call to get the owner ready for an interview is not the interview.
  cue(
    /\b(?:(?:to )?prep you for (?:the|your)|prepare you for (?:the|your)|(?:prep|preparation|briefing) call (?:for|before) (?:the|your)|vous preparer (?:a|pour) (?:l'|votre )entretien|prepararte para (?:la|tu) entrevista|sie auf (?:das|ihr) (?:gesprach|interview) vorzubereiten)\b/,
    "preparation call",
  ),
  // A future colleague's coffee "before your panel": part of the process, said not to be assessed.
  cue(
    /\b(?:not an evaluation|not (?:an?|part of the) (?:interview|assessment)|no evaluation|(?:won't|will not|doesn't|does not) count towards|pas une evaluation|keine bewertung|no es una evaluacion|nao e uma avaliacao|geen beoordeling|non e una valutazione)\b/,
    "informal, not assessed",
  ),
  // The owner's own references: a call about them is a step of the process, not an interview.
  cue(
    /^(?:re: )?reference (?:call|check)\b|\b(?:your referees(?<!\bbring\b[^.\n]{0,40})|referees' (?:details|contact)(?<!\bbring\b[^.\n]{0,60})|(?:move|moving|proceed) to references|reference-check stage)\b/,
    "reference check",
  ),
  cue(
    /\b(?:ne (?:donnerons|pourrons|pouvons) pas (?:donner )?suite|(?:avons|ai) le regret de vous (?:informer|annoncer)|(?:decided|chosen|opted) (?:not to proceed|to go with|to continue with|to move ahead with)|not to proceed with|(?:position|role|vacancy) has (?:now )?been filled|(?:for|with|retenu|gewahlt|entschieden fur|con|por|per|com|voor) (?:another|un autre|une autre|einen anderen|eine andere|otro|otra|un altro|un'altra|outro|outra|een andere) (?:candidate|candidat|candidate|kandidat\w*|candidato|candidata|perfil|profil\w*|kandidaat)|poste a (?:deja )?ete pourvu|stelle (?:wurde|ist) (?:bereits )?(?:besetzt|vergeben)|(?:puesto|vacante) (?:ha sido|fue) cubiert[oa]|posizione e stata (?:coperta|chiusa)|vaga (?:ja )?foi preenchida|vacature is (?:al )?vervuld|no seguir adelante|no continuar con tu candidatura|non proseguire|nao (?:prosseguir|avancar) com)/,
    "rejection",
  ),
  cue(
    /\b(?:se cancela|hemos (?:tenido que )?cancelado|cancelamos (?:la|tu|su)|nous annulons|wir sagen (?:das|den|ihr) \w+ ab|annulliamo|cancelamos a|wij annuleren|we annuleren)\b/,
    "cancelled",
  ),
  // "Thursday's interview can't go ahead", "nous sommes contraints d'annuler", "muss leider
  // entfallen", "nos vemos obligados a cancelar", "teremos de desmarcar", "siamo costretti ad
  // annullare", "moeten we het gesprek afzeggen": the interview is called off.
  cue(
    /\b(?:(?<!\bif [^.\n]{0,40})(?:interview|call|meeting|chat|it)\b(?:[^.\n]|(?<=\d)\.){0,60}? (?:can't|cannot|can not|won't be able to) go ahead|(?:we|i)(?:'ll| will) (?:need|have) to (?:cancel|call off)|call off (?:your|the|our|this) (?:interview|call|meeting|chat|conversation)|(?:contraint|oblige)e?s? (?:de |d')(?:annuler|decaler|reporter)|(?:muss|mussen|wird) (?:leider )?entfallen|(?:leider fallt|fallt leider) (?:[^.\n]|(?<=\d)\.){0,80}\baus\b|(?:nos vemos|nos hemos visto|me veo) obligad[oa]s? a (?:cancelar|suspender|aplazar|posponer)|no (?:podremos|podemos|vamos a poder) mantener (?:la|tu|su|nuestra) (?:entrevista|reunion|cita)|(?:teremos|tivemos|temos|vamos ter|precisamos|tive) (?:de |que )?desmarcar|(?:foi|esta|ficou) desmarcad[ao]|costrett[io] ad? (?:annullare|rinviare|rimandare|spostare)|a data da destinarsi|(?:moeten|moest|moesten) (?:we |wij |ik )?[^.\n]{0,40}afzeggen|(?:is|wordt) afgezegd)\b/,
    "cancelled",
  ),
  // "we've put the role on pause", "le recrutement est mis en pause", "el proceso queda en pausa",
  // "la selezione è sospesa": the hiring itself is paused.
  cue(
    /\b(?:ik stuur (?:je|u) (?:snel |zo snel mogelijk |binnenkort )?nieuwe (?:opties|tijden|data|momenten|voorstellen)|(?:ich schicke|ich sende|wir schicken|wir senden) (?:ihnen|dir) (?:zeitnah |bald )?neue (?:terminvorschlage|termine|vorschlage)|(?:te|le) (?:escribire|escribiremos) con nuevas (?:fechas|opciones|propuestas)|volto a contacta-l[ao] com novas (?:datas|opcoes)|(?:ti|le) (?:scrivero|proporro) nuove date|(?:put|placed|putting) (?:the|this|our) (?:[\w-]+ ){0,3}(?:role|position|search|vacancy|hiring|process) on (?:pause|hold)|recrutement (?:est )?(?:mis )?en pause|mettons (?:le recrutement|le processus) en pause|(?:proceso|proceso de seleccion) (?:queda|esta) en pausa|pausar el proceso|(?:selezione|ricerca) (?:e )?sospesa|abbiamo sospeso (?:la selezione|la ricerca))\b/,
    "postponed",
  ),
  // "désolée de devoir annuler notre entretien", "lamento tener que cancelar": the writer has to
  // call it off (not "si vous devez annuler", the usual line in an invitation).
  cue(
    /\b(?:(?<!si vous )(?:devoir|dois|devons|avons du|ai du|a du) annuler|(?<!(?:souhaitez|voulez|pouvez|devez|besoin d') )annuler (?:notre|cet) (?:entretien|echange|rendez-vous|entrevue)|(?:tener|tengo|hemos tenido) que cancelar|(?:ter|tenho|tivemos) de cancelar|(?:dover|devo|ho dovuto|abbiamo dovuto) annullare)\b/,
    "cancelled",
  ),
  // The owner's own blocks around an interview ("Prep for Fabrikam interview", "Travel to…").
  cue(
    /^(?:prep|prepare|preparation|practice|rehearse|rehearsal|travel|commute|drive|buffer|research|vorbereitung|anfahrt|fahrt|preparer|preparacion|preparar|viaje|preparazione|prepararsi|viaggio|preparacao|deslocacao|voorbereiding|reistijd|reis)\b/,
    "preparation or travel block",
  ),
  cue(
    /\b(?:withdraw(?:ing)? (?:my|from)|accepted another (?:offer|position|role)|retirer ma candidature|retire ma candidature|retirar mi candidatura|retiro mi candidatura|meine bewerbung zuruck|ritir(?:are|o) la mia candidatura|retirar a minha candidatura|mijn sollicitatie (?:in)?trekken|trek mijn sollicitatie)/,
    "the owner withdraws",
  ),
  cue(
    /\b(?:will (?:no longer|not) (?:take place|go ahead)|has been called off|findet nicht statt|entfallt|n'aura pas lieu|est annulee?|no se (?:realizara|llevara a cabo)|queda cancelad[oa]|non (?:avra|si terra) luogo|nao (?:vai|ira) (?:acontecer|ocorrer)|gaat niet door|vervalt|(?:kan|kunnen) (?:helaas )?niet doorgaan|kann leider nicht stattfinden|ne pourra pas avoir lieu|no podra (?:realizarse|celebrarse|llevarse a cabo)|non potra (?:svolgersi|tenersi|avere luogo)|nao podera (?:acontecer|realizar-se|ocorrer)|(?:tem|teve|vai|tera) (?:de|que) ser cancelad[ao]|(?:tiene|tuvo|va) que ser cancelad[ao]|ha de ser cancelad[ao]|dev(?:e|o) essere annullat[oa]|doit etre annulee?|moet (?:helaas )?(?:worden )?geannuleerd|(?:has|have|had) to be cancel+ed)\b/,
    "cancelled",
  ),
  cue(
    /\b(?:(?:have|had|need) to (?:postpone|push back)|contraints? de reporter|(?<!si vous )(?:doit|doivent|devons|dois|devoir|avons du|a du) (?:[a-z]+ment )?(?:le |la |l')?reporter|(?:est|sera) reporte|aplazad[oa]|pospuest[oa]|posponer|rinviat[oa]|rimandat[oa]|adiad[oa]|uitgesteld|until further notice|jusqu'a nouvel ordre|hasta nuevo aviso|fino a nuovo avviso|ate novo aviso|tot nader bericht|auf unbestimmte zeit)\b/,
    "postponed",
  ),
  cue(
    /\b(?:discuss (?:the|your) (?:package|offer|compensation|salary)|salary (?:discussion|negotiation)|negociacion salarial|negociation salariale|gehaltsverhandlung|trattativa (?:salariale|economica)|negociacao salarial|salarisonderhandeling)\b/,
    "offer or onboarding",
  ),
  cue(
    /\b(?:make you an offer|(?:pleased|want|wants|would like|'d like|delighted|happy|thrilled) to offer you (?:the|a|an)\b|pleased to offer you|verbal offer|written offer|formal offer|offer of employment|offre d'emploi pour vous|lettre d'offre|vertragsangebot|jobangebot|aanbod voor de functie|doen we je [^.\n]{0,30}aanbod|arbeidsovereenkomst|proposta (?:de trabalho|di assunzione|contrattuale)|carta (?:de )?oferta|oferta (?:laboral|formal)|contratto di lavoro|contrat de travail|contrato de (?:trabajo|trabalho)|ofrecer(?:te|le) (?:el|la) (?:puesto|plaza|posicion|vacante)|oferecer-(?:lhe|te) (?:o|a) (?:lugar|vaga|cargo|posicao)|(?:vous|te) proposer (?:le|ce) poste|(?:vous offrir|t'offrir) (?:le|ce) poste|offrir(?:ti|le|vi) (?:il|la) (?:posto|posizione|ruolo)|(?:ihnen|dir) die (?:stelle|position)\b[^.\n]{0,40}\b(?:anbieten|anzubieten)|(?:je|u) de (?:functie|baan)\b[^.\n]{0,40}\b(?:aanbieden|aan te bieden)|(?:tu|su) incorporacion (?:seria|sera)\b)\b/,
    "offer or onboarding",
  ),
  cue(
    /\b(?:(?:completer|completar|completare|realizar|realize|realizzare|absolvieren|bearbeiten|maken|afronden)\b[^.\n]{0,30}\b(?:test|prueba|teste|assessment|online-test)\b(?![^.\n]{0,40}(?:with|avec|con|com|mit|met) )|(?:para entregarla|para entregar(?:la|lo)?|da consegnare|a (?:nous )?rendre|abzugeben|in te leveren)\b|(?:tienes|tiene|tenes) hasta el [^.]{0,60}para (?:enviar|entregar|mandar)\w*|(?:vous avez|tu as) jusqu'(?:au|a) [^.]{0,60}pour (?:nous )?(?:envoyer|rendre|renvoyer)\w*|(?:tem|voce tem) ate [^.]{0,60}para (?:enviar|entregar)\w*|hai tempo fino a[l ]? [^.]{0,60}per (?:inviare|consegnare)\w*|je hebt (?:tot|de tijd tot) [^.]{0,60}om (?:in te leveren|op te sturen|te versturen)|(?:haben sie|hast du) (?:zeit )?bis (?:zum )?[^.]{0,60}(?:einzureichen|zuruckzusenden|zu senden)|you have until [^.]{0,60}to (?:submit|send|return|complete)|complete (?:an?|the|your|this) (?:online |short )?(?:coding |technical )?(?:assessment|test|challenge|questionnaire)|self-paced|before (?:it|the link) expires|link (?:expires|is valid)|record your (?:answers|responses)|test en ligne|prueba en linea|online-test|teste online|personality (?:test|questionnaire)|psychometric)\b/,
    "asynchronous assessment",
  ),
  // Calendar tools announce a cancellation in the subject ("Event Cancelled:", "Cancellation of meeting").
  cue(
    /^(?:canceled|cancelled|cancellation(?: of (?:meeting|event))?|event cancel+ed|meeting cancel+ed|abgesagt|storniert|absage|annulee?|annulation|cancelado|cancelada|cancelacion|cancelamento|geannuleerd|annullato|annullamento|cancellato|cancellata|declined|rejected|rifiutato|rifiutata|rechazado|rechazada|recusado|recusada|abgelehnt|geweigerd|refuse|refusee)\b/,
    "cancelled",
  ),
  // Booking tools: the host cancelled the slot and asks for a new pick ("reserva una nueva hora").
  cue(
    /\b(?:(?:has|ha|a|heeft|hat) (?:cancelled|canceled|cancelado|annule|annullato|geannuleerd|storniert|abgesagt) (?:the |la |die |de |il |o |your |su |votre )?(?:booking|reserva|reservation|prenotazione|boeking|buchung)|(?:has |have )?requested (?:that )?you (?:to )?(?:reschedule|pick|choose|book)|reprogramar accion requerida|actie vereist voor verplaatsing|boeking geannuleerd)\b/,
    "cancelled",
  ),
];

/** Job context as the other languages write it ("entretien d'embauche", "colloquio di lavoro"). */
// ("see how you structure the problem": a case worked through together is an assessment of the
// owner. "Meet the team – Brightwater (Senior Analytics Engineer)": a job title in brackets in
// the title of the meeting.)
export const MORE_JOB_CONTEXT =
  /\b(?:(?:pelo|o seu|seu|teu|votre|ton|tu|su|il tuo|il suo|je|uw|jouw|ihren|deinen) (?:cv|curriculum(?: vitae)?)\b|(?:procuramos|buscamos|cherchons|recherchons|suchen|cerchiamo|zoeken) (?:a )?(?:alguem|alguien|quelqu'un|jemanden|qualcuno|iemand)|postulacion|zeugnisse(?: [a-z]+){0,2} mit(?:nehmen|bringen)?\b|personalreferent(?:in)?|laden wir sie (?:herzlich )?zu einem (?:personlichen |ersten )?gesprach|people (?:&|and) talent|talent (?:&|and) culture|^[^\n]{0,60} [–—-] (?:senior |junior |lead |principal |staff |head of )?(?:[a-z-]+ ){0,3}(?:engineer|analyst|manager|designer|developer|scientist|consultant|architect|accountant|controller|specialist|analist|analista|adviseur|medewerker|ontwikkelaar|entwickler(?:in)?|berater(?:in)?|ingenieur(?:in)?|ingeniero|ingeniera|engenheir[oa]|ingegnere|desarrollador(?:a)?|desenvolvedor(?:a)?|sviluppatore|developpeu(?:r|se)|consultor(?:a)?|consulente|gestionnaire|coordinador(?:a)?|coordenador(?:a)?|coordinat(?:ore|rice))(?=\n)|(?:antes de la entrevista|avant l'entretien|antes da entrevista|prima del colloquio|vor dem (?:vorstellungs)?gesprach|voor het (?:sollicitatie)?gesprek)\b|(?:see|get a sense of|understand) how you (?:structure|approach|tackle|solve|work through|break down|reason about)\b|^[^\n]{0,80}\((?:senior |junior |lead |principal |staff |head of )?(?:[a-z-]+ ){0,3}(?:engineer|analyst|manager|designer|developer|scientist|consultant|architect|accountant|controller|specialist)(?=\))|(?:would|will|'d|'ll) be your (?:manager|line manager|boss|team lead|lead)\b|drh\b|(?:people|talent) team, [a-z]+|\b(?:colloquio|entretien|entrevista|interview|gesprek|gesprach|vorstellungsgesprach)\b(?:[^.\n]|\d\.){0,80} (?:con il nostro|con nuestro|avec notre|with our|mit unserem|met onze|com o nosso|com nosso) (?:cliente|client|kunden|klant|opdrachtgever|mandant)\b|(?:our|my|notre|mon|nuestro|mi|nosso|meu|unser|onze|il nostro|il mio) (?:client|cliente|kunde|mandant|klant|opdrachtgever)\b[^.\n]{0,120}(?:would like to meet you|souhaite vous rencontrer|souhaiterait vous rencontrer|quiere conocerte|desea conocerle|gostaria de (?:te |o |a )?conhecer|mochte sie (?:gerne )?kennenlernen|wil (?:je|u) graag (?:ontmoeten|spreken)|vorrebbe conoscerti|desidera incontrarla|(?:la|ti|vi) (?:attende|aspetta)|vous attend|t'attend|(?:le|la|te|os|lo) espera|(?:te|o|a|os|as) (?:espera|aguarda)|erwartet (?:sie|dich)|verwacht (?:u|je)|is expecting you|looks forward to meeting you)|curriculo|curriculum vitae|(?:seu|teu|votre|ton|tu|su|il tuo|il suo|jouw|uw|ihr|dein) cv|hacerte una (?:propuesta|oferta)|assegn[oi] di ricerca|borsa di (?:ricerca|dottorato)|post-?doc(?:toral)? (?:position|fellowship|researcher|role)|research fellowship|beca (?:predoctoral|postdoctoral)|bolsa de (?:pos-doutorado|doutorado)|promotie(?:plaats|stelle)|wissenschaftliche[rn]? mitarbeiter(?:in)?|embauche|recrutamento|reclutamento|werving|de trabajo|de empleo|de emprego|di lavoro|ruolo|funcao|assunzione|ricerca di personale|online-?assessment|online assessment|teste tecnico|test technique|prueba tecnica|technischer test|technische test|test tecnico|employment contract|contrato de (?:trabajo|trabalho)|recursos humanos|rr\.? ?hh|ressources humaines|risorse umane|personalabteilung|ufficio (?:del )?personale|take-home (?:exercise|assignment|task|test|challenge)|(?:senior|executive|board|leadership|c-level) appointment|retained (?:on|search)|(?:a|an|the) [\w -]{0,30} (?:brief|search) (?:with|for) an? |welcome day|(?:further|far) along in the process|completing (?:our|the) (?:final )?assessments|referees|(?:move|moving|proceed) to references|reference checks?|welcome aboard|day 1 orientation|propuesta de incorporacion|fecha de incorporacion|(?:la )?suite du processus|premiers entretiens|(?:siguiente|proximo) paso del proceso|(?:seeing|meeting) (?:two|three|a few|some) (?:more|other) (?:people|candidates)|executive search|(?:search |recruitment |recruiting )?mandate|(?:our|notre|unser|nuestro|nosso|onze|il nostro) (?:client|kunde|cliente|klant) (?:is|est|ist|es|e|è)|people (?:&|and) culture (?:partner|advisor|adviser|business partner|coordinator|specialist)|(?:hr|human resources) (?:business partner|advisor|adviser|coordinator|generalist)|servizio del personale|hr-leiter\w*|personalleiter\w*|(?:siguiente|proxima|proxim[ao]|prochaine|nachste|volgende|prossima) (?:fase|etapa|etape|phase|stap) (?:del|do|da|du|des|des|van het|der|dell'|del nostro) ?(?:proceso|processo|processus|prozess|proces|iter)|(?:tu|su|votre|il tuo|il suo|il vostro|seu|o teu|je|ihr|uw) (?:perfil|profil|profilo|profiel|cv|curriculum)|expectativas salariales|pretensiones salariales|pretentions? salariales?|career|carriere|carriera|carreira|sollicit\w*|kandidat\w*|candidat[oa]s?)\b/;

/**
 * "Entretien", "entrevista" and "colloquio" also mean any talk, a service visit or a press
 * interview; without job context they do not make an item about hiring.
 */
export const GENERIC_INTERVIEW_WORDS = /\b(?:entretiens?|entrevistas?|entrevues?|colloqui?o?)\b/g;

/** …unless a hiring qualifier makes them a job interview ("entrevista final", "premier entretien"). */
export const QUALIFIED_INTERVIEW =
  /\b(?:entretien|entrevista|colloquio|gesprach|gesprek|intervista) (?:avec|con|mit|met|com) (?:le |la |il |el |der |dem |de |o |a |nostro |nuestro |notre |unserem |onze )?(?:cto|ceo|cfo|coo|cmo|drh|hiring manager|direttore|directeur|directrice|director|directora|diretor|diretora|geschaftsfuhrer\w*|amministratore delegato)\b|\b(?:ultimo step|ultima fase|derniere etape|ultima etapa|letzte[rn]? schritt|laatste stap|last step) (?:del|du|de|des|van het|im|in the|of the) (?:processo|processus|proceso|prozess|proces|process)\b|\b(?:entretien|entrevista|colloquio|gesprach|intervista)s?\s*[–—:-]?\s*(?:[a-z-]+ ){0,4}?(?:specialist|manager|engineer|analyst|developer|designer|director|consultant|accountant|coordinator|technician|tecnico|tecnica|ingeniero|ingeniera|ingegnere|responsabile|responsable|gerente|analista|sviluppatore|desarrollador|developpeur|officer|administrator|assistant|architect|controller|buyer|acheteur|acheteuse|comprador|compradora|planner|lead|gestor|gestora|coordenador|coordenadora|coordinador|coordinadora)\b|^(?:annule|cancelado|cancelada|annullato|cancelamento|accepte|aceptado|accettato|aceito|mis a jour|actualizado|aggiornato|atualizado|invitation|invitacion|invito|convite)\s*:\s*(?:entretien|entrevista|colloquio)|\b(?:(?:entretien|entrevista|colloquio)s? (?:final|finale|tecnic[ao]|technique|telefonic[ao]|telephonique|individuel|d'embauche|de trabajo|de emprego|di lavoro|conoscitivo|inicial|initial|iniziale|preliminar|de seleccion|di selezione|de selecao|rh|con rrhh|en visio|par visio|video|por video|in video|virtual|presencial|presenziale|en ligne|online|de groupe|de grupo|di gruppo|avec (?:le|la|notre) (?:manager|responsable|directeur|directrice|drh|equipe)|con (?:el|la|il) (?:responsable|manager|director|directora|responsabile|team)|com (?:o|a) (?:gestor|gestora|diretor|diretora|equipa|equipe))|(?:premier|deuxieme|second|primera|segunda|primo|secondo|primeira|1er|2e|2a|2o|[1-4]\.?[ªº°]|ultimo|dernier) (?:entretien|entrevista|colloquio)|(?:votre|ton|tu|su|sua|tua|il tuo|il suo|confirm\w* (?:la|l'|el|o|il)) ?(?:entretien|entrevista|colloquio)|convoca\w* (?:a|para|al|per) (?:una |um |un )?(?:entretien|entrevista|colloquio)|(?:aplazar|reprogramar|cancelar|confirmar|agendar|programar|reporter|annuler|confirmer|planifier|deplacer|rinviare|annullare|confermare|fissare|spostare|adiar|remarcar|marcar|reagendar) (?:la |l'|il |a |el |o |votre |tu |su |sua |nostro |nuestra )?(?:entrevista|entretien|colloquio)|(?:entrevista|entretien|colloquio) (?:queda |est |e |foi |fue |ha sido )?(?:cancelad[ao]|annule|annullat[oa]|aplazad[ao]|reporte|adiad[ao]|rinviat[oa]))\b|\b(?:entrevistas|entretiens|colloqui|gesprekken|gesprache) (?:con|avec|mit|met|com) (?:el|l'|dem|unserem|het|ons|il|nostro|a|o|nuestro) ?(?:equipo|equipe|team)\b/;

/** Named hiring steps without the word interview, in the other languages ("eindgesprek", "zweites Gespräch"). */
export const MORE_STEP_WORDS =
  /\b(?:desafio tecnico|evaluation technique|evaluacion tecnica|avaliacao tecnica|valutazione tecnica|technische (?:evaluatie|beoordeling|bewertung)|entretien (?:d'|de |sur )?etude de cas|(?:entretien|entrevue|entrevista|colloquio)\b[^\n]{0,60}\b(?:etude de cas|estudio de caso|estudo de caso|caso di studio|case study)|entrevista (?:de )?(?:estudo de )?caso|casusinterview|painel (?:com|tecnico)|(?:dois|duas|tres|quatro|dos|cuatro|deux|trois|quatre|zwei|drei|vier|twee|drie|vier|due|tre|quattro|two|three|four|[2-5]) (?:entrevistador(?:es|as)|intervieweurs|interviewer(?:s|innen)|intervistatori|examinadores)|ronde (?:technique|finale|d'entrevues?)|(?:premiere|deuxieme|troisieme|derniere|1re|2e|3e) ronde|(?:technisch(?:e)?|technical|technique|tecnic[oa]|technische[sr]?) assessment|live[- ]sql|case[- ]opdracht|bate-papo tecnico|conversa tecnica|charla tecnica|chiacchierata tecnica|reto tecnico|sfida tecnica|defi technique|technische uitdaging|folgegesprach|colloquio di gruppo|entrevista (?:grupal|en grupo|de grupo)|entretien collectif|gruppeninterview|groepsgesprek|business game|(?:painel|panel) (?:com|con|avec|mit|met|with) (?:os |as |los |las |les |den |de |the )?(?:\d+|dois|tres|três|quatro|deux|trois|quatre|cinq|zwei|drei|vier|twee|drie|due|tre|quattro|dos|cuatro|two|three|four|five|gestores|gestoras|lideres|líderes|diretores|managers)|ultima conversacion antes|derniere (?:conversation|discussion) avant|letztes gesprach vor|ultima conversa antes|ultimo colloquio prima|(?:etapa|fase) final|painel final|(?:entrevista|conversa) (?:com|perante) o j[uú]ri|(?:entretien )?devant (?:le|un) jury|(?:convoqu\w+|invit\w+) devant (?:le|la) (?:jury|commission)|ante el tribunal|davanti alla commissione|vor der (?:auswahl)?kommission|voor de selectiecommissie|selectiegesprek|finale[nrs]? (?:gesprachsrunde|runde|gesprach)|(?:zweite|dritte) gesprachsrunde|laatste (?:gespreksronde|ronde|gesprek)|rodada final|(?:q&a|questions|discussion) with the (?:interview )?panel|present(?:ation)? to (?:the|our) (?:interview |hiring )?panel|fachinterview|technische case|technical case|caso tecnico|cas technique|erstes kennenlernen|kennenlerntermin|(?:etapa|fase|etape|phase) (?:tecnica|technique|technische)|(?:painel|panel) tecnico|(?:ronda|rodada|panel|serie|tour|giro) (?:de |d'|di )?(?:entrevistas|entretiens|colloqui)|finale[snm]? gesprach|(?:teste|prueba|test|prova) tecnic[oa] (?:ao vivo|en vivo|dal vivo|live)|(?:entrevistador|entrevistadora|intervieweur|interviewpartner|gesprachspartner(?:in)?|intervistatore|intervistatrice)\s*:|giornata di colloqui|journee d'entretiens|jornada de entrevistas|dia de entrevistas|bewerbertag|auswahltag|sollicitatiedag|entrevue finale|entrevue technique|entrevue telephonique|entrevue de selection|(?:managerial|technical|hr|next|coding|behaviou?ral|culture|leadership|director|client|founder) rounds?|prova tecnica|technischer test|technische toets|prova pratica|(?:(?:the|l'|el|o|il|de|der|het|la) )?(?:last|final|next|ultimo|ultima|dernier|derniere|prochaine|siguiente|proximo|proxima|volgende|nachste|letzte) (?:step|etape|paso|passo|stap|schritt|fase)(?: (?:is|est|es|e|è|ist|would be|will be|sera|sara|ware|zou zijn|seria))? (?:a |an |une |un |uno |una |um |uma |een |ein |eine )?(?:\d+[- ]?(?:minute|min|minuten|minutos|minuti)s? )?(?:meeting|rencontre|incontro|encuentro|reunion|reuniao|conversation|conversa|conversacion|gesprek|gesprach|treffen|chat|call|echange|entretien|entrevista|colloquio)|eindgesprek|tweede gesprek|eerste gesprek|vervolggesprek(?:ken)?|zweitgesprach|zweite[nms]? gesprach|zweite[nm]? runde|erste[nms]? gesprach|abschlussgesprach|finalgesprach|auswahlgesprach|secondo colloquio|colloquio finale|deuxieme entretien|entretien final|segunda entrevista|entrevista final|primeira entrevista|primera entrevista|probetag|probearbeit(?:en|stag)?|schnuppertag|proefdag|meeloopdag|journee d'immersion|dia de prueba|dia de experiencia|giornata di prova|technische[ns]? gesprach|apresentacao do (?:case|estudo de caso|caso)|presentacion del caso|(?:ontmoet|ontmoeten)\b[^.\n]{0,20}\bhet (?:hele |voltallige )?team|(?:das|unser) (?:ganze |gesamte )?team kennen(?:lernen)?|lernst [^.\n]{0,30}team kennen|rencontrer (?:toute )?l'equipe|conocer al equipo)\b/;

/** Meetings with one's own manager about one's own role, named in the subject. */
export const MORE_ORDINARY: Cue[] = [
  cue(
    /\b(?:skip[- ]level|check-in|mid-year|year-end review|goal setting|development plan|growth plan|career growth|career development|entretien de carriere|point carriere|entwicklungsgesprach|zielvereinbarung|revision de objetivos|conversa de carreira|colloquio di crescita|ontwikkelgesprek)\b/,
    "ordinary meeting",
  ),
  // Vendors demoing, investors pitching: business meetings that mention proposals and hiring plans.
  cue(
    /\b(?:(?:vendor|supplier|fornecedor|proveedor|fournisseur|lieferant|leverancier|fornitore) (?:demo|meeting|call|pitch)|(?:reuniao|reunion|reunione|meeting|vergadering|besprechung) (?:com|con|avec|with|met|mit) (?:o |el |le |il |de |den )?(?:fornecedor|proveedor|fournisseur|fornitore|leverancier|lieferanten|vendor|supplier)|demo (?:da|de la|del|of the|van het|der) plataforma|seed (?:extension|round)|series [abc] (?:round|extension)|term sheet|investor (?:meeting|update|call)|board meeting)\b/,
    "ordinary meeting",
  ),
];
