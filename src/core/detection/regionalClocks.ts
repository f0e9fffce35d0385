import { MONTH_NAMES } from "./templateTimes";
import { WEEKDAY_PATTERN, weekdayOf } from "./weekdayNames";

/**
 * Regional ways of writing a slot that the time readers do not know, rewritten to ones they do:
 * "15 hs" (Río de la Plata), "13u30" (Flanders), "1400 hrs" (India, the forces), a weekday written
 * in brackets after its date ("9 de fevereiro (terça-feira), às 10h00"), and a weekday with a day
 * number but no month ("el jueves 4 a las 15", "Thursday the 4th at 2pm"), which gets the month of
 * the next date that falls on that weekday. Positions may shift; callers only use them for order.
 */

const MONTH_EN = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_WORD = String.raw`jan|feb|fév|fev|mar|maa|mär|apr|avr|abr|may|mai|mei|mag|jun|jui|jul|lug|giu|aug|aoû|aou|ago|sep|set|oct|okt|out|ott|nov|dec|dez|déc|dic|ene|gen|jän|janv|febr`;

const HOURS_SUFFIX = /\b(\d{1,2})(?::(\d{2}))?\s?(?:hs|hrs)\b\.?/gi;
const MILITARY_HRS = /\b([01]\d|2[0-3])([0-5]\d)\s?(?:hrs|hours)\b/gi;
const FLEMISH = /\b(\d{1,2})u(\d{2})?\b/g;
const BRACKETED_WEEKDAY = new RegExp(String.raw`\s*\((?:${WEEKDAY_PATTERN})\)(?=[\s,.;:])`, "giu");
// "jueves 4", "Thursday the 4th", "giovedì 4": the day number must not be followed by a month,
// a clock separator, more digits or letters (those are dates or times the readers already know;
// "11th February" must not be read as "11" before "th"), and sits on the weekday's line (booking
// tools print "Thu" and "11" on lines of their own above the full date).
const WEEKDAY_DAY = new RegExp(
  String.raw`(?<![\p{L}])(${WEEKDAY_PATTERN})(?![\p{L}])\.?,?[^\S\n]+(?:the\s+|le\s+|el\s+|den\s+|il\s+|de\s+|(?:el\s+)?dia\s+|il\s+giorno\s+)?(\d{1,2})(?:st|nd|rd|th|er|º|°)?(?![\d:./hº°\p{L}]|\s?[ap]\.?m|\s*(?:de\s+)?(?:${MONTH_WORD}))`,
  "giu",
);

// A date with no clock on its line ("on Thursday, February 18. Your schedule (all times CET):",
// "your virtual onsite is tomorrow. Here's your schedule:") followed by an agenda whose first
// line starts with a clock ("09:00 – 09:45 Coding").
const DATE_THEN_AGENDA = new RegExp(
  String.raw`((?<![\p{L}])(?:tomorrow|today|demain|aujourd'hui|amanhã|amanha|hoje|domani|oggi|vandaag|hoy)(?![\p{L}])|(?<![\p{L}])(?:${MONTH_NAMES})(?![\p{L}])\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|(?<!\d)\d{1,2}(?:st|nd|rd|th|er|º|°|\.)?\s+(?:de\s+)?(?:${MONTH_NAMES})(?![\p{L}])\.?(?:\s+(?:de\s+)?\d{4})?)([^\n\d]{0,80}\n(?:[^\n\d]{0,80}\n)?)` +
    // The clock opens the next line: an agenda ("09:00 – 09:45 Coding") or a labelled or
    // pictured time line ("Time: 10:00", "🕙 10h (horário de Brasília)", "Heure : 13 h 30").
    String.raw`(\s*(?:[^\p{L}\p{N}\s]{1,3}\s*)?(?:(?:time|hora|horário|horario|uhrzeit|zeit|heure|horaire|ora|orario|tijd|tijdstip|uur|aanvang|beginn)\s*:\s*|(?:arrival|arrival time|start time|check-in|ankunft|arrivée|arrivee|llegada|chegada|arrivo|aankomst)\s*:?\s*)?(?:(?:dalle(?: ore)?|alle(?: ore)?|ab|von|um|from|at|de|desde|das|às|as|a partir de|à partir de|vanaf|om)\s+)?)(\d{1,2}(?:[:.]\d{2}|\s?h(?:\s?\d{2})?(?![\p{L}]))(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?![\d])([^\n]{0,60})`,
  "giu",
);

