import type { OpenItem } from "./officeHost";

/** FNV-1a 32-bit over UTF-16 code units, seeded: two seeds give a 64-bit id without BigInt. */
function fnv1a32(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * The interview's id, derived from the item alone so that opening it again (or on another device)
 * names the same interview: the block's transactionId and marker hang off it, which is what makes
 * "Keep it private" safe to press twice. The Graph id when there is one; otherwise what the user
 * sees of the item (a compose item or an .ics has no id yet).
 */
export function interviewIdFor(
  item: Pick<OpenItem, "restId" | "subject" | "start" | "from" | "organizer">,
): string {
  const key = item.restId
    ? `id|${item.restId}`
    : [
        "item",
        item.subject,
        item.start?.dateTime ?? "",
        item.organizer?.emailAddress.address ?? item.from?.emailAddress.address ?? "",
      ].join("|");
  return `gl-${fnv1a32(key, 0x811c9dc5)}${fnv1a32(key, 0x050c5d1f)}`;
}
