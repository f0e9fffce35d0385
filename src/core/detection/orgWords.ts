/**
 * Words that tell organisations, agencies, people and titles apart in recruiting mail. Shared by
 * the readers of domains, display names and subjects.
 */

/** Mail hosts and scheduling tools: their domains say nothing about the employer. */
export const NEUTRAL_DOMAINS = new Set([
  "gmail",
  "googlemail",
  "outlook",
  "hotmail",
  "live",
  "msn",
  "yahoo",
  "icloud",
  "me",
  "aol",
  "proton",
  "protonmail",
  "gmx",
  "web",
  "orange",
  "free",
  "wanadoo",
  "laposte",
  "yandex",
  "mail",
  "bigpond",
  "libero",
  "ziggo",
  "t-online",
  "cal",
  "calendly",
  "talentloop",
  "greenhouse",
  "lever",
  "workday",
  "myworkday",
  "smartrecruiters",
  "ashbyhq",
  "zoom",
  "teams",
  "google",
  "microsoft",
  "gauzy",
  "odoo",
  "noreply",
  "icims",
  "jobvite",
  "bamboohr",
  "workable",
  "teamtailor",
  "personio",
  "recruitee",
  "breezy",
  "jazzhr",
  "successfactors",
  "taleo",
  "hirevue",
  "coderpad",
  "hackerrank",
  "codility",
  // Scheduling tools write "on behalf of" the employer; their own names are not it.
  "goodtime",
  "cronofy",
  "modernloop",
  "gem",
  "gupy",
  "codesignal",
  "testgorilla",
  "paradox",
  "beamery",
  "pinpointhq",
  "rippling",
  "dover",
  // Group schedulers: "Carla Jimenez (via Rallly)" books on the employer's behalf.
  "rallly",
  "applytojob",
  // ATS mail domains beside their product domains.
  "greenhouse-mail",
  "workablemail",
  "lever-mail",
  "smartrecruiters-mail",
  "doodle",
]);

/** A title written after a firm's name ("Maple Circuit CTO"): not part of the name. */
export const TITLE_ACRONYM = /^(?:CEO|CTO|CFO|COO|CIO|CPO|CMO|VP|SVP|EVP|HR|MD|GM)$/;

/** Words that say what kind of business a firm is ("Northquay Capital", "Brightwater Foundation"). */
export const FIRM_KIND =
  /^(?:Capital|Fintech|Pay|Payments|Foundation|Fondation|Fundación|Fundação|Fondazione|Stiftung|Stichting|Insurance|Assurances|Versicherungen|Seguros|Health|Healthcare|Energy|Energie|Energia|Energía|Media|Pharma|Finance|Financial|Ventures|Retail|Foods|Motors|Airlines|Logistics|Freight|Shipping|Transport|Mining|Construction|Engineering|Hospitality|Holdings|Analytics|Networks|Robotics|Studios?|Bank|Banque|Trust|Logistik|Logística|Logistica|Logistiek|Versicherung|Verzekeringen|Assicurazioni|Seguradora|Banco|Banca|Labs|Biotech|Therapeutics|Telecom|Alimentos|Alimentari|Tessuti|Tessile|Textil|Textiles|Publishing|Publishers|Verlag|Editions|Éditions|Edizioni|Editorial|Editora|Consulting|Advisory|Tecnologia|Tecnologias|Tecnologías|Technologies|Technologie|Tecnologie|Services|Maschinenbau|Anlagenbau|Medizintechnik|Antriebstechnik|Elektrotechnik|Elektronik|Automation|Automatisierung|Installatietechniek|Techniek|Bouw|Engenharia|Ingeniería|Ingegneria|Ingénierie)$/u;

/** Talent marketplaces that place freelancers with clients: they act as the agency. */
export const MARKETPLACES = /^(?:topcoder|toptal|upwork|andela|turing|hired|braintrust|gun\.io|x-team)\b/i;

