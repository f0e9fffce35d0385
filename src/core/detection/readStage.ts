import { agendaOfSessions } from "./agendaOfSessions";
import { anyOf } from "./anyOf";
import type { Matcher } from "./anyOf";
import { otherScriptStage } from "./otherScriptStage";
import type { Stage } from "./types";

/**
 * Stage as the corpus labels it: a named cue wins over the setting, and a cue in the subject
 * wins over one in the body (bodies mention past rounds: "thank you for your first interview").
 */

const FINAL =
  /\b(?:final|derniere ronde|slutintervju\w*|sista steget|finalni (?:kolo|pohovor)|posledni kolo|ostatni\w* (?:etap|rozmow\w*)|finalgesprach|finalinterview|this is (?:the|our|your) last (?:conversation|chat|meeting|interview)|ultima conversacion antes|derniere (?:conversation|discussion) avant|ultima conversa antes|before (?:we )?(?:put together|put|make|extend|prepare)[^.\n]{0,12} offer|last (?:conversation|chat|meeting|interview|step|round) before (?:an?|the|your) offer|entrevue finale|finale[nrs]? (?:gesprach|gesprachsrunde|runde|gesprek)|last step|last round|abschlie(?:ss|ß)ende[nrs]? (?:vorstellungsgesprach|bewerbungsgesprach|gesprach|runde|interview)|dernier (?:entretien|echange)|ultima entrevista|abschlie(?:ss|ß)ende[ns]? hearing|(?:letzte[nrs]?|abschliessende[nrs]?) (?:schritt|runde|gesprach)|laatste (?:stap|ronde|gesprek)|ultim[oa] (?:paso|passo|etapa|fase|step|colloquio|ronda)|derniere (?:etape|entrevue)|colloquio finale|coll\. finale|entrev\. final|incontro finale|rencontre finale|eindgesprek|finalrunde|abschlussgesprach)\b/;