// "Dia 10 de fevereiro, quarta-feira, a partir das 9h30", "this Thursday (25 February) at 2pm":
// a weekday written after or around the date, and "from" as the other languages say it.
const WEEKDAY_AFTER_DATE = new RegExp(
  String.raw`((?<!\d)\d{1,2}(?:º|°)?\s+(?:de\s+)?(?:${MONTH_NAMES})(?![\p{L}])\.?),?\s+(?:${WEEKDAY_PATTERN})(?![\p{L}]),?`,
  "giu",
);
// ("a próxima terça-feira (dia 1 de dezembro) às 15h00": with the word for "day", and "de".)
const BRACKETED_DATE = new RegExp(
  String.raw`(?<![\p{L}])(${WEEKDAY_PATTERN})\s*\(\s*(?:dia |le |el |den |il )?(\d{1,2}(?:st|nd|rd|th|º|°|er)?\s+(?:de\s+)?(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\.?\s+\d{1,2}(?:st|nd|rd|th)?)\s*\)`,
  "giu",
);
// "next Tuesday (the 9th) at 10am": the day number in brackets after its weekday.
const BRACKETED_DAY = new RegExp(
  String.raw`(?<![\p{L}])(${WEEKDAY_PATTERN})\s+\((?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?)\)`,
  "giu",
);
const FROM_WORDS =
  /\b(?:a partir das|a partir de las|a partir de|à partir de|a partire dalle|dalle|dès|desde las|desde as|vanaf|ab|starting(?: at)?|beginning(?: at)?|commencing(?: at)?)\s+(?=\d)/gi;
// "11am New York time on Wednesday 3 November": a bare hour before its date gets minutes, which the
// time-first pattern needs.
const HOUR_BEFORE_DATE = new RegExp(
  String.raw`\b(\d{1,2})\s?([ap]\.?m\.?)(?=[^\n\d]{0,30}\b(?:on|le|am|el|em|op|il)\s+(?:(?:${WEEKDAY_PATTERN}),?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES}))`,
  "giu",
);

