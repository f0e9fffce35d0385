import { TOOL_WORD } from "./brandName";
import { LEGAL_FORM_ALONE, LEGAL_TAIL } from "./legalForms";
import { domainKey } from "./domainNames";
import { compact, fold } from "./fold";
import { ROLEISH, STOP_CAPS, TITLE_ACRONYM } from "./orgWords";
import {
  AGENCY_NAME,
  AGENCY_TITLE,
  CLOSING,
  CLOSING_PHRASE,
  FIRM_ONLY,
  FUNCTION_LINE,
  GREETING,
  HONORIFIC,
  JOB_NOUN,
  JOB_SUFFIX,
  NOT_ORG_WORD,
  onlyNotOrgWords,
  PERSON_ACTS,
  PLACER_TITLE,
  STEP_OPENER,
  STRONG_AGENCY,
  TITLE_AFTER,
  TITLE_OF,
  TITLE_WORDS,
} from "./partyWords";
import type { VetInput } from "./vetInput";
import { isHead } from "./institutionName";

const PAIR_WORD = / (?:and|und|et|y|e|en|&) /;
const PAIR = /^\p{Lu}\p{Ll}+ (?:and|und|et|y|e|en|&) \p{Lu}\p{Ll}+$/u;
const TEAM_AFTER =
  /^ (?:(?:from|of|on|in) (?:our|the|your)\b|(?:de|du|aus|van|da|di|del) (?:nuestro|nuestra|notre|unserem|unserer|ons|onze|nosso|nossa|nostro|nostra|l'équipe|la squadra|het)\b)/i;

/** Whether a name read as a company is a firm at all: people, phrases, titles and legal forms. */
export function personName(name: string, input: VetInput, hay: string): boolean {
  const first = name.split(/\s+/)[0] ?? "";
  if (GREETING.test(first) || HONORIFIC.test(first)) return true;
  // "Tanaka-san", "Sato-sama": a Japanese honorific makes a name a person's.
  if (/-(?:san|sama|sensei|kun|chan)$/u.test(name)) return true;
  // "Second interview – Data Architect (E. Marchetti)": the owner's initial and surname, as calendar
  // titles write the candidate ("A. Datum" is a firm: only the owner's own surname counts).
  const initialed = /^\p{Lu}\.(?:-\p{Lu}\.)?\s?(\p{Lu}[\p{L}'’-]+)$/u.exec(name);
  if (initialed?.[1] && fold(initialed[1]) === fold(input.ownerName.split(/\s+/).pop() ?? "")) return true;
  // "Dana and Luis from our operations team": two first names and the team they are from.
  if (PAIR_WORD.test(name) && PAIR.test(name)) {
    const end = hay.indexOf(name) + name.length;
    if (TEAM_AFTER.test(hay.slice(end, end + 40))) return true;
  }
  if (!/^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’]*\p{Ll})?(?:[ -]\p{Lu}[\p{L}'’]*\p{Ll})?$/u.test(name))
    return false;
  if (fold(name) === fold(input.ownerName)) return true;
  // "Sarah Peeters souhaite vous informer" from sarah.peeters@…: the sender or a guest by the name
  // their own mailbox spells.
  if (mailboxOwner(name, input) || firstNameOfMailbox(name, input)) return true;
  // "Priya" from "Priya Das @ Halvorsen Marine": the owner's own first or last name.
  if (!name.includes(" ") && fold(input.ownerName).split(" ").includes(fold(name))) return true;
  // "Owen Pritchard via Tallowmere Cloud" from tallowmere.org: the firm's own calendar server
  // names the person who sent the invite ("Litware via Greenhouse" names the firm via a tool).
  if (viaOwnServer(name, input.sender)) return true;
  // "Siddharth Jain via Lever" with "… and Siddharth will help": the first name alone, acting,
  // and the full name nowhere in the mail.
  if (firstNameActs(name, hay, input)) return true;
  // Greeted, or signing on a line of its own after a closing.
  const at = hay.indexOf(name);
  if (at < 0) return false;
  for (let i = at; i >= 0; i = hay.indexOf(name, i + name.length)) {
    const before = hay.slice(Math.max(0, i - 20), i);
    const after = hay.slice(i + name.length, i + name.length + 40);
    if (
      /(?:^|\s)(?:hi|hey|hello|dear|hallo|bonjour|hola|olá|ciao|beste|gentile|caro|cara|querido|querida|estimado|estimada)[, ]+$/i.test(
        before,
      )
    )
      return true;
    if (name.includes(" ") && PERSON_ACTS.test(after) && signs(name, hay)) return true;
    // Booking tools list people with their part: "Greg Olsen - Organizer", "Who: Helena Sousa".
    if (
      /^\s*[-–(]\s*(?:organi[sz]er|organizador[a]?|organisat(?:eur|rice|or)|organizzat(?:ore|rice)|host|attendee|invitee|guest)\b/i.test(
        after,
      )
    )
      return true;
    if (
      /(?:who|host|with|interviewer|organi[sz]er|organisator|organisateur|organisatrice|organizzatore|organizador[a]?|veranstalter|gastgeber|quien|quién|wie|chi|quem|qui|wer|invitee|attendee)\s*:\s*$/i.test(
        before,
      )
    )
      return true;
    // Signing: alone on its line, right after a closing line, with a title on the next line
    // ("Best regards,\nJana Petersen\nPeople & Culture"); a firm signs with no title under it.
    if (/\n\s*$/.test(before) && /^\s*\n/.test(after) && CLOSING.test(hay.slice(Math.max(0, i - 40), i))) {
      const next = /^\s*\n\s*([^\n]{3,80})/.exec(after)?.[1] ?? "";
      if (titled(next)) return true;
    }
  }
  return false;
}

function mailboxOwner(name: string, input: VetInput): boolean {
  const key = fold(name);
  for (const p of [input.sender, ...input.attendees]) {
    if (!p || fold(p.name) !== key) continue;
    // A person's mailbox: first.last, first_last or an initial and the surname (an ATS writes a
    // firm's name with hyphens or run together: tidewater-foods, kaverimarkets).
    const words = name.split(/\s+/).map((w) => compact(w));
    const first = words[0] ?? "";
    const last = words[words.length - 1] ?? "";
    if (words.length !== 2 || first.length < 2 || last.length < 2) continue;
    const local = fold(p.address.split("@")[0] ?? "");
    if (
      local === `${first}.${last}` ||
      local === `${first}_${last}` ||
      local === `${first.charAt(0)}.${last}` ||
      local === `${first.charAt(0)}${last}`
    )
      return true;
  }
  return false;
}

/**
 * "Tom / Nikhil – intro call" from Nikhil Rao <nikhil@…>: one word that is the first name of a
 * person writing or invited, whose own mailbox starts with it.
 */
function firstNameOfMailbox(name: string, input: VetInput): boolean {
  if (name.includes(" ") || name.includes("-")) return false;
  const key = compact(name);
  if (key.length < 3) return false;
  for (const p of [input.sender, ...input.attendees]) {
    if (!p || !/^\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'’-]+$/u.test(p.name.trim())) continue;
    const [given, surname] = p.name.trim().split(" ");
    if (compact(given ?? "") !== key) continue;
    const local = fold(p.address.split("@")[0] ?? "");
    if (local === key || local.startsWith(`${key}.`) || local.startsWith(`${key}_`)) return true;
    // "Étienne" from "Étienne Lacroix" <e.lacroix@…>: the initial and the surname.
    const last = compact(surname ?? "");
    if (last.length >= 2 && (local === `${key.charAt(0)}.${last}` || local === `${key.charAt(0)}${last}`))
      return true;
  }
  return false;
}

const ACTS_AFTER = /^(?:'ll| will| can| is| has| would| here\b)/;

function firstNameActs(name: string, hay: string, input: VetInput): boolean {
  const m = /^(\p{Lu}\p{Ll}{2,}) \p{Lu}\p{Ll}+$/u.exec(name);
  const first = m?.[1];
  // A firm writes its full name somewhere; a person sending through a tool may only sign first.
  if (!first || hay.includes(name)) return false;
  // "Tailspin Toys" from tailspintoys.com: the domain spells a firm.
  if (compact(name) === domainKey(input.sender?.address ?? "")) return false;
  for (let i = hay.indexOf(first); i >= 0; i = hay.indexOf(first, i + first.length)) {
    if (/[\p{L}]/u.test(hay.charAt(i - 1))) continue;
    if (ACTS_AFTER.test(hay.slice(i + first.length, i + first.length + 7))) return true;
  }
  return false;
}

function viaOwnServer(name: string, sender: VetInput["sender"]): boolean {
  const display = sender?.name ?? "";
  if (!display.startsWith(`${name} via `)) return false;
  const label = domainKey(sender?.address ?? "");
  const host = display.slice(name.length + 5);
  return label.length >= 3 && TOOL_WORD.test(host) && compact(host).startsWith(label);
}

/** The name stands alone on a line after a closing word: a person signing. */
export function signs(name: string, hay: string): boolean {
  for (let i = hay.indexOf(name); i >= 0; i = hay.indexOf(name, i + name.length)) {
    // ("i. A. Stefan Berger", "ppa. Anna Roth": signing for the firm, as German letters do.)
    const before = hay.slice(Math.max(0, i - 40), i).replace(/(?:i\. ?A\.|ppa?\.)\s*$/, "");
    if (/\n\s*$/.test(before) && /^\s*(?:\n|$)/.test(hay.slice(i + name.length)) && CLOSING.test(before))
      return true;
  }
  return false;
}

/**
 * "Je", "Proposition", "Segunda": one word the body writes only where any word is capitalised,
 * at the start of a line or sentence, and that neither the subject nor a mail domain names. A firm
 * is written mid-sentence somewhere ("at Fabrikam", "Bloom interview") or in the subject.
 */
export function onlySentenceStart(name: string, subject: string, body: string, addresses: string[]): boolean {
  if (name.includes(" ") || subject.includes(name)) return false;
  const key = compact(name);
  if (addresses.some((a) => domainKey(a).includes(key))) return false;
  let seen = 0;
  for (let i = body.indexOf(name); i >= 0 && seen < 12; i = body.indexOf(name, i + name.length)) {
    if (/[\p{L}\p{N}]/u.test(body.charAt(i - 1)) || /[\p{L}\p{N}]/u.test(body.charAt(i + name.length)))
      continue;
    seen++;
    if (!/(?:^|\n)[ \t>*•-]*$|[.!?]["'’”)]?\s+$/.test(body.slice(Math.max(0, i - 6), i))) return false;
  }
  return seen > 0;
}

/**
 * "Treasury" from "Treasury Manager role", "Ultimo" from "Ultimo step": every time the mail writes
 * the name, a job word or a step word follows it, so it is the start of a title, not a firm.
 */
export function onlyInTitles(name: string, hay: string): boolean {
  let seen = 0;
  for (let i = hay.indexOf(name); i >= 0; i = hay.indexOf(name, i + name.length)) {
    if (/[\p{L}\p{N}]/u.test(hay.charAt(i - 1))) continue;
    seen++;
    const after = hay.slice(i + name.length, i + name.length + 24);
    if (!TITLE_AFTER.test(after)) return false;
  }
  return seen > 0;
}

// "Dirección Financiera", "Direzione Commerciale": a directorate, the job searched for, not a firm.
const DIRECTORATE =
  /^(?:direccion|direcao|direction|direzione) (?:financiera|financeira|financiere|finanziaria|comercial|commerciale|general|generale|generale|tecnica|technique|juridica|juridique|de (?:operaciones|operacoes|recursos humanos|marketing|sistemas|compras|ventas))$/;

// "Consejero Delegado", "Amministratore Delegato": a chief executive's title, read from "con el …".
const EXECUTIVE =
  /^(?:consejer[oa] delegad[oa]|director[a]? general|amministratore delegato|diretor[a]? (?:geral|executiv[oa])|directeur general|directrice generale|gerente general|presidente ejecutiv[oa]|geschaftsfuhrer(?:in)?)$/;
const STEP_COMPOUND = /\p{L}(?:gespräch|gesprach|gesprek|interview|termin|einladung|uitnodiging)$/iu;

// ("Vorstand Risiko", "Leitung Energiehandel": a board seat or a department head, by function;
// "Projektingenieurin Automatisierung", "Ingénieure DevOps": a trade, compounded or not.)
const FIELD_WORD = /^(?:engenharia|ingenieria|ingeniería|ingegneria)$/iu;
const JOB_FIRST_WORD =
  /(?:vorstand|leitung|gesch[aä]ftsf[uü]hrung|direktion|charg[ée]e?|engenharia|ingenieria|ingeniería|ingegneria|faculteit|faculty|fakultat|fakultät|faculte|faculté|facultad|facolta|facoltà|dipartimento|departamento|adviseur|medewerker|leiter|leiterin|referent|referentin|sachbearbeiter|sachbearbeiterin|assistant|assistante|assistente|responsable|responsabile|responsável|responsavel|gerente|jefe|jefa|hoofd|consulente|analista|ingegnere|ingeniero|tecnico|técnico|coordinatore|coordinatrice|coordinateur|coordinatrice|coordinador|coordinadora|controller|controleur|contrôleur|controladora?|istruttore|istruttrice|funzionario|funzionaria|dirigente|collaboratore|collaboratrice|operatore|operatrice|esecutore|impiegato|impiegata|addetto|addetta|beleidsmedewerker|beleidsadviseur|sachgebietsleiter|sachgebietsleiterin|ingenieur|ingenieurin|ingénieur|ingénieure|ingenieure|ingeniera|engenheiro|engenheira|entwickler|entwicklerin|développeur|développeuse|developpeuse|desarrolladora|desenvolvedor|desenvolvedora|sviluppatore|sviluppatrice|ontwikkelaar|programmierer|programmiererin|informatiker|informatikerin|architektin|expertin|experte|lehrkraft|fachkraft|pflegefachkraft|pflegekraft|hilfskraft|lehrer|lehrerin|erzieher|erzieherin|docente|insegnante|enseignant|enseignante|leerkracht)$/iu;

// Capitalised as labels are; no i flag, so the capital after a glued label is a capital.
const LABELLED =
  /^(?:Interviewer|Interviewers|Interviewee|Recruiter|Candidate|Host|Organi[sz]er|Attendees?|Invitees?|Entrevistador[a]?|Intervistatore|Interviewpartner|Gesprächspartner)(?:\s|(?=\p{Lu}))/u;

const PLACER_WORD = /consult|conseill|headhunt|head-hunt|personal|interced|werving/i;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** "26", "12b" at the end, read by char code. */
function endsInNumber(name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  return isDigit(last) || (last >= 97 && last <= 122 && isDigit(name.charCodeAt(name.length - 2)));
}
// A street word (or a compound ending in one) and a house number; or two words and a number.
const STREET =
  /(?:(?:^|\s)(?:rue|avenue|av\.?|boulevard|bd|via|viale|piazza|corso|calle|avenida|rua|praça|road|street|st\.?|lane)\s.*|(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|laan|straat|plein|gracht)|\S+\s\S+)\s\d{1,4}[a-z]?$/iu;

const HOLD_NOTICE = /^(?:DO NOT|DON'T|DONT|PLEASE|PRIVATE|BLOCKED|BUSY|HOLD|OOO)(?: [A-Z]+)*$/u;
const GENDER_ENDING = /(?:\/|:|\*|\()(?:in|innen|a|e|ice|ère)\)?$/u;

// "זימון לראיון עבודה", "Старши QA", "面接のご案内": interview and job words of other scripts,
// which have no capitals to tell a name from a phrase.
const OTHER_SCRIPT_PHRASE =
  /(?:ראיון|זימון|משרה|מפתח|собеседован|интервю|интервью|ваканси|позици|покана|приглашени|старши|младши|ведущ|инженер|разработчик|мениджър|менеджер|面接|採用|ご案内|エンジニア)/iu;

const LONE_FUNCTION =
  /^(?:Reclutamiento|Recrutamento|Reclutamento|Recrutement|Recruitment|Recruiting|Selecci[oó]n|Sele[cç][aã]o|Selezione|Talent Acquisition|Atracci[oó]n de Talento|Recursos Humanos|RRHH|RH|HR|Human Resources|Ressources Humaines|Risorse Umane|Personalabteilung|Personalwesen|Personal|Personalgewinnung|Personalservice)$/u;
const DEPARTMENT_OF =
  /^(?:Direction|Département|Service|Department|Division|Office|Dirección|Departamento|Área|Divisão|Direção|Direzione|Dipartimento|Ufficio|Servizio|Afdeling|Directie|Dienst|Abteilung|Bereich|Serviceeinheit|Servicebereich|Geschäftsbereich|Fachbereich|Fachdienst)(?: (?:des|de la|de|du|of|for|de los|dos|da|do|delle|della|di|del|van|voor|für))? /u;
const HIRING_DESK =
  /^(?:Mid[- ]?[Cc]areer|Graduate|Campus|University|Early[- ][Cc]areers?|Experienced|Lateral|Internship|Intern|New[- ][Gg]rad(?:uate)?|Student)s? (?:Recruitment|Recruiting|Hiring|Talent Acquisition|Careers|Programs?|Programmes?)$/u;

const STEP_KIND =
  /^(?:Persönliches|Erstes|Zweites|Telefonisches|Technisches|Technische|Technisch|Digitales|Virtuelles|Technical|Technique|Tecnico|Técnico|Técnica|Tecnica|Final|Finale|Finales|First|Second|Initial|Inicial|Initiale|Iniziale|Introductory|Preliminary)(?: (?:Kennenlernen|Gespräch|Interview|Treffen))?$/u;

const PUBLIC_NOTICE =
  /^(?:Avviso|Bando|Concorso|Concurso|Concours|Edital|Oposici[oó]n|Oposiciones|Convocatoria|Convocazione|Convocação|Ausschreibung|Stellenausschreibung)$/u;

/** "Reclutamiento", "Direction des Ressources Humaines": a hiring or people department, by its name. */
export function hiringDepartment(name: string): boolean {
  return LONE_FUNCTION.test(name) || LONE_FUNCTION.test(name.replace(DEPARTMENT_OF, ""));
}

/** "Kwaliteitsverantwoordelijke", "Anlagenmechaniker": a compound that ends in a job's word (not the word alone). */
function jobCompound(word: string): boolean {
  const job = JOB_SUFFIX.exec(fold(word));
  // ("Wholesales", "Biomarketing": functions, which firms' names hold too, are no one's job.)
  return !!job && job.index >= 4 && !/^(?:sales|marketing)/.test(job[0]) && /^\p{Lu}/u.test(word);
}

export function notOrgPhrase(name: string): boolean {
  if (name.charCodeAt(0) > 0x3ff && OTHER_SCRIPT_PHRASE.test(name)) return true;
  // "a FTSE 250 insurer", "a Fortune 500 retailer": a stock index describing an unnamed client.
  if (/^(?:FTSE|Fortune|S&P|DAX|MDAX|SDAX|TecDAX|CAC|AEX|IBEX|SMI|Euro Stoxx)(?: \d{2,3}| MIB)?$/u.test(name))
    return true;
  // "Kwaliteitsverantwoordelijke", "Anlagenmechaniker SHK": a Dutch or German compound job title
  // (a firm named so carries a legal form or another word first).
  if (jobCompound(name.split(" ", 1)[0] ?? "")) return true;
  // "Terminbestätigung", "Interviewanfrage", "Terminvorschlag": a German compound naming the mail itself.
  if (
    !name.includes(" ") &&
    /(?:bestätigung|bestatigung|einladung|absage|zusage|anfrage|erinnerung|vorschlag|vorschläge|vorschlage)$/iu.test(
      name,
    )
  )
    return true;
  // "Avviso pubblico n. 41/2026", "Concurso n.º 27/2026": a public body's notice of a vacancy.
  if (PUBLIC_NOTICE.test(name)) return true;
  // "Persönliches Kennenlernen", "Erstes Gespräch", and "Technisches" read alone from "Technisches
  // Interview": the kind of step (and the step), not a firm.
  if (STEP_KIND.test(name)) return true;
  // "Board Risk Committee", "Auswahlkommission": a body of people met, not a firm.
  if (
    /(?:^|\s)(?:Committee|Panel|Jury|Kommission|Auswahlkommission|Comité|Comite|Commissie|Commissione|Comissão)$/u.test(
      name,
    )
  )
    return true;
  // "Avec Julien Marceau (DAF)": whom a note says the owner meets, not a firm ("Con Edison" and
  // "Met Office" are two words).
  // ("Meet Helen Marsh (COO)": a note's imperative before the person met.)
  if (/^(?:With|Avec|Mit|Met|Con|Com|Meet|See) \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name)) return true;
  // "He'll", "We're": a pronoun run into its verb opened a sentence.
  if (/^\p{L}+['’](?:ll|re|ve|d|m)$/iu.test(name)) return true;
  // "Karla Domínguez - Reclutamiento": a department signing, not a firm; so is "Direction des
  // Ressources Humaines" or "Departamento de Recursos Humanos", the department named as such.
  if (hiringDepartment(name)) return true;
  // "Mid-career Recruitment", "Graduate Recruiting": a firm's own hiring desk, named by whom it hires.
  if (HIRING_DESK.test(name)) return true;
  // "SDE III", "L5": a job level.
  if (/^\p{Lu}{2,4}(?:\s+(?:I{1,3}|IV|V|\d))$/u.test(name)) return true;
  // "Kennenlernen Lukas Brandner", "Invito Marco Neri": a step word opening a title with a person.
  if (STEP_OPENER.test(name)) return true;
  // "CFO Declan", "VP Priya": a title and a first name.
  if (/^(?:cfo|ceo|cto|coo|cmo|cio|vp|svp|evp|head|director|chair|md)\s+\p{Lu}\p{Ll}+$/iu.test(name))
    return true;
  if (name.includes(",") || /\d{4}/.test(name)) return true;
  // "Interviewer Farah Siddiqui": a template's label run into the person it introduces.
  if (LABELLED.test(name)) return true;
  // "Talentia ATS": a recruiting tool, not a firm of the process.
  if (name.endsWith(" ATS") || name.endsWith(" CRM") || name.endsWith(" HRIS")) return true;
  // "DO NOT BOOK", "PRIVATE": a note to others on a hold, in capitals.
  if (HOLD_NOTICE.test(name)) return true;
  // "MD", "CTO": a title written where a firm would be.
  if (TITLE_ACRONYM.test(name)) return true;
  // "Zweitgespräch", "Telefoninterview", "Vorstellungstermin": one word compounded on a step word.
  if (name.length > 8 && !name.includes(" ") && STEP_COMPOUND.test(name)) return true;
  // "Responsabile Acquisti", "Leiter Controlling", "Beleidsadviseur Duurzaamheid": where the job
  // word comes first, a title.
  const space = name.indexOf(" ");
  // ("Leiter/in Risk Controlling": the job word with its gender ending.)
  // ("Ingeniería de Procesos" is a department; "Ingeniería Andina" a firm named for its trade.)
  if (
    space > 0 &&
    JOB_FIRST_WORD.test(name.slice(0, space).replace(GENDER_ENDING, "")) &&
    name.split(" ").length <= 3 &&
    !(
      FIELD_WORD.test(name.slice(0, space)) &&
      !/^(?:de|di|da|do|del|della|dos|das) /u.test(name.slice(space + 1))
    )
  )
    return true;
  // "Consultor de Recrutamento": a recruiter's title, all of it.
  // The title pattern is long; its words are looked for first.
  const placer = PLACER_WORD.test(name) ? PLACER_TITLE.exec(name) : null;
  if (placer && placer.index === 0 && placer[0].length === name.length) return true;
  // "Königstraße 26", "Riva Albertolli 3": a street address ends in its number.
  // ("Azienda Sanitaria Locale Roma 7": a public body numbered in its series is no street.)
  if (endsInNumber(name) && STREET.test(name) && !isHead(name.split(" ", 1)[0] ?? "")) return true;
  if (CLOSING_PHRASE.test(name) || TITLE_OF.test(name)) return true;
  // "March 10", "Feb 23": a date read as a name.
  if (
    /^\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?$/u.test(name) &&
    NOT_ORG_WORD.test(name.split(" ")[0]?.replace(".", "") ?? "")
  )
    return true;
  const words = name
    .split(/\s+/)
    .map((w) => w.replace(/[?!.,:;]+$/, ""))
    .filter(Boolean);
  if (words.length === 0 || onlyNotOrgWords(name)) return true;
  if (words.length > 1 && (EXECUTIVE.test(fold(name)) || DIRECTORATE.test(fold(name)))) return true;
  if (words.length === 1 && STOP_CAPS.test(words[0] ?? "")) return true;
  // A job title: its last word names a job ("Clinical Pharmacist", "Account Executive").
  const last = fold(words[words.length - 1] ?? "");
  if (words.length <= 4 && JOB_NOUN.test(last) && !AGENCY_NAME.test(name)) return true;
  // "Projektmanager:in", "UX Researcher", "Field Sales": job titles and functions read from a subject.
  return words.length <= 4 && JOB_SUFFIX.test(last);
}

// "Selección – Olivar del Sur": a selection function alone on its part of a signature line. Only
// alone: the same words run through agencies' names ("Hofstad Werving & Selectie").
const SELECTION_ALONE =
  /^(?:selecci[oó]n|sele[cç][aã]o|selezione|s[ée]lection|werving(?: (?:&|en) selectie)?)$/i;

export function titled(text: string): boolean {
  return (
    TITLE_WORDS.test(text) ||
    AGENCY_TITLE.test(text) ||
    FUNCTION_LINE.test(text) ||
    SELECTION_ALONE.test(text)
  );
}

export function firmName(part: string): string | null {
  // "Hôtel Les Tilleuls ****": a hotel's stars are not part of its name.
  const m = FIRM_ONLY.exec(
    part
      .replace(/\s*\([^)]*\)\s*$/, "")
      .replace(/\s*[*★]+$/u, "")
      // "Sandhill Supply Co.": the abbreviation's full stop.
      .replace(/\.$/, "")
      .trim()
      // "Brianza Logistica S.r.l.": a dotted legal form is no word of the name.
      .replace(LEGAL_TAIL, ""),
  );
  const name = m?.[1]?.replace(/[.,]+$/, "").replace(LEGAL_TAIL, "");
  // "…, Lda.": a legal form read alone after the comma that ends the firm's name.
  if (!name || name.length < 2 || LEGAL_FORM_ALONE.test(name)) return null;
  // "Frau Aydin (HR)": a person by their honorific.
  if (HONORIFIC.test(name.split(" ")[0] ?? "")) return null;
  if (ROLEISH.test(name) && !AGENCY_NAME.test(name)) return null;
  // "Executive Search Consultant" is a title; "Vértice Executive Search" a firm named for what it does.
  const searchFirm = / Executive Search$/u.test(name) && !ROLEISH.test(name.slice(0, -17));
  if (AGENCY_TITLE.test(name) && !searchFirm && !STRONG_AGENCY.test(name.replace(AGENCY_TITLE, "")))
    return null;
  if (notOrgPhrase(name)) return null;
  // A city or a phone line is not a firm; a firm has a capitalised word of three letters or more.
  if (/\d{3}/.test(name) || !/\p{Lu}[\p{L}]{2,}/u.test(name)) return null;
  if (/^(?:Mobile|Tel|Phone|Cel|Cell|Email|E-mail|Web|Office)\b/i.test(name)) return null;
  return name;
}
