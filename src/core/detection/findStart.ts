import { CLOCK_IN_TEXT, viaChrono } from "./chronoTimes";
import { isLookBack } from "./lookBack";
import { numbersInWords } from "./numbersInWords";
import { regionalClocks } from "./regionalClocks";
import { relativeTimes } from "./relativeTime";
import { structured, validWall } from "./templateTimes";
import type { Candidate } from "./templateTimes";
import { WEEKDAY_PATTERN, weekdayOf } from "./weekdayNames";
import { otherScriptDates } from "./otherScriptDates";
import { epochToWallClock, formatWithOffset, wallClockToEpoch } from "./zonedTime";

/**
 * Finds the first concrete date-and-time stated in a message. Template formats that ATS and
 * HR products print (12-14-2026 10:00:00, 2026-12-09 from 09:30, 15.12.2026 из 11:00) are read
 * by small patterns; prose ("tomorrow at 3pm ET", "mardi 9 février à 14h") by chrono-node with
 * the message's language. Times without a zone are read in the owner's zone; a zone written
 * next to the time wins.
 */

// "Please confirm by Thursday 5 PM": a reply deadline, not the interview.
// (The weekday in any of the languages: "bis Freitag, 08.01., 12 Uhr".)
const DEADLINE_BEFORE = new RegExp(
  String.raw`\b(?:by|before|until|no later than|deadline(?: is)?|due|bis(?: zum| spätestens)?|spätestens|avant(?: le)?|d'ici(?: le)?|antes de(?:l)?|hasta(?: el)?|entro(?: il)?|uiterlijk|até)\s*(?:the\s*|le\s*|el\s*)?(?:(?:${WEEKDAY_PATTERN}),?\s*(?:the\s*|den\s*)?)?$`,
  "iu",
);

// "slots are available Monday to Friday, 10 AM to 6 PM": the end of a range of weekdays is a
// window to pick from, not a time set.
const WINDOW_BEFORE =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?\s*(?:to|through|thru|-|–|—)\s*$/i;

/** Whether the 30 characters before `matched` in `text` end as `before` says. */
function saidAfter(text: string, matched: string, before: RegExp): boolean {
  const at = text.indexOf(matched);
  return at > 0 && before.test(text.slice(Math.max(0, at - 30), at));
}

// "14h", "10h30": French, Portuguese and Spanish clocks, read as "14:00", "10:30".
const H_CLOCK = String.raw`(\d{1,2}) ?h ?(\d{2})?(?![\p{L}\d])`;
const H_CLOCK_ANYWHERE = new RegExp(String.raw`\b${H_CLOCK}`, "gu");
const H_CLOCK_AFTER_AT = new RegExp(
  String.raw`(?<![\p{L}])((?:às|as|à|a las|a la|um|at|vers|dès|alle|om|from|de|das|desde)\s+)${H_CLOCK}`,
  "giu",
);
const asClock = (h: string, mm?: string): string => `${h}:${mm ?? "00"}`;
// "environ 1h30", "etwa 1 h", "cerca de 2h": a length of time, not a clock. (Hours of one digit
// up to four only: "vers 10h30" and "rond 9h" are clocks.)
const ABOUT_HOURS = new RegExp(
  String.raw`(?<![\p{L}])(?:environ|env\.|approx(?:\.|imately)?|about|roughly|ca\.|circa|etwa|ungefähr|ungefahr|rund|aproximadamente|aprox\.|cerca de|durante|pendant|durant|ongeveer|plus ou moins)\s+[1-4] ?h(?: ?\d{2})?(?![\p{L}\d])`,
  "giu",
);
// "(étude de cas, 1 h 30 avec deux architectes)": a length in an aside, after a comma or a bracket
// and before "with" or the bracket's end, is no clock.
const ASIDE_HOURS = new RegExp(
  String.raw`(?<=[(,]\s?)[1-4] ?h ?\d{2}(?=\s+(?:avec|with|mit|con|com|met|en|in|de|di|of)\b|\s*\))`,
  "giu",
);
/** Spaces in place of `s`, so positions in the text still line up. */
const blank = (s: string): string => " ".repeat(s.length);

/** The text with lengths of time ("environ 1h30", "(…, 1 h 30 avec …)") blanked: they are no clocks. */
const withoutLengths = (text: string): string => text.replace(ABOUT_HOURS, blank).replace(ASIDE_HOURS, blank);

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const PICTOGRAPHS = /\p{Extended_Pictographic}\uFE0F?/gu;

