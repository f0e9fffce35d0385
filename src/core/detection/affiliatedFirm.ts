import { compact } from "./fold";
import { firmName, notOrgPhrase } from "./notAFirm";
import { NAME } from "./partyWords";

/**
 * The firm an agency's mail names through the person the owner will meet: "avec Mme Roussel, DRH
 * de Maison Orsay Parfums", "with Tom Hughes (Head of Risk at Marlowe & Finch)", "con el Ing.
 * Garza, gerente de área de Grupo Sierra", "the hiring manager at Kestrel Cold Chain". A recruiter
 * rarely names the client as such; the interviewer's title and employer are how it reaches the
 * reader.
 */

// Titles that carry a department ("Head of Risk", "Gerente de Compras"): right after them,
// "of"/"de" names the department; the employer comes after more words or after "at".
const DEPT_TITLES = [
  "manager",
  "director",
  "directora",
  "directeur",
  "directrice",
  "direttore",
  "direttrice",
  "diretor",
  "diretora",
  "head",
  "chief",
  "gerente",
  "gestor",
  "gestora",
  "gestionnaire",
  "jefe",
  "jefa",
  "responsable",
  "responsabile",
  "leiter",
  "leiterin",
  "teamleiter",
  "teamleiterin",
  "hoofd",
  "teamleider",
  "chefe",
  "vp",
];
// Titles that name no department: what follows "of"/"de" is the employer ("DRH de Maison Orsay").
const WHOLE_TITLES = [
  "hiring manager",
  "managing director",
  "managing partner",
  "general manager",
  "country manager",
  "executive director",
  "directeur général",
  "directrice générale",
  "director general",
  "directora general",
  "direttore generale",
  "amministratore delegato",
  "diretor geral",
  "diretora geral",
  "presidente",
  "président",
  "présidente",
  "president",
  "founder",
  "fondateur",
  "fondatrice",
  "fundador",
  "fundadora",
  "geschäftsführer",
  "geschäftsführerin",
];
// Each word may be capitalised ("Managing Director", "managing director").
const capitalFirst = (title: string): string =>
  title
    .split(" ")
    .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
    .join(" ");
const LINK = String.raw`(?:at|of|from|de la|de l'|del|de|du|des|da|do|na|no|di|della|presso|bei der|bei|der|chez|van|bij|en)`;
const ARTICLE = String.raw`(?:(?:the|la|le|el|il|o|a|het|die) )?`;
// No i flag: with it \p{Lu} would match any letter, and the firm must start with a capital.
// A title, up to three words (bounded, so linear; no "and", which starts another person: "un
// Engineering Manager y alguien de Riesgo"), the word linking the title to its employer, the
// name. Groups: 1 a whole title, 2 the words between title and link, 3 the link, 4 the name.
const TITLE_FIRM = new RegExp(
  String.raw`(?<![\p{L}])(?:(${WHOLE_TITLES.map(capitalFirst).join("|")}|DRH|DG|PDG|CEO|CFO|CTO|COO|CIO)|${DEPT_TITLES.map(capitalFirst).join("|")})((?: (?!(?:y|and|et|und|e|ed|or|ou|oder|o)(?![\p{L}]))[\p{L}'’-]+){0,3}?) (${LINK.slice(3, -1)}) ${ARTICLE}(${NAME})`,
  "gu",
);
const DEPT_LINK = /^(?:of|de|del|du|des|da|do|di|della|van|der)$/;

// "Head of Risk at Marlowe & Finch", "Director de Recursos Humanos de Acme": after the
// department, the employer.
const THEN_AT = new RegExp(
  String.raw`^ (?:at|@|bei|chez|presso|bij|of|de|de la|del|du|da|do|di|della|van) ${ARTICLE}(${NAME})`,
  "u",
);

/** The interviewer's employer as the mail introduces them, other than the agency, or null. */
export function affiliatedFirm(hay: string, agency: string | null): string | null {
  TITLE_FIRM.lastIndex = 0;
  let tries = 0;
  // "Ms. Menon, Director of Engineering, and Tom Hughes, Head of Risk at Marlowe & Finch": a
  // department is not a firm, so a later title may still name one.
  for (let m = TITLE_FIRM.exec(hay); m && tries < 4; m = TITLE_FIRM.exec(hay), tries++) {
    const end = m.index + m[0].length;
    const then = THEN_AT.exec(hay.slice(end, end + 60))?.[1];
    const department = !m[1] && !m[2] && DEPT_LINK.test(m[3] ?? "");
    const name = then ?? (department ? "" : (m[4] ?? ""));
    if (!name || notOrgPhrase(name)) continue;
    // "gerente de planta en Riba-roja": after "en" one word is as often a town as a firm.
    if (!then && (m[3] === "en" || m[3] === "na" || m[3] === "no") && !name.includes(" ")) continue;
    const firm = firmName(name.replace(/\s+(?:de|du|des|del|van|von|y|e|et|und|and|of|&)$/u, ""));
    if (firm && !(agency && compact(firm) === compact(agency))) return firm;
  }
  return null;
}
