import { compact, fold } from "./fold";
import { firmName, notOrgPhrase } from "./notAFirm";
import { FIRM_KIND, ORG_TAIL, ROLEISH } from "./orgWords";
import { AGENCY_TAIL_WORD } from "./partyWords";
import type { VetInput } from "./vetInput";

// "HOLD - Bloom interview (tech)", "Contoso – 2nd round", "Coho Winery – final conversation with
// the GM", "Nordvik Energy - stage 2: case study", "Northgate Robotics virtual onsite",
// "Brenner Maschinenbau – Fachgespräch", "Zeefhuis – middag op kantoor": the owner's own note
// names the firm before the step or the visit
// (after a dash, up to three lower-case words may say which kind: "Fabrikam – hiring manager
// interview").
const HOLD_FIRM =
  /(?:^|[-–—:|]\s*|[.!?)] +)((?:\p{Lu}|\d)[\p{L}\p{N}&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’-]*|&)){0,3}) (?:[-–—:|] (?:(?:\p{Ll}[\p{L}.'-]*|Technisches|Fachliches|Persönliches|Erstes|Zweites|Drittes|Finales|Technical|Final|First|Second|Tech) ){0,3}?|(?:virtual|video|phone|in-person|panel) )?(?:(?:[Ff]inal|[Ff]irst|[Ii]ntro|[Ii]nformal|[Ss]econd|HR|[Tt]echnical) (?:conversation|call|chat)|[Ii]nterview|[Ss]creen|[Oo]nsite|[Ee]ntretien|[Ee]ntrevista|[Cc]olloquio|[Gg]esprek|[Gg]espräch|\p{Lu}\p{Ll}+gespräch|(?:1st|2nd|3rd|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]inal) round|(?:zweite|finale) Runde|(?<=\p{Ll} )round|(?:[Cc]all|[Cc]hat) with|op kantoor|vor Ort|(?:[Ss]tage|[Éé]tape|[Ee]tapa|[Ff]ase|[Pp]hase) (?:\d|[Tt]wo|[Tt]hree|[Ff]our))\b/u;

// "Phone screen w/ Ironclad Mutual recruiter (Beth)", "call with Bec from Fenwick & Hale talent
// team", "Final w/ Woodgrove CFO": the firm whose recruiter, team or executive the note says
// will be met.
const HOLD_FIRM_TEAM =
  /(?:\b(?:w\/|[Ww]ith|mit|avec|con|com|met|from|von|de|van)|(?<=[Ss]creen|[Cc]all|[Cc]hat) [-–—])\s+((?:\p{Lu}|\d)[\p{L}\p{N}&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’-]*|&)){0,3}) (?:[Rr]ecruiter(?:in)?|[Rr]ecruiting|[Tt]alent|HR|hr|[Pp]eople team|[Hh]iring (?:manager|team)|(?:editorial|engineering|product|design|data|finance|sales|leadership|management) team|RH|RRHH|CFO|CEO|CTO|COO|CIO|CPO|CMO|CHRO|SVP|EVP|VP|GM|MD|President|Founder)\b/u;

// "segunda entrevista con Alvarado Seguros (Paseo de la Castellana 89)", "Entrevista final com a
// diretoria da Solarys Energia", "Entretien final avec la directrice générale de Lumeris": the step,
// then the firm it is with (or whose board, team or head); a name met directly only when it starts
// or ends like a firm's ("Grupo …", "… Seguros"), since a person is met as often.
const HOLD_STEP_WITH =
  /\b(?:[Ii]nterview|[Ee]ntrevista|[Ee]ntretien|[Cc]olloquio|[Gg]esprek|[Gg]espräch|[Rr]ound|[Ss]creen)(?: (?:final|finale|t[ée]cnic[ao]|technical|technique|tecnico|conoscitiv[oa]|informal|informale|informel|exploratoire|exploratorio))?\s+(?:with|con|avec|mit|met|com|bei|chez|bij)\s+((?:the|a|o|la|le|el|der|die|het|de) \p{Ll}+(?: \p{Ll}+){0,3} (?:of|da|do|de|della|di|del|von|der|van) )?((?:\p{Lu}|\d)[\p{L}\p{N}&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’-]*|&)){0,3})(?=\s*(?:\(|[.,;:–—-]|$))/u;

// "Entretien final Orvalis avec la directrice", "Colloquio tecnico Fintelia – system design",
// "Tweede gesprek Van Dijk Groep", "Second round - Ashgrove Capital", "Final interview - Meridian
// Freight (CEO + CFO)": a note that opens with the step (its ordinal or its kind), then the firm.
const HOLD_STEP_FIRM =
  /^(?:(?:Tweede|Eerste|Derde|Zweites|Erstes|Drittes|Second|First|Third|Segunda|Primera|Primeira|Secondo|Primo|Terzo|Deuxième|Premier) (?:[Gg]esprek|[Gg]espräch|[Ii]nterview|entrevista|colloquio|entretien|sollicitatiegesprek|vorstellungsgespräch)|[Ee]ntretien|[Ii]nterview|[Ee]ntrevista|[Cc]olloquio|[Gg]esprek|[Gg]espräch|[Ee]ntrev\.|[Cc]oll\.|\p{Lu}\p{Ll}+gespräch|\p{Lu}\p{Ll}+gesprek|(?:[Ff]inal|[Ff]irst|[Ss]econd|[Tt]hird|1st|2nd|3rd) round|(?:[Tt]ech(?:nical)?|[Ff]inal|[Ff]irst|[Ss]econd|[Tt]hird|[Pp]anel|[Oo]nsite|[Cc]ase) interview|[Ii]ntro call|[Pp]hone screen)(?: (?:final|finale|technique|technical|tecnico|técnico|técnica|tecnica|rh|hr|RH|HR|tél\.|tel\.|téléphonique|telefonico|telefónica)){0,2}(?: \([^()\n]{1,40}\))?(?: [-–—:])? ((?:\p{Lu}|\d)[\p{L}\p{N}&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’-]*|&)){0,3})(?=\s*(?:$|[–—:(,.-]|(?:avec|with|con|com|mit|met|bei|chez|at|@)\s))/u;

// Whom the owner's note says they will speak to, by function: "recruiter", "HR", "Talent partner".
const MET_FUNCTION = String.raw`(?:[Rr]ecruiter(?:in)?|[Tt]alent(?: partner| acquisition)?|HR|RH|[Hh]iring manager|[Hh]eadhunter|[Rr]ecruteur|[Rr]ecruteuse|[Rr]ecrutadora?|[Rr]eclutadora?|[Pp]ersonalberater(?:in)?)`;
const HOLD_NAME = String.raw`((?:\p{Lu}|\d)[\p{L}\p{N}&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’-]*|&)){0,3})`;

// "onsite @ Quillstone – 4 rounds", "final @ Corvid Labs": a step at a firm ("@" is "at", where a
// person would be met "with").
const HOLD_STEP_AT = new RegExp(
  String.raw`\b(?:[Oo]nsite|[Oo]n-site|[Ii]nterviews?|[Ff]inal|[Pp]anel|[Ss]creen|[Ll]oop)\s*@\s*${HOLD_NAME}(?=\s*(?:$|[.,;:(–—-]))`,
  "u",
);

// "Priya Nair - recruiter, Quillfeather Health", "Tom Berg (HR, Norvik Foods)": the person the owner
// will speak to, their function, then their firm.
const HOLD_PERSON_FIRM = new RegExp(
  String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+)?\s*(?:[-–—,]|\()\s*${MET_FUNCTION}(?:,|\s+(?:at|@|from|bei|chez|de|da|bij|presso))\s+${HOLD_NAME}(?=\s*(?:$|[)–—:(,.-]))`,
  "u",
);

// "Phone screen w/ Jordan Ellis (recruiter) - Meridel Health, Senior Data Engineer", "with Jade
// Morrison (recruiter) from Wattle Energy re …": the person met, their function in brackets, then
// their firm.
const HOLD_PERSON_BRACKET_FIRM = new RegExp(
  String.raw`(?:w\/|[Ww]ith|mit|avec|con|com|met) \p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+)? \(${MET_FUNCTION}\)\s*(?:[-–—,]|at|@|from|von|bei|chez|de|da|bij|presso)\s*${HOLD_NAME}(?=\s*(?:$|[),.;:(–—-])|\s+(?:re|about|for|für|pour|para|per|voor)\s)`,
  "u",
);

// "Actually Proseware 2nd round": a word that opens the owner's own note, not the firm.
const NOTE_OPENER =
  /^(?:Actually|Really|Real|Re|Note|NB|Eigentlich|Tatsächlich|En fait|En realidad|Realmente|In realtà|Eigenlijk)\s+/u;

// "(VP Eng + CTO)", "(CFO & Head of Finance)": only titles, joined.
const TITLE_MET = String.raw`(?:VP|SVP|EVP|CEO|CTO|CFO|COO|CIO|CPO|CMO|CHRO|GM|MD|HR|Eng|Engineering|Head of [A-Z][a-z]+|Director|Founder|[Hh]iring manager|Manager|Partner|Panel|[Tt]eam)`;
const TITLES_MET = new RegExp(
  String.raw`^\s*\((?:${TITLE_MET}(?:\s*(?:[+&,/]|and)\s*|\s+))*${TITLE_MET}\s*\)`,
  "u",
);

/** The firm in the title of a hold the owner put in their own calendar, or in its first notes. */
/** The title and first notes of a hold the owner put in their own calendar; none for anyone else's mail. */
function holdLines(input: VetInput): string[] {
  if (!input.sender || fold(input.sender.name) !== fold(input.ownerName)) return [];
  return [input.subject, ...input.text.split("\n", 3)];
}

export function ownHold(input: VetInput): string | null {
  for (const line of holdLines(input)) {
    const plain = line.replace(NOTE_OPENER, "");
    for (const re of [
      HOLD_FIRM,
      HOLD_FIRM_TEAM,
      HOLD_STEP_WITH,
      HOLD_STEP_FIRM,
      HOLD_PERSON_FIRM,
      HOLD_PERSON_BRACKET_FIRM,
      HOLD_STEP_AT,
    ]) {
      const m = re.exec(plain);
      // (HOLD_STEP_WITH reads "the <title> of" before the name: a name someone is the head of is a firm.)
      const titled = re === HOLD_STEP_WITH && !!m?.[1];
      const name = re === HOLD_STEP_WITH ? m?.[2] : m?.[1];
      if (!m || !name || notOrgPhrase(name) || ROLEISH.test(name)) continue;
      // "phone screen - Dana (Crestline Search)": one word with brackets after it is a person
      // and their firm (or an acronym and what it stands for), not the firm itself.
      // ("Tidemark (VP Eng + CTO)": titles in the brackets are the people met at the firm.)
      const end = m.index + m[0].lastIndexOf(name) + name.length;
      if (!name.includes(" ") && /^\s*\(/.test(plain.slice(end)) && !TITLES_MET.test(plain.slice(end)))
        continue;
      const words = name.split(" ");
      const last = words[words.length - 1] ?? "";
      if (
        re === HOLD_STEP_WITH &&
        !titled &&
        !FIRM_KIND.test(last) &&
        !ORG_TAIL.test(last) &&
        !ORG_TAIL.test(words[0] ?? "")
      )
        continue;
      // ("2nd round - Vellamo": "2nd" before "round" is no firm; the next pattern reads on.)
      const firm = firmName(name);
      if (firm) return firm;
    }
  }
  return null;
}

// "Coding interview – Helix Orbit (via Sakura Tech Agents)", "arranged by Brightpath Talent": the
// owner's note names the firm that set the interview up.
const HOLD_VIA = new RegExp(
  String.raw`(?:\((?:via|through|tramite|über|par|por|através de|via de)|\b(?:[Aa]rranged|[Ss]et up|[Bb]ooked|[Oo]rgani[sz]ed) (?:by|through|via)|\b(?:[Oo]rganizzat[oa]|[Ff]issat[oa]) (?:da|tramite)|\b(?:[Oo]rganisée?|[Aa]rrangée?) (?:par|via)|\b(?:[Oo]rganizad[oa]|[Cc]oncertad[oa]) (?:por|a través de|através de)|\b(?:[Oo]rganisiert|[Vv]ereinbart|[Vv]ermittelt) (?:von|über|durch)|\b(?:[Gg]eorganiseerd|[Gg]eregeld|[Ii]ngepland) (?:door|via))\s+${HOLD_NAME}(?=\s*(?:$|[),.;:(–—-]))`,
  "u",
);

// "Arranged by Elin at Lindqvist Partners": a person, then the firm she is with.
const HOLD_VIA_PERSON = new RegExp(
  String.raw`\b(?:[Aa]rranged|[Ss]et up|[Bb]ooked|[Oo]rgani[sz]ed) (?:by|through|via) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:at|from|of) ${HOLD_NAME}(?=\s*(?:$|[),.;:(–—-]))`,
  "u",
);

/**
 * The firm the owner's own hold says arranged the interview, or null. One word, or two that are
 * not a placer's name, is as often the person who passed it on ("via Jess", "via Anna Lee") or a
 * tool ("via Calendly"), unless the note says whom the person is with.
 */
export function holdAgency(input: VetInput, company: string | null): string | null {
  // A name the note gives, as a firm other than the company, or null.
  const agencyIn = (name: string | undefined, alone: boolean): string | null => {
    if (!name || notOrgPhrase(name) || ROLEISH.test(name)) return null;
    const words = name.split(" ");
    const last = words[words.length - 1] ?? "";
    if (
      alone &&
      (words.length < 2 ||
        (words.length === 2 && !AGENCY_TAIL_WORD.test(last) && !/^Agen(?:ts?|cy)$/u.test(last)))
    )
      return null;
    const firm = firmName(name);
    return firm && !(company && compact(company) === compact(firm)) ? firm : null;
  };
  for (const line of holdLines(input)) {
    const firm = agencyIn(HOLD_VIA_PERSON.exec(line)?.[1], false) ?? agencyIn(HOLD_VIA.exec(line)?.[1], true);
    if (firm) return firm;
  }
  return null;
}