// "… the original slot (Thursday 18.02., 9:00) no longer stands": after a move the last time is
// read, unless the text labels the new one ("neuer Termin ist Freitag, 19. Februar, um 14:00").
const NEW_TIME_LABEL = String.raw`neuer termin(?: ist|:)|new (?:time|date|slot)(?: is|:)|nouvelle date(?: est| ?:)|nouvel horaire(?: est| ?:)|nueva fecha(?: es|:)|nova data(?: é|:)|nuova data(?: è|:)|nieuwe datum(?: is|:)|nieuw tijdstip(?: is|:)|(?:nuevo horario|novo horário|novo horario|nuovo orario|nouvel horaire)(?: (?:para|pour|per) [^:\n]{1,40})?:`;
const CONFIRMED_FOR = new RegExp(String.raw`\bconfirmed for\b|${NEW_TIME_LABEL}`, "i");
const CONFIRMED_BEFORE = new RegExp(
  String.raw`(?:\b(?:you(?:'re| are) confirmed for|confirmed for|booked for|locked in for)|${NEW_TIME_LABEL})\s+(?:\p{L}+,?\s+)?$`,
  "iu",
);
const WEEKDAY_ABBREVIATION_BEFORE_DATE =
  /(?<![\p{L}])(?:seg|ter|qua|qui|sex|sáb|sab|dom|lun|mié|mie|jue|vie|mer|jeu|ven|sam|dim|gio|mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo)\.? (?=\d{1,2}[./]\d{1,2})/giu;
const DATE_DOT_TIME =
  /(\d{4}|\b\d{1,2}(?:st|nd|rd|th)?(?: \p{L}{3,9}\.?)?)\s*[·•|]\s*(?=\d{1,2}[:.h]\d{2}|\d{1,2}\s?(?:am|pm)\b)/giu;
// "December 15, 2026 – 5:00 PM JST": a dash after a year or a day and month, before a clock (a
// bare number before a dash is as often the start of a range, "9 – 10:30").
const DATE_DASH_TIME =
  /(\b(?:19|20)\d{2}|\b\d{1,2}(?:st|nd|rd|th)? \p{L}{3,9}\.?|\b\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?)\s+[–—]\s+(?=\d{1,2}[:.h]\d{2}|\d{1,2}\s?(?:am|pm)\b)/giu;
// "Wed 20 Jan, 10–11am": a date, a comma, and an hour range whose end carries the am or pm.
const DATE_COMMA_RANGE =
  /(\b\d{1,2} \p{L}{3,9}\.?|\b\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?),\s+(?=\d{1,2}(?:[:.]\d{2})?\s*[-–—]\s*\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b)/giu;

// "3. Februar 2027, Beginn 8:30 Uhr", "15 mars, début : 9h30": a start label between the date and
// the time is read as "at".
const DATE_START_TIME =
  /(\b(?:19|20)\d{2}|\b\d{1,2}\.? \p{L}{3,9}\.?),?\s+(?:beginn|aanvang|d[ée]but|inicio|in[ií]cio|inizio|start(?: time)?)\s*:?\s+(?=\d{1,2}[:.h]\d{2})/giu;
