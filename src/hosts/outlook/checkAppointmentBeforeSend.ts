import { htmlToText, revealsInterview } from "../../core";
import { readOpenItem } from "./officeHost";

export type SendVerdict = { ok: true } | { ok: false; message: string };

/**
 * Attendees, and colleagues who can view titles on the calendar, see a subject, location and body. If the
 * user is about to send one that names an interview, say so before it goes out.
 */
export async function checkAppointmentBeforeSend(read = readOpenItem): Promise<SendVerdict> {
  const item = await read();
  if (!item) return { ok: true };
  const body = item.body.contentType === "html" ? htmlToText(item.body.content) : item.body.content;
  const visible = [item.subject, item.location?.displayName ?? "", body].join("\n");
  const found = [...new Set(revealsInterview(visible).map((term) => term.found))];
  if (found.length === 0) return { ok: true };
  const words = found
    .slice(0, 3)
    .map((w) => `"${w}"`)
    .join(", ");
  return {
    ok: false,
    message: `People who see this invitation or your calendar will read ${words}. Edit it to keep your job search private, or send anyway.`,
  };
}
