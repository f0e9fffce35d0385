/**
 * The vocabulary of recruiting mail, as patterns over folded text (lower case, no accents).
 * Each cue carries the reason shown to the user. Patterns use bounded repetition only, so no
 * input can make them backtrack catastrophically.
 */

export interface Cue {
  re: RegExp;
  reason: string;
  /** For word-bounded cues, the pattern inside the leading \b, so lists can share one \b. */
  bounded: string | null;
}

/**
 * Latin-script cues start at a word boundary: besides being what they mean, the leading \b lets
 * the regex engine skip most positions of a long body. Patterns with non-Latin script are kept
 * as written (\b is ASCII-only in JavaScript).
 */
export const cue = (re: RegExp, reason: string): Cue => {
  const ascii = !/[^\p{ASCII}]/u.test(re.source);
  return {
    re: ascii ? new RegExp(`\\b(?:${re.source})`, re.flags) : re,
    reason,
    bounded: ascii ? re.source : null,
  };
};

/** Words that name a job interview or a hiring conversation, in the seven languages and a few more. */
export const INTERVIEW_WORDS = cue(
  /\b(?:interview(?:s|ing)?|intervju(?:n|er|et)?|(?:jobb|anstallnings|slut|forsta|andra|video|telefon)intervju(?:n|er|et)?|jobsamtale|pohovor\w*|rozmow\w* (?:kwalifikacyjn\w*|rekrutacyjn\w*)|einzelinterviews?|gruppeninterviews?|video-?interviews?|telefon-?interviews?|online-?interviews?|entretiens?|entrevues?|(?:video-?)?entrevistas?|colloqui(?:o|\b)|selectiegesprek|auswahlgesprach|vorstellungstermin|sollicitatiegesprek|vorstellungsgesprach|bewerbungsgesprach|kennenlerngesprach|kennismakingsgesprek|sollicitatie ?gesprek|jobinterview|sobesedovanie)\b|собеседовани|интервю|интервью|ראיון|面接/,
  "'interview' wording",
);

/** Conversations that are screens even without the word interview. */
export const SCREEN_CALL = cue(
  /\b(?:phone screen(?:ing)?|hiring[- ]manager (?:screen|call|chat)\b|te entrevistar(?:a|an)\b|le entrevistar(?:a|an)\b|intro(?:ductory)? screen|screening (?:call|conversation|interview)|recruiter (?:screen|call|conversation|screening)|introductory (?:call|phone|conversation|chat)|intro call|initial (?:call|screening|conversation|chat)|(?:initial|first|quick|short) (?:\d+[- ]?min(?:ute)?s?[- ])?(?:phone |video |recruiter )?screen\b|talent[- ]partner call|premier echange|echange telephonique|llamada de selecci?on|kennenlerngesprach|erstgesprach|telefoninterview|primeiro contato|(?:chiamata|telefonata) conoscitiva|entretien rh|hr screening|kennismaking(?:sgesprek)?|primera (?:platica|charla)(?: informal)?|(?:call|chiamata|telefonata|llamada|chamada|appel|telefonat)\b[^\n]{0,160}\b(?:per conoscerci|para conocernos|para nos conhecermos|pour faire connaissance|om kennis te maken|um uns kennenzulernen)|f(?:ø|o)rste samtale|forsta samtal(?:et)?|(?:kurzes |erstes )?telefonat (?:zu|uber|bezuglich) (?:ihrer|deiner) bewerbung|kurzes telefonat|entrevista por competencias|(?:call|chat|gesprek|kennismaking|telefonat|gesprach|appel|echange|llamada|conversa|chiamata) (?:with|met|mit|avec|con|com) (?:the |a |our |de |der |dem |unserer |unserem |la |le |notre |el |nuestro |nuestra |o |a |nosso |nossa |il |la nostra |il nostro )?(?:recruiter|recruiterin|recruteur|recruteuse|reclutador|reclutadora|recrutador|recrutadora|selezionatore|selezionatrice|talent partner))\b/,
  "screening call",
);