// "… on Monday, February 8. Please plan to arrive at 9:30 AM", "am Donnerstag, 14. Januar bei uns
// zu begrüßen. Bitte seien Sie um 9:15 Uhr da": the day closes one sentence, when to come opens
// the next; read as "<date> at <clock>".
const DATE_THEN_ARRIVE =
  /(\b\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th|er|º)?\.? \p{L}{3,9}|\b(?:19|20)\d{2})[^.!?\n\d]{0,40}[.!]\s+(?:please |kindly |bitte |merci d'|por favor,? |graag |si prega di |favor )?(?:plan to |aim to |try to )?(?:arrive|be (?:there|here|at (?:our )?reception)|check in|arriver|se présenter|seien sie|sei|llegar|llega|llegue|chegar|chegue|aanwezig zijn|arrivare|presentarsi)(?: at| by| around| à| vers| um| gegen| a las| às| om| alle)?\s+(?=\d{1,2}(?:[:.h]\d{2}|\s?(?:am|pm|uhr|h)\b))/giu;

/**
 * Clock and date spellings the readers miss, rewritten to ones they know: "om 10.00 uur" and
 * "alle ore 10" (10:00), and a German day and month with no year ("am 09.12. um 14:30"), which
 * gets the year of its next occurrence.
 */
function spelledClocks(text: string, refMs: number): string {
  if (!/\d/.test(text)) return text;
  let out = regionalClocks(text, refMs);
  if (/\d\.\d\d/.test(out))
    out = out
      .replace(/\b(om|um|van|tot|vanaf|von|bis|alle|at|from|to)\s(\d{1,2})\.(\d{2})(?![.\d])/gi, "$1 $2:$3")
      .replace(/\b(\d{1,2})\.(\d{2})\s?(uur|uhr)\b/gi, "$1:$2 $3");
  // "van 10:00 tot 11:00", "von 10 bis 11 Uhr", "dalle 10 alle 11", "das 10h às 11h", "van 16:00
  // tot ca. 22:00": the range opener as "at".
  out = out.replace(
    /\b(van|von|dalle|das|de|from)\s(?=\d{1,2}(?:[:.h]\d{2})?\s?(?:uhr|h)?\s*(?:tot|bis|alle|às|as|à|a|to|-|–)\s*(?:(?:ca\.?|circa|ongeveer|etwa|environ|approx\.?|aprox\.?)\s*)?\d)/gi,
    (_, w: string) =>
      ({ van: "om ", von: "um ", dalle: "alle ", das: "às ", de: "à ", from: "at " })[w.toLowerCase()] ??
      "at ",
  );
  // "10 heures", "10 uur", "10 de la mañana", "(8/12)", "a.s.", "prochain": spellings around a slot.
  // Each rewrite needs words most texts lack, so a lower-cased copy is asked first instead of
  // scanning once per rewrite. (No character but an ASCII letter matches one of those words'
  // letters case-insensitively, and lower-casing maps every ASCII letter to its lower case.)
  let lower = out.toLowerCase();
  const rewrite = (words: readonly string[], re: RegExp, to: string): void => {
    if (!words.some((w) => lower.includes(w))) return;
    const next = out.replace(re, to);
    if (next !== out) {
      out = next;
      lower = out.toLowerCase();
    }
  };
  rewrite(["heure", "uur"], /\b(\d{1,2}) (?:heures?|uur)\b/gi, "$1:00");
  rewrite(["de la ma"], /\b(\d{1,2}) de la ma(?:ñ|n)ana\b/gi, "$1:00");
  rewrite(["("], /\((\d{1,2}[./]\d{1,2}\.?)\)/g, " $1");
  rewrite(["("], /\b(\d{1,2}[./]\d{1,2})\s*\(([\p{L}-]{4,14})\)/gu, "$2, $1");
  rewrite([". m."], /\b([ap])\. m\./gi, "$1m");
  // "Tuesday 1/26, same time (9:00 AM CT)": the new day keeps the time written next to it.
  rewrite(["same time"], /,?\s+same time[,:]?\s*\(?(?=\d)/gi, " at ");
  rewrite([" a.s."], / a\.s\.(?= )/gi, "");
  rewrite(["prochain"], /(\p{L}) prochaine?\b/giu, "$1");
  // "el martes que viene", "terça que vem", "martedì prossimo": the coming weekday, as "mardi
  // prochain" is ("la settimana prossima", a week, keeps its word).
  rewrite(["que vi", "que vem"], /(\p{L}) que (?:viene|vem)\b/giu, "$1");
  rewrite(["prossim"], /\b((?:lune|marte|mercole|giove|vener)d[iì]|sabato|domenica) prossim[oa]\b/giu, "$1");
  if (/\bore \d/i.test(out)) out = out.replace(/\b(alle )?ore (\d{1,2})(?![\d:]|\.\d)/gi, "alle $2:00");
  // "seg 15/03 às 10h", "Mi. 17.03.": a weekday's abbreviation before a numeric date adds
  // nothing the date does not say, and the readers know the full names only.
  if (/\d[./]\d/.test(out) && /\b\p{L}{2,4}\.? \d{1,2}[./]\d{1,2}/u.test(out))
    out = out.replace(WEEKDAY_ABBREVIATION_BEFORE_DATE, "");
  // "giovedì 11 marzo alle 16": an hour alone after "alle" is a clock.
  rewrite(["alle "], /\balle (\d{1,2})(?=[\s?!,;)]|$)(?!\s*(?:e|,) ?\d)/gi, "alle $1:00");
  if (/\d\.\d{1,2}\.[\s,]/.test(out)) {
    const ref = new Date(refMs);
    out = out.replace(
      /\b(\d{1,2})\.(\d{1,2})\.(?=\s*,?\s*(?:um|-|–)?\s*\d{1,2}(?:[:.]\d{2}|\s?uhr))/gi,
      (all, d: string, m: string) => {
        const month = Number(m);
        if (month < 1 || month > 12) return all;
        const year = ref.getUTCFullYear() + (month < ref.getUTCMonth() ? 1 : 0);
        return `${d}.${m}.${year}`;
      },
    );
  }
  return out;
}

const HOUR_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/**
 * English clock phrases ("half past two", "quarter to ten") as digits; the readers only know
 * digits. Said without morning or evening, one to six o'clock in a working day is afternoon.
 */
function wordClocks(text: string): string {
  return text
    .replace(
      // "at half nine" (British): half past nine.
      /\b(at|from|around|about|by) half (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:past|an? |hours?|days?))/gi,
      (all, before: string, h: string) => `${before} half past ${h}`,
    )
    .replace(
      /\b(half past|quarter past|quarter to) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s*(?:a\.?m\b|p\.?m\b|in the morning|in the evening))/gi,
      (all, kind: string, h: string) => {
        const said = HOUR_WORDS[h.toLowerCase()] ?? Number(h);
        if (!(said >= 1 && said <= 12)) return all;
        const k = kind.toLowerCase();
        const hour = k === "quarter to" ? (said === 1 ? 12 : said - 1) : said;
        const minute = k === "quarter to" ? "45" : k === "half past" ? "30" : "15";
        return `${hour}:${minute}${hour >= 1 && hour <= 6 ? " pm" : ""}`;
      },
    );
}