/** Words that mark a recruiting or staffing firm. */
export const AGENCY_WORDS =
  /\b(?:staffing|recruit(?:ing|ment|ers)?|talent(?:s|i|os)?|people partners|search|headhunt\w*|personal(?:beratung|service|partner)?|conseil|consulting|consultoria|consultants?|rrhh|placement|resourcing|selecta|seleccion|selection|rh|interim|zeitarbeit|uitzendbureau|uitzenden|detachering|personalvermittlung|executive search|technical resources|tech partners|it staffing)\b/i;

/** Functional suffixes in a sender's display name ("Fabrikam Hiring", "X – Personal"). */
export const FUNCTION_WORDS =
  /(?<![\p{L}\p{N}])(?:採用チーム|採用担当|人事部|(?:time|equipe|equipa|equipo|équipe) (?:de|da|do|del) (?:talentos|gente|pessoas|people|rh|rrhh|recrutamento|reclutamiento|seleção|selecao|selección|seleccion|recrutement|talent)|hiring|graduates?|early careers|campus|recruiting|recruitment|resourcing|recrutement|careers?|jobs?|talent(?: acquisition| team)?|people(?: team)?|hr|human resources|team|scheduling|karriere|carrières|carrieres|carreras|carriere|loopbaan|personal|empleo|rh|drh|rrhh|notifications?|no-?reply|do-not-reply|research ops|admissions|bewerbung|talentos|carreiras|vagas|lavora con noi|werken bij|human capital|(?:interne|internal) (?:mobiliteit|mobility|mobilität|mobilitat)|(?:mobilité|mobilite|movilidad|mobilidade|mobilità|mobilita) intern[ea]|coordination|(?:hr |personnel |recruitment )?department|personalabteilung|service rh|ufficio risorse umane|ufficio del personale|ressources humaines|(?:departamento|dpto\.?) de (?:recursos humanos|rrhh|rh)|recursos humanos|risorse umane|ufficio personale|insan kaynaklar[ıi]|човешки ресурси|גיוס|рекрутинг|кадровая служба|отдел кадров|подбор персонала|набиране на персонал|משאבי אנוש)(?![\p{L}\p{N}])/giu;

/**
 * Words that join the parts of a name, with what each may stand for in a domain. A Map, not an
 * object literal: a word like "constructor" must not find Object.prototype's properties.
 */
export const CONNECTORS = new Map<string, string[]>([
  ["&", ["", "and", "et", "und", "y", "e", "n"]],
  ["and", ["", "and"]],
  ["et", ["", "et"]],
  ["und", ["", "und"]],
  ["y", ["", "y"]],
  ["e", ["", "e"]],
  // Particles inside Romance, Dutch and German names ("Casa dos Ventos", "Van der Meer Bouw"):
  // a domain spells them or leaves them out.
  ...["de", "da", "do", "dos", "das", "del", "di", "du", "des", "van", "von", "der", "den", "het"].map(
    (p): [string, string[]] => [p, ["", p]],
  ),
]);

export const FUNCTION_WORD =
  /^(?:hiring|graduates?|campus|recruiting|recruitment|recrutement|careers?|jobs?|talent|team|people|hr|scheduling|planification|planificación|planificacion|pianificazione|planejamento|coordination|coordinación|coordenação|coordinamento|karriere|carrières|carrieres|carreras|carriere|loopbaan|personal|empleo|rh|notifications?|research|admissions|ops|acquisition)$/i;

