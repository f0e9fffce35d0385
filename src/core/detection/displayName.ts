import { compact, fold } from "./fold";
import { TOOL_WORD } from "./brandName";
import { domainLabel } from "./domainNames";
import { AGENCY_NAME, ORG_OPENER } from "./partyWords";
import { FIRM_KIND, FUNCTION_WORDS, MARKETPLACES, NEUTRAL_DOMAINS, ORG_TAIL } from "./orgWords";

/**
 * An organisation named in a display name: "Fabrikam Hiring" → Fabrikam; "Dana Whitfield" → null.
 * Not memoised, for the same reason as domainLabel.
 */
// "Lakeshore Analytics (via Gauzy)": a firm, by its kind of business, sending through a tool. A
// person in that place ("Carla Jimenez (via Rallly)") is not read.
// "Sollen Data (via Hirely)" from no-reply@hirely: an unattended address of the tool's own domain
// sends for the firm, whatever its last word; people send through scheduling tools, whose domains
// are neutral, from their own names.
function firmViaTool(raw: string, address: string): RegExpExecArray | null {
  const m = /\s+\(via\s+/i.exec(raw);
  if (!m) return null;
  const last = raw.slice(0, m.index).split(/\s+/).pop() ?? "";
  if (ORG_TAIL.test(last) || FIRM_KIND.test(last)) return m;
  const label = domainLabel(address);
  if (!label || NEUTRAL_DOMAINS.has(label) || !unattended(address)) return null;
  const tool = compact(raw.slice(m.index + m[0].length));
  return tool.length >= 3 && label.replace(/-/g, "").startsWith(tool) ? m : null;
}

// Addresses nobody reads: a tool sending for a firm writes from these.
const UNATTENDED =
  /^(?:no-?reply|do-?not-?reply|nao-?responda|no-?responder|ne-?pas-?repondre|nicht-?antworten|niet-?beantwoorden|non-?rispondere|notifications?)\b/;
export function unattended(address: string): boolean {
  return UNATTENDED.test(fold(address.split("@")[0] ?? ""));
}

export const TOOL_NAME_TAIL = /\s(?:Scheduler|Scheduling|Bookings?|Appointments|Calendar|Invites?)$/;
const TOOL_LABEL_REST = /^(?:ats|hr|hrm|jobs|hire|hiring|recruit|recruiting|careers|mail|app|notify)$/;

/**
 * "St. Brendan Medical Center" for stbrendanmc, "Northern Lights Credit Union" for
 * northernlightscu: the first words in full, the rest by their initials.
 */
function spelledWithInitials(name: string, label: string): boolean {
  const words = name
    .split(/\s+/)
    .map((w) => compact(w))
    .filter(Boolean);
  if (words.length < 3 || label.length < 4) return false;
  for (let k = 1; k < words.length - 1; k++) {
    const head = words.slice(0, k).join("");
    if (!label.startsWith(head)) return false;
    if (
      head +
        words
          .slice(k)
          .map((w) => w.charAt(0))
          .join("") ===
      label
    )
      return true;
  }
  return false;
}

export function orgFromDisplayName(name: string, address: string): string | null {
  return computeOrgFromDisplayName(name, address);
}

const DEPARTMENT =
  /^(?:divis[aã]o|divisi[oó]n|division|departamento|department|d[ée]partement|abteilung|afdeling|dipartimento|dire[cç][aã]o|direcci[oó]n|direction|servi[cç]o|servicio|service|ufficio|bureau|gabinete)$/iu;

const UNIT_OPENING =
  /^(?:UOC|UOSD?|U\.O\.C\.|Unità Operativa|Servizio|Ufficio|Serviceeinheit|Servicebereich|Abteilung|Afdeling|Dipartimento|Département|Departamento|Department|Direction|Dirección|Direção|Direzione)\s/u;

// "Pieter (Zeeland Datadiensten)", "Rohan (Quanta Ledger Talent)": a person, as their mailbox
// spells them, and in brackets the firm they write for.
const PERSON_AND_FIRM = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){0,2})\s*\(([^()/]{3,60})\)$/u;
const NAME_JOINER = /^(?:&|de|di|du|des|del|della|van|von|der|den|y|e|et|und|and|of|the|la|le)$/;

const ROLE_MAILBOX =
  /^(?:careers?|jobs?|talent|recruit\w*|hr|people|hiring|no-?reply|notifications?|info|team)$/;