// "Would Thursday week at 2pm suit you?": a weekday then "week" (British) is a week after that
// weekday's next occurrence (today, if it is that day); it is written as the date it is.
// ("A week from Friday", as Americans say it, is the same day.)
const WEEKDAY_WEEK =
  /\b(?:a week from (?:this )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|(sunday|monday|tuesday|wednesday|thursday|friday|saturday) week\b(?!\s*(?:day|end|ly|s)\b))/gi;
// "February 11, 2027": how the date of "Thursday week" is written for the readers.
const LONG_DATE = new Intl.DateTimeFormat("en-US", {
  month: "long",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
// "Date: Tomorrow / Time: 4:30 PM IST", "Data: quinta-feira, 14/01 / Horário: 15h": a template's
// date field and the clock in the field below, read as one "<date> at <clock>". On-site days
// label the clock by when to come ("New date: … / Arrival: 9:00 AM", "Ankunft: 9 Uhr").
const DATE_TIME_FIELDS =
  /\b((?:date|datum|fecha|data)\s*:\s*[^\n]{3,40}?)[ \t]*\n\s*(?:(?:start|arrival|check-in|interview|new) time|(?:new )?time|uhrzeit|zeit|heure(?: d'arrivee| d'arrivée)?|horaire|hora(?: de (?:llegada|chegada))?|horario|horário|ora(?: di arrivo)?|orario|tijd|arrival|ankunft|beginn|aankomst|llegada|chegada|arrivo|arrivee|arrivée|start|starts)\s*:\s*/gi;
// "09:00 - 09:30 (Central European Time), Wednesday, 9 December 2026": a zone's long name in
// brackets, as booking tools write it, read as its short one.
const LONG_ZONE =
  /\((central european(?: standard| summer)? time|eastern(?: standard| daylight)? time|central(?: standard| daylight)? time|mountain(?: standard| daylight)? time|pacific(?: standard| daylight)? time|india standard time|greenwich mean time|british summer time)\)/gi;
const ZONE_ABBREVIATION: Record<string, string> = {
  "central european time": "CET",
  "eastern time": "ET",
  "central time": "CT",
  "mountain time": "MT",
  "pacific time": "PT",
  "india time": "IST",
  "greenwich mean time": "GMT",
  "british time": "BST",
};
// "[18/01/27, 19:55] Elisa (HR):": when a forwarded chat message was sent, not a time it names.
const CHAT_STAMP =
  /^[^\S\n]*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\]/gim;
// "Datum Mittwoch, 24.02.2027 / Uhrzeit 10:30 – 15:00 Uhr": a table's rows read as text, labels
// without colons, each at the start of its line and the time row opening with its clock.
// (Only a date that opens with a word, its weekday: "Date 03/02/2027" alone is left to the readers
// that know which way round the numbers go.)
const DATE_TIME_ROWS =
  /(?<=^|\n)([ \t]*(?:date|datum|fecha|data)[ \t]+\p{L}[^\n]{2,40}?)[ \t]*\n[ \t]*(?:uhrzeit|zeit|time|heure|hora|horario|orario|ora|tijd)[ \t]+(?=\d)/giu;
// "Arrival: 08:45 for a 09:00 start": the start is the second clock.
const ARRIVAL_FOR_START =
  /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)? for an? (\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?) start\b/gi;
