import { epochToWallClock } from "./zonedTime";
import { isEnglishWeekday, WEEKDAY_PATTERN, weekdayOf } from "./weekdayNames";
import { zoneAfter } from "./zoneWords";
import type { Candidate } from "./templateTimes";
import type { WallClock } from "./zonedTime";

/**
 * Weekday and relative-day times as recruiters write them: "tomorrow at 3pm ET", "next Tuesday
 * at 10:30 CT", "Thursday 12/17 at 10:00", "kommenden Montag um 10 Uhr", "demain à 10h30",
 * "mañana a las 12:00". The day is counted from the message's received time in the owner's
 * zone. A fast path in front of chrono-node, which stays the fallback for everything else.
 */

// Days counted from the received date, in the seven languages.
const DAYS_AHEAD: [string, number][] = [
  [
    String.raw`day after tomorrow|apr[eè]s-demain|[uü]bermorgen|pasado ma[nñ]ana|depois de amanh[aã]|overmorgen|dopodomani`,
    2,
  ],
  [String.raw`tomorrow|demain|morgen|ma[nñ]ana|amanh[aã]|domani`, 1],
  [String.raw`today|aujourd'hui|heute|hoy|hoje|oggi|vandaag`, 0],
];
const OFFSET = DAYS_AHEAD.map(([words, days]) => [new RegExp(`^(?:${words})$`), days] as const);
const DAY_WORD = `(?:${DAYS_AHEAD.map(([words]) => words).join("|")}|${WEEKDAY_PATTERN})`;
const RELATIVE_TIME = new RegExp(
  String.raw`(?<![\p{L}])(${DAY_WORD})(?![\p{L}])\.?,?` +
    String.raw`(?:\s+(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?)?` +
    // "giovedì di questa settimana alle ore 15:00": the week named is the one the weekday falls in.
    String.raw`(?:,?\s+(?:(?:of )?this week|di questa settimana|de cette semaine|de esta semana|desta semana|dieser woche|(?:van )?deze week))?` +
    String.raw`(?:,?\s+(?:at|à|a las|a la|às|as|um|om|alle ore|alle|ore|@|-|–))?,?\s{1,3}` +
    // A clock is not followed by ".2026" or "/12": "Dienstag, 08.12.2026" names a day, not 08:12.
    String.raw`(\d{1,2})(?:[:.](\d{2}))?(?![./]\d)\s?(a\.?m\.?|p\.?m\.?|uhr|h(?!\w))?`,
  "giu",
);

/** A Candidate without an end: a weekday or relative day names no end time. */
export type RelativeCandidate = Omit<Candidate, "endWall">;

/** Weekday/relative-day times in the text, in order. */
export function relativeTimes(text: string, refMs: number, ownerZone: string): RelativeCandidate[] {
  const out: RelativeCandidate[] = [];
  const ref = epochToWallClock(refMs, ownerZone);
  const refDay = Date.UTC(ref.year, ref.month - 1, ref.day);
  const refWeekday = new Date(refDay).getUTCDay();
  RELATIVE_TIME.lastIndex = 0;
  for (let m = RELATIVE_TIME.exec(text); m && out.length < 8; m = RELATIVE_TIME.exec(text)) {
    const word = (m[1] ?? "").toLowerCase();
    const meridiem = m[7]?.toLowerCase();
    const hasClock =
      m[6] !== undefined ||
      (meridiem !== undefined && meridiem !== "h") ||
      meridiem === "h" ||
      meridiem === "uhr";
    const introduced = /(?:at|à|a las|a la|às|as|um|om|alle|ore|@)\s{1,3}\d/i.test(m[0]);
    if (!hasClock && !introduced) continue;
    let hour = Number(m[5]);
    const minute = Number(m[6] ?? 0);
    if (hour > 23 || minute > 59) continue;
    if (meridiem?.startsWith("p") && hour < 12) hour += 12;
    else if (meridiem?.startsWith("a") && hour === 12) hour = 0;
    // "Thursday at 4:30" in a work mail is the afternoon: nobody proposes 4:30 am.
    else if (!meridiem && hour >= 1 && hour <= 6 && !/\b0\d/.test(m[5] ?? "")) hour += 12;
    let dayMs: number;
    if (m[2] && m[3]) {
      // "Thursday 12/17" (US) or "quinta-feira, 10/12" (day first): the written weekday decides
      // where it can; otherwise English writes month first and the other languages day first.
      const a = Number(m[2]);
      const b = Number(m[3]);
      let year = m[4] ? Number(m[4]) : ref.year;
      if (year < 100) year += 2000;
      const dateOf = (month: number, day: number): number | null => {
        if (month < 1 || month > 12 || day < 1 || day > 31) return null;
        const ms = Date.UTC(year, month - 1, day);
        if (new Date(ms).getUTCDate() !== day) return null;
        return !m[4] && ms < refDay - 2 * 86_400_000 ? Date.UTC(year + 1, month - 1, day) : ms;
      };
      const us = dateOf(a, b);
      const dayFirst = dateOf(b, a);
      const weekday = weekdayOf(word);
      const isWeekday = (ms: number | null): boolean =>
        ms !== null && weekday !== undefined && new Date(ms).getUTCDay() === weekday;
      const english = isEnglishWeekday(word);
      const pick =
        isWeekday(us) && !isWeekday(dayFirst)
          ? us
          : isWeekday(dayFirst) && !isWeekday(us)
            ? dayFirst
            : english
              ? (us ?? dayFirst)
              : (dayFirst ?? us);
      if (pick === null) continue;
      dayMs = pick;
    } else {
      const offset = OFFSET.find(([re]) => re.test(word))?.[1];
      if (offset !== undefined) {
        dayMs = refDay + offset * 86_400_000;
      } else {
        const weekday = weekdayOf(word);
        if (weekday === undefined) continue;
        let ahead = (weekday - refWeekday + 7) % 7;
        if (ahead === 0) ahead = 7;
        dayMs = refDay + ahead * 86_400_000;
      }
    }
    const d = new Date(dayMs);
    const wall: WallClock = {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour,
      minute,
    };
    const zone = zoneAfter(text, m.index + m[0].length) || ownerZone;
    out.push({ wall, zone, index: m.index, text: m[0] });
  }
  return out;
}