function firmInBrackets(raw: string, address: string): string | null {
  const m = PERSON_AND_FIRM.exec(raw);
  if (!m?.[1] || !m[2] || /^via\s/i.test(m[2])) return null;
  // The person's first name or surname spells the mailbox ("Renata Alves" at ralves@).
  const local = fold(address.split("@")[0] ?? "");
  const nameWords = m[1].split(" ").map((w) => compact(w));
  // ("Ella Brennan (CSM Careers)" at careers@: a shared hiring mailbox spells no one.)
  if (
    !ROLE_MAILBOX.test(local) &&
    !nameWords.some((w, i) => (i === 0 ? w.length >= 2 : w.length >= 3) && local.includes(w))
  )
    return null;
  const firm = m[2].replace(FUNCTION_WORDS, " ").replace(/\s+/g, " ").trim();
  const words = firm.split(" ");
  if (firm.length < 3 || !words.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_JOINER.test(w))) return null;
  // "Marta Gil (Talento)": a department, not a firm.
  return words.length === 1 && AGENCY_NAME.test(firm) ? null : firm;
}

/** Whether a display-name part is the person the address is named for ("Sophie Garnier", s.garnier@). */
function mailboxPerson(part: string, address: string): boolean {
  const local = compact(address.split("@")[0] ?? "");
  const words = part.split(/\s+/).map((w) => compact(w));
  return words.length >= 2 && words.length <= 3 && words.some((w) => w.length >= 3 && local.includes(w));
}

// An employer's own hiring team named after it ("Fabrikam Talent"); agencies are as often named
// "… Recursos Humanos" or "… Personal", so those words stay.
const TEAM_SUFFIX =
  /\s(?:Talent(?: Acquisition| Team)?|Recruiting(?: Team)?|Careers|Hiring(?: Team)?|Jobs|People(?: Team)?|HR)$/u;

const PARTICLES =
  /\s(?:de|del|des|du|da|do|dos|das|di|della|la|le|les|el|los|las|van|von|der|den|the|of|y|e|et|und|and|&)(?=\s)/gi;

const ON_BEHALF_OF =
  /\s+(?:on behalf of|im auftrag von|au nom de|de la part de|en nombre de|em nome de|per conto di|namens)\s+/i;