// ", accueil à 9h00", ", arrival at 8:45": a word for being received between a date and its clock.
const WELCOME_AT =
  /,[^\S\n]*(?:accueil|arrivée|arrivee|arrival|check-in|ankunft|empfang|llegada|chegada|arrivo|aankomst|ontvangst)[^\S\n]+(?=(?:à|a|at|um|om|alle|às|as|a las)[^\S\n]+\d)/gi;
// "Duração: 1h30", "Dauer: 1h": a labelled duration is no clock.
const DURATION_FIELD =
  /\b(?:duração|duracao|duration|dauer|durée|duree|duración|duracion|durata|duur)\s*:[^\S\n]*[^\n]*/gi;

/**
 * How booking tools and chats write around a slot, as the readers read it: a chat message's own
 * time stamp blanked, a zone's long name in brackets shortened, an arrival before the start dropped.
 */
function bookingForms(text: string): string {
  let out = text.includes("[") ? text.replace(CHAT_STAMP, blank) : text;
  if (/time\)/i.test(out))
    out = out.replace(
      LONG_ZONE,
      (all, name: string) =>
        `(${ZONE_ABBREVIATION[name.toLowerCase().replace(/ (?:standard|daylight|summer) /, " ")] ?? name})`,
    );
  // "mardi 2 mars 2027, accueil à 9h00": the welcome is when the day starts.
  if (out.includes(",")) out = out.replace(WELCOME_AT, ", ");
  return / start\b/i.test(out) ? out.replace(ARRIVAL_FOR_START, "$1") : out;
}

/** Days the readers miss, as they read them: "February 11, 2027", "Tomorrow at 4:30 PM". */
function relativeLabels(text: string, refMs: number, zone: string): string {
  return text
    .replace(WEEKDAY_WEEK, (all, from: string | undefined, named: string | undefined) => {
      const day = from ?? named ?? "";
      const w = epochToWallClock(refMs, zone);
      const today = Date.UTC(w.year, w.month - 1, w.day);
      if (!Number.isFinite(today)) return all;
      // ("Monday week" said on a Monday is a week today.)
      const ahead = ((weekdayOf(day.toLowerCase()) ?? 0) - new Date(today).getUTCDay() + 7) % 7;
      return LONG_DATE.format(today + (ahead + 7) * 86_400_000);
    })
    .replace(DATE_TIME_FIELDS, "$1 at ")
    .replace(DATE_TIME_ROWS, "$1 at ")
    .replace(DURATION_FIELD, blank);
}

const NUMBER_WORDS: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  eins: 1,
  zwei: 2,
  drei: 3,
  funf: 5,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  neun: 9,
  zehn: 10,
  zwolf: 12,
  zwölf: 12,
  una: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  undici: 11,
  dodici: 12,
};
// "om half drie", "um halb drei": half an hour before the hour named (14:30).
const HALF_BEFORE =
  /\b(om |um )?(?:half|halb) (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|eins|zwei|drei|vier|f[uü]nf|sechs|sieben|acht|neun|zehn|elf|zw[oö]lf)\b/gi;