// A written day and month, either way round ("10 December", "the 9th of March", "Dec 10th").
const DAY_MONTH = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\.?\s+\d{1,2}(?:st|nd|rd|th)?)`;

// "Thursday, January 28 - you'll start at 9:30am": a clause between the date and its clock.
const DATE_CLAUSE_AT = new RegExp(
  String.raw`(${DAY_MONTH}(?![\p{L}\d]))([^\n\d.?!]{3,40}?)\b(?:start(?:ing)? at|begin(?:ning)? at|arrive at|at)\s+(\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?)`,
  "giu",
);

// After a written date only ("10 December at 2pm", "Dec 10, 2pm"): relative days keep their own reader.
const BARE_HOUR = new RegExp(
  String.raw`(${DAY_MONTH}(?:,?\s+\d{4})?,?\s+(?:at\s+|@\s+)?)(\d{1,2})(\s?[ap]\.?m\.?)(?![\p{L}])`,
  "giu",
);

export function regionalClocks(text: string, refMs: number): string {
  let out = text;
  if (/\d\s+(?:de\s+)?\p{L}+\.?,?\s+\p{L}/u.test(out)) out = out.replace(WEEKDAY_AFTER_DATE, "$1");
  if (out.includes("(")) out = out.replace(BRACKETED_DATE, "$1 $2").replace(BRACKETED_DAY, "$1 the $2");
  if (/\b(?:a partir|à partir|a partire|dalle|dès|desde|vanaf|ab|starting|beginning|commencing) /i.test(out))
    out = out.replace(FROM_WORDS, "at ");
  if (/\d\s?[ap]\.?m/i.test(out)) out = out.replace(HOUR_BEFORE_DATE, "$1:00$2");
  // (Each pattern below is run only where a cheap test finds what every match of it holds.)
  out = clauseThenClock(out);
  // "10 December at 2pm": the date-and-time patterns want minutes.
  if (/\s\d{1,2}\s?[ap]\.?m/i.test(out))
    out = out.replace(BARE_HOUR, (_, lead: string, h: string, ap: string) => `${lead}${h}:00${ap}`);
  if (
    out.includes("\n") &&
    /\n[^\p{L}\d\n]{0,6}(?:\p{L}{2,10}(?: time)?\s*:?\s*)?(?:at\s+)?\d{1,2}(?:[:.]\d{2}|\s?h|\s?[ap]\.?m)/iu.test(
      out,
    )
  )
    out = out.replace(
      DATE_THEN_AGENDA,
      (_, date: string, between: string, lead: string, clock: string, rest: string) => {
        // "Time: 3pm" has no minutes, which the date-and-time patterns want.
        const at = clock
          .replace(/\s?h\s?(\d{2})?$/, (_h, m?: string) => `:${m ?? "00"}`)
          .replace(/^(\d{1,2})\s?([ap])/i, "$1:00$2");
        // The rest of the time line follows, so a zone written there ("15:00 CET") still applies.
        return `${date} at ${at}${rest}${between}${lead}${clock}${rest}`;
      },
    );
  if (/\d\s?h[sr]/i.test(out))
    out = out
      .replace(MILITARY_HRS, (_, h: string, m: string) => `${h}:${m}`)
      .replace(HOURS_SUFFIX, (_, h: string, m?: string) => `${h}:${m ?? "00"}`);
  if (/\du/.test(out)) out = out.replace(FLEMISH, (_, h: string, m?: string) => `${h}:${m ?? "00"}`);
  if (out.includes("(")) out = out.replace(BRACKETED_WEEKDAY, "");
  WEEKDAY_DAY.lastIndex = 0;
  if (WEEKDAY_DAY.test(out)) {
    WEEKDAY_DAY.lastIndex = 0;
    out = out.replace(WEEKDAY_DAY, (all, name: string, dayText: string) => {
      const weekday = weekdayOf(name.toLowerCase());
      const month = weekday === undefined ? null : monthOfNext(weekday, Number(dayText), refMs);
      return month === null ? all : `${all} ${MONTH_EN[month]}`;
    });
    // The date now has its month, so "the 9th february at 10am" wants minutes like any date, and
    // "Thursday the 7th works great – see you at 9:00am" its clause joined like any date's.
    if (/\s\d{1,2}\s?[ap]\.?m/i.test(out))
      out = out.replace(BARE_HOUR, (_, lead: string, h: string, ap: string) => `${lead}${h}:00${ap}`);
    out = clauseThenClock(out);
  }
  return out;
}

/** "Thursday, January 28 - you'll start at 9:30am": the date moved next to its clock. */
function clauseThenClock(text: string): string {
  if (!/at\s+\d/i.test(text) || !/\d\s?[ap]\.?m/i.test(text)) return text;
  return text.replace(DATE_CLAUSE_AT, (all, date: string, between: string, clock: string) =>
    // The date moves next to its clock, so a zone written after the clock still follows it.
    /\bat\s*$/i.test(between) || /\d/.test(between) ? all : `${between} ${date} at ${clock}`,
  );
}

/** The month (0–11) of the first date on or after the reference day with this weekday and day number. */
function monthOfNext(weekday: number, day: number, refMs: number): number | null {
  if (day < 1 || day > 31) return null;
  const ref = new Date(refMs - 86_400_000);
  for (let k = 0; k < 14; k++) {
    const t = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + k, day);
    const d = new Date(t);
    if (d.getUTCDate() !== day || t < ref.getTime()) continue;
    if (d.getUTCDay() === weekday) return d.getUTCMonth();
  }
  return null;
}
