import { addDays, toEpochMs, type Instant } from "../time";
import { formatDay, formatMoment, formatTimeRange, sameLocalDay, type WhenOptions } from "./formatWhen";
import { fillTemplate, languageOf, NOTE_TEMPLATES, type Language, type NoteMode } from "./templates";

export type NoteTime =
  | { start: Instant; end: Instant }
  /** Whole days; `endDate` exclusive as in Graph, omitted for one day. */
  | { allDay: true; startDate: string; endDate?: string };

export interface NoteOptions extends WhenOptions {
  /** "pto" for employees, "contractor" for the no-PTO mode. */
  mode?: NoteMode;
  /** Template language; defaults to the locale's language when supported, else English. */
  language?: Language;
}

/**
 * The note to a manager: "I have an appointment on Thursday 3 December, 13:30–16:00, and will take
 * PTO for it." The time the appointment is blocked (buffers included, so the absence is stated as
 * it will be seen) in the user's locale and zone. It never gives a reason and never names anyone.
 */
export function timeOffNote(time: NoteTime, o: NoteOptions): string {
  const templates = NOTE_TEMPLATES[o.language ?? languageOf(o.locale)];
  const mode = o.mode ?? "pto";
  if ("allDay" in time) {
    const last = time.endDate && time.endDate > time.startDate ? addDays(time.endDate, -1) : time.startDate;
    if (last === time.startDate)
      return fillTemplate(templates.on[mode], { when: formatDay(time.startDate, o) });
    return fillTemplate(templates.span[mode], { from: formatDay(time.startDate, o), to: formatDay(last, o) });
  }
  const start = toEpochMs(time.start);
  const end = toEpochMs(time.end);
  if (end < start) throw new RangeError("An appointment cannot end before it starts");
  if (sameLocalDay(start, end, o.timeZone)) {
    return fillTemplate(templates.on[mode], { when: formatTimeRange(start, end, o) });
  }
  return fillTemplate(templates.span[mode], { from: formatMoment(start, o), to: formatMoment(end, o) });
}
