/**
 * "Coral Sea Mutual (CSM)": the name an acronym stands for, where the text spells it out before
 * the acronym in brackets and the capitals of its words (joiners left out) make the acronym.
 * Null when the text does not.
 */
export function spelledOut(acronym: string, text: string): string | null {
  if (!/^\p{Lu}{2,5}$/u.test(acronym)) return null;
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return null;
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

const JOINER = /^(?:&|and|of|de|del|der|des|du|da|di|van|von|y|e|et|und)$/;
