import { compact } from "./fold";

/**
 * Whether an attendee is the owner under another address: candidates copy an interview to
 * their personal mailbox ("alex.morgan@gmail.com" on Alex Morgan's work calendar), which does
 * not make them the organiser of someone else's interview.
 */
export function isOwnerAlias(p: { name: string; address: string }, ownerName: string): boolean {
  const owner = compact(ownerName);
  if (owner.length < 4) return false;
  const words = ownerName
    .split(/\s+/)
    .map((w) => compact(w))
    .filter((w) => w.length >= 2);
  const local = compact(p.address.split("@")[0] ?? "");
  const name = compact(p.name);
  if (name === owner || local === owner) return true;
  // "morgan.alex", "alexmorgan85": every part of the owner's name is in the local part.
  return words.length >= 2 && words.every((w) => local.includes(w));
}