/** "Recruiting Team", "Talent Acquisition": a name made only of a hiring function's words. */
export function onlyFunctionWords(name: string): boolean {
  return name.split(/\s+/).every((w) => FUNCTION_WORD.test(w));
}
// Capitalised words that start a sentence or label rather than continue a name.
export const STOP_CAPS =
  /^(?:sie|wir|vous|nous|notre|namens|fragen|ruckfragen|rückfragen|interesse|bedarf|unklarheiten|wij|onze|usted|ustedes|nosotros|nuestro|nuestra|noi|voi|voce|você|nos|dear|hi|hello|hallo|bonjour|hola|the|we|our|your|you|i|is|are|date|time|when|where|who|what|type|location|interviewer|candidate|address|company|job|vacature|vacancy|vacante|vaga|расписание|график|собеседование|интервью|интервю|לוח|mülakat|internal|interne|interno|interna|stelle|stellenangebot|poste|position|posizione|posicion|opportunity|oportunidade|oportunidad|opportunita|opportunite|format|thank|thanks|best|regards|please|looking|confirming|great|good|note|all|this|on|in|at|for|with|to|from|and|or|de|la|le|el|der|die|das|mit|und|von|für|pour|avec|para|con|por|client|kunde|kunden|cliente|customer|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|miércoles|jueves|viernes|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|nouveau|nouvelle|nuevo|nueva|novo|nuovo|nuova|nieuw|nieuwe|neuer|neue|proxima|próxima|proximo|próximo|prochaine|prochain|nächste|nachste|siguiente|volgende|prossima|prossimo|catch|confirmed|confirmation|reminder|inmail|invitation|updated|update|rescheduled|canceled|cancelled|booked|next|new|hq|office|headquarters|campus|interview|call|quick|call|einladung|sehr|guten|geachte|beste|estimado|estimada|querido|querida|prezado|prezada|caro|cara|gentile|buongiorno|cher|chere|chère|ihr|ihre|ihren|ihnen|dein|deine|unser|unsere|sehr|liebe|lieber|votre|vos|ton|ta|tu|su|sua|seu|tua|uw|jouw|re|fw|fwd|aw|wg|rv|tr|teams|zoom|webex|skype|hangouts)$/i;
export const ORG_TAIL =
  /^(?:group|groupe|grupo|gruppe|partners|resources|labs?|holdings?|inc|llc|ltd|limited|plc|gmbh|ag|sa|sas|sl|bv|nv|spa|srl|corp|corporation|co|company|software|systems|consulting|conseil|bank|technologies|technology|solutions|international|digital)\.?$/i;