function computeOrgFromDisplayName(name: string, address: string): string | null {
  // "Cielo Claro Talent (SmartRecruiters)": the hiring tool in brackets after the firm is not it.
  const raw = name
    .trim()
    .replace(/\s*\(([^()]{2,30})\)$/, (all, inner: string) =>
      NEUTRAL_DOMAINS.has(compact(inner)) ? "" : all,
    );
  if (!raw) return null;
  // "Zeitfenster im Auftrag von Sanna Lindqvist" from noreply@zeitfenster.app: a booking tool
  // writing for a person; neither is the firm.
  const behalf = ON_BEHALF_OF.exec(raw);
  if (behalf && unattended(address) && compact(raw.slice(0, behalf.index)) === (domainLabel(address) ?? ""))
    return null;
  const bracketed = firmInBrackets(raw, address);
  if (bracketed) return bracketed;
  const via = /\s+via\s+/i.exec(raw) ?? firmViaTool(raw, address);
  let base = via ? raw.slice(0, via.index) : raw;
  const parts = base.split(/\s+[–—|-]\s+|\s*·\s*/).filter(Boolean);
  const withFunction = parts.length > 1;
  const label = domainLabel(address) ?? "";
  // "Ruben Smit | Oranje Werving": of a person and a firm, the part spelling the domain is the firm.
  if (withFunction && label && !NEUTRAL_DOMAINS.has(label)) {
    const flat = label.replace(/-/g, "");
    // "Mark Jongbloed | Oranje Werving & Selectie" from oranjews.nl: the initials count too.
    // ("Energías del Cantábrico" from energiascantabrico.es: domains drop the particles.)
    const spells = (p: string): boolean => {
      const c = compact(p);
      const bare = compact(p.replace(PARTICLES, " "));
      // "Banque Ferrand-Lacoste" from ferrand-lacoste.fr: the domain leaves out the opening word.
      const opener = /^\S+ /u.exec(p)?.[0];
      const afterOpener = opener && ORG_OPENER.test(opener) ? compact(p.slice(opener.length)) : "";
      return (
        c.length >= 3 &&
        (flat.startsWith(c) ||
          c.startsWith(flat) ||
          bare === flat ||
          (afterOpener.length >= 3 && afterOpener.startsWith(flat)) ||
          spelledWithInitials(p, flat))
      );
    };
    // "Marco Fontana - HR Velatura": the firm after its department word ("Hanse Personal" keeps its own).
    const bare = (p: string): string => p.replace(FUNCTION_WORDS, " ").replace(/\s+/g, " ").trim();
    // "Maya Chen – Fabrikam Talent" from fabrikam.com: the firm without its function word, when
    // the domain spells exactly that ("Hanse Personal" from hansepersonal.de keeps its word).
    const spelled = parts.find(spells);
    const whole =
      spelled && compact(bare(spelled)) === flat && TEAM_SUFFIX.test(spelled) ? bare(spelled) : spelled;
    const own = whole ?? parts.map(bare).find((p) => p && spells(p));
    // "Cerrado Agro | Vagalume" from vagalume-ats: the part the domain spells is the tool when the
    // domain adds a tool word to it; the employer is the other part.
    const rest = own ? flat.slice(compact(own).length) : "";
    // "Jabuti Pagamentos | Recruta+" from nao-responda@recrutamais: an unattended address puts the
    // tool last, after the firm it sends for.
    const toolLast = own === parts[parts.length - 1] && unattended(address);
    const other = own && (TOOL_LABEL_REST.test(rest) || toolLast) ? parts.find((p) => p !== own) : undefined;
    if (other && other.replace(FUNCTION_WORDS, "").trim().length > 1) return other.trim();
    if (own) return own.trim();
  }
  // "Gupy – Atlântico Alimentos": a hiring tool's own name beside the firm it sends for is not it.
  // "Sophie Garnier – Groupe Altimer" from s.garnier@: nor is the person the mailbox is named for.
  const meaningful = (p: string): boolean =>
    p.replace(FUNCTION_WORDS, "").trim().length > 1 && !NEUTRAL_DOMAINS.has(compact(p));
  base =
    (withFunction ? parts.find((p) => meaningful(p) && !mailboxPerson(p, address)) : undefined) ??
    parts.find(meaningful) ??
    "";
  // "ミナト精機 採用担当 佐々木", "採用担当 山田": a Japanese name puts the department after the firm and
  // the person's surname after the department.
  const japanese = /^(.*?)\s*(?:採用チーム|採用担当|人事部)\s*[^\s\p{Script=Latin}]{0,6}$/u.exec(base);
  if (japanese) {
    if (!japanese[1]?.trim()) return null;
    return japanese[1].trim();
  }
  // "Recruiting at Margie's Travel", "Talent @ Fabrikam": the connector goes with the function word.
  const stripped = base
    .replace(FUNCTION_WORDS, " ")
    // "Nubaria Tech (Talent)": the brackets the function word leaves empty.
    .replace(/\(\s*\)|\(\s*$/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:at|@|bei|chez|en|em|bij|presso|da|na|no)\s+/i, "")
    // "Кадровая служба «Полярис Софт»": the firm's name in quotation marks.
    .replace(/^[«“"„‚']+|[»”"“']+$/gu, "")
    // "Divisão de Recursos Humanos": the particle the function word leaves at the end.
    .replace(/\s+(?:de|da|do|di|du|des|del|of|für|fur|van|von)$/iu, "");
  if (!stripped) return null;
  // "Divisão de Recursos Humanos", "Department of People": a department, not a firm; so is one
  // a public body's unit opens with its kind ("UOC Gestione e Sviluppo", "Servizio Personale").
  if (DEPARTMENT.test(stripped) || UNIT_OPENING.test(stripped)) return null;
  // "GoodSlot Scheduler", "Calla Bookings": a scheduling tool's own name.
  if (TOOL_NAME_TAIL.test(stripped)) return null;
  // "Bastien Roux via Ardentis Nuage" from ardentis.io: a person sends through the firm's own
  // calendar server, named for the firm and the tool; the firm is that server's owner ("Saffron
  // Grid via HireTrail" from hiretrail.io is a firm sending through a tool).
  if (via && label && !NEUTRAL_DOMAINS.has(label)) {
    const host = raw.slice(via.index + via[0].length).trim();
    const flat = label.replace(/-/g, "");
    const hostKey = compact(host);
    if (
      TOOL_WORD.test(host) &&
      hostKey.length >= 3 &&
      hostKey.startsWith(flat) &&
      !compact(stripped).startsWith(flat)
    )
      return host.replace(TOOL_WORD, "") || host;
  }
  const hadFunctionWord = stripped !== base.trim() || withFunction || !!via;
  const c = compact(stripped);
  // "Halberd Insurance" from halberd@myworkday.com: a kind of firm closing the name is not the
  // tool's own name.
  const firmKind = stripped.includes(" ") && FIRM_KIND.test(stripped.slice(stripped.lastIndexOf(" ") + 1));
  // A scheduling tool's own name ("Calendly", "Cal.com") is not the employer.
  if (NEUTRAL_DOMAINS.has(label) && !hadFunctionWord) return firmKind ? stripped : null;
  if (label && c && (label.startsWith(c) || c.startsWith(label.replace(/-/g, "")))) return stripped;
  if (label && spelledWithInitials(stripped, label.replace(/-/g, ""))) return stripped;
  if (MARKETPLACES.test(stripped)) return stripped;
  if (hadFunctionWord) return stripped;
  // Anything else is a person's own name ("Dana Whitfield" from dana.whitfield@).
  return null;
}
