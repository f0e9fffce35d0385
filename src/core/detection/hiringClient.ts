import { compact, fold } from "./fold";
import { ROLEISH, STOP_CAPS } from "./orgWords";
import { capitalisedRun } from "./subjectNames";

/**
 * The organisation a message says will interview the owner ("Northwind would like to interview
 * you", "Northwind souhaite vous rencontrer", "the role at Northwind"). When it differs from the
 * sender's own organisation, the sender is a go-between (an agency or consultancy whose name
 * has no agency word, like "Hudson People") and the named one is the hiring company.
 */

// Phrases after the name: "X would like to interview you".
const AFTER =
  /^\s+(?:would (?:like|love) to (?:interview|meet|invite|speak|talk)|(?:has|have) invited you|wants? to (?:interview|meet)|is keen to (?:meet|interview)|souhaite(?:rait)? vous (?:rencontrer|recevoir|inviter)|mochte(?:n)? (?:sie|dich) (?:gerne )?(?:kennenlernen|einladen)|(?:quiere|quisiera|desea) (?:conocerte|entrevistarte|conocerle)|vorrebbe (?:conoscerti|incontrarti)|gostaria de (?:te )?(?:conhecer|entrevistar)|wil (?:je|u) graag (?:ontmoeten|spreken|uitnodigen))\b/i;

// Phrases before the name: "the role at X", "interview at X" ("with X" is as often a person).
const BEFORE =
  /\b(?:(?:interview|meeting|call) (?:at|with the (?:team|hiring manager) at)|(?:role|position|opening|vacancy|job) at|entretien chez|poste chez|(?:gesprach|interview|stelle) bei|entrevista en|puesto en|colloquio presso|(?:posizione|ruolo) presso|entrevista na|vaga (?:na|no|em)|gesprek bij|functie bij)\s+(?:the\s+)?$/i;

export function hiringClient(
  text: string,
  senderOrg: string,
  people: Set<string>,
  ownerNameFold: string,
): string | null {
  const sender = compact(senderOrg);
  const head = sender.slice(0, 4);
  const ok = (name: string | null): name is string => {
    if (!name || name.split(" ").length > 4) return false;
    const first = name.split(" ")[0] ?? "";
    if (ROLEISH.test(name) || STOP_CAPS.test(first) || people.has(fold(name)) || fold(name) === ownerNameFold)
      return false;
    const c = compact(name);
    // The sender's own organisation, or one that shares its stem (a subsidiary), is not a client.
    return c.length >= 2 && !c.startsWith(head) && !sender.startsWith(c.slice(0, 4));
  };
  const re = /\p{Lu}[\p{L}\p{N}'’&-]*/gu;
  const limit = Math.min(text.length, 3000);
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
    const name = capitalisedRun(text, m.index);
    if (!name) continue;
    const end = m.index + name.length;
    const before = text.slice(Math.max(0, m.index - 45), m.index);
    if ((AFTER.test(text.slice(end, end + 50)) || BEFORE.test(before)) && ok(name)) return name;
    re.lastIndex = end;
  }
  return null;
}
