/**
 * "Coral Sea Mutual (CSM)": the name an acronym stands for, where the text spells it out before
 * the acronym in brackets and the capitals of its words (joiners left out) make the acronym.
 * Null when the text does not.
 */
export function spelledOut(acronym: string, text: string): string | null {
  if (!/^\p{Lu}{2,5}$/u.test(acronym)) return null;
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return acronym.length >= 3 ? spelledOnALine(acronym, text) : null;
  const before = text.slice(Math.max(0, at - 80), at).trimEnd();
  const words = before.split(/[^\S\n]+/);
  const taken: string[] = [];
  let initials = "";
  for (let i = words.length - 1; i >= 0 && initials.length < acronym.length; i--) {
    const w = words[i]!;
    if (JOINER.test(w) && taken.length > 0) {
      taken.unshift(w);
      continue;
    }
    if (!/^\p{Lu}/u.test(w) || w.includes("\n")) break;
    taken.unshift(w);
    initials = w.charAt(0) + initials;
  }
  return initials === acronym && taken.length >= 2 && !JOINER.test(taken[0]!) ? taken.join(" ") : null;
}

const JOINER = /^(?:&|and|of|de|del|der|des|du|da|do|dos|das|di|della|degli|van|von|y|e|et|und|für)$/;

// "Diretoria de Gestão de Pessoas" signing above the university: a department spells its own
// acronym, and is not the employer.
const DEPARTMENT_LINE =
  /^(?:Diretoria|Direção|Direcção|Divisão|Departamento|Department|Dept\.?|Division|Direction|Dirección|Abteilung|Afdeling|Dipartimento|Divisione|Servizio|Serviço|Servicio|Service|Office of|Bureau)\b/u;

/**
 * "Divisão de Recursos Humanos – UAN" with "Universidade Atlântica do Norte" signing on a line of
 * its own: an acronym of three to five letters, spelled out by the capitals of a whole line's
 * words (joiners left out). A line, not a sentence, so that capitals read in running text do not
 * make up a name by chance.
 */
function spelledOnALine(acronym: string, text: string): string | null {
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line.startsWith(acronym.charAt(0)) || line.length > 80 || DEPARTMENT_LINE.test(line)) continue;
    const words = line.split(/\s+/);
    let initials = "";
    for (const w of words) {
      if (JOINER.test(w)) continue;
      if (!/^\p{Lu}\p{Ll}/u.test(w)) {
        initials = "";
        break;
      }
      // ("Haut-Richelieu": each capitalised part of a hyphenated word has its letter in "UHR".)
      for (const part of w.split("-")) if (/^\p{Lu}/u.test(part)) initials += part.charAt(0);
    }
    if (initials === acronym && !JOINER.test(words[words.length - 1]!)) return line;
  }
  return null;
}
