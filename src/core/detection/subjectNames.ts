import { compactName as compact, containsWord, isCapitalised } from "./domainNames";
import { firmShaped } from "./firmShaped";
import { fold } from "./fold";
import {
  AGENCY_WORDS,
  FUNCTION_WORD,
  GENDER_NOTE,
  ROLEISH,
  STOP_CAPS,
  TITLE_ACRONYM,
  onlyFunctionWords,
} from "./orgWords";

/** Organisation names read from subjects and titles: "Interview – Thames Ledger – Risk Analyst". */

const ASSIGNMENT = /^(?:Mission|Missione|Misión|Missão|Opdracht)$/u;
const TEAM_AFTER_RUN = /^\s+(?:team|department|dept|group|unit|division|squad|org)\b/;

export function capitalisedRun(text: string, from: number): string | null {
  // A run starts with a capital or "&": an ASCII character that is neither rules it out at once.
  const first = text.charCodeAt(from);
  if (first < 128 && !(first >= 65 && first <= 90) && first !== 38) return null;
  const m =
    /^(?:[\p{Lu}][\p{L}\p{N}'’-]*\.?|&)(?: (?:[\p{Lu}](?:[\p{L}\p{N}'’-]+|(?!\.\p{L}))|&|(?:de|del|des|du|und|and|of)(?= )|(?:der|den|het|la|le|van|von)(?= (?:\p{Lu}|(?:der|den|het|la|le) \p{Lu}))|(?:y|e|et|da|do|dos|das|di|della|delle|dei)(?= \p{Lu}))){0,5}/u.exec(
      text.slice(from, from + 80),
    );
  if (!m) return null;
  // A full stop ends the name ("at Globex. I'd love…"), whatever is capitalised after it.
  let s = m[0]
    .replace(/\. .*$/u, "")
    .replace(/\s+(?:de|del|des|du|und|and|of|&|y|e|et|da|do|dos|das|di|della|delle|dei)$/u, "")
    .replace(/[.'’]+$/, "");
  // "Fabrikam’s Payments Risk team": the firm is the possessor of the team named after it
  // ("St Aidan's Community Health" keeps its name).
  const possessive = /['’]s\s/u.exec(s);
  if (possessive && TEAM_AFTER_RUN.test(text.slice(from + m[0].length, from + m[0].length + 20)))
    s = s.slice(0, possessive.index);
  // Stop before words that start a new clause in titles ("Fabrikam Hiring", "Helio Bank Team"),
  // and before a capitalised "you" ("lädt unser Kunde Kaltenbach AG Sie … ein").
  s = s.replace(
    /\s+(?:Sie|Ihnen|Vous|Usted|Ustedes|Team|Hiring|Recruiting|Careers|HR|Talent Team|The|For|To|On|In|Interview|Entretien|Entrevista|CEO|CTO|CFO|COO|VP|Virtual|Onsite|On-site|Phone Screen|Video Call|Coding Round)\b.*$/u,
    "",
  );
  return s.length >= 2 ? s : null;
}

const STEP_WORD =
  /^(?:interview|eindgesprek|eindgesprach|abschlussgesprach|conversa|conversacion|conversazione|conversation|entretien|entrevue|entrevista|colloquio|gesprach|gesprek|proceso|processo|incontro|vorstellungsgesprach|bewerbungsgesprach|erstgesprach|kennenlerngesprach|auswahlgesprach|sollicitatiegesprek|kennismakingsgesprek|selectiegesprek|telefonat|telefoninterview|call|chat|screen|screening|videocall|echange|rencontre|charla|chamada|llamada|chiamata|bate-papo|austausch|anfrage|inquiry|opportunity|opportunite|oportunidad|oportunidade|opportunita|gelegenheit|verschiebung|terminverschiebung|kennismaking|convocation|convocatoria|convocacao|convocazione|citacion|uitnodiging|einladung|invitation|reschedule|rescheduled|report|aplazamiento|rinvio|adiamento|verplaatsing|uitstel|confirmation|bestatigung|terminbestatigung|bevestiging|confirmacion|confirmacao|conferma|reminder|erinnerung|herinnering|rappel|recordatorio|lembrete|promemoria|confirmada|confirmado|confirmee|confirme|bestatigt|bevestigd|confermato|confermata|schritt|step|etape|etapa|paso|passo|stap|busqueda|busca|recherche|ricerca|zoektocht|concurso|concours|concorso|oposicion|oposiciones)$|\p{L}-?(?:prasentation|presentation|presentatie|gesprach|gesprek|interview|termin|vorschlag|vorschlage|anfrage)$/u;

const BRIEF =
  /^(?:quick|short|brief|informal|kurze[nrs]?|kurz|informelle[nrs]?|petite?|bref|breve|rapide|rapida|rapido|korte|kort|informeel|veloce|confidential|vertrauliche[nrs]?|vertraulich|confidentiel(?:le)?|confidencial|riservat[ao]|vertrouwelijke?|new|neue[nrs]?|nouvelle|nueva|nova|nuova|nieuwe|exciting|spannende[nrs]?|nachste[rns]?|naechste[rns]?|next|prochaine?|proxim[oa]|siguiente|prossim[oa]|volgende)$/;

const AFTER_FIRM = /^(?:Graduate|Graduates|Program|Programme|Internship|Apprenticeship|Traineeship)$/;

const LEADING_ARTICLE = /^(?:der|die|das|dem|den|the|la|le|les|el|los|il|lo|het)$/;

const KIND =
  /^(?:technical|technisch|technische[nrs]?|technique|tecnica|tecnico|fachliche[nrs]?|final|finale[nrs]?|finaal|laatste|letzte[nrs]?|ultima|ultimo|derniere?|panel)$/;

const HIRAGANA = /[\u3040-\u309f]/;

const GENDERED_TITLE = /^\p{L}+(?:\/|:|\*|_|\/-)in(?:nen)?$/u;

const TRAILING_SENIORITY = /^(?:senior|junior|pleno|sr\.?|jr\.?)$/;

const NAME_PARTICLE = /^(?:der|den|het|van|von)$/;

const NAME_ARTICLE = /^(?:De|Het|La|Le|Les|El|Los|Il|Lo|Der|Die|Das|Do|Da|Dos|Das)$/;

/** The capitalised run a subject segment starts with: "Brightline Logistics interview next Tuesday" → Brightline Logistics. */
export function leadingName(seg: string): string | null {
  const words = seg.trim().split(/\s+/);
  const kept: string[] = [];
  // "Vorstellungsgespräch Fourth Coffee", "Interview Fabrikam": the step word opens the segment.
  // "Second interview Adatum": the round's ordinal goes with the step word.
  // "Kurzer Austausch am Dienstag?", "Quick chat": so does a word for a short one, and one for
  // the kind of step ("Technisch gesprek", "Final interview").
  if (
    words.length >= 2 &&
    (ORDINAL.test(fold(words[0] ?? "")) ||
      BRIEF.test(fold(words[0] ?? "")) ||
      KIND.test(fold(words[0] ?? ""))) &&
    STEP_WORD.test(fold(words[1] ?? ""))
  )
    words.shift();
  while (words.length > 1 && STEP_WORD.test(fold(words[0] ?? ""))) words.shift();
  // "Entrevista técnica Lusoware": the kind of step may follow the step word.
  if (words.length > 1 && KIND.test(fold(words[0] ?? "")) && !isCapitalised(words[0] ?? "")) words.shift();
  // "Ihr Vorstellungsgespräch bei der Alpenblick Hotels AG": the segment after "bei" opens with the
  // name's article.
  if (words.length > 1 && LEADING_ARTICLE.test(words[0] ?? "") && isCapitalised(words[1] ?? ""))
    words.shift();
  // "Leiter/in Medizininformatik", "Projektmanager:in": a German job title with its gender ending.
  if (GENDERED_TITLE.test(words[0] ?? "")) return null;
  // "Vertrauliche Anfrage", "Opportunité": a step word alone (or after its adjective) is no name.
  if (words.length === 1 && STEP_WORD.test(fold(words[0] ?? ""))) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    // "Bakkerij De Molenwiek", "Cantina La Vigna": an article inside a name, before its next word.
    const article = kept.length > 0 && NAME_ARTICLE.test(w) && isCapitalised(words[i + 1] ?? "");
    // "Van der Meulen Transport": a Dutch or German particle between capitals (a Romance "de" joins
    // job titles as often: "Técnica de Recursos Humanos").
    let next = i + 1;
    while (NAME_PARTICLE.test(words[next] ?? "")) next++;
    const particle = kept.length > 0 && NAME_PARTICLE.test(w) && isCapitalised(words[next] ?? "");
    if (
      w === "&" ||
      particle ||
      (isCapitalised(w) &&
        /^\p{L}/u.test(w) &&
        // ("面接日程のご案内": Japanese prose carries hiragana; a firm's name rarely does.)
        !HIRAGANA.test(w) &&
        // ("Trentino Data": a job word closing a firm's name is part of it; "Data Engineer" is not.)
        (!ROLEISH.test(fold(w)) || (kept.length > 0 && i === words.length - 1 && /^Data[?!.,]*$/.test(w))) &&
        // ("Halden Re", a reinsurer: a reply's prefix inside a name, with no colon, is part of it.)
        !(kept.length > 0 && STOP_CAPS.test(w) && w !== "Company" && w !== "Re" && !article))
    )
      kept.push(w);
    else break;
  }
  // "Atuária Sénior", "Analista Pleno": a Romance job title puts its seniority last; the words
  // before it are the title, not a firm.
  // (Whether the seniority word stopped the run, as "Sénior" does, or was kept with it, as "Pleno".)
  if (
    words.length >= 2 &&
    kept.length >= words.length - 1 &&
    TRAILING_SENIORITY.test(fold(words[words.length - 1] ?? "").replace(/[?!.,]+$/, ""))
  )
    return null;
  // "Maple Circuit CTO", "Harbourline Insurance Graduate Program": a title or a scheme after the firm.
  while (
    kept.length > 1 &&
    (kept[kept.length - 1] === "&" ||
      NAME_PARTICLE.test(kept[kept.length - 1] ?? "") ||
      AFTER_FIRM.test(kept[kept.length - 1] ?? "") ||
      TITLE_ACRONYM.test(kept[kept.length - 1] ?? ""))
  )
    kept.pop();
  const name = kept
    .join(" ")
    .replace(/['’]s$/, "")
    .replace(/[?!]+$/, "");
  return name.length >= 2 ? name : null;
}

/** The owner as a subject writes them: in full, or "Marta Ruiz" of "Marta Ruiz Ortega". */
export function ownerCalled(name: string, ownerNameFold: string): boolean {
  const n = fold(name);
  return n === ownerNameFold || (n.includes(" ") && ownerNameFold.startsWith(`${n} `));
}

// "Mon Feb 8, 2027 10am - 11am (MST)": a calendar invitation's date, not a name.
// ("Wed Dec 16, 2026 9:30am", and as calendars outside the US write it, "Wed 16 Dec 2026 09:30".)
const DATE_SEGMENT =
  /^\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{1,2}(?:st|nd|rd|th)?\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/** An organisation named as a segment of the subject ("Interview – Thames Ledger – Risk Analyst"). */

export function subjectOrg(
  written: string,
  ownerNameFold: string,
  known: string[],
  people: { has(name: string): boolean },
  /** With it, a lone word opening a segment counts only if the body writes it again. */
  body?: string,
  /** Where a firm followed by a title in brackets may be written again (the body by default). */
  againIn: string | undefined = body,
): string | null {
  // "System design w/ Trey Research": the shorthand reads as "with".
  const subject = written.includes(" w/ ") ? written.replace(/ w\/ /g, " with ") : written;
  // "[Fabrikam] Interview confirmed": a tool's bracketed tag names the account, i.e. the employer.
  const tag = /^\s*\[([^\]]{2,40})\]/.exec(subject)?.[1];
  const tagged = tag ? leadingName(tag) : null;
  if (tagged && tagged === tag?.trim() && !STOP_CAPS.test(tagged) && !FUNCTION_WORD.test(tagged))
    return tagged;
  const segs = subject
    .replace(/^\s*(?:re|aw|fwd?|tr|wg|rv)\s*:\s*/i, "")
    // "Ingénieur(e) DevOps": a gender ending glued in brackets is part of the word, not a segment.
    .replace(/(?<=\p{Ll})\((?:e|in|a|ne|se|euse|rice|trice|ère|es)\)(?=\s)/gu, "")
    // A group scheduler's notice: "Date booked for <the event's title>".
    .replace(/^(?:final )?date booked(?: for)?\s*/i, "")
    .split(
      /\s+[–—|-]\s+|\s*[:()]\s*(?:[–—|-]\s+)?|\s+\/\s+|\s+\/\/\s+|\s+<>\s+|\s+between\s+|\s+(?:with|con|avec|mit|com|met)\s+|\s+bei\s+|\s+bij\s+|\s+presso\s+|\s+chez\s+|\s+at\s+|\s+@\s+/i,
    );
  let afterStep: string | null = null;
  for (const seg of segs) {
    if (DATE_SEGMENT.test(seg)) continue;
    const s = leadingName(seg);
    if (!s || s.length > 40 || ownerCalled(s, ownerNameFold) || people.has(fold(s))) continue;
    // "(H/F)", "(m/w/d)": a posting's gender note in its own brackets.
    if (GENDER_NOTE.test(s)) continue;
    // "The Harlow & Kent Company": "The" opens some firms' names; alone before one word it is a phrase.
    const theFirm = /^The \S+ \S+/.test(s);
    // ("Dienstag, 2. Februar": a weekday read with its comma is still a weekday.)
    const firstWord = (s.split(" ")[0] ?? "").replace(/[,.;:]+$/, "");
    if (s.split(/\s+/).length > (theFirm ? 5 : 4) || (!theFirm && STOP_CAPS.test(firstWord))) continue;
    // "Mission Data Analyst", "Missione Controller": an assignment and its post, as "Poste …" is.
    if (ASSIGNMENT.test(firstWord) && ROLEISH.test(seg)) continue;
    // (A known agency's short form too: "Kingfisher Search: client interview" from Kingfisher Search
    // Partners; "Bramblewood Utilities" beside its "Bramblewood Utilities Resourcing" is the firm.)
    if (
      known.some(
        (k) => compact(k) === compact(s) || (AGENCY_WORDS.test(s) && compact(k).startsWith(compact(s))),
      )
    )
      continue;
    const at = subject.indexOf(s);
    const bracket =
      at >= 0
        ? /^\s*\(([^()]{1,40})\)/.exec(subject.slice(at + s.length, at + s.length + 50))?.[1]
        : undefined;
    // "Sachbearbeitung IT-Sicherheit (m/w/d)": a posting's gender note follows a job title.
    if (bracket && GENDER_NOTE.test(bracket)) continue;
    // "Chat with Priya (Head of Data)": a name followed by a job title in brackets is a person
    // ("Harbourline Games (Engineering Manager)", written again in the body, is the firm and its role).
    // (Nor is a name with "&" or opening or ending like a firm's: "Fenwick & Hale Architects (Design Lead)".)
    const firmLike = s.includes(" & ") || firmShaped(s);
    if (
      at >= 0 &&
      !firmLike &&
      !(s.includes(" ") && againIn !== undefined && containsWord(againIn, s)) &&
      /^\s*\([^)]{0,40}\b(?:head|lead|director|manager|vp|cto|ceo|cfo|coo|founder|engineer|recruiter|partner)\b/i.test(
        subject.slice(at + s.length, at + s.length + 50),
      )
    )
      continue;
    // "Final interview – Regional MD – Fabrikam": a title segment, a word then an officer's acronym.
    if (OFFICER_TITLE.test(seg.trim())) continue;
    // "Call with Brenna @ Kestrel Foods", "Call w/ Sofia (Brightwater Energy)": the one met, then
    // where she works.
    if (!s.includes(" ") && subject.includes(`with ${s} `)) {
      const after = subject.slice(at + s.length);
      if (/^ (?:@|at) \S/.test(after) || (/^ \(\p{Lu}/u.test(after) && !BRACKETED_TITLE.test(after)))
        continue;
    }
    // "Étude de cas", "Proceso de selección": one word then a lower-case complement is a phrase.
    if (!s.includes(" ") && wordThenComplement(seg, s)) continue;
    // (Checked where the body is not asked: there a lone word must be written again anyway.)
    if (!s.includes(" ") && body === undefined && wordThenLowerWord(seg, s)) continue;
    // "Premier entretien (visio)", "Erstes Gespräch": an ordinal before the step word counts the rounds.
    if (!s.includes(" ") && ordinalStep(seg, s)) continue;
    // "Hiring Manager Interview", "Talent Team": a department, not an employer.
    if (onlyFunctionWords(s)) continue;
    // A lone capitalised word opening a subject segment is as often an ordinary word ("Esito
    // colloquio", "Reschedule – interview"); a name is written again in the body or signature.
    // (Where no segment names a firm so, a lone word after a step word does: "Entretien Lumivia –
    // 2e tour" in the owner's own note, where "Interview Schedule | Saanvi Systems" names it later.)
    if (body !== undefined && !s.includes(" ") && !containsWord(body, s)) {
      if (afterStepWord(seg, s)) afterStep ??= s;
      continue;
    }
    return s;
  }
  return afterStep;
}

const OFFICER_TITLE = /^(?:\p{Lu}[\p{L}-]+ ){1,2}(?:MD|GM|CEO|CFO|COO|CTO|CIO|CMO|CPO|CRO|CHRO|VP|SVP|EVP)$/u;

const BRACKETED_TITLE =
  /^ \([^)]*\b(?:head|lead|director|manager|vp|cto|ceo|cfo|coo|founder|engineer|recruiter|partner|pm|analyst|designer)\b/i;

const ORDINAL =
  /^(?:\d{1,2}(?:e|er|ere|eme|º|ª|st|nd|rd|th|\.)|first|second|third|premier|premiere|deuxieme|second|seconde|troisieme|erste[sn]?|zweite[sn]?|dritte[sn]?|primera?|segunda?|tercera?|primeir[oa]|terceir[oa]|eerste|tweede|derde|prim[oa]|second[oa]|terz[oa])$/;

/** Whether the segment is an ordinal and then a step word ("Premier entretien", "Primeira entrevista"). */
function ordinalStep(seg: string, word: string): boolean {
  if (!ORDINAL.test(fold(word))) return false;
  const next = seg.trim().slice(word.length).trim().split(/\s+/)[0] ?? "";
  return STEP_WORD.test(fold(next));
}

const COMPLEMENT = /^\s+(?:de|di|da|do|del|des|du|van|von|der|of)\s+\p{Ll}/u;

// "Strictly confidential", "Quick question", "Following up": a word then a lower-case word that is
// no hiring noun is a phrase ("Fabrikam interview", "Contoso hiring" keep their firm).
const HIRING_NOUN =
  /^\s+(?:interviews?|calls?|chats?|screens?|screening|hiring|recruit\w*|talent|careers?|onsite|on-site|rounds?|applications?|roles?|positions?|opportunit\w+|offers?|meetings?|loop|panel|team|process|next|invites?|invitation|entretien|entrevista|colloquio|gesprek|gespr\p{L}+|vorstellungsgespr\p{L}+|sollicitatie\w*)\b/u;

/**
 * What follows the word in the segment, when the segment opens with it, or null. The word has no
 * white space, so the leading white space before it is all of it.
 */
function restAfter(seg: string, word: string): string | null {
  const lead = /^\s*/.exec(seg)?.[0].length ?? 0;
  return seg.startsWith(word, lead) ? seg.slice(lead + word.length) : null;
}

/** Whether the segment is the word, a small word and a lower-case word ("Étude de cas"). */
function wordThenComplement(seg: string, word: string): boolean {
  const rest = restAfter(seg, word);
  return rest !== null && COMPLEMENT.test(rest);
}

/** Whether the segment is the word and a lower-case word that is no hiring noun ("Strictly confidential"). */
function wordThenLowerWord(seg: string, word: string): boolean {
  const rest = restAfter(seg, word);
  return rest !== null && /^\s+\p{Ll}{2,}/u.test(rest) && !HIRING_NOUN.test(rest);
}

/** Whether the segment is a step word and then the name, and nothing else ("Entretien Lumivia"). */
function afterStepWord(seg: string, name: string): boolean {
  const words = seg.trim().split(/\s+/);
  return words.length === 2 && words[1] === name && STEP_WORD.test(fold(words[0] ?? ""));
}