const TECH =
  /\b(?:technical|ronde technique|bate-papo tecnico|conversa tecnica|charla tecnica|chiacchierata tecnica|technick[yaeo] (?:pohovor|kolo)|techniczn\w* (?:rozmow\w*|etap)|desafio tecnico|reto tecnico|challenge tecnico|sfida tecnica|defi technique|technische uitdaging|tech interview|tech round|hands-on (?:part|portion|session|round)|pair on (?:a|the) [^.\n]{0,40}(?:problem|exercise|task|challenge)|entretien technique|entrevue technique|test technique|technisch(?:es|e|en)? (?:interview|gesprach|gesprek)|system-design|revue de code|code review exercise|exercice de conception|case-?opdracht|praktijkopdracht|take-home case|case review|(?:entrevista|prueba|evaluacion|avaliacao|colloquio|prova|valutazione) tecnic[ao]|evaluation technique|technische (?:evaluatie|beoordeling|bewertung)|coding|live[- ]coding|pair[- ]programming|systems? design|diseno de sistemas|desenho de sistemas|conception de systemes|progettazione di sistemi|systeemontwerp|architecture (?:deep[- ]?dive|interview|session|round)|(?:technical|tech) deep[- ]?dive|(?:sketch|explain|walk (?:us )?through) how you(?:'d| would) (?:design|build|architect)|case[- ]study|case[- ]interview|live[- ]case|(?:design|business|product|marketing|strategy|finance) case|case (?:presentation|exercise|discussion)|etude de cas|cas pratique|(?:live )?design (?:challenge|exercise)|estudio de caso|caso practico|caso de negocio|estudo de caso|caso (?:di studio|pratico)|fallstudie|casusopdracht|casusgesprek|casus|case-?gesprek|take-home review|walk (?:me |us )?through your (?:solution|submission|approach|exercise|model|analysis|code)|present (?:the|your) take-home|dig into (?:the|your) code|extend (?:the|your) (?:exercise|solution|model|code|analysis)|live exercise|programming exercise|sql (?:and|&) |sql exercise|programmieraufgabe|exercice (?:de programmation|technique)|ejercicio (?:de programacion|tecnico)|programmeeropdracht|technische opdracht|esercizio (?:di programmazione|tecnico)|teste tecnico|exercicio tecnico|technische case|etapa tecnica|fase tecnica|etape technique|painel tecnico|panel tecnico|(?:um|un|a) case de|case tecnico|case pratico|(?<!(?:giornata|journee|jornada|dia|tag) (?:di |de |d')?)assessment(?![- ]?cent(?:re|er)|[- ]day)|whiteboard|hackerrank|coderpad|codility|pairing (?:interview|session|exercise))\b|interview \(tech\b/;
const ONSITE =
  /\b(?:on-?site|on site|panel|panelgesprek(?:ken)?|panelgesprach|panelinterview|dinamica de grupo|dinamica di gruppo|colloquio di gruppo|entrevista grupal|exercice de groupe|gruppenubung|in-office|in office interviews?|(?:virtuele )?gespreksronde|gesprekken na elkaar|vor-ort-termin|formato (?:de )?panel|achtereenvolgens (?:met|spreek|gesprekken)|(?:spreekt|spreek je|gesprekken) achter elkaar|spreek je achtereenvolgens|na elkaar gesprekken|gesprache hintereinander|visita (?:as|a las|alle|aux) instala\w*|(?:conocernos|conocerte|vernos|reunirnos|conhecer-nos|conoscerci) (?:en persona|em pessoa|di persona|de persona)|visitar (?:as|las|nos|nuestras|a nossa|la nostra) (?:instala\w*|oficinas|fabrica|locaux|usine|stabilimento)|(?:conversas|entrevistas|conversaciones|colloqui|entretiens) individua\w*|visite (?:des|de nos) (?:locaux|installations)|jornada de seleccion|journee (?:d'evaluation|de recrutement|en presentiel)|giornata di selezione|selectiedag|(?:am|an der|beim) empfang|at (?:the )?(?:reception|front desk)|a l'accueil|en (?:la )?recepcion|na rece[cp]ao|bij de receptie|alla reception|visitor (?:desk|badge|pass)|painel|personlich(?:es|en)? (?:vorstellungsgesprach|gesprach|kennenlernen)|personlich kennen(?:zulernen)?\b|(?:an|in) unsere[mnr]? (?:standort|zentrale|firmenzentrale|niederlassung|werk|redaktion|kanzlei|praxis|filiale)|venir nous rencontrer|(?:swing|pop|drop|come) (?:by|down to|into|in to|over to) (?:the|our) (?:yard|shop|workshop|office|site|store|clinic|restaurant|kitchen|depot|warehouse|salon|studio|garage|bakery|cafe|bar|farm)|vir (?:ca )?(?:a|ao) (?:nossa |nosso )?(?:clinica|loja|restaurante|escritorio|oficina|obra|armazem|padaria|cafe)|(?:on|je|nous) (?:t'|vous )?(?:attend(?:s|ons)?) (?:au |a l'|a la )(?:garage|atelier|restaurant|magasin|boutique|bureau|cabinet|clinique|chantier|entrepot|usine)|pasar(?:te|se|os)? (?:[^\s.,?!]+ ){0,6}por (?:el|la|nuestr[oa]) (?:restaurante|tienda|oficina|taller|local|clinica|obra|almacen|bar|hotel)|passar (?:[^\s.,?!]+ ){0,6}(?:no|na|pelo|pela) (?:restaurante|loja|escritorio|oficina|clinica|obra|armazem)|langs(?:komen)? (?:[^\s.,?!]+ ){0,6}(?:in|op|bij) (?:de|het|onze|ons) (?:winkel|werkplaats|restaurant|praktijk|kantoor|garage|magazijn)|(?:vorbeikommen|vorbeischauen) (?:[^\s.,?!]+ ){0,6}(?:in|bei) (?:der|dem|unserer|unserem) (?:werkstatt|laden|praxis|filiale|restaurant|kuche|buro)|passare (?:[^\s.,?!]+ ){0,6}(?:in|al|dal|presso il|presso la) (?:negozio|ristorante|officina|studio|cantiere|magazzino)|rencontrerez successivement|sur (?:notre|leur) site|op (?:ons|hun) (?:hoofd)?kantoor|their (?:\w+ ){1,2}(?:office|offices|site|hq|headquarters)|come to (?:the|our) (?:hotel|office|store|restaurant|site|plant|clinic|property|warehouse|branch)|(?:quick |short )?tour of the (?:property|site|office|plant|facility|hotel|warehouse)|presso la (?:loro |nostra )?sede (?:di|del|della)|giro (?:dello stabilimento|degli uffici|della sede|del reparto)|visita (?:dello|allo|del|al) (?:stabilimento|reparto)|recorrido por (?:la planta|las instalaciones|la fabrica)|visita a (?:la planta|las instalaciones|la fabrica)|visita (?:a|à) fabrica|visite (?:de l'usine|du site|de l'atelier)|werksbesichtigung|betriebsbesichtigung|werksfuhrung|rundgang (?:durch|im|in) (?:das |den |die )?(?:werk|betrieb|produktion|halle)|rondleiding (?:door|in) (?:de fabriek|het bedrijf|het pand|de productie)|em sequencia|one after (?:another|the other)|(?:could|can|would) you come (?:in|by|over|to (?:our|the) (?:office|offices|site|plant|warehouse|store|shop))|oral board|interview board|(?:ronda|rodada|serie|tour|giro) (?:de |d'|di )?(?:entrevistas|entretiens|colloqui)|jury|juri|tribunal|commissione (?:di selezione|esaminatrice)|(?:devant|vor|ante|perante|voor) (?:la |le |der |el |a |de )?(?:commission|kommission|auswahlkommission|comision|comite|comissao|commissie|selectiecommissie)|(?:benoemings|sollicitatie|selectie)commissie (?:nodigt|ontvangt)|(?:nodigt|ontvangt) de (?:benoemings|sollicitatie|selectie)commissie|gesprek met de (?:benoemings|sollicitatie|selectie)?commissie|nacheinander|loop(?! (?:them|you|him|her|me|us|in|back)\b)|interview day|interviewtag|vor ort|in person|in-person|sur place|presencial|presenziale|superday|at our offices?|in our offices?|dans (?:nos|leurs|ses) locaux|in unser(?:em|e)? buro|in unseren raumlichkeiten|en nuestras (?:oficinas|instalaciones)|nos nossos escritorios|nas nossas instalacoes|(?:a|dans) (?:nos|leurs) bureaux|nei nostri uffici|presso (?:la nostra sede|i nostri uffici)|assessment[- ]?cent(?:re|er)|assessment[- ]day|(?:studio|office|site|campus|factory|plant) (?:visit|tour)|visit (?:our|the) (?:studio|office|offices|team|site|campus)|meet the (?:whole|entire|wider) (?:team|studio|crew)|en sus oficinas|en la sede (?:de|del)|na sede d[aoe]|nella sede d(?:i|el|ella)|au siege d(?:e|u)|in ihren (?:buro|raumlichkeiten)|nos seus escritorios|bij hen op kantoor|presso (?:la loro sede|i loro uffici)|nella (?:loro|nostra) sede|(?:colloquio|colloqui) in sede|uno dopo l'altro|l'un apres l'autre|uno tras otro|um apos o outro|in their (?:office|offices)|at their (?:\w+ )?offices?|(?:three|four|five|six|trois|quatre|cinq|tres|cuatro|cinco|seis|drei|vier|funf|sechs|tre|quattro|cinque|drie|vijf|zes|quatro) (?:members|membres|miembros|mitglieder\w*|membri|membros|leden|colleagues|collegues|colegas|kollegen|colleghi|collega's)|(?:ontmoet|ontmoeten|leer|leert)\b[^.\n]{0,20}\bhet (?:hele|voltallige) team|(?:das|unser) (?:ganze|gesamte) team|toute l'equipe|todo el equipo|tutto il team|toda a equipe|bij ons (?:op kantoor|langs)|naar (?:ons|hun) kantoor|bei uns (?:im buro|vor ort)|chez nous (?:au bureau|dans nos locaux)|probetag|proefdag|schnuppertag|come (?:in |by |over )?(?:and|to) meet the team|back[- ]to[- ]back (?:interviews|sessions|conversations)|(?:interviews|sessions|conversations),? back[- ]to[- ]back|series of (?:interviews|conversations)|meet (?:several|a few|three|four|five) (?:members|people|colleagues|of)|at our (?:\w+ ){1,2}(?:office|offices|studio|headquarters|hq|campus))\b/;
const SCREEN =
  /\b(?:phone screen(?:ing)?|primera toma de contacto|premiere prise de contact|primeiro contacto|primeiro contato|primo contatto|entrevista de (?:triagem|filtro|cribado)|triagem (?:por video|telefonica|inicial)|vorauswahlgesprach|screeningsgesprek|(?:minutes|mins|call|chat)[,.]? just me\b|prvni (?:kolo|pohovor)|uvodni pohovor|telefonick[yi] pohovor|pierwsz\w* (?:rozmow\w*|etap)|rozmow\w* telefoniczn\w*|phone interview|telephone interview|entretien telephonique|telefonat|telefongesprach|phone call|llamada telefonica|appel telephonique|chiamata telefonica|ligacao|telefoongesprek|entrevue telephonique|(?:entrevista|conversa|entretien|entrevue|colloquio|gesprach|gesprek|interview|call) (?:com|con|avec|with|mit|met) (?:o |el |la |le |l'|il |der |de |our |the |les |los |las |os |as |den )?(?:rh|rrhh|hr|recursos humanos|ressources humaines|personalabteilung|people team|gestion humana|talento humano|gestion del talento|capital humano|gente e gestao|gente y cultura)\b|telefoninterview|pre-?qualifica\w*|vorqualifizierung\w*|precalificacion|(?:con|with|avec|mit|met|com|por) (?:el |la |los |o |a |equipo de |el equipo de )?rr\.? ?hh\.?|telefonisch(?:e[nmrs]?)? (?:gesprach|interview)|entrevista telefonica|colloquio telefonico|telefonisch gesprek|(?:entrevista|entretien|entrevue|colloquio|gesprach|gesprek|interview) (?:por|par|per|via|am|au|al) (?:telefone|telefono|telephone|telefon|telefoon)\b|screen(?:ing)?|recruiter (?:call|conversation|intro|introduction|chat)|(?:call|chat|conversation) (?:with|w\/) (?:(?:our|the|a|your) )?(?:recruiter|talent partner)|introductory|intro(?:duction)? (?:(?:video|phone|zoom|teams) )?call|(?<!(?:months?|weeks?|years?|mois|meses|monate|mesi|maanden) )initial(?! (?:contract|term|period|duration|assignment|\d+[- ]?(?:months?|weeks?|years?)\b))|first(?:[- ]stage| round| interview| call| conversation| step| chat| meeting| talk)|first(?! (?:(?:few|couple of|two|three|four|five|six|nine|twelve|ninety|\d+) )?(?:year|years|day|week|month|months|weeks|days|minutes?|mins|hours?|time|name|floor|half|quarter|class|aid|line|hand|place|step|hire|employee|cfo|ceo|cto|coo|cmo|cpo|head of|thing|things|of all|off|and foremost))|stage 1|1st[- ](?:round|interview|call|conversation|chat|meeting|stage)|round 1|1(?:er|re|ere) entretien|1(?:er|re|ere) echange|entretien tel\.|1\.?(?:a|ª|o|º|°) (?:entrevista|conversa|colloquio)|1e gesprek|f(?:ø|o)rste samtale|forsta samtal(?:et)?|forsta intervju(?:n)?|primera platica|per conoscerci|para conocernos|para nos conhecermos|erste[sn]? (?:runde|gesprachsrunde|auswahlrunde|vorstellungsrunde)|hr (?:interview|call|chat|conversation)|antes de presentarte|antes de presentar tu (?:perfil|candidatura)|antes de (?:te |o |a )?apresentar|avant de (?:vous|te) presenter|prima di presentarti|bevor ich (?:sie|dich) (?:beim kunden )?vorstelle|(?:danach|dann|anschliessend) stelle ich (?:sie|dich) (?:beim|dem) kunden vor|voordat ik je voorstel|before i (?:(?:put|send) (?:you|your (?:profile|cv|resume|details|name)) forward|(?:share|send|pass) your (?:cv|resume|profile|details) (?:with|to)|present you)\b|entretien rh|(?:i'm|i am|we're|we are|i've been|we've been) (?:exclusively )?retained by|(?:eerste|kort|korte|kennismakings) ?(?:telefoontje|belletje)|premier(?:e)? (?:echange|entretien|entrevue|appel)|entrevue rh|primera entrevista|primeira entrevista|primo colloquio|primo incontro|primer encuentro|premiere rencontre|primeiro encontro|erstes treffen|eerste ontmoeting|eerste (?:sollicitatie)?gesprek|eerste verkennend(?:e)? gesprek|verkennend(?:e)? gesprek|eerste (?:gesprek)?s?ronde|premiere ronde|primera ronda|primeira rodada|(?:da|de la|della|de|van de|para a) (?:primeira|primera|prima|premiere|eerste) (?:fase|phase|etapa|etape) do processo|(?:da|de la|della|de|van de|para a|para la|pour la|per la|a la|a|alla) (?:primeira|primera|prima|premiere|eerste) (?:fase|phase|etapa|etape) (?:del|du|de|van het) (?:proceso|processo|processus|proces)|intro conversation|(?:conversa|conversacion|charla|llamada|chamada|(?:video)?entrevista|conversation|chiacchierata|bate-papo|papo) (?:inicial|initiale|iniziale)|primera charla|primeira chamada|presel[ae]c\w*|preselezione|vorauswahl|chat with me about|intro(?:ductory)? chat|\d+[- ]?min(?:ute)? chat about the (?:[\w-]+ ){0,4}(?:role|position)|give you a (?:buzz|ring)|walk (?:you )?through the (?:[\w-]+ ){0,4}brief|gente (?:&|e) gestao|(?:as|como) (?:o )?primeiro passo|first step (?:in|of) (?:our|the) process|erste[nmrs]? (?:telefonische[nmrs]? |kurze[nmrs]? )?(?:vorstellungs|bewerbungs)?gesprach|kennenlerngesprach|(?:zum|zu einem|ein|erste|erstes|ersten|kurzes|kurzen|unverbindliches)[, ]+(?:[a-z]+,? ){0,2}?kennenlernen|^kennenlernen|erstgesprach|erste[ns]? (?:auswahlgesprach|vorstellungsgesprach|bewerbungsgesprach)|llamada de seleccion|talent[- ]partner call|get-to-know|(?:i'll|i will|i can) (?:ring|call) you(?! (?:beforehand|before|afterwards|after|to prep|to brief|the day before|the (?:following|next) (?:morning|day|afternoon)|once|when)|[^.\n]{0,30}\bto (?:prep|brief|prepare|debrief|go over|run through))|confirming our call|(?:with|by) (?:the |our |a member of (?:the |our )?)?talent acquisition team|colloquio (?:iniziale|conoscitivo)|(?:telefonata|chiamata) conoscitiva|erste[sn]? (?:video-?|telefon-?)?interview|faire connaissance|conversazione iniziale|kennismakings?gesprek|kennismaking|primeira conversa|primera (?:llamada|conversacion)|overview of the (?:team|role|position)|what you(?:'re| are) looking for next|tell you more about the (?:[\w-]+ ){0,4}(?:role|team|position)|informal intro|learn more about (?:you|your (?:background|experience))|get to know you|quick chat|before (?:i|we) (?:bring you in|introduce you) to meet the)\b/;
const SECOND =
  /\b(?:(?:second|2nd|zweite[sn]?|deuxieme|segunda|segundo|secondo|tweede)[- ](?:round|interview|stage|gesprach|entretien|entrevue|entrevista|colloquio|gesprek|runde)|zweitgesprach|zweitinterview)\b/;

const NAMED_ONSITE =
  /\b(?:virtual on-?site|on-?site (?:loop|interviews?|day)|interview loop|(?:your|the) on-?site\b(?! (?:lunch|team|meeting|visit from)))/;

// A day of back-to-back interviews at the employer, as the other languages name it.
const DAY_OF_INTERVIEWS =
  /\b(?:journee d'entretiens|jornada de entrevistas|dia de entrevistas|giornata di colloqui|bewerbertag|auswahltag|sollicitatiedag|selectiedag|(?:votre|uw|ihr|su|sua|la sua) (?:venue|bezoek|besuch|visita) (?:sur|op|an|en|na|alla|presso) (?:notre|ons|unserem|nuestra|nossa|la nostra|il nostro) (?:site|kantoor|standort|sede|oficina|escritorio|ufficio|campus))\b/;
// Case presentations as Portuguese, Spanish and French mail write them.
const MORE_TECH =
  /\b(?:fachinterview|fachgesprach|apresentacao do (?:case|caso)|apresentar (?:o|um) case|presentacion del case|presentation (?:du|d'un) (?:cas|case))\b/;

/**
 * The stage patterns grouped by the yes/no question each group answers, so a test can find
 * phrases another phrase of the same group already matches (dead ones).
 */
export const STAGE_CUE_GROUPS: readonly (readonly RegExp[])[] = [
  [FINAL],
  [NAMED_ONSITE],
  [TECH, MORE_TECH],
  [SCREEN],
  [DAY_OF_INTERVIEWS],
  [ONSITE],
  [SECOND],
];

// The grouped form of each pattern (see anyOf) says quickly whether a text has such a cue; where
// it is does not matter.
const groupedForms = new Map<RegExp, Matcher>();
function grouped(re: RegExp): Matcher {
  let g = groupedForms.get(re);
  if (!g) {
    g = anyOf([re]);
    groupedForms.set(re, g);
  }
  return g;
}

// Japanese rounds: 最終面接 (final), 一次面接 (first), 二次・三次面接 (later rounds, kind unnamed).
const JA_ROUND = /(最終|一次|二次|三次)面接/;

function cueIn(text: string): Stage | null {
  // Priority, not position: a final technical round is final; a technical screen is technical.
  // So the cues are looked for in that order, and the first found is the stage.
  if (grouped(FINAL).test(text)) return "final";
  const ja = text.includes("面接") ? JA_ROUND.exec(text)?.[1] : undefined;
  if (ja === "最終") return "final";
  // "Техническое собеседование", "ראיון היכרות": the step in another script, by the same priority.
  const other = otherScriptStage(text);
  if (other) return other;
  // "Your virtual onsite … 10:45 Coding": an onsite named as such holds its technical sessions.
  if (NAMED_ONSITE.test(text)) return "onsite";
  if (grouped(TECH).test(text) || grouped(MORE_TECH).test(text)) return "technical";
  if (grouped(SCREEN).test(text) || ja === "一次") return "screen";
  // A day of interviews at the site is onsite whoever is met there.
  if (grouped(DAY_OF_INTERVIEWS).test(text)) return "onsite";
  // An in-person visit is onsite even with one manager (SCHEMA: "onsite: an in-person visit").
  if (grouped(ONSITE).test(text)) return "onsite";
  return SECOND.test(text) || ja ? "unknown" : null;
}

// A street address given as the place ("Via Tortona 27, Milano", "500 Howard St"): the owner goes
// there, an in-person visit. Online places and signatures (not labelled as the place) do not count.
const STREET =
  /\b(?:via|viale|piazza|rue|avenue|av\.?|avenida|calle|rua|praca|street|st\.?|road|rd\.?|boulevard|blvd|strasse|str\.?|weg|platz|straat|laan|plein|kade|gracht|markt|dijk|singel|lane|way|drive|dr\.?|place|plaza|quai|corso|view|tower|square|quay|wharf|terrace|crescent|floor|suite|level|building|edificio|andar|etage|stock)\b/;
const ONLINE =
  /\b(?:zoom|teams|meet|webex|video|online|virtual|remote|https?:|phone|telefon|telefone|telefono|visio|videollamada|videochamada)\b/;
const PLACE_LINE =
  /(?:^|\n)\s*(?:[-–•*·]\s*)?(?:location|where|venue|address|lieu|adresse|ort|luogo|indirizzo|ubicacion|direccion|lugar|local|endereco|locatie|adres|plaats)\s*:\s*([^\n]{6,140})/;

// "Luogo: sede di Foggia", "Where: our London offices", "- Lieu : siège du Groupe …": a labelled
// place (a list's item too) at the firm's premises.
const PREMISES =
  /\b(?:sede|headquarters|hq|head office|offices?|bureaux?|buro|kantoor|oficinas?|escritorios?|ufficio|uffici|siege|zentrale)\b/;

function inPersonPlace(place: string, body: string): boolean {
  const labelled = PLACE_LINE.exec(body)?.[1] ?? "";
  if (labelled && PREMISES.test(labelled) && !ONLINE.test(labelled)) return true;
  return [place, labelled].some((p) => /\d/.test(p) && STREET.test(p) && !ONLINE.test(p));
}

// "The panel will be Rohit (Principal Architect) and Meera (Head of Platform), 60 minutes, on
// Teams": two interviewers on a video call are no panel, whatever the mail calls them.
const TWO_PANEL =
  /\bpanel (?:will be|is|:|with|consists of|includes) [a-z'-]+(?: [a-z'-]+)?(?: \([^()\n]{0,40}\))? (?:and|&) [a-z'-]+(?: [a-z'-]+)?(?: \([^()\n]{0,40}\))?(?=[,.;]|$)[^.\n]{0,60}/;

/** The stage of a body whose only loop word is a panel of two on a video call, or undefined. */
function twoOnVideo(head: string): Stage | null | undefined {
  const m = TWO_PANEL.exec(head);
  if (!m || !ONLINE.test(m[0]) || /on-?site|in person|office/.test(m[0])) return undefined;
  return cueIn(`${head.slice(0, m.index)} ${head.slice(m.index + m[0].length)}`);
}

// Words that look like cues and are not: job titles and signatures ("Technical Recruiter",
// "Technical Product Manager"), steps looked back on ("thanks for the first call", "following your
// online assessment"), steps ruled out ("no coding") and steps that may come later ("if this goes
// well", "before we line up the panel", "how the rest of our process works (a technical round
// and a team loop after this)").
const NOT_CUES =
  /technical (?:recruiter|product|account|program|writer|sourcer|lead|director|support|team|resources|consult\w*)|principal technical|screen ?shar\w*|\b(?:del|nel|dal|dopo il) (?:nostro )?primo colloquio|\ba seguito del (?:nostro )?(?:primo )?colloquio(?: telefonico)?|\bsuite a notre (?:premier )?(?:entretien|echange) telephonique|\btras nuestra (?:conversacion|entrevista|llamada) telefonica|\bna sequencia da nossa (?:conversa|entrevista) telefonica|\bnach (?:unserem|dem|ihrem|deinem) (?:ersten |kurzen )?telefonat(?: mit mir)?|\bapres (?:notre|votre|l') ?(?:premier |premiere )?(?:entretien|echange|appel) telephonique|\bna (?:ons|het|je) (?:eerste )?telefo(?:ongesprek|nisch gesprek|ontje)|\bdespues de (?:nuestra|la) (?:primera )?(?:conversacion|llamada|entrevista) telefonica|\b(?:depois da|apos a) (?:nossa )?(?:primeira )?(?:conversa|chamada|entrevista) telefonica|\bdopo (?:la nostra|il nostro) (?:primo )?(?:telefonata|chiamata|colloquio telefonico)|\bnaar aanleiding van ons telefo(?:ongesprek|nisch gesprek)|\b(?:de|depuis|apres) notre premier (?:entretien|echange|appel)|\b(?:de|desde|tras) nuestra primera (?:entrevista|conversacion)|\b(?:da|desde|apos) (?:a )?nossa primeira (?:entrevista|conversa)|\b(?:from|since) our first (?:interview|call|conversation|chat)|personlich kennen(?:lernen|zulernen)?(?=[\s\S]{0,300}\b(?:per (?:microsoft )?teams|per zoom|per video|videogesprach|online)\b)|(?:working|based|hybrid|days?(?:\/| a | per )week)[^.\n]{0,20}? (?:from|at|in|out of) their (?:[\w.]+ ){1,2}(?:office|offices|site|hq|headquarters)|(?:loved|liked|enjoyed|read|saw) (?:your|the) [a-z -]{0,40}case stud(?:y|ies)|case stud(?:y|ies) (?:in|on|from) your (?:portfolio|site|website|blog|cv|resume)|(?:a|the|big|large|second|external) screens? (?:in|on|at) |(?:first|1st) (?:interview|round|stage)[^.\n]{0,40}(?:last|earlier|previous)|(?:after|since|following|thanks for) (?:your|the|our) (?:first|1st|initial)[^.\n]{0,30}|thanks? (?:you )?(?:again )?for (?:a|the|your) (?:great |good |lovely |nice )?(?:phone screen|recruiter screen|screening call|intro call|first (?:chat|call|conversation)|(?:conversation|call|chat) with (?:our|the|my) (?:recruiter|talent partner|recruiting team))[^.\n]{0,30}|(?:after|following|further to|since) (?:our|your|the) (?:recruiter |phone |intro |introductory )?(?:call|chat|conversation|screen)(?: last week| yesterday| on \w+)?|(?:clear(?:ed|ing)|passed|passing|after) (?:the|your|both|all) (?:technical|coding|first|initial|hr|screening) (?:rounds?|interviews?|stages?)|(?:has superado|ha superado|superaste|has pasado|ha pasado|a reussi|avez reussi|avez passe|ha superato|hai superato|passou|superou|heeft doorstaan|hebt doorstaan|bestanden)(?: con exito| com sucesso| avec succes)? (?:la |le |a |il |die |de |o |the )?(?:fase |etapa |phase |tappa )?(?:de |di )?(?:preseleccion|preselection|preselezione|presel\w*|primera|primeira|premiere|prima|first|eerste|erste)[^.\n]{0,30}|(?:naar aanleiding van|following|after|suite a|nach|tras|apos|dopo) (?:je|uw|het|ons|your|our|the|votre|notre|ihrem|unserem|dem|tu|su|nuestra|a sua|a nossa|il tuo|il suo|il nostro) (?:eerste|first|premier|ersten|primera|primeira|primo) (?:gesprek|interview|call|conversation|entretien|appel|gesprach|entrevista|colloquio)|(?:dank (?:nochmals )?fur das|thanks? (?:you )?(?:again )?for the|merci (?:encore |beaucoup )?pour (?:notre|cet|ce)|gracias (?:de nuevo )?por la|obrigad[oa] (?:novamente )?pela|grazie (?:ancora )?per la|bedankt voor het|dank (?:je|u) (?:wel )?voor het) (?:angenehme |nette |gute |great |lovely |nice |good |agreable |agradable |piacevole |fijne |prettige |leuke |goede )?(?:eerste |first |ersten? |premier |primera |primeira |prima )?(?:telefonische[ns]? |telephonique |telefonic[ao] |telefonisch |phone )?(?:telefonat|gesprach|erstgesprach|call|chat|conversation|echange|appel|llamada|conversa|chiamata|telefonata|telefoongesprek|gesprek)|merci (?:encore |beaucoup )?pour l'(?:echange|appel|entretien|entrevue)(?: telephonique)?|(?:now that|since|after|as) you(?:'ve| have) (?:done|had|completed|passed) (?:the|your|a) (?:phone |initial |first |intro |recruiter )?(?:screen|call|chat|conversation)\b[^.\n]{0,60}|(?:give you a (?:ring|call|bell)|call you|ring you|phone you)\b[^.\n]{0,60}\b(?:to (?:run through|prep|prepare|go over|brief)|before (?:the|your|her|his) (?:interview|meeting|call))[^.\n]*|\b(?:no|not a|nothing|without|sin|pas de|kein(?:e|en)?|nessun|geen|sem) (?:coding|technical|code|whiteboard|prueba tecnica|test technique|programmier\w*|technisch\w*)|\b(?:if (?:this|that|it|all|things) goes? well|si (?:tout|cela|ca) se passe bien|wenn (?:alles|es) gut (?:lauft|geht)|si (?:todo|esto) (?:va|sale) bien|se (?:tudo|isso) (?:correr|der) bem|se (?:tutto|questo) va bene|als (?:dit|alles) goed gaat)[^.\n]*|\b(?:(?:the rest|the next steps?|the later (?:stages|steps|rounds)) (?:of|in) (?:our|the|your) (?:hiring |interview |recruitment )?process|le reste (?:du|de notre) processus|el resto del proceso|o resto do (?:nosso )?processo|il resto del (?:nostro )?processo|het vervolg van (?:het|ons) proces|den weiteren (?:ablauf|prozess))\b[^.\n]*|\b(?:if (?:it's|it is|there's|there is) a (?:good |mutual )?(?:fit|match)|the next step would be|next steps? would (?:be|include))[^.\n]*|\bbefore (?:we|i|you|they) (?:line up|set up|arrange|schedule|book|move (?:on )?to|get to|bring in)[^.\n]*|\b(?:following|after|since) (?:your|the) (?:online |video |written )?(?:assessments?|tests?)(?: and (?:your |the )?(?:video |phone |online )?interviews?)?/g;

// Several interviewers at once or in a row: a kind of round, where an office is only where one is held.
const SEVERAL_AT_ONCE =
  /\b(?:panel|painel|loop(?! (?:them|you|him|her|me|us|in|back)\b)|jury|juri|tribunal|commission|kommission|comite|comision|comissao|commissie|commissione|back[- ]to[- ]back|one after (?:another|the other)|nacheinander|hintereinander|na elkaar|achter elkaar|achtereenvolgens|uno dopo l'altro|l'un apres l'autre|successivement|uno tras otro|um apos o outro|em sequencia|interview day|assessment[- ]?(?:cent(?:re|er)|day)|superday)\b/;

/** Whether an onsite reading rests only on where the talk is held (an office, a reception desk). */
function onlyWhereHeld(stage: Stage | null, head: string): boolean {
  return (
    stage === "onsite" &&
    !grouped(NAMED_ONSITE).test(head) &&
    !grouped(DAY_OF_INTERVIEWS).test(head) &&
    !SEVERAL_AT_ONCE.test(head) &&
    !agendaOfSessions(head)
  );
}

/** The stage a body's cues name (a panel of two on a video call is none). */
function bodyCue(head: string): Stage | null {
  const panelOfTwo = twoOnVideo(head);
  return panelOfTwo === undefined ? cueIn(head) : panelOfTwo;
}

/** The body's first 1,500 characters without the words that look like cues and are not. */
function notCues(body: string): string {
  return body.slice(0, 1500).replace(NOT_CUES, " ");
}

const CASUAL = /\b(?:quick |short |brief )?(?:chat|catch-?up|coffee)\b/g;

// A talk set up with the hiring manager, or with the owner's future manager, by someone else (the
// hiring manager writing "I'm the hiring manager for the team" screens the owner themselves).
const WITH_THE_MANAGER =
  /(?<!\b(?:i'm|i am|as)(?: the)? )\b(?:(?:the|their|its) hiring manager\b|hiring manager (?:at|for|from|of) (?!(?:the|our|my) (?:[\w-]+ )?(?:role|position|team)\b))|\bwho(?:'d| would| will|'ll) be your (?:[\w-]+ )?(?:manager|boss|supervisor|lead)\b|\btheir (?:[\w&-]+ ){0,4}?(?:manager|director|head of [\w&-]+|vp [\w&-]+|chief [\w-]+ officer|cto|cfo|ceo|coo)\b(?! (?:role|position|opening|vacancy)\b)|\byour (?:future|prospective|new|would-be) (?:line )?(?:manager|boss|supervisor)\b|\b(?:ihr(?:e[mnr]?)?|dein(?:e[mnr]?)?) (?:kunftige[nr]?|zukunftige[nr]?) (?:vorgesetzte[nr]?|chef(?:in)?|teamleiter(?:in)?)\b|\b(?:votre|ton|ta) (?:futur|future) (?:manager|responsable|cheffe?|n\+1)\b|\b(?:tu|su) futur[oa] (?:jef[ea]|responsable|manager)\b|\b(?:seu|sua|teu|tua) futur[oa] (?:gestor[a]?|chefe|lider|manager)\b|\b(?:il tuo|il suo|la tua|la sua) futur[oa] (?:responsabile|manager|capo)\b|\b(?:je|uw) (?:toekomstige|nieuwe) (?:leidinggevende|manager)\b/;

export function readStage(
  subject: string,
  body: string,
  place = "",
): { stage: Stage; reason: string | null } {
  const fromSubject = cueIn(subject);
  // An assessment centre named in the subject is a setting; exercises named in the body are the stage.
  if (fromSubject === "onsite" && /assessment[- ]?(?:cent(?:re|er)|day)/.test(subject)) {
    const inBody = cueIn(notCues(body));
    if (inBody === "technical" || inBody === "final")
      return { stage: inBody, reason: `'${inBody}' cue in body` };
  }
  // "Quick chat Friday" over "the final conversation in our process": a casual word in the
  // subject names no step where the body names the last one.
  // ("Quick chat" over "Panel: Graham …, Leanne … and a member from People & Culture": a panel.)
  if (fromSubject === "screen") {
    const plain = subject.replace(CASUAL, " ");
    const casualOnly = plain !== subject && cueIn(plain) !== "screen";
    const inBody = casualOnly ? bodyCue(notCues(body)) : null;
    if (inBody === "final" || inBody === "technical" || inBody === "onsite")
      return { stage: inBody, reason: `'${inBody}' cue in body` };
    // "Quick chat" over "they've asked for a second-round interview" or "the hiring manager at
    // Prairie Mutual would like 30 minutes with you": the casual word was the writer's, and the
    // round or the manager says what the talk is, of no named kind.
    if (casualOnly && (inBody === "unknown" || (inBody === null && WITH_THE_MANAGER.test(notCues(body)))))
      return {
        stage: "unknown",
        reason: "a casual subject over a talk with the hiring manager or a later round",
      };
  }
  if (fromSubject && fromSubject !== "unknown")
    return { stage: fromSubject, reason: `'${fromSubject}' cue in subject` };
  const secondInSubject = SECOND.test(subject);
  const head = notCues(body);
  const fromBody = bodyCue(head);
  // "Second interview" in the subject says only which round; the body may still name its kind. A
  // second round held at the office or an address is still a second round (SCHEMA's unknown;
  // every stored label says so); a panel or a loop named is onsite.
  if (secondInSubject)
    return fromBody && fromBody !== "screen" && fromBody !== "unknown" && !onlyWhereHeld(fromBody, head)
      ? { stage: fromBody, reason: `'${fromBody}' cue in body` }
      : { stage: "unknown", reason: null };
  // "This is your second interview" outranks a look back at the first conversation, and the office
  // it is held at.
  if ((fromBody === "screen" || onlyWhereHeld(fromBody, head)) && SECOND.test(head))
    return { stage: "unknown", reason: null };
  // "13:00 Team lead interview · 13:50 Coding interview · 15:00 Producer interview": a coding
  // session is one of a loop's sessions; the loop is the stage.
  if (fromBody === "technical" && agendaOfSessions(body.slice(0, 1500)))
    return { stage: "onsite", reason: "an agenda of sessions with several people" };
  if (fromBody) return { stage: fromBody, reason: `'${fromBody}' cue in body` };
  if (inPersonPlace(place, body.slice(0, 1500)))
    return { stage: "onsite", reason: "in person at a street address" };
  if (agendaOfSessions(body.slice(0, 1500)))
    return { stage: "onsite", reason: "an agenda of sessions with several people" };
  return { stage: "unknown", reason: null };
}
