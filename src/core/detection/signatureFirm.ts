import { compact, fold } from "./fold";
import { LEGAL_TAIL } from "./legalForms";
import { onlyFunctionWords } from "./orgWords";
import { firmName, notOrgPhrase, titled } from "./notAFirm";
import { AGENCY_NAME, AGENCY_TITLE, FUNCTION_PREFIX, NAME, PLACER_TITLE, STRONG_AGENCY } from "./partyWords";

const LOWER = /\p{Ll}/u;
const PARTY_LABEL = /^(?:invitee|with|who|guest|host)s?\s*:?$/i;

/** Five words or more in lower case: a sentence. Read by char code; only non-ASCII asks the pattern. */
function sentence(line: string): boolean {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (i > 0 && line.charCodeAt(i - 1) !== 32) continue;
    const c = line.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c > 127 && LOWER.test(line.charAt(i)))) if (++n >= 5) return true;
  }
  return false;
}

// The function of a firm's own recruiters, which a consultant's title beside it does not make an agency.
const IN_HOUSE_UNIT =
  /^(?:Unidad|Unidade|Unité|Unità|Área|Area|Servicio|Serviço|Dipartimento|Departamento|Département|Abteilung|Afdeling) (?:de |di |da |do |del |des |du |für |van )?(?:Selección|Seleção|Selezione|Sélection|Recrutement|Reclutamiento|Recrutamento|Personalgewinnung|Werving)\b/u;
const IN_HOUSE_FUNCTION =
  /(?<![\p{L}])(?:acquisition (?:de|des) talents|talent acquisition|adquisici[oó]n de talento|aquisi[cç][aã]o de talentos|acquisizione (?:dei |di )?talenti)(?![\p{L}])/iu;

