import { epochToWallClock } from "./zonedTime";
import type { WallClock } from "./zonedTime";
import { zoneAfter } from "./zoneWords";

/**
 * Date-and-time formats that ATS and HR products print: 12-14-2026 10:00:00, 2026-12-09 from
 * 09:30, 15.12.2026 из 11:00, "Wednesday 9 December 2026 11:00 AM", "Dec. 9th, 07:30 pm",
 * "10:00am - 10:30am (Central Time) on Wednesday, January 13, 2027".
 */

/** A time read from text, before it becomes an ISO string. */
export interface Candidate {
  wall: WallClock;
  endWall: WallClock | null;
  zone: string;
  index: number;
  text: string;
}

const MONTHS: Record<string, number> = {};
[
  [
    "jan",
    "january",
    "janv",
    "januar",
    "enero",
    "ene",
    "janeiro",
    "januari",
    "gennaio",
    "gen",
    "janvier",
    "jän",
    // (Austria's January.)
    "jänner",
    "janner",
  ],
  [
    "feb",
    "february",
    "fev",
    "févr",
    "fevr",
    "februar",
    "febrero",
    "fevereiro",
    "februari",
    "febbraio",
    "février",
    "fevrier",
  ],
  ["mar", "march", "mär", "märz", "marz", "marzo", "março", "marco", "maart", "mars"],
  ["apr", "avr", "april", "abril", "aprile", "avril"],
  ["may", "mai", "mayo", "maio", "mei", "maggio"],
  ["jun", "juin", "juni", "junio", "junho", "giugno", "june"],
  ["jul", "juil", "juli", "julio", "julho", "luglio", "juillet", "july"],
  ["aug", "août", "aout", "august", "agosto", "augustus", "ago"],
  ["sep", "sept", "september", "septiembre", "setembro", "settembre", "septembre", "set"],
  ["oct", "okt", "oktober", "octubre", "outubro", "ottobre", "octobre", "out", "october"],
  ["nov", "november", "noviembre", "novembro", "novembre"],
  [
    "dec",
    "dez",
    "déc",
    "dic",
    "dezember",
    "diciembre",
    "dezembro",
    "dicembre",
    "décembre",
    "decembre",
    "december",
  ],
].forEach((names, idx) => names.forEach((n) => (MONTHS[n] = idx + 1)));
export const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

// A clock and, when written, the end of its slot ("10:00 - 10:30 am", "14h00 à 15h00"): the six
// groups clockSpan reads.
const CLOCK_SPAN =
  String.raw`(\d{1,2})(?:[:h.](\d{2}))(?::\d{2})?\s*([ap]\.?m\.?)?` +
  String.raw`(?:\s*(?:[-–—]|to|bis|à|a|al|hasta|até|tot)\s*\(?\s*(\d{1,2})(?:[:h.](\d{2}))(?::\d{2})?\s*([ap]\.?m\.?)?)?`;

// Numeric dates: ISO, or d/m/y and m/d/y with - . / separators, followed closely by a time.
const NUMERIC_DATE_TIME = new RegExp(
  String.raw`(?<!\d)(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([-./])(\d{1,2})\5(\d{4}|\d{2}))(?!\d)` +
    String.raw`(?:T|[^\d]{0,24}?)${CLOCK_SPAN}`,
  "gi",
);
// "Dec. 9th, 07:30 pm", "Wednesday 9 December 2026 11:00 AM", "15 décembre 2026 à 14:00".
const NAMED_DATE_TIME = new RegExp(
  String.raw`(?:(\d{1,2})(?:st|nd|rd|th|er|\.|º|°)?(?:\s+|-)(?:de\s+)?(${MONTH_NAMES})(?![\p{L}])\.?(?:(?:\s+|-)(?:de\s+)?(\d{4}))?|(?<![\p{L}])(${MONTH_NAMES})(?![\p{L}])\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?)` +
    String.raw`(?:,|:|\s|\||at|à|um|a las|às|pelas|pelo|om|alle|ore|from|von|de|du|del|time|heure|uhrzeit|hor[aá]rio|orario|hora|ora|tijd|when|quand|between|entre|zwischen|tussen|tra)*?\s*\(?${CLOCK_SPAN}`,
  "giu",
);

// Time first, date after: "10:00am - 10:30am (Central Time - US & Canada) on Wednesday, January 13, 2027".
const TIME_FIRST_DATE = new RegExp(
  String.raw`(?<![\d:])(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?[^\n\d]{0,45}?` +
    String.raw`\b(?:on|le|am|el|em|op|il)\s+(?:\p{L}+,?\s+)?` +
    String.raw`(?:(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(${MONTH_NAMES})(?![\p{L}])|(${MONTH_NAMES})(?![\p{L}])\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?:de\s+)?(\d{4}))?`,
  "giu",
);

// Booking tools' confirmation line: "10:00am - 10:30am (Central Time - US & Canada), Friday,
// December 18, 2026" — the slot, its zone in brackets, then the date.
const SLOT_ZONE_DATE = new RegExp(
  String.raw`(?<![\d:])(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?\s*[-–]\s*(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?\s*\([^()\n]{2,60}\),?\s+(?:\p{L}+,\s+)?(${MONTH_NAMES})(?![\p{L}])\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`,
  "giu",
);

export function to24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = /^p/i.test(meridiem);
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

export function validWall(w: WallClock): boolean {
  return (
    w.month >= 1 &&
    w.month <= 12 &&
    w.day >= 1 &&
    w.day <= 31 &&
    w.hour >= 0 &&
    w.hour <= 23 &&
    w.minute >= 0 &&
    w.minute <= 59
  );
}