/** Hiring steps named without the word interview ("final chat", "live coding assessment", "prueba técnica"). */
export const STEP_WORDS = cue(
  /\b(?:final (?:round|chat|step|conversation|call)|case tecnico|case pratico|(?:tech|coding|system design|live coding|dsa) round\b|(?:your|the) final stage (?:with|at|of the (?:process|interviews?)|for the (?:[\w-]+ ){0,4}(?:role|position|job|opening)\b)|(?:2nd|3rd|second|third|next) round (?:on |at |this |next )?(?:mon|tue|wed|thu|fri|sat|sun|\d)\w*|panel (?:w\/|with) [a-z]+(?:,| and)\W|(?:painel|panel) de \d|back[- ]to[- ]back (?:interviews|sessions|conversations)|founder (?:conversation|chat|call|interview)|next up is (?:a|an) (?:conversation|chat|call|interview) with|final (?:w\/|with) (?:the |their )?(?:[a-z]+ )?(?:cfo|ceo|cto|coo|cio|cpo|cmo|chro|vp|svp|evp|founder|gm|md|president)\b|intro (?:w\/|with) (?:our|the|my) (?:[a-z]+ ){0,2}(?:manager|lead|director|head|cto|ceo|founder|team)|final[- ]stage interview|last step|(?:como )?ultimo paso|(?:como )?ultima etapa|derniere etape|letzter schritt|laatste stap|ultimo passo|ultima fase|jornada (?:presencial|de seleccion)|journee (?:d'evaluation|de recrutement|en presentiel)|giornata di selezione|dia presencial|selectiedag|walk (?:me |us )?through your (?:solution|submission|take-home|approach|exercise|model|analysis|code|portfolio)|projects from your portfolio|present (?:the|your) take-home|dig into (?:the|your) (?:code|solution|submission) with you|no trick questions|\d+ (?:minutes|mins) to prep(?:are)? before (?:presenting|you present)|(?:their|the|your|our) last round|with (?:[a-z]+,? )?(?:the|our|your) hiring manager\b|(?:entrevista|entretien|entrevue|colloquio) (?:en|de|in|di) panel|panel (?:with|mit|avec|con|com|met) (?:the |dem |der |le |la |el |o |a )?(?:cto|ceo|cfo|coo|cio|cpo|vp|head|director|hr|hiring manager)\b|(?:ihr|dein) (?:gesprach|interview|vorstellungsgesprach) (?:beim|bei unserem|bei dem) (?:kunden|mandanten)|(?:votre|ton) entretien chez (?:le|notre) client|(?:your|the) interview (?:with|at) (?:the|our) client|(?:su|tu) entrevista con (?:el|nuestro) cliente|(?:je|uw) gesprek (?:bij|met) (?:de|onze) (?:klant|opdrachtgever)|live[- ]case|live-coding|hands-on (?:part|portion|session|round) of the (?:process|interview)|pair on (?:a|the) [^.\n]{0,40}(?:problem|exercise|task|challenge)|(?:en |in )?formato (?:de )?panel|panel format|review (?:of )?your (?:take-home|solution|submission)|extend (?:the|your) (?:exercise|solution|model|code|analysis)(?: together)? live|(?:live )?coding (?:assessment|session|exercise|challenge)|live coding|pair[- ]programming|pairing (?:interview|session)|prueba tecnica|technical (?:round|assessment|test|discussion|session)|systems? design (?:session|round|interview|exercise|deep[- ]dive|problem|question|challenge)|(?:sesion|sessao|session|sessione|sessie) (?:practica |pratica |pratique )?(?:de |di )?(?:diseno de sistemas|desenho de sistemas|conception de systemes|progettazione di sistemi|systeemontwerp)|^systems? design\b|(?<=[–—:|-] )systems? design(?: interview| round)?(?=\n|$)|technical deep[- ]dive|(?:le |un |votre |du )cas pratique|live design (?:challenge|exercise)|whiteboard (?:challenge|exercise)|your portfolio review|(?:zum|zu einem|ein|das) (?:abschlie(?:ss|ß)ende[ns]? )?hearing|dinamica di gruppo|dinamica de grupo|exercice de groupe|gruppenubung|(?:antes de|before|avant de?) (?:tomar |de prendre |making |prendre )?(?:la |the |une |a )?(?:decision|decisao) final|(?:virtuele )?gespreksronde|na elkaar gesprekken|visita (?:as|a las|alle|aux) instala\w*(?: \+| e| y| et| und)? entrevistas|case[- ]study (?:session|round|interview|presentation)|case[- ](?:interview|presentation)|(?:l'|une |la |votre )etude de cas|(?:el |un |tu |etapa de |fase de )(?:estudio de caso|caso practico)|(?:o |um |seu |etapa de |fase de )estudo de caso|(?:il |un |lo )caso (?:di studio|pratico)|(?:die |eine |ihre |ihrer |der |zur )fallstudie|(?:de |een |je )(?:casus|business case)|onsite loop|virtual onsite|virtual loop|interview loop|your loop\b|hiring manager (?:call|chat|conversation|meeting|round|interview|screen)|portfolio (?:presentation|review) (?:&|and) panel|interview day|interviewtag|portfolio (?:walkthrough|walk-through|presentation)|oral board|interview board|^panel:|(?:you in|invite you|join us) for a panel\b|^(?:(?:updated )?invitation ?: |invitacion: |einladung: |convite: )?(?:virtual )?on-?site\b(?![- ](?:lunch|team|meeting|visit|support|work|day off|event|training|workshop)|\s*[–—-]\s*(?:vendor|supplier|customer|client|contractor|site|audit|maintenance))|(?:your|the|an?|for) onsite\b(?! (?:lunch|team|meeting|visit from|support|work|staff|engineer|technician))|come (?:in |by |over )?(?:and|to) meet (?:the|our) (?:whole |wider )?(?:team|squad)|coffee chat about the [a-z ]{0,40}(?:role|position)|assessment[- ]?(?:centre|center|day)|take-home review|centre d'evaluation|entretien technique|test technique|fachgesprach|colloquio tecnico|technisch gesprek|entrevista tecnica)\b/,
  "a named hiring step",
);

/** Something about a job: a role, an application, a hiring process. */
export const JOB_CONTEXT = cue(
  /\b(?:role|position|opening|vacancy|job|opportunity|your application|application for|applied|applying|candidacy|candidate|hiring|recruit(?:er|ing|ment)|talent|contract(?:or)?[- ]to[- ]hire|poste|candidature|recrutement|stelle|bewerbung|posicion|posicao|puesto|vacante|candidatura|seleccion|vaga(?!s? limitad)|processo seletivo|vacature|posizione|selezione|auswahlprozess|auswahlverfahren|selectieprocedure|selectieproces|m\/w\/d|req(?:uisition)?\s?#?\d|offer|(?<!rate and )start date(?!\s*:)(?! (?:are|is) (?:already )?agreed)|onboarding|resume|lebenslauf|your cv|headhunter|next round|second round|final round|staffing|your profile|aanbod|arbeidsovereenkomst|functie|proposta|oferta|contrat|angebot|arbeitsvertrag|otros perfiles|otr[oa]s candidat[oa]s|autres? candidat|(?:deux|trois|quatre|quelques|plusieurs) candidat|(?:two|three|four|a few|several) other (?:candidates|people|applicants)|anderen? (?:kandidat|bewerber)\w*|andere kandida\w*|altri candidati|outros perfis|coding challenge|take-home(?! pay)|(?:the|w\/ the|with the|our|your) hm\b|hm (?:got|is|was|wants|would|will|has|had|loved|liked|said|asked)\b|put you forward|client brief|(?:remaining|other|final|last) (?:interview )?loops|(?:wrapping up|finishing up|completing) (?:the |our )?(?:remaining |other |final )?interviews|(?:we're|we are|i'm|i am) looking for someone to (?:build|lead|join|run|head|own)|(?:we're|we are|i'm|i am) (?:looking for|hiring) (?:our |a |an )(?:first |new |founding )?(?:[a-z-]+ ){0,3}(?:head|chief|coo|cto|cfo|ceo|cmo|cpo|vp|director|manager|lead|engineer|designer|analyst)\b|bring you in to meet the|search (?:i'm|i am|we're|we are) (?:running|conducting|leading)|personalberat(?:er(?:in)?|ung)|people (?:&|and) culture|p&o\b|gente (?:&|e) gestao|gestao de pessoas|gestion humana|selecao\b|(?:sua|a) admissao|exame admissional|(?:verder|door) (?:gaat |gaan )?in het (?:sollicitatie|selectie)?proces|(?:next|further) (?:step|stage) in (?:the|your|our) (?:hiring |interview |recruitment |application )?process|weiter im (?:bewerbungs|auswahl)?prozess|personalvermittl\w*|send (?:two|2|some|your) (?:referees|references)|pre-employment|preemployment|welcome to (?:the team|[a-z]+!)|your contract|sign (?:the|your) contract|first day|premier jour|primer dia|primeiro dia|eerste werkdag|primo giorno|erster arbeitstag|einstellungsuntersuchung|medical check|background check|drug (?:test|screen\w*))|кандидатур|отхвърлен|נדחתה|מועמד|ראיון|собеседован|вакан|採用|応募|面接/,
  "about a job",
);

/** Conversation words that, with job context, make an unlabelled meeting an interview. */
export const CONVERSATION =
  /\b(?:calls?|chats?|(?:teams|zoom|meet|calendar) invite|speak(?: with| to)?|conversations?|meet(?:ings?)?|talks?|(?:in-person|on-?site) visit|rendez-vous|rdv|coffee|catch-up|catch up|incontro|encuentro|encontro|ontmoeting|conversar|bate-papo|papo|hablar|charlar|charla|platica|platicar|parlare|sentirci|falar|sprechen|spreken|spreek je|spreekt u|gesprache|gesprachen|gesprachspartner(?:in|innen)?|gesprekspartners?|je spreekt|u spreekt|kennenlernen|gesprach|telefonat|telefongesprach|telefoontje|belletje|bellen|video ?call|by video|per video|par visio|en visio|in videochiamata|videogesprek|(?:over|via|on) (?:teams|zoom|google meet|webex)|videollamada|videochamada|videochiamata|appel|appuntamento|afspraak|je vous appelle|conocerte|conocieras|conozcas|vous appeler|faire connaissance|anruf|rufe (?:ich )?(?:sie|dich) [^.\n]{0,50}\ban\b|llamada|te llamo|la llamo|reunieras|reunirte|reunirnos|chiamata|ti chiamo|la chiamo|ligacao|echange|rencontre|conversacion|conversaciones|take you through|answer your questions directly|conocernos|conhecer-nos|nous rencontrer|uns kennenzulernen|incontrar(?:ti|la|vi)|conoscer(?:ti|la|vi)|vous rencontrer|vous rencontrerez|tu rencontreras|vous recevoir|te conocer|conocerle|conhecer-(?:te|la|lo)|te conhecer|(?:je|u) (?:graag )?(?:ontmoeten|leren kennen)|reunion|conversa|conversas|gesprek|gesprekken|conversazione|conversazioni|colloquio|visitar (?:as|las|nuestras|a nossa|la nostra|nos) (?:instalacoes|instalaciones|oficinas|fabrica|sede|stabilimento|locaux|usine)|prova orale|colloquio orale|epreuve orale|examen oral|mundliche prufung)\b/;

/** "interview" used for something that is not a job interview for the owner. */
export const NOT_JOB: Cue[] = [
  cue(
    /\bexit[- ]?interview|exit[- ]?gesprach|exit[- ]?gesprek|abgangsgesprach|austrittsgesprach|(?:entretien|entrevue) de (?:depart|sortie)|entrevista de salida|entrevista de saida|(?:conversacion|reunion|charla) de salida|conversa de saida|proceso de baja|uittredingsgesprek|vertrekgesprek|exit questionnaire|exitgesprek|colloquio di uscita|intervista di uscita|entrevista de desligamento/,
    "exit interview",
  ),
  cue(
    /\bstay[- ](?:interview|conversation)|\b(?:entrevistas? de (?:permanencia|retencion|retencao)|entretiens? de (?:fidelisation|retention)|(?:bleibe|bindungs)gesprach\w*|colloqui?o? di (?:permanenza|fidelizzazione)|blijfgesprek\w*)\b/,
    "stay interview",
  ),
  cue(
    /ראיון משתמש|מחקר משתמשים|исследовани[ея] пользовател|потребителско проучване|\b(?:playtest\w*|concept test|gebruikersinterview\w*|klantinterview\w*|nutzerinterview\w*|kundeninterview\w*|entretiens? utilisateurs?|entrevistas? (?:de|con|com) (?:usuarios|clientes)|pesquisa de (?:ux|usabilidade)|intervist[ae] (?:agli|con gli) utenti|(?:master'?s |bachelor'?s |phd |doctoral )?thesis|dissertation|(?:la mia |mi |ma )?tesi(?:s)? (?:di laurea|magistrale|de (?:grado|master|fin de))|scriptie|masterarbeit|bachelorarbeit|memoire de (?:master|fin d'etudes)|trabalho de conclusao|consumer interviews?|focus groups?|participant #\d+)\b|\b(?:user|ux|customer|research|discovery|usability) (?:research|interview|session)(?!er)(?! (?:lead|manager|director|head|role|position|opening|vacancy|job|engineer|designer|specialist|analyst|program manager|ops|operations)\b)|research interview|discussion guide|(?:time|equipe|equipa|equipo|team) de (?:pesquisa|investigacion)(?: \(?ux\)?)?|vale-presente|tarjeta regalo|buono regalo|cheque-cadeau|bon cadeau|cadeaubon|research participant|gift card|interviewing [a-z ]{0,40}about how|(?:voucher|gift) as (?:a )?thanks|no sales pitch|help (?:us )?shape the [a-z ]{0,20}(?:app|product|service)|a researcher will|\b(?:consenting|consent|agreeing) to (?:participate|take part) in (?:the|our|this) [a-z' -]{0,40}(?:study|research)|\birb (?:#|no\.?|number|protocol)|\d+ (?:voucher|gift card)|customer discovery|entretiens? de decouverte|gebruikersonderzoek|pesquisa (?:com|de) usuarios|ricerca (?:sugli )?utenti/,
    "user-research interview",
  ),
  cue(
    /(?:^|[\s(«"])(?:журнал|подкаст|статьи|списание|מגזין|כתבה|פודקאסט)|\b(?:podcast|episode|journalist|journaliste|redacteur|redactrice|redakteur(?:in)?|redattore|redattrice|periodista|jornalista|vakblad|fachzeitschrift|fachmagazin|\w*zeitung|handelsblatt|(?:radio|tv|live) segment|segment runs|(?:a|our|the) segment (?:on|about)|pre-?recorded (?:phone |video )?interview|(?:with|to) (?:our|the) (?:presenter|anchor)|on[- ]air|(?:a|the|our|your|senior|staff|tech|business|with|by|from) reporter|writing (?:a|an) (?:feature|article|story|piece)|(?:his|her|their) (?:piece|article|feature) (?:on|about)|on the record|before publication|fact[- ]check\w*|press office|(?<![/.@-]|our (?:engineering |tech |company |careers |product )?)blog|(?:per la|nella) (?:nostra |sua |vostra )?rubrica(?! di valutazione)|rubriek|magazine|column|press interview|customer stor(?:y|ies)|fireside chat|interviews our (?:new )?(?:ceo|cfo|cto|coo|cmo|founder|chair(?:man|woman)?|president|md)|(?:be|being) featured in our|rubrique|portraits?|informativo interno|perfil do mes|perfil del mes|profil du mois|profile of the month|photo ?shoot|careers?[- ](?:site|page) (?:feature|series|video|story|profile)|portrat|for (?:the|our) blog|correspondent|quotes? (?:would|will) be attributed|working on a (?:feature|story|piece|article)|meet the team (?:feature|series|column|post|profile)|newsletter feature|media interview|tv interview|radio interview|(?:we're|we are|we'll be|we will be) recording (?:on )?(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today)|(?:on|for) (?:the|our|my) [a-z0-9 ]{1,30} (?:pod|show)|entrevista en (?:la )?(?:radio|directo|antena)|entrevista (?:ao vivo|na radio)|intervista (?:in diretta|radiofonica|alla radio)|entretien (?:en direct|a la radio|radiophonique)|talking points|key messages|approved messaging|kernbotschaften|kernboodschappen|messages cles|mensajes clave|mensagens-chave|messaggi chiave|unternehmenskommunikation|forward-looking|pressestelle|pressesprecher\w*|personeelsblad|bedrijfsblad|huisblad|personalzeitung|mitarbeiterzeitung|giornale aziendale|revista interna|magazine interne|journal interne|newsletter interne)\b/,
    "press or media interview",
  ),
  cue(
    /\b(?:consular|visa (?:interview|appointment|application|office|centre|center|section)|(?:student|work|tourist|visitor|schengen|h-1b|h1b|business|transit) visa|naturali[sz]ation|naturalizacion|naturalizacao|naturalizzazione|einburgerung\w*|naturalisatie|entretien d'assimilation|demande de (?:nationalite|naturalisation)|(?:the|an?|our|your) embassy|embassy of|embajada de|global entry|enrollment center|passport (?:appointment|interview|office|renewal|application)|uscis|immigration (?:interview|appointment|office|officer|hearing|court|services)|citizenship|green card|naturali[sz]ation)\b/,
    "visa or government interview",
  ),
  cue(
    /\b(?:admissions?(?! (?:officer|advis[eo]r|manager|coordinator|director|counsel+or|assistant|lead|specialist|administrator)s?\b)|kindergarten|school interview|parent[- –]teacher|parents'? evening|(?:co-?op|condo|strata) board(?: interview)?)\b/,
    "admissions or housing interview",
  ),
  cue(
    /\b(?:vendor|supplier|stakeholder|expert|audit) interviews?\b|\bprozessaufnahme\b|\bist-prozess\w*|(?:process|requirements) (?:discovery|mapping) interviews?|\binterview\w* (?:for|with) (?:the )?(?:internal )?audit\b|\binterview\w* (?:all |the |our )?(?:(?:two|three|four|five|shortlisted|short-listed|final) )*(?:vendors|suppliers|bidders)\b/,
    "business interview",
  ),
  cue(
    /\b(?:(?:scholarship|bursary|fellowship|adoption|volunteer|witness|claim|documentary|tenant|tenancy) interview|application for the [a-z0-9 -]{0,40}(?:scholarship|bursary|fellowship)\b|interview (?:for|about) (?:the|a|an|our) (?:[a-z]+ )?(?:scholarship|bursary|fellowship|phd programme|phd program|doctoral programme|documentary)|interview (?:with you )?for our documentary|(?:applying|applied) to adopt|signing up to volunteer|(?:entrevista|entretien|colloquio|gesprach|gesprek|entrevue) (?:para|pour|per|fur|voor) (?:la |el |l'|il |die |de |het |a |o )?(?:beca|bourse|borsa di studio|stipendium|beurs|bolsa|adopcion|adoption|adozione|adoptie|adocao|doctorado|doctorat|dottorato))\b/,
    "scholarship, adoption, volunteering or witness interview",
  ),
  // A friend asking the owner to put them forward: the owner is neither candidate nor interviewer.
  cue(
    /\b(?:(?:could|can|would) you (?:please )?refer me|refer me (?:for|to)|(?:comfortable|willing|able|happy) (?:with )?referring me|(?:passing|pass|forward|forwarding) my (?:cv|resume|profile) (?:to|on to|along to)|put in a (?:good )?word for me|me recommander (?:pour|chez)|me indicar (?:para|na)|me recomendarias|mi segnaleresti|kun je me (?:aandragen|voordragen)|empfiehlst du mich)\b/,
    "a friend asks for a referral",
  ),
  cue(
    /\b(?:mock interviews?|practice interviews?|career coach|interview practice|interview prep for the board|(?:board|press|media) q ?& ?a|q ?& ?a rehearsal|media training|oefensollicitatie(?:gesprek)?s?|oefengesprek(?:ken)?|sollicitatietraining|entretiens? blancs?|simulations? d'entretien|simulacros? de entrevista|entrevistas? simuladas?|simulacion(?:es)? de entrevista|simulac(?:ao|oes) de entrevista|entrevistas? de (?:pratica|treino)|colloqui(?:o)? simulat[oi]|simulazion[ei] di colloquio|probe-?(?:vorstellungs)?gesprach|bewerbungstraining|ubungs-?(?:vorstellungs)?gesprach)\b/,
    "practice interview",
  ),
  cue(/\binformational interview\b/, "informational interview"),
  cue(
    /\b(?:dear colleagues|dear all(?! (?:candidates|applicants|interviewees))|hello everyone|liebe kolleginnen|liebe kollegen|chers collegues|queridos companeros|cari colleghi|beste collega|(?:please )?join (?:us|me) in (?:congratulating|welcoming))/,
    "announcement to all staff",
  ),
  cue(
    /\b(?:(?:as|be) (?:a |their |his |her )?referee|named you as|reference (?:call|check|request) (?:for|about|on|regarding) (?!you\b|your\b)|as a reference for|provide a reference|referenz(?:geber|auskunft)|prise de references|referencia laboral|referentie(?:check)? (?:voor|over) (?!je\b|jou\b|jouw\b|u\b|uw\b)|als referentie\b)/,
    "reference call about someone else",
  ),
  cue(
    /\b(?:webinar|masterclass|workshop(?! (?:manager|supervisor|lead|technician|foreman|coordinator|engineer|assistant|team|floor)\b)|hackathon|online-?seminar|referent(?:in)?\s*:|lunch (?:&|and) learn|atelier en ligne|taller en linea|live event|live ?stream|(?:tonight's|today's|this evening's|our next|the next) live session|register now|register (?:for )?free|free registration|save your (?:seat|spot)|reserve your (?:seat|spot)|thanks for registering|you(?:'re| are) registered|you registered for|watch live|cupos limitados|plazas limitadas|places limitees|posti limitati|begrenzte platze|beperkt aantal plaatsen|registrate|inscribete|inscrivez-vous|iscriviti|(?:como|comment|wie|hoe) (?:preparar|preparer|bereite ich|bereid je)\w* (?:una|tu|votre|un|ein|je|sich auf) (?:entrevista|entretien|vorstellungsgesprach|sollicitatiegesprek)|linkedin live|live ama|(?<!(?:can|may|to|free to|feel free to) )ask me anything|palestras|vortrage|sprekers|(?:careers?|graduate|recruitment) (?:day|fair|evening)|sound check|(?:as a|our) (?:speaker|panell?ist|moderator)|\((?:speaker|panell?ist|moderator)\)|live q ?& ?a|audience q ?& ?a|panel speakers|speak on (?:the|a|our) (?:[\w-]+ ){0,3}panel|\d+ speakers)\b/,
    "webinar or event",
  ),
  cue(
    /\b(?:newsletter|(?:weekly|daily|monthly|email|news|job|jobs|career|careers|talent) digest|digest(?= ?[:|–—-])|salary guide|jobs you may|new jobs for|job alert|new matches|talent community|viewed your profile|career tips|also this week|^this week:|you appeared in \d+ searches|see who's looking|(?:nueva|nuevas) ofertas? que encaja|una oferta que podria interesarte|offres? qui pourrai(?:en)?t vous interesser|vagas? que combina|vacatures? die bij je pass|offerte che potrebbero interessarti|\d{1,2} (?:questions|tips|ways|mistakes|things|signs|habits) (?:to|for|you|that|every)|interview tips|questions to prepare|you subscribed|read the full issue|unsubscribe from|issue #\d+ *\n|neue jobs|neue stellenangebote|suchauftrag|jobagent|alerte emploi|nouvelles offres|alerta de empleo|nuevas ofertas|novas vagas|alerta de vagas|nieuwe vacatures|vacaturealert|nuove offerte|offerte di lavoro per te)\b/,
    "newsletter or job alert",
  ),
  cue(
    /\b(?:entretien annuel|entretien professionnel|annual review|performance review|jahresgesprach|mitarbeitergesprach|evaluacion anual|functioneringsgesprek|beoordelingsgesprek|colloquio di valutazione|avaliacao de desempenho)\b/,
    "performance review",
  ),
];

/** The owner is on the hiring side. */
export const INTERVIEWER: Cue[] = [
  cue(
    /\b(?<!(?:carrier|vendor|supplier|balanced|kpi|sales|quarterly|monthly|weekly|customer|service|safety|quality|esg|project|delivery|credit|risk|lending|small-business|business|application|behavioural|behavioral|fraud)[- ])scorecards?\b|\bhire ?\/ ?no[- ]hire\b|interview kit|evaluation form|hoja de evaluacion|registr\w* (?:a |sua )?avaliacao|feedback ao candidato|(?:registrar|registras?) (?:tu |su )?evaluacion|tarjeta de evaluacion|ficha de (?:evaluacion|avaliacao)|deine bewertung|bewertung (?:fur|zu|des)|feedback (?:for|on|zu|sur) (?!to\b|your\b|you\b|ihnen\b|dir\b|dich\b|vous\b|votre\b|toi\b|the candidate experience|(?:our|the) (?:hiring |recruitment |interview |application )?process\b|a (?:call|quick|short|phone)|the (?:call|phone)|votre|vous|ihre|ihr\b|tu\b|su\b|the (?:interview|hiring|recruit|application)|our\b)|submit (?:your )?(?:feedback|evaluation)|leave feedback|interview feedback (?:reminder|for|form|is due|due)|feedback reminder|feedback zum bewerbungsgesprach|rubrics?\b/,
    "scorecard or feedback request",
  ),
  // Hiring committees and syncs are named in the subject of the meeting itself; a candidate can
  // read "your application goes to the hiring committee" in a body.
  cue(
    /\bhiring committee (?:review|meeting|session|sync)|\bcomite (?:de contratacion|d'embauche|de contratacao)\b|\bcomitato (?:di )?assunzion[ei]\b|\b(?:repasamos|revisamos|repasar|revisar|review|go through|discuss|passons en revue|besprechen|bespreken|rivediamo|revemos) (?:las |the |les |die |de |i |os |as )?(?:(?:tres|three|trois|drei|drie|tre|\d) )?(?:candidaturas finalistas|finalist candidates|finalists|finalistas|candidats finalistes|finalisten|finalisti)\b|\b(?:subid|suban|cargad|carguen|upload|submit) (?:vuestras|sus|your) (?:valoraciones|evaluaciones|scores|ratings)\b|\bdebrief\b(?<!\b(?:call|ring|phone|ping|text|shout|so we can|then we can|appelle|appellerai|appeler|appelez|rappelez|rappelle|llamo|llamare|llamame|ligo|ligarei|ligue|chiamami|chiamo|chiamero|bel|rufe|(?:panel|team|they|interviewers) (?:will )?(?:meets?|holds?))\b[^.\n]{0,40}debrief)(?! as promised)(?! (?:with|mit|avec|con|met) (?:herrn?|frau|mr|mrs|ms|dr|the client|the hiring manager|dem kunden|le client|el cliente|o cliente|il cliente|de klant)\b)|^hiring committee|\bhiring sync\b|(?:step in|fill in|cover) (?:for me )?on (?:the|a|my) [a-z ]{0,40}panel|(?:repasar|revisar|review|go through|discuss) (?:la |the )?shortlist (?:para|for)|^(?:sincronizacion|reunion|sync) de (?:contratacion|seleccion)|revision (?:semanal )?del (?:embudo|pipeline)|(?:hiring|recruiting) pipeline review|hiring team sync|calibration(?! (?:engineers?|engineering|manager|technicians?|specialists?|labs?|cell|data|software|tools?|equipment|services?|department|lead)\b)/,
    "hiring-team debrief",
  ),
  // A recruiter's sync with the hiring team: the pipeline, who sits on which loop, the headcount.
  cue(
    /\b(?:pipeline (?:review|sync|update)|who'?s on which (?:loop|panel)|who (?:is|sits) on which (?:loop|panel)|open (?:a |the )?(?:second |another |new |2nd )?headcount|(?:hiring|recruiting) sync|intake (?:meeting|call|session) (?:for|on) the)\b/,
    "hiring-team planning",
  ),
  cue(
    /interviewer training|formazione (?:per )?(?:gli )?intervistatori|formation des (?:recruteurs|intervieweurs)|formacion (?:de|para) entrevistadores|(?:manager|responsabili) che partecipano ai colloqui|interviewing skills (?:workshop|training|course)|how to (?:run|conduct|lead) (?:a |an )?(?:great |good |better |effective |structured )?interviews?|selectiegesprekken voeren|auswahlgesprache fuhren|conduire (?:des|les) entretiens de recrutement|structured interviewing|interview panels? in|(?:dear|as an?) assessors?\b|assessor briefing|reverse shadow|(?:participar|participando|participating|participer) (?:como|as|en tant qu') ?(?:evaluadores|evaluador|avaliadores|assessors|evaluateurs)|sesion de consenso|consensus session/,
    "interviewer training or assessment duty",
  ),
  cue(
    /you(?:'re| are) (?:scheduled to interview|interviewing|the [a-z -]{0,30}interviewer)|your role:? interviewer|(?:join|act|serve) as (?:a |the )?(?:technical )?interviewer|(?:agreeing|agreed|able) to (?:sit on|join) (?:the|our|an) (?:interview |selection |recruitment )?panel|assigned as (?:an )?interviewer|nomme\(?e?\)? interviewer|as interviewer|(?:interviewer|jury)\s*:\s*you|participer au jury|thank(?:s| you) for interviewing for us|thanks for helping us hire|cover (?:his|her|their) [a-z ]{0,20}interview|(?<!\b(?:she|he|they|who)(?:'ll| will| can| would| is going to)? )run the (?:technical|interview)|you(?:'ll| will) (?:be )?(?:meet|interview)ing [a-z]+ [a-z]+, candidate|os convoco al panel|uebernimmst|ubernimmst|als interviewer|como entrevistador|come intervistatore|en tant qu'intervieweur/,
    "the owner runs the interview",
  ),
  cue(
    /\b(?:your candidates?\b(?! (?:profile|portal|account|experience|journey|home))|reserve your talent|freelance candidate|submittal|for your [a-z .]{0,40}(?:opening|vacancy|vacancies|requisition|req\b)|(?:i|we) have (?:a|an|two|three) (?:[a-z]+ )?candidates? for (?:you|your)\b|(?:cv|resume|profile) of [a-z]+ [a-z]+ for your|candidate packs?|(?:applied|has applied) internally to your\b|(?:could|can|would) you (?:do|run|take|hold) (?:an? |the )?(?:[a-z]+ )?(?:conversation|chat|call|interview|screen) with (?!(?:their|our|the|a|an|his|her|my|us|me|them|you|its)\b)[a-z]+\b|(?:two|three|four|five|\d) (?:profiles|cvs|resumes|candidates) for (?:the|your)\b|your (?:read|take|view) on (?:how )?(?:she|he|they|him|her|them)\b|as (?:his|her|their) (?:future|new|prospective) manager|(?:put|putting) (?!you\b|me\b|us\b|myself\b|yourself\b)(?:[a-z'-]+ ){0,2}forward for your\b|(?:put|putting) forward (?!you\b|me\b|us\b|myself\b)[a-z'-]+ (?:[a-z'-]+ )?for your\b|(?:like|want|bring|invite|have) (?:him|her) back for (?:the|an?|another|a second|a final) |thank(?:s| you) (?:again )?for shortlisting|candidat(?:e)? presente|candidat[oa] (?:presentad|presentat|apresentad)[oa]|candidat(?:e)? que nous vous presentons|candidat[oa] que (?:le |lhe |les )?(?:presentamos|apresentamos)|candidat[oa] che (?:le |vi )?presentiamo|kandidaat die (?:wij|we) (?:u |je )?(?:voorstellen|presenteren)|kandidat(?:in|en)?,? (?:den|die) wir ihnen vorstellen|vorgestellte[rn]? kandidat|kandidaat voorgesteld|suite a votre demande (?:pour|concernant) (?:le|la|votre) (?:poste|recrutement|besoin)|following your request for (?:the|a|an) [a-z -]{0,40}(?:role|position|vacancy|hire))/,
    "another person is the candidate",
  ),
  // An applicant writing to the owner: the owner hires.
  cue(
    /\b(?:i(?: am|'m) (?:applying|writing to apply)|thank(?:s| you) (?:so much )?for (?:(?:the|your) (?:kind )?invitation(?! to (?:connect|join|our|the|speak|present|the webinar))|inviting me to (?:an? )?interview)[^\n]{0,160}\b(?:works (?:well |fine |great )?for me|i(?:'ll| will) (?:be there|come|bring))|i(?:'ll| will) bring (?:a |my )?(?:printed )?(?:copy of )?(?:my )?(?:portfolio|cv|resume)|i (?:have )?applied for (?:the|your)|(?:my|attached is my|please find (?:attached )?my) (?:cv|resume|application)(?: is)? (?:attached|enclosed)|(?:vielen |herzlichen )?dank fur (?:die|ihre) einladung zu[mr]? (?:vorstellungsgesprach|bewerbungsgesprach|gesprach|interview)[^\n]{0,200}\b(?:bestatige ich|nehme ich (?:sehr )?(?:gerne )?wahr|komme ich (?:sehr )?gerne)|merci (?:beaucoup )?(?:pour|de) (?:votre|l') invitation (?:a|pour) (?:l'|un |cet )?entretien[^\n]{0,200}\b(?:je (?:vous )?confirme|je serai (?:present|presente|la))|gracias por (?:la|su) (?:invitacion|convocatoria) (?:a|para) (?:la|una) entrevista[^\n]{0,200}\b(?:(?:le |les )?confirmo|alli estare|asistire)|grazie (?:mille )?per l'invito al colloquio[^\n]{0,200}\b(?:(?:le |vi )?confermo|saro presente)|(?:hartelijk )?dank voor (?:de|uw|je) uitnodiging (?:voor|tot) (?:het|een) (?:sollicitatie)?gesprek[^\n]{0,200}\b(?:bevestig ik|kom ik graag|ben ik (?:graag )?aanwezig)|obrigad[oa] pelo convite para (?:a|uma) entrevista[^\n]{0,200}\b(?:confirmo|estarei presente)|(?:sie|dich) und (?:ihr|dein) team kennen(?:zu)?lernen|meet(?:ing)? you and (?:the rest of )?your team|vous rencontrer,? (?:vous et|ainsi que) votre equipe|conocerle a usted y a su equipo|conhecer (?:voce|o senhor|a senhora) e (?:a )?sua equipe|u en uw team (?:te )?(?:ontmoeten|leren kennen)|conoscere lei e il suo team|je vous (?:adresse|envoie) ma candidature|ci-joint (?:a nouveau )?mon cv|adjunto (?:de nuevo |nuevamente |otra vez )?mi (?:cv|curriculum)|anbei (?:nochmals |erneut )?(?:mein|meine) (?:lebenslauf|bewerbungsunterlagen)|segue (?:novamente )?(?:em anexo )?(?:o )?meu curriculo|in (?:de )?bijlage (?:vindt u |vind je )?(?:nogmaals )?mijn cv|in allegato (?:nuovamente |di nuovo )?il mio (?:cv|curriculum)|attached (?:again )?is my (?:updated )?(?:cv|resume)|(?:interest|interes|interet|interesse)(?: porte)? (?:in|en|pour|a|an|na|per|voor) (?:my|mi|ma|meiner|minha|a minha|la mia|mijn) (?:application|candidacy|candidatura|candidature|bewerbung|sollicitatie))/,
    "another person is the candidate",
  ),
  // ATS notices to the hiring team: "Marta López accepted the interview invitation".
  cue(
    /\b(?:(?:because|as) you(?:'re| are) (?:on|part of) the hiring team|view candidate profile|(?:accepted|declined) the interview invitation|has (?:accepted|declined|tentatively accepted) (?:the|your) invitation to the following event|has (?:accepted|declined):? (?:the |your )?(?:[a-z]+ )?interview)/,
    "another person is the candidate",
  ),
  // (A reschedule's "Neuer Termin: Freitag, 19.02." or "Neuer Termin: Ihr Interview bei …" gives
  // the owner a new date, not a booking.)
  cue(
    /your meeting [^.\n]{0,80} has been booked|a new event has been scheduled|new event:|novo evento:|um novo evento|nouvel evenement|neuer termin:(?!\s*(?:am |montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|\d|(?:ihr|ihre|dein|deine|unser|unsere)\b))/,
    "the owner's own booking page",
  ),
];

/** Candidate-side mail that is not a scheduled interview. */
export const NOT_SCHEDULED: Cue[] = [
  cue(
    /^appointment (?:cancel+ed|removed|deleted)|was removed from (?:the company's|your) schedule|^(?:cancel+ed|canceled|cancelado|cancelada|annulee?|abgesagt|geannuleerd|annullato|cancelamento)\b|(?:has been|was|have had to|had to|we've had to|we have had to) cancel+(?:ed)?\b|\bcancel+(?:ed)? (?:this|the|your) interview|seu evento agendado foi cancelado|wurde abgesagt|wurde storniert|(?:abgesagt|storniert) (?:wurde|werden muss(?:te)?)(?![^.\n]{0,40}\b(?:findet|stattfinden|verschoben|verlegt|neuer termin))|a ete annule|ha sido cancelad|fue cancelad|is geannuleerd|e stato annullato|e stata annullata|e quindi annullat|\bannullat[oa]\b|annullamento|foi cancelad|cancelacion de (?:tu|su|la) entrevista|(?:debemos|tenemos que|hemos tenido que|tuvimos que) (?:cancelar|suspender)|\bsuspendemos (?:la|tu|su) entrevista|(?:precisamos|tivemos de|temos de|temos que) (?:cancelar|suspender)|(?:dobbiamo|abbiamo dovuto) sospendere|(?<!anterior )\bfica cancelad[ao]\b|(?<!anterior )\bqueda cancelad[ao]\b|\b(?:hiring|recruitment) freeze\b|\bcongel\w* (?:a |la )?contratac\w*|\bgel des (?:recrutements|embauches)\b|\beinstellungsstopp\b|\b(?:i|we) (?:need|have|had|will have) to (?:cancel|bail on|call off)\b|\bbail on (?:our|the|your|this)\b|nous devons annuler|mussen wir [^.\n]{0,40}absagen|dobbiamo annullare|precisamos cancelar|moeten (?:we )?[^.\n]{0,30}annuleren/,
    "cancelled",
  ),
  cue(
    /\bpostpone|\bpush (?:our|the|your|this) (?:conversation|call|interview|chat|meeting)\b|\bcome back to you with (?:a couple of |a few |some )?new (?:options|times|dates|slots)\b|\bposterga(?:r|mos|cion)\b|\bposponer\b|on hold|verschieben m|verschoben werden (?:muss|mussen|musste)\b|(?:muss|mussen) (?:ich|wir) [^!?\n]{0,200}verschieben|leider (?:muss|mussen) [^!?\n]{0,200}\bverschieben\b|reporter (?:votre|l'|notre|cet) ?(?:entretien|echange|rendez-vous|entrevue)|report de (?:votre |l')entretien|aplazar|adiar|rinviar(?:e|lo|la)|rimandar(?:e|lo|la)|posticipar(?:e|lo|la)|uitstellen|gaat (?:helaas |dus |toch )?niet door/,
    "postponed",
  ),
  cue(/отхвърлен|отклонен|נדחתה|לא נמשיך/u, "rejection"),
  cue(
    /not to progress|not (?:be )?moving forward|won't be (?:moving forward|progressing)|decided to (?:move forward|proceed|continue) with (?:another|other)|other candidates|continuar con otra persona|(?:continuar|seguir|avanzar) con otr[oa]s (?:perfiles|candidat[oa]s|personas)|leider (?:mussen|konnen)(?!(?:[^.]|\.(?=\d|,)){0,200}\b(?:verschieben|verlegen|umplanen))|leider mitteilen|fur (?:eine?n? )?andere(?:n|r)? (?:kandidat|bewerber)\w* entschieden|nous ne (?:pouvons|sommes)|ne pas donner suite|application has been rejected|has been rejected|unfortunately,? (?:we|you\b|your application|the (?:position|role) has)|regret to inform|(?:intern|anderweitig) besetzt|position has been filled|poste a ete pourvu|puesto (?:ha sido|fue) cubierto|vaga (?:ja )?foi preenchida|not been successful|(?<!ou |accepter )refus(?!er l'(?:evenement|invitation)|er\s*(?:\n|$))|helaas (?:hebben|moeten|kunnen) we|(?:hebben|heb) (?:we |ik )?helaas besloten|verder (?:te )?gaan met (?:een )?andere? (?:kandida\w*|sollicitant\w*)|(?:poursuivre|continuer|avancer) avec (?:un|une) autre (?:candidat|candidate|profil)|(?:proseguire|procedere|andare avanti) con (?:un|un') ?altr[oa] (?:candidat[oa]|profilo)|(?:seguir|prosseguir|avancar|continuar) com (?:outro|outra) (?:candidat[oa]|perfil)|purtroppo (?:abbiamo|non (?:potremo|procederemo))|infelizmente (?:nao (?:seguiremos|avancaremos|foi)|decidimos|optamos)|lamentablemente (?:no|hemos)|malheureusement,? (?:nous|votre)|leider (?:haben wir|mussen wir|konnen wir)(?!(?:[^.]|\.(?=\d|,)){0,200}\b(?:verschieben|verlegen|umplanen))/,
    "rejection",
  ),
  cue(
    /\boffer letter(?![^.\n]{0,30}\b(?:if any|if successful|would be issued))|(?<!\bbefore (?:we |they |i )?(?:can )?)extend (?:you )?an offer|job offer|(?<!before (?:an? |the |your |making an? )?)offer (?:call|conversation|discussion|meeting|review|chat)(?! (?:to|would|will|may|could|might|should) (?:follow|come))|angebotsgesprach|appel (?:pour l'|de l')?offre|llamada (?:de|sobre la) oferta|chamada (?:de|sobre a) (?:oferta|proposta)|telefonata (?:per l'|sull')offerta|(?<!contact met (?:je|u) op voor (?:een|het) )(?:aanbodgesprek|arbeidsvoorwaardengesprek)|arbeidsvoorwaardenvoorstel|(?:voorstel|aanbod) (?:voor|met) (?:de )?arbeidsvoorwaarden|arbeidsvoorwaarden (?:door te nemen|bespreken)|het aanbod (?:door te nemen|bespreken)|proposition d'embauche|(?:nuestra|una) oferta para el puesto|(?:nossa|uma) (?:proposta|oferta) para (?:a vaga|o cargo|a posicao|a funcao)|proposta de (?:emprego|trabalho|contratacao)|carta[- ]proposta|notre offre pour le poste|la nostra offerta per (?:la posizione|il ruolo)|(?:ons|een) aanbod voor de functie|(?:unser|ein) angebot fur die stelle|dudas sobre la oferta|questions about the offer|promesse d'embauche|oferta de empleo|arbeitsvertrag|(?<!rate and )start date(?!\s*:)(?! (?:are|is) (?:already )?agreed)|first day(?! (?:after|of (?:the|summer|daylight|winter|spring|autumn|fall)|back from))|welcome (?:day|breakfast|lunch)|(?<!(?:user|customer|client|clinician|patient|partner|merchant|seller|supplier|vendor|driver|tenant|member|product) )onboarding(?! (?:backlog|flow|funnel|metrics|experience|journey|project|tickets?|roadmap|work|redesign|design|screens|ux|revamp|emails|programme|program|checklist|docs|documentation|case stud(?:y|ies)|analytics|features?|tool(?:ing|s)?|platform|automation|app)\b)|welcome aboard|sign (?:the|your) contract|contract signing|vertragsunterzeichnung|signature (?:du|de votre) contrat|firma (?:del|de tu) contrato|assinatura do contrato|ondertekening van (?:je|het) contract|firma del contratto|(?:the|your|an) offer (?:details|call|package|terms|from)|talk numbers(?! (?:on|about|for|from|around) )|talk numbers (?:on|about|for|around) (?:the |your |an? )?(?:offer|package|comp\w*|salary|base|equity)|counter-?offer|revisit the (?:base|salary|offer|equity)|(?:discuss|walk through|go over|talk through|review) (?:the|your|an|our) offer|primeiro dia|premier jour|primer dia|erster arbeitstag|ihr erster tag|eerste werkdag|primo giorno|agenda de integracao|day 1 orientation/,
    "offer or onboarding",
  ),
  cue(
    /application (?:received|has been received)|received your application|hemos recibido tu candidatura|(?<!(?:after|following) (?:this|the|our|your) (?:conversation|interview|call|meeting|chat),? )we will come back to you|bewerbung (?:ist )?eingegangen|candidature (?:a bien ete )?recue|accuse de reception|short ?listed for a call|status (?:in our database )?has been changed|your new status|submitted your profile|i've submitted/,
    "application status update",
  ),
  cue(
    /written interview|answer (?:some|the) questions|complete your video interview|one-way video|recorded video interview|answer the interview|(?<!(?:following|after|passing|passed|completing|completed|cleared|clearing|on clearing|for clearing|since) (?:your |the )?)online (?:coding )?(?:assessment|test)|take the test|any time before it expires|at your own pace|a votre rythme|a tout moment pendant|fenetre de passage|a tu ritmo|en cualquier momento (?:dentro|durante)|no seu ritmo|a qualquer momento|al tuo ritmo|in qualsiasi momento|in ihrem eigenen tempo|jederzeit innerhalb|in je eigen tempo/,
    "asynchronous assessment",
  ),
  // A take-home may come with a deadline (not a slot) or with a review session (an interview).
  cue(
    /take[- ]home (?:exercise|assignment|challenge|test)|\(take[- ]home\)|entregar (?:ate|até) |enviar (?:pelo link|ate|até) |fecha (?:limite )?de entrega|date limite de (?:rendu|remise)|abgabe bis|inleveren voor|consegna entro/,
    "take-home exercise",
  ),
  cue(
    /scheduling (?:page|link)|grab (?:any|a) (?:open )?slot|select interview time|schedule your interview|pick a time|book a time|send me (?:a couple of|some) times|what times work|your availability|vos disponibilites|ihre verfugbarkeit|tu disponibilidad|sua disponibilidade|times that work/,
    "asks the owner to pick a time",
  ),
  cue(
    /thanks? (?:you )?for your time today|great (?:speaking|talking) with you today|feedback (?:is|was) positive|positive feedback|next round is coming|will be in touch/,
    "follow-up after an interview",
  ),
];

/** Meeting kinds that are never interviews. */
export const ORDINARY: Cue[] = [
  cue(
    /\b(?:standup|stand-up|1:1|one-on-one|sprint|town hall|all hands|jour fixe|retro(?:spective)?|(?<!(?:teamleider|leider|medewerker|hoofd|head of|leiter|leiterin|chef de|responsable|responsabile|jefe de|director of|lead) )planning(?! (?:manager|lead|director|analyst|specialist|coordinator|engineer|officer|role|position))|vendor demo|(?:vendor|supplier|contractor|site) (?:visit|walkthrough|walk-through)|board (?:q ?& ?a|prep)|q ?& ?a rehearsal|business review|(?:budget|forecast|quarterly|monthly|weekly) review|budget meeting|board meeting|steering committee|steerco|qbr|code review|design critique|focus time|lunch|dinner|dentist|doctor|gp appointment|cita medica|zahnarzt|vet|timesheet|payroll(?! (?:officer|manager|lead|specialist|administrator|analyst|coordinator|clerk|assistant|accountant|supervisor))|contract extension|rendez-vous banque|career conversation|hiring freeze|point hebdo|hebdo|weekly|ordre du jour|team meeting|offsite|long time no see|(?:and|to) catch up)\b/,
    "ordinary meeting",
  ),
];

/**
 * A mail that confirms or sets up the owner's interview, in the seven languages ("your interview is
 * confirmed", "I've locked in Tuesday for a video interview"): what it says of cancelling later, or a
 * job-alert footer under it, is said in passing.
 */
export const CONFIRMS_INTERVIEW =
  /\b(?:(?:confirm(?:ing|ed)?|booked|scheduled|arranged|locked in|pleased to confirm) (?:you for |for )?(?:your|the|an|our) (?:[a-z-]+ ){0,2}(?:interview|call|screen)|your (?:[a-z-]+ ){0,2}interview (?:is|has been) (?:confirmed|scheduled|booked|arranged)|invite you (?:to|for) (?:an?|your) (?:[a-z-]+ ){0,2}interview|(?:je vous |nous vous )?confirm\w* (?:votre |l')entretien|(?:wir )?bestatigen (?:ihr|ihnen|dein)|(?:te |le )?confirm\w* (?:la|tu|su) entrevista|confirmamos (?:a |sua )?entrevista|bevestig\w* (?:je|uw|het|ons) (?:[a-z]+ )?gesprek|confermiamo (?:il )?(?:suo |tuo )?colloquio|interview (?:is |has been )?confirmed\b|(?:te|le|les|os) envi\w* (?:la |una )?(?:convocatoria|invitacion) (?:para|a) (?:la|tu|su) (?:[a-z]+ )?entrevista|(?:je vous|nous vous) (?:envoie|envoyons|adresse|adressons|transmets|transmettons) (?:la |l'|une )?(?:convocation|invitation) (?:pour|a) (?:votre |l')entretien|(?:envio|enviamos)(?:-lhe|-te)? (?:a )?(?:convocatoria|convite) para a (?:sua |tua )?entrevista|(?:ti|le|vi) (?:invio|inviamo) (?:la )?(?:convocazione|invito) (?:per il|al) (?:[a-z]+ )?colloquio|(?:anbei|hiermit) (?:erhalten sie )?(?:die|unsere|ihre) einladung zu(?:m|r) (?:[a-z]+)?(?:gesprach|interview)|(?:hierbij|bijgaand) (?:de|onze) uitnodiging voor (?:het|je|uw) (?:[a-z]+)?gesprek|(?:here is|here's|sending you|i'm sending) the (?:calendar )?invite for (?:your|the) (?:[a-z-]+ ){0,2}interview|(?:confirm(?:ed|ing)?|locked in|booked|scheduled)\b[^.\n]{0,60}\bfor (?:a|an|your) (?:[a-z-]+ ){0,2}interview\b)/;