/** A signature line pairing a title with a firm: "Senior Consultant – Selezione Adriatica", "People Partner | Relay Logistics Ltd", "HR Business Partner, Nilgiri Biotech". */
export function signatureFirm(
  text: string,
  people: Set<string>,
  known: (string | null)[],
): { firm: string; agency: boolean; placer: boolean } | null {
  // A signature is in the last lines; only those are split.
  const tail = text
    .slice(-1500)
    .split("\n")
    .slice(-14)
    .map((l) => l.trim());
  // Lines and their parts repeat (a one-part line is its own part): each string is asked once.
  const memo = new Map<string, boolean>();
  const isTitle = (t: string): boolean => {
    let v = memo.get(t);
    if (v === undefined) memo.set(t, (v = titled(t)));
    return v;
  };
  const isTitled = (n: number): boolean => {
    const l = tail[n] ?? "";
    return l.length >= 3 && l.length < 70 && isTitle(l);
  };
  const found: { firm: string; agency: boolean; placer: boolean }[] = [];
  for (let n = 0; n < tail.length; n++) {
    const line = tail[n] ?? "";
    // Agenda lines ("9:00 AM – 9:45 AM System design · Naomi Kessler") are not signatures.
    if (line.length < 3 || line.length > 90 || /\d[:.h]\d\d/.test(line)) continue;
    // "Your interview for Manager, Credit Risk Analytics has been scheduled.": a sentence, not a
    // signature line (those are names and titles, a few small words at most).
    if (sentence(line)) continue;
    const parts = line.split(/\s+[|–—·•-]\s+|\s*\|\s*|\s+\(|,\s+/).map((p) => p.trim());
    // "Senior Consultant, Technology" or "Graduate Recruitment Team" on one line, the firm on the next.
    const above = n > 0 && isTitled(n - 1) ? (tail[n - 1] ?? "") : "";
    if (parts.length === 1 && !above && !FUNCTION_PREFIX.test(line)) continue;
    // Each part is asked once whether it is a title; "the others" are titled when any one is.
    const partTitled = parts.map((p) => isTitle(p));
    const titledCount = partTitled.filter(Boolean).length;
    for (let k = 0; k < parts.length; k++) {
      let part = parts[k] ?? "";
      if (!/^\p{Lu}/u.test(part)) continue;
      // "Rebecca Hale – Senior Recruiter, Arroyo Biotech": the name before a title that a firm
      // follows is the person's.
      if (k === 0 && parts.length >= 3 && partTitled[1] && !partTitled[0] && /^\p{Lu}/u.test(parts[2] ?? ""))
        continue;
      // "Invitee:\nRuth Ellery – Sable & Finch Recruitment": a booking notice's party, person first.
      if (k === 0 && PARTY_LABEL.test(tail[n - 1] ?? "")) continue;
      // "Recrutement Ardentis", "Talent Acquisition Fabrikam": the function names itself.
      const prefix = FUNCTION_PREFIX.exec(part);
      if (prefix) part = part.slice(prefix[0].length);
      const other = `${above} ${parts.filter((_, j) => j !== k).join(" ")}`;
      if (!prefix && !above && titledCount - (partTitled[k] ? 1 : 0) === 0) continue;
      const firm = firmName(part);
      if (!firm || people.has(fold(firm))) continue;
      // ("Recruiting Team" signing a template: a function, no firm.)
      // ("Unidad de Selección – Recursos Humanos" above "Hospital Universitario …": the employer's own
      // unit, named for selecting, is no firm of its own.)
      if (onlyFunctionWords(firm) || IN_HOUSE_UNIT.test(firm)) continue;
      // A consultant's title beside a firm whose name says it places people.
      const placer = PLACER_TITLE.test(other) || (AGENCY_TITLE.test(other) && AGENCY_NAME.test(firm));
      // ("Conseiller principal, acquisition de talents": a firm's own recruiter, by the function.)
      const agency = AGENCY_NAME.test(firm) || (AGENCY_TITLE.test(other) && !IN_HOUSE_FUNCTION.test(other));
      found.push({ firm, agency, placer });
    }
  }
  // The firm the readers or the sender's domain already point at wins over a department line.
  const keys = known.filter((k): k is string => !!k).map((k) => compact(k));
  return (
    found.find((f) =>
      keys.some((k) => k.length >= 3 && (compact(f.firm).startsWith(k) || k.startsWith(compact(f.firm)))),
    ) ??
    found[0] ??
    null
  );
}

// "… Looking forward to it. - Daniel Ortiz, Talent Acquisition, Cobalt Reinsurance": a calendar
// description signed on its last line, person, title and firm run together.
const INLINE_SIGNATURE = new RegExp(
  String.raw`(?:^|[-–—.!]\s+)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, ([^,\n]{2,40}), (${NAME})\s*$`,
  "u",
);

/** The firm of a signature written inline at the end of a short text, after a title. */
export function inlineSignature(text: string): string | null {
  const m = INLINE_SIGNATURE.exec(text.slice(-160));
  if (!m?.[1] || !m[2] || !titled(m[1])) return null;
  return firmName(m[2]);
}

const TEAM_WORD = /(?<![\p{L}])(?:team|équipe|equipe|equipo|time|squadra)(?![\p{L}])/iu;

/**
 * "Nicole Ammann\nAlpstein Executive Search AG" from alpstein-search.ch: a recruiting firm signing
 * on a line of its own in the closing lines, whose name the sender's domain spells (a department,
 * "Talent Acquisition Team", spells none), and which is not the employer's own team.
 */
export function signedAgency(text: string, company: string | null, senderLabel: string): string | null {
  const head = senderLabel.split("-")[0] ?? "";
  if (head.length < 3) return null;
  const tail = text.slice(-400);
  // Most closings do not spell the sender's domain: one search for the capitalised head settles them.
  // Its first four letters: "Hanami Recruit" spells hanamirecruit in two words. (A head of three
  // letters may be the name's initials.)
  if (
    head.length >= 4 &&
    !tail.includes(head.charAt(0).toUpperCase() + head.slice(1, 4)) &&
    // ("M&T Talent" spells mttalent with a sign between its letters.)
    !compact(tail).includes(head)
  )
    return null;
  const own = company ? compact(company) : null;
  const lines = tail.split("\n").slice(-10);
  for (const raw of lines) {
    const line = raw.trim();
    if (
      line.length < 4 ||
      line.length > 60 ||
      !(STRONG_AGENCY.test(line) || AGENCY_NAME.test(line)) ||
      TEAM_WORD.test(line)
    )
      continue;
    // firmName would take "Executive Search" for a consultant's title; a name starting the line
    // with a capital and spelling the domain is the firm.
    // "Farol Recursos Humanos – agência de recrutamento": the name is the line's first part.
    const firm = (line.split(/\s+[–—|-]\s+|\s*\|\s*/)[0] ?? "").replace(LEGAL_TAIL, "");
    if (!/^\p{Lu}/u.test(firm) || AGENCY_TITLE.exec(firm)?.index === 0 || notOrgPhrase(firm)) continue;
    const key = compact(firm);
    // ("Ortega Ibarra Asociados" from oia.com.mx: a domain of the name's initials spells it too.)
    const initials = fold(firm)
      .split(/\s+/u)
      .map((w) => w.charAt(0))
      .join("");
    if ((key.startsWith(head) || initials === head) && (own === null || !key.startsWith(own))) return firm;
  }
  return null;
}
