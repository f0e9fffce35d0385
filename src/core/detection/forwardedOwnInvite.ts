/**
 * "Fwd: Interview invitation – Data Engineer" from a friend, with "To: Tom Hargreaves" in the
 * forwarded header and "any tips?" on top: someone forwards their own invitation to the owner for
 * advice. The interview is theirs; the owner is neither candidate nor interviewer.
 */
import { containsWord } from "./domainNames";
import { fold } from "./fold";
import { htmlToText } from "./htmlToText";
import type { Party } from "./readParties";
import type { MailItem } from "./types";

// The HTML read for a forwarded header: enough markup for the 20,000 characters of text kept.
const FORWARD_HTML_CHARS = 200_000;
const FORWARD = /^\s*(?:fwd?|tr|wg|rv|enc|i|doorst)\s*:/i;
// A forwarded header's recipient line, in the languages of the corpus ("A:" in Italian, Spanish
// and Portuguese clients, "An:" in German, "Aan:" in Dutch, "À :" in French).
const TO_LINE = /^[ \t>*]*(?:to|à|a|an|para|aan|per)[ \t]*:[ \t]*(.+)$/gim;

const YOUR_CANDIDATE =
  /\b(?:your candidate|votre candidat(?:e)?|(?:su|tu|vuestro|vuestra) candidat[oa]|(?:o seu|a sua|o teu|a tua) candidat[oa]|(?:il vostro|la vostra|il suo|la sua) candidat[oa]|(?:ihr|ihre|ihren|dein|deine) (?:kandidat(?:in|en)?|bewerber(?:in)?)|(?:uw|jullie|je) kandida(?:at|te))\b/;

/**
 * Whether the item forwards, from outside the owner's company, an invitation addressed to the
 * forwarder that never names the owner. A recruiter's forward of a client's mail about the owner
 * names the owner; a colleague's forward is the owner's company's own business.
 */
export function forwardedOwnInvite(
  item: MailItem,
  subject: string,
  sender: Party | null,
  sameOrg: boolean,
  ownerName: string,
  ownerAddress: string,
): boolean {
  if (!sender || sameOrg || !FORWARD.test(subject)) return false;
  const senderAddress = fold(sender.address);
  const owner = fold(ownerAddress);
  if (!senderAddress || senderAddress === owner) return false;
  // The forwarded header is read from the body as sent: the view's body text leaves headers out.
  // (Only its opening: the header sits near the top, and a huge body is not converted twice.)
  const body = item.body?.content ?? "";
  const bodyText = (item.body?.contentType === "html" ? htmlToText(body, FORWARD_HTML_CHARS) : body).slice(
    0,
    20_000,
  );
  const senderName = fold(sender.name);
  const names = fold(ownerName).split(/\s+/);
  const first = names[0] ?? "";
  // ("Gerne laden wir Herrn Weber … ein": a formal letter names the owner by surname, unless the
  // forwarder shares it: a sister's "Dear Ms Weber" is hers.)
  const surname = names.length > 1 ? (names[names.length - 1] ?? "") : "";
  const last = senderName.split(/\s+/).includes(surname) ? "" : surname;
  for (const m of bodyText.matchAll(TO_LINE)) {
    const to = fold(m[1] ?? "");
    const toForwarder = to.includes(senderAddress) || (senderName.length >= 3 && to.includes(senderName));
    if (!toForwarder) continue;
    if (to.includes(owner)) return false;
    // The forwarded part names the owner nowhere ("Hi Tom, … invite you", not "your candidate Aisha"),
    // nor speaks to an agency of its candidate ("confirmer à votre candidat l'entrevue finale").
    const forwarded = fold(bodyText.slice((m.index ?? 0) + m[0].length));
    if (YOUR_CANDIDATE.test(forwarded)) return false;
    return (
      first.length < 3 ||
      !(containsWord(forwarded, first) || (last.length >= 3 && containsWord(forwarded, last)))
    );
  }
  return false;
}
