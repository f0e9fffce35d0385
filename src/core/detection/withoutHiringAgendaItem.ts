import type { ItemView } from "./readItem";

// "- Hiring update: we got headcount for two SREs, I'll start phone screens in January": in the
// agenda of a colleague's meeting, hiring is one topic among others, not what the meeting is.
const LIST_ITEM = /^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s+\S/;
// Lines worth asking about: the cue lists are costly, and a line without these words has no cue.
const HIRING_STEM =
  /\b(?:hir|interview|recru|screen|loop|sourcing|headcount|req\b|vacan[ct]|vacature|candidat|kandida|sollicit|bewerb|entrevista|entretien|colloqui|gesprek|gesprach|stelle|puesto|posizion)/;

/**
 * The view without its one agenda line about hiring, when an internal meeting's agenda (three
 * items or more) has exactly one such line; null otherwise. The caller judges whether hiring is
 * named anywhere else. Holds the owner keeps for themselves are not agendas of a meeting and are
 * left alone.
 */
export function withoutHiringAgendaItem(v: ItemView): ItemView | null {
  if (!v.sameOrg || v.ownerOrganizes) return null;
  const lines = v.fb.split("\n");
  const items = lines.flatMap((line, i) => (LIST_ITEM.test(line) ? [i] : []));
  if (items.length < 3) return null;
  const hiring = items.filter((i) => HIRING_STEM.test(lines[i] ?? ""));
  if (hiring.length !== 1) return null;
  const at = hiring[0] ?? -1;
  const fb = lines.filter((_, i) => i !== at).join("\n");
  const bodyLines = v.bodyText.split("\n");
  // fold keeps the lines, so the body's line at the same place is the same item.
  const bodyText =
    bodyLines.length === lines.length ? bodyLines.filter((_, i) => i !== at).join("\n") : v.bodyText;
  return { ...v, fb, bodyText, all: `${v.fs}\n${fb}\n${v.locationFold}` };
}