// "alle due e mezza del pomeriggio", "alle tre": an Italian hour in words.
const ITALIAN_HOUR =
  /\b(alle |all')(una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici)(?: e (mezza|mezzo|un quarto|trenta|quindici|tre quarti))?(?: (del pomeriggio|di pomeriggio|della sera|di sera|del mattino|di mattina))?\b/gi;

/** A clock said in words, as digits: without morning or evening, one to six is afternoon. */
function clockOf(hour: number, minute: number, evening: boolean | null): string {
  const h =
    evening === true && hour < 12 ? hour + 12 : evening === null && hour >= 1 && hour <= 6 ? hour + 12 : hour;
  return `${h}:${String(minute).padStart(2, "0")}`;
}

/** Dutch, German and Italian clocks in words ("half drie", "halb drei", "alle due e mezza"). */
function hoursInWords(text: string): string {
  return text
    .replace(HALF_BEFORE, (all, at: string | undefined, word: string) => {
      const n = NUMBER_WORDS[word.toLowerCase()];
      if (!n) return all;
      return `${at ?? ""}${clockOf(n === 1 ? 12 : n - 1, 30, null)}`;
    })
    .replace(
      ITALIAN_HOUR,
      (all, _at: string, word: string, part: string | undefined, when: string | undefined) => {
        const n = NUMBER_WORDS[word.toLowerCase()];
        if (!n) return all;
        const p = (part ?? "").toLowerCase();
        const minute =
          p.startsWith("mezz") || p === "trenta"
            ? 30
            : p === "un quarto" || p === "quindici"
              ? 15
              : p === "tre quarti"
                ? 45
                : 0;
        const w = (when ?? "").toLowerCase();
        const evening = w ? /pomeriggio|sera/.test(w) : null;
        // ("all'una" is written "alle 13:30", as the readers know it.)
        return `alle ${clockOf(n, minute, evening)}`;
      },
    );
}

export type Lang = "en" | "fr" | "de" | "es" | "pt" | "nl" | "it";

export interface FoundTime {
  start: string;
  end: string | null;
  /** Character index in the text, so callers can prefer the earliest. */
  index: number;
  text: string;
}

function finish(c: Candidate): FoundTime | null {
  if (!validWall(c.wall)) return null;
  const ms = wallClockToEpoch(c.wall, c.zone);
  const start = formatWithOffset(ms, c.zone);
  if (!start) return null;
  let end: string | null = null;
  if (c.endWall && validWall(c.endWall)) {
    let endMs = wallClockToEpoch(c.endWall, c.zone);
    if (endMs <= ms) endMs += 24 * 3_600_000;
    end = formatWithOffset(endMs, c.zone);
  }
  return { start, end, index: c.index, text: c.text };
}

const RANGE_GAP = /^\s*(?:[-–—]|to|bis|au|à|a|al|hasta|tot|até|ate|fino a|alle)\s*$/i;

/**
 * "16/03/2027 10:00:00 – 16/03/2027 11:15:00": a calendar tool writes both ends of a slot in full,
 * and the second is the end of the first, not another time (after a move, the last time is read).
 */
function joinRanges(found: Candidate[], text: string): Candidate[] {
  if (found.length < 2) return found;
  const sorted = [...found].sort((a, b) => a.index - b.index);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (
      prev &&
      !prev.endWall &&
      prev.wall.year === c.wall.year &&
      prev.wall.month === c.wall.month &&
      prev.wall.day === c.wall.day &&
      prev.index + prev.text.length <= c.index &&
      RANGE_GAP.test(text.slice(prev.index + prev.text.length, c.index))
    ) {
      out[out.length - 1] = { ...prev, endWall: c.wall };
      continue;
    }
    out.push(c);
  }
  return out;
}

// "4.30pm": a British clock, a dot before am or pm.
const DOTTED_AM_PM = /\b(\d{1,2})\.(\d{2})\s?([ap]\.?m\b)/gi;

const NEXT_THEN_DATE =
  /\b(?:prochaine?|próxim[oa]|proxim[oa]|next|nächste[nrs]?|naechste[nrs]?|prossim[oa]|volgende|siguiente)\s*\((\s*\d{1,2}[^()\n]{0,20})\)/giu;

