import * as chrono from "chrono-node";
import type { Lang } from "./findStart";
import type { Candidate } from "./templateTimes";
import { epochToWallClock, offsetMinutesAt, wallAsUtc } from "./zonedTime";
import type { WallClock } from "./zonedTime";
import { zoneAfter } from "./zoneWords";

/** Prose dates chrono-node reads and the faster patterns do not: the last resort of findStart. */

const CLOCK =
  /\d{1,2}(?::|h\b|h\d{2}|\.\d{2}\s*uhr|\s*uhr|\s*[ap]\.?m\b)|\b(?:at|à|a las|às|om|alle|um)\s+\d{1,2}\b|noon|midi|mittag|mediodia/i;

export const CLOCK_IN_TEXT =
  /\d{1,2}(?::\d{2}|\s?[ap]\.?m\b)|\b(?:at|à|um|a las|às|om|alle)\s\d{1,2}\b|noon|midi|mittag/i;

const PARSERS: Record<Lang, chrono.Chrono> = {
  en: chrono.en.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual as unknown as chrono.Chrono,
};

export function viaChrono(text: string, lang: Lang, refMs: number, ownerZone: string): Candidate[] {
  const parser = PARSERS[lang];
  const refOffset = offsetMinutesAt(refMs, ownerZone);
  let results: chrono.ParsedResult[];
  try {
    // chrono reads "Friday at 11:30 am CT – 30 minutes" as a range ending at :30, and skips "@".
    const prepared = text
      .replace(/\s[–—-]\s(?=\d+\s*(?:min|minutes|hours?|h)\b)/g, ". ")
      .replace(/\s@\s/g, " at ");
    results = parser.parse(
      prepared,
      { instant: new Date(refMs), timezone: refOffset },
      { forwardDate: true },
    );
  } catch {
    return [];
  }
  const out: Candidate[] = [];
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain("hour")) continue;
    // Durations ("30 min", "a second") are not clock times.
    if (!CLOCK.test(r.text)) continue;
    // A bare clock time with no day, weekday or relative word is not a concrete slot.
    const anchored =
      s.isCertain("day") ||
      s.isCertain("weekday") ||
      /\b(?:tomorrow|today|tonight|demain|aujourd|morgen|heute|mañana|manana|hoy|amanhã|amanha|hoje|domani|oggi|vandaag)\b/i.test(
        r.text,
      );
    if (!anchored) continue;
    let wall = wallOf(s);
    // "Thursday at 4:30" in a work mail is the afternoon: nobody proposes 4:30 am.
    if (!s.isCertain("meridiem") && wall.hour >= 1 && wall.hour <= 6 && !/\d{1,2}h|uhr|\b0\d:/i.test(r.text))
      wall.hour += 12;
    if (s.isCertain("weekday") && !s.isCertain("day")) {
      // A bare weekday means the next one, even if chrono picked the past one.
      let ms = wallAsUtc(wall) - refOffset * 60_000;
      while (ms < refMs - 12 * 3_600_000) ms += 7 * 86_400_000;
      wall = { ...epochToWallClock(ms + refOffset * 60_000, "UTC") };
    }
    const e = r.end;
    const endWall = e?.isCertain("hour") ? wallOf(e) : null;
    const written = zoneAfter(text, r.index + r.text.length);
    let zone = written || ownerZone;
    if (written === null && s.isCertain("timezoneOffset")) {
      // chrono read a zone we do not name (e.g. "+02:00"): keep the instant it means.
      const off = s.get("timezoneOffset") ?? 0;
      const ms = wallAsUtc(wall) - off * 60_000;
      const w = epochToWallClock(ms, ownerZone);
      out.push({ wall: w, endWall: null, zone: ownerZone, index: r.index, text: r.text });
      continue;
    }
    if (!zone) zone = ownerZone;
    out.push({ wall, endWall, zone, index: r.index, text: r.text });
  }
  return out;
}

function wallOf(c: chrono.ParsedComponents): WallClock {
  return {
    year: c.get("year") ?? 0,
    month: c.get("month") ?? 0,
    day: c.get("day") ?? 0,
    hour: c.get("hour") ?? 0,
    minute: c.get("minute") ?? 0,
  };
}
