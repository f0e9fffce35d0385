import { anyOf } from "./anyOf";
import type { Matcher } from "./anyOf";
import { fold } from "./fold";
import type { ItemView } from "./readItem";
import { str } from "./readItem";

const JOIN_URL =
  /https:\/\/(?:teams\.microsoft\.com\/l\/meetup-join|[\w-]+\.zoom\.us\/(?:j|my)\/|zoom\.us\/j\/|meet\.google\.com\/|app\.cal\.com\/video\/|[\w-]+\.webex\.com\/|whereby\.com\/|meet\.jit\.si\/|[\w.-]+\/video\/)[^\s"'<>)\]]{0,400}/i;
const TOOL_NAMES: [RegExp, string][] = [
  [/\b(?:coderpad|hackerrank|codility|codesignal|karat)\b/, "coding-assessment link"],
  [
    /\b(?:calendly|cal\.com|greenhouse|lever\.co|myworkday|smartrecruiters|ashbyhq|talentloop|odoo|frappe|topcoder)\b/,
    "sent through a hiring or scheduling tool",
  ],
];
// Grouped for the yes/no test (see anyOf).
const TOOL_LINKS = TOOL_NAMES.map(([re, reason]): [Matcher, string] => [anyOf([re]), reason]);
// Most items name no tool: one scan says so.
const ANY_TOOL = anyOf(TOOL_NAMES.map(([re]) => re));

/** The meeting join link (online meeting, location, body, then the join-details footer). */
export function findJoinLink(v: ItemView): string | null {
  const m =
    JOIN_URL.exec(str(v.item.onlineMeeting?.joinUrl)) ??
    JOIN_URL.exec(v.location) ??
    JOIN_URL.exec(v.bodyText.slice(0, 20_000)) ??
    JOIN_URL.exec(v.footer);
  return m ? m[0] : null;
}

/** Hiring and assessment tools the item mentions or comes from, as signals. */
export function toolSignals(v: ItemView): string[] {
  const from = fold(v.sender?.address ?? "");
  if (!ANY_TOOL.test(v.all) && !ANY_TOOL.test(from)) return [];
  return TOOL_LINKS.filter(([re]) => re.test(v.all) || re.test(from)).map(([, reason]) => reason);
}