// "amanhã (quinta-feira, 3/12) às 14h": a bracket after a relative day that only names that day
// again (its weekday, its date or both) keeps the readers from joining the day to its clock.
const RELATIVE_THEN_BRACKET =
  /\b(?:tomorrow|today|amanh[ãa]|hoje|demain|aujourd'hui|ma[ñn]ana|hoy|morgen|heute|domani|oggi|vandaag)\s*(\((?:\s*\p{L}+(?:-feira)?\.?,?)?(?:\s*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?\s*\))/giu;

// "dia 16/12 (quarta-feira), às 10h", "16/12, quarta-feira, às 10h": a weekday after a day and
// month in digits keeps the readers from joining the date to its clock (chrono then reads the
// weekday alone, a week early); it is written before the date, where they read it.
const NUMERIC_DATE_THEN_WEEKDAY = new RegExp(
  String.raw`(?<![\d/.])(\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)(?:\s*\(\s*(${WEEKDAY_PATTERN})\.?\s*\)|,\s+(${WEEKDAY_PATTERN})(?![\p{L}]),?)`,
  "giu",
);

function blankBracket(whole: string, bracket: string): string {
  return whole.slice(0, whole.length - bracket.length) + " ".repeat(bracket.length);
}

function blankNext(whole: string, date: string): string {
  const open = whole.indexOf("(");
  return `${" ".repeat(open + 1)}${date} `;
}

/**
 * The first concrete time in the text at or after `notBefore` (a day of slack for reminders),
 * or the last one when the text announces a move ("rescheduled from A to B").
 */
export function findStart(
  rawText: string,
  lang: Lang | (() => Lang),
  refMs: number,
  ownerZone: string,
  preferLast: boolean | (() => boolean),
): FoundTime | null {
  // Both may be passed as questions: they are asked only when the times found leave a choice,
  // and most messages state one time or none.
  let prefersLastAnswer = typeof preferLast === "boolean" ? preferLast : undefined;
  const prefersLast = (): boolean =>
    (prefersLastAnswer ??= typeof preferLast === "boolean" ? preferLast : preferLast());
  // "14h", "10h30", "10 Uhr" become clock times the patterns read; the length change only
  // shifts positions, which are used for ordering.
  // Booking tools separate the date from the time with a dot or bar ("Wed 16 Dec 2026 · 18:00–19:00"),
  // which the prose reader does not join; "at" does.
  // "📅 Quinta-feira, 21/01 🕑 às 14h": pictographs decorate a slot and hide "às 14h" from the
  // readers; they are blanked (keeping positions).
  // "16 февраля 2027 г., 15:00", "19 בינואר 2027, בשעה 11:00": other scripts' dates, in English.
  // "le jeudi dix-sept décembre deux mille vingt-six, à dix heures": a formal convocation's date
  // and time in words, in digits.
  const scripted = otherScriptDates(numbersInWords(rawText));
  const plain = PICTOGRAPH.test(scripted) ? scripted.replace(PICTOGRAPHS, blank) : scripted;
  // "jeudi prochain (4 février) à 11h": the date in brackets says which Thursday; the word for
  // "next" and the brackets are blanked so the readers see "jeudi 4 février à 11h".
  // (Only a bracket that opens with a digit can hold such a date.)
  const nextDated = /\(\s*\d/.test(plain) ? plain.replace(NEXT_THEN_DATE, blankNext) : plain;
  const bracketed = nextDated.includes("(")
    ? nextDated.replace(RELATIVE_THEN_BRACKET, blankBracket)
    : nextDated;
  const dated = /\d[./]\d{1,2}(?:[./]\d{2,4})?(?:\s*\(|,\s)/.test(bracketed)
    ? bracketed.replace(
        NUMERIC_DATE_THEN_WEEKDAY,
        (_, date: string, inBracket?: string, after?: string) => `${inBracket ?? after ?? ""}, ${date}`,
      )
    : bracketed;
  // "Would 4.30pm SGT on Wednesday 20 January work?": British clocks put a dot before am or pm.
  const clocks = /\d\.\d\d\s?[ap]\.?m\b/i.test(dated) ? dated.replace(DOTTED_AM_PM, "$1:$2$3") : dated;
  // "segunda-feira, 1º/03": the first of the month written with its ordinal sign.
  const days = /\d[º°ª]\//.test(clocks) ? clocks.replace(/(\d{1,2})[º°ª](?=\/\d)/g, "$1") : clocks;
  const english = /\b(?:past|quarter|half)\b/i.test(days) ? wordClocks(days) : days;
  const worded = /\b(?:half |halb |alle |all')/i.test(english) ? hoursInWords(english) : english;
  const labelledDays = /week|date|datum|fecha|data|dur|dauer/i.test(worded)
    ? relativeLabels(worded, refMs, ownerZone)
    : worded;
  const booked = bookingForms(labelledDays);
  // (Given to chrono as well, which reads "Wed 20 Jan at 10–11am" but not the comma.)
  const text =
    /,\s+\d/.test(booked) && /\d\s*[ap]\.?m\b/i.test(booked)
      ? booked.replace(DATE_COMMA_RANGE, "$1 at ")
      : booked;
  const labelled = /beginn|aanvang|but|nicio|inizio|start/i.test(text)
    ? text.replace(DATE_START_TIME, "$1 at ")
    : text;
  const arriving =
    /arriv|be there|be here|reception|check in|présent|seien|sei |lleg|cheg|aanwezig|presentarsi/i.test(
      labelled,
    )
      ? labelled.replace(DATE_THEN_ARRIVE, "$1 at ")
      : labelled;
  const dotted = /[·•|]/.test(arriving) ? arriving.replace(DATE_DOT_TIME, "$1 at ") : arriving;
  const joined = spelledClocks(
    // (Each pattern is run only where a cheap test finds what every match of it holds.)
    /\s[–—]\s+\d/.test(dotted) ? dotted.replace(DATE_DASH_TIME, "$1 at ") : dotted,
    refMs,
  );
  const clocked = /\d ?h|uhr/i.test(joined)
    ? withoutLengths(joined)
        .replace(H_CLOCK_ANYWHERE, (_, h: string, mm?: string) => asClock(h, mm))
        // "10 Uhr" is ten o'clock; in "10:00 Uhr" the minutes are no hour.
        .replace(/(?<![:.])\b(\d{1,2})\s?uhr\b/gi, "$1:00")
    : joined;
  // Every pattern needs a digit (a day or an hour) on its line; the others are skipped.
  const digitLines = clocked
    .split("\n")
    .filter((line) => /\d/.test(line))
    .join("\n");
  const candidates = joinRanges(structured(digitLines, refMs, ownerZone), digitLines);
  for (const r of relativeTimes(digitLines, refMs, ownerZone)) candidates.push({ ...r, endWall: null });
  const structuredCount = candidates.length;
  if ((structuredCount === 0 || (structuredCount < 2 && prefersLast())) && CLOCK_IN_TEXT.test(clocked)) {
    // chrono reads "às 10h" as ten hours from now: a clock after "at" is given as "10:00" and a
    // duration ("~1h") is blanked. (The other rewrites are not given to chrono: "1h" alone is as
    // often a duration.)
    const hClocks = /\d ?h/i.test(text)
      ? withoutLengths(
          text
            .replace(H_CLOCK_AFTER_AT, (_, at: string, h: string, mm?: string) => `${at}${asClock(h, mm)}`)
            .replace(/[~≈]\s?\d{1,2} ?h\b/gu, blank),
        )
      : text;
    // chrono only sees lines that could hold a time (a digit or a relative day word); the
    // others are blanked so positions still line up with the text.
    const timeLines = hClocks
      .split("\n")
      .map((line) =>
        /\d|tomorrow|demain|morgen|mañana|manana|amanhã|amanha|domani|noon|midi/i.test(line)
          ? line
          : blank(line),
      )
      .join("\n");
    const language = typeof lang === "function" ? lang() : lang;
    candidates.push(...viaChrono(timeLines, language, refMs, ownerZone));
    if (language !== "en" && candidates.length === structuredCount)
      candidates.push(...viaChrono(timeLines, "en", refMs, ownerZone));
  }
  // Only the first time that holds is wanted (or the last, after a move): the candidates are put
  // in text order (a stable sort) and read from either end until one holds.
  candidates.sort((a, b) => a.index - b.index);
  const holds = (c: Candidate): FoundTime | null => {
    // 23:59 is a submission deadline, never a meeting.
    if (c.wall.hour === 23 && c.wall.minute === 59) return null;
    if (
      saidAfter(clocked, c.text, DEADLINE_BEFORE) ||
      isLookBack(clocked, c.text) ||
      saidAfter(clocked, c.text, WINDOW_BEFORE)
    )
      return null;
    const t = finish(c);
    return t !== null && Date.parse(t.start) >= refMs - 36 * 3_600_000 ? t : null;
  };
  // "Of the three options (…) you're confirmed for Wednesday, January 27 at 1:00 PM": of several
  // times, the one the text confirms (or labels as the new one) is the one.
  if (candidates.length > 1 && CONFIRMED_FOR.test(clocked)) {
    for (const c of candidates) {
      const at = clocked.indexOf(c.text);
      // (80 characters: "nuevo horario para tu entrevista técnica: lunes" is a label too.)
      if (at > 0 && CONFIRMED_BEFORE.test(clocked.slice(Math.max(0, at - 80), at))) {
        const t = holds(c);
        if (t) return t;
      }
    }
  }
  let first: FoundTime | null = null;
  let at = 0;
  for (; at < candidates.length && !first; at++) first = holds(candidates[at]!);
  if (!first) return null;
  for (let i = candidates.length - 1; i >= at; i--) {
    const last = holds(candidates[i]!);
    if (last) return prefersLast() ? last : first;
  }
  return first;
}
