import { fold } from "./fold";

// The author of quoted history: an Outlook "From:" line, or a Gmail or Apple Mail "On … wrote:"
// line (in the languages readBody knows). Only that line is read: the owner is often on "To:".
const AUTHOR_LINE =
  /^\s*(?:(?:from|von|de|van|da)\s*:\s*([^\n]{1,200})|((?:on|am|le|el|em|op|il) [^\n]{4,200}?(?:wrote|schrieb|a ecrit|escribio|escreveu|schreef|ha scritto)))/;

// What someone who hires writes to an applicant: an invitation to interview, thanks for applying.
const INVITES_APPLICANT =
  /\b(?:(?:i|we)(?:'d| would) (?:like|love) to invite you (?:for|to) (?:an? |your )?(?:[a-z-]+ ){0,2}(?:interview|conversation|chat|call|meeting)|thanks? (?:you )?for (?:applying|your application)|(?:merci|danke|gracias|obrigad[oa]|grazie|bedankt) (?:pour votre candidature|fur ihre bewerbung|por (?:tu|su) (?:candidatura|postulacion)|pela (?:sua )?candidatura|per la (?:tua|sua) candidatura|voor (?:je|uw) sollicitatie))/;

/**
 * "Re: Your interview on Thursday" from an applicant, above the owner's own message inviting
 * them: the quoted history was written by the owner, and it invites someone to interview, so the
 * owner is the one hiring. (A candidate's own quoted words accept or ask; they do not invite.)
 */
export function ownerInvitedInQuote(quoted: string, ownerAddress: string, ownerName: string): boolean {
  if (!quoted) return false;
  const head = fold(quoted.slice(0, 400));
  const m = AUTHOR_LINE.exec(head);
  const author = m?.[1] ?? m?.[2];
  if (!author) return false;
  const address = ownerAddress.toLowerCase();
  const name = fold(ownerName).trim();
  const byOwner =
    (address.includes("@") && author.includes(address)) || (name.length >= 5 && author.includes(name));
  return (
    byOwner &&
    INVITES_APPLICANT.test(
      ownWords(head.slice((m?.index ?? 0) + (m?.[0].length ?? 0)) + fold(quoted.slice(400, 1500))),
    )
  );
}

// Where the owner's quoted message ends: the next message's header, at any depth of quoting.
const NEXT_HEADER =
  /^(?:(?:from|von|de|van|da)\s*:|(?:on|am|le|el|em|op|il) .{4,200}(?:wrote|schrieb|a ecrit|escribio|escreveu|schreef|ha scritto)|-{2,})/;

/** The owner's own quoted words: up to the header of the message they in turn quote. */
function ownWords(afterAuthor: string): string {
  const lines: string[] = [];
  for (const line of afterAuthor.split("\n")) {
    const bare = line.replace(/^[\s>]+/, "");
    if (lines.length > 0 && NEXT_HEADER.test(bare)) break;
    lines.push(bare);
  }
  return lines.join("\n");
}