/** Picks between d/m and m/d readings: the one valid and nearest after the reference date. */
function pickDayMonth(
  a: number,
  b: number,
  year: number,
  sep: string,
  refMs: number,
): [number, number] | null {
  const dm: [number, number] = [a, b];
  const md: [number, number] = [b, a];
  const ok = (d: number, m: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= 31;
  const okDm = ok(dm[0], dm[1]);
  const okMd = ok(md[0], md[1]);
  if (okDm && !okMd) return dm;
  if (okMd && !okDm) return md;
  if (!okDm) return null;
  if (sep === ".") return dm;
  const dist = (d: number, m: number): number => {
    const t = Date.UTC(year, m - 1, d);
    const diff = t - refMs;
    // Dates a little in the past are plausible (reminders), far ones are not.
    return diff >= -86_400_000 ? diff : Math.abs(diff) * 4;
  };
  return dist(dm[0], dm[1]) <= dist(md[0], md[1]) ? dm : md;
}

export function structured(text: string, refMs: number, ownerZone: string): Candidate[] {
  const found: Candidate[] = [];
  // Every pattern here ends or starts with a clock with minutes ("10:30", "14h00", "9.30"); most
  // mail has none, and a cheap test spares the four scans.
  if (!/\d[:hH.]\d\d/.test(text)) return found;
  const refYear = epochToWallClock(refMs, ownerZone).year;
  NUMERIC_DATE_TIME.lastIndex = 0;
  for (let m = NUMERIC_DATE_TIME.exec(text); m && found.length < 8; m = NUMERIC_DATE_TIME.exec(text)) {
    let year: number;
    let month: number;
    let day: number;
    if (m[1]) {
      year = Number(m[1]);
      month = Number(m[2]);
      day = Number(m[3]);
    } else {
      year = Number(m[7]);
      if (year < 100) year += 2000;
      const dm = pickDayMonth(Number(m[4]), Number(m[6]), year, m[5] ?? "-", refMs);
      if (!dm) continue;
      [day, month] = dm;
    }
    const zone = zoneAfter(text, m.index + m[0].length) || ownerZone;
    found.push({ ...clockSpan(m, 8, year, month, day), zone, index: m.index, text: m[0] });
  }
  NAMED_DATE_TIME.lastIndex = 0;
  for (let m = NAMED_DATE_TIME.exec(text); m && found.length < 16; m = NAMED_DATE_TIME.exec(text)) {
    const monthName = (m[2] ?? m[4] ?? "").toLowerCase();
    const month = MONTHS[monthName];
    if (!month) continue;
    const day = Number(m[1] ?? m[5]);
    const year = yearOf(Number(m[3] ?? m[6] ?? 0), month, day, refYear, refMs);
    const zone = zoneAfter(text, m.index + m[0].length) || ownerZone;
    found.push({ ...clockSpan(m, 7, year, month, day), zone, index: m.index, text: m[0] });
  }
  // (The last two want "10:30" itself.)
  if (!/\d:\d\d/.test(text)) return found;
  TIME_FIRST_DATE.lastIndex = 0;
  for (let m = TIME_FIRST_DATE.exec(text); m && found.length < 20; m = TIME_FIRST_DATE.exec(text)) {
    const month = MONTHS[(m[5] ?? m[6] ?? "").toLowerCase()];
    if (!month) continue;
    const day = Number(m[4] ?? m[7]);
    const year = yearOf(Number(m[8] ?? 0), month, day, refYear, refMs);
    const wall = { year, month, day, hour: to24(Number(m[1]), m[3]), minute: Number(m[2]) };
    const zone = zoneAfter(text, m.index + m[1]!.length + 3 + (m[3]?.length ?? 0)) || ownerZone;
    found.push({ wall, endWall: null, zone, index: m.index, text: m[0] });
  }
  SLOT_ZONE_DATE.lastIndex = 0;
  for (let m = SLOT_ZONE_DATE.exec(text); m && found.length < 24; m = SLOT_ZONE_DATE.exec(text)) {
    const month = MONTHS[(m[7] ?? "").toLowerCase()];
    if (!month) continue;
    const zone = zoneAfter(text, m.index + m[0].indexOf("(")) || ownerZone;
    found.push({ ...clockSpan(m, 1, Number(m[9]), month, Number(m[8])), zone, index: m.index, text: m[0] });
  }
  return found;
}

/** The year written, or with none (0) the next occurrence on or after the reference date. */
function yearOf(written: number, month: number, day: number, refYear: number, refMs: number): number {
  if (written) return written;
  return Date.UTC(refYear, month - 1, day) < refMs - 2 * 86_400_000 ? refYear + 1 : refYear;
}

/**
 * Start and end of a written slot whose groups, from `hour` on, are: hour, minute, meridiem, end
 * hour, end minute, end meridiem. In "1:00–1:45 PM" the meridiem written once applies to both ends.
 */
function clockSpan(
  m: RegExpExecArray,
  hour: number,
  year: number,
  month: number,
  day: number,
): Pick<Candidate, "wall" | "endWall"> {
  const [h, min, meridiem, endH, endMin, endMeridiem] = m.slice(hour, hour + 6);
  const startMeridiem = meridiem ?? (endH && Number(h) <= Number(endH) ? endMeridiem : undefined);
  const wall = { year, month, day, hour: to24(Number(h), startMeridiem), minute: Number(min ?? 0) };
  const endWall = endH
    ? { year, month, day, hour: to24(Number(endH), endMeridiem ?? meridiem), minute: Number(endMin ?? 0) }
    : null;
  return { wall, endWall };
}
