import { formatTimeRange, sameLocalDay, type WhenOptions } from "./formatWhen";
import { fillTemplate, languageOf, SLOT_INTROS, type Language } from "./templates";
import { zonedDate } from "../time";

export interface SlotTextOptions extends Omit<WhenOptions, "showTimeZone"> {
  /** The recruiter's zone, when it differs: each slot is also given in their time. */
  otherTimeZone?: string;
  language?: Language;
}

/**
 * Slots as text to paste into a reply: an opening line, then one line per slot in the user's zone
 * (with its name, so nobody has to guess), and in the recruiter's zone when given.
 */
export function formatSlots(slots: readonly { start: number; end: number }[], o: SlotTextOptions): string {
  if (slots.length === 0) return "";
  const intro = SLOT_INTROS[o.language ?? languageOf(o.locale)];
  const lines = slots.map((slot) => {
    const own = describe(slot.start, slot.end, { ...o, showTimeZone: true });
    if (!o.otherTimeZone || o.otherTimeZone === o.timeZone) return `- ${own}`;
    const theirs = { ...o, timeZone: o.otherTimeZone, showTimeZone: true };
    const sameDate = zonedDate(slot.start, o.timeZone) === zonedDate(slot.start, o.otherTimeZone);
    const other = sameDate
      ? new Intl.DateTimeFormat(o.locale, {
          hour: "numeric",
          minute: "2-digit",
          timeZone: o.otherTimeZone,
          timeZoneName: "short",
        }).formatRange(slot.start, slot.end)
      : describe(slot.start, slot.end, theirs);
    return `- ${own} (${other})`;
  });
  return [fillTemplate(intro, {}), ...lines].join("\n");
}

function describe(start: number, end: number, o: WhenOptions): string {
  if (sameLocalDay(start, end, o.timeZone)) return formatTimeRange(start, end, o);
  const f = new Intl.DateTimeFormat(o.locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "numeric",
    minute: "2-digit",
    timeZone: o.timeZone,
    timeZoneName: "short",
  });
  return f.formatRange(start, end);
}