export const CLIENT =
  /\b(?:(?:our|my|the) client(?:'s)?|(?:mandat|mandate|mandato)(?=\s*:)|client interview (?:with|at)|notre client|mon client|ma cliente|mi cliente|meu cliente|minha cliente|il mio cliente|la mia cliente|mijn klant|mein kunde|meinem kunden|meiner kundin|unserem kunden|unser kunde|unseres kunden|unserer kundin|unseres mandanten|unserer mandantin|unserem mandanten|unser mandant|unserer kundin|unseren kunden|unsere kundin|unsere mandantin|unseren mandanten|notre cliente|nuestro cliente|nuestra cliente|nosso cliente|nossa cliente|la nostra cliente|onze klant|il nostro cliente|con il cliente|bij onze klant|(?:with|at) the client)[,:]?\s+(?:(?:der|dem|die|the|la|le|les|el|los|las|het|il|os|as)\s+)?/gi;
export const AT_ORG =
  /(?:(?<=(?<![\p{L}])(?!(?:Interview|Call|Meeting|Chat|Invitation|Lunch|Coffee|Screen)\b)\p{Lu}\p{Ll}+ )@(?= (?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\b)\p{Lu})|\b(?:at|with|bei(?: der| dem)?|chez|en|em|bij|presso|company|empresa|firma|soci[ée]t[ée]|l'entreprise|unternehmen|join|introduce you to|put you forward (?:to|for|with)|submitted you to|presented you to|forwarded your (?:cv|profile|resume) to|(?:ceo|cto|cfo|coo) (?:de|of|von|di|du|da|do|del)))\s+/giu;

export const ROLEISH =
  /(?<![\p{L}\p{N}])(?:engineer|developer|manager|supervisor|supervisora|leitung|vorstand|analyst|designer|directora?|diretora?|jefe|jefa|direttore|direttrice|lead|owner|architect|scientist|consultant|specialist|officer|head|vp|senior|sénior|sênior|junior|júnior|staff|principal|intern|recruiter|coordinator|ingenieur|entwickler|developpeur|desarrollador|sviluppatore|programmatore|ingegnere|ingeniero|programador|desenvolvedor|engenheiro|ontwikkelaar|adviseur|medewerker|beheerder|consulente|consultor|gerente|tecnico|técnico|berater|referent|sachbearbeiter|mitarbeiter|praktikant|werkstudent|stagiaire|stagiair|trainee|analist|analyste|konstrukteur|analista|chef|cheffe|responsable|responsavel|directrice|directeur|product|data|backend|frontend|interview|screen|round|call|chat|meeting|entretien|entrevue|entrevista|colloquio|gesprek|sollicitatie\w*|vorstellungsgespr[aä]ch|bewerbungsgespr[aä]ch|selectiegesprek|gespr[aä]ch\w*|\w*termin|telefonat|videocall|anruf|llamada|appel|chiamata|kennismaking|bewerbung|onsite|final|technical|phone|reminder|invitation|confirmation|scheduled|update|updated|rescheduled)(?![\p{L}\p{N}])/iu;

/** AGENCY_TAIL's words lower-cased: every match of it contains one in the lower-cased text. */
export const AGENCY_TAIL_WORDS = [
  "staffing",
  "recruiting",
  "recruitment",
  "personal",
  "talent partners",
  "talent group",
  "search group",
  "search partners",
  "talent search",
  "executive search",
  "consulting",
  "conseil",
  "selecta rh",
  "it staffing",
  "technical resources",
  "detachering",
  "uitzendbureau",
  "personalvermittlung",
  "zeitarbeit",
  "personalpartner",
];
export const AGENCY_TAIL =
  /\b(?:Staffing|Recruiting|Recruitment|Personal|Talent Partners|Talent Group|Search Group|Search Partners|Talent Search|Executive Search|Consulting|Conseil|Selecta RH|IT Staffing|Technical Resources|Detachering|Uitzendbureau|Personalvermittlung|Zeitarbeit|Personalpartner)\b/gu;

/** Words of the lower-cased text that make an agency name worth looking for. */
export const AGENCY_HINT_WORDS = [
  "staffing",
  "recruit",
  "personal",
  "talent",
  "search",
  "consult",
  "conseil",
  "selecta",
  "resources",
  "detachering",
  "uitzendbureau",
  "personalvermittlung",
  "zeitarbeit",
];

/** A job posting's gender note, the inside of its brackets: "m/w/d", "H/F", "all genders". */
export const GENDER_NOTE = /^\s*(?:[mwfdhvx](?:\/[mwfdhvx]){1,2}|all genders?)\s*$/i;

/** Japanese legal forms, written against the name before or after it ("株式会社ミナト精機"). */
export const JAPANESE_LEGAL_FORMS = "株式会社|有限会社|合同会社";

// A country office signs with its region ("Litware Software India"); people name the company.
export const REGIONAL_OFFICE =
  /^(.+?)(?:\s+(?:Software|Technologies|Technology|Systems|Solutions|Services))?\s+(?:India|UK|Ireland|Deutschland|Germany|France|España|Spain|Italia|Italy|Brasil|Brazil|Nederland|Netherlands|Benelux|Canada|Australia|Singapore|Japan|EMEA|APAC|Europe|USA|México|Mexico|Portugal|Polska|Schweiz|Suisse|Österreich|Belgique|Belgium|Iberia|Nordics|LATAM|London|Paris|Madrid|Barcelona|Berlin|München|Munich|Milano|Milan|Roma|Rome|Lisboa|Lisbon|Porto|Amsterdam|Bruxelles|Brussels|Zürich|Zurich|Wien|Vienna|Dublin|Sydney|Melbourne|Toronto|São Paulo|Tokyo|Hong Kong|New York|Dubai|Mumbai|Bengaluru|Bangalore|Shanghai|Seoul|Auckland)$/u;
