import { parseCivilDate } from "./civilDate";
import { zoneOffsetMs } from "./zonedParts";

const HOUR_MS = 3_600_000;

/**
 * The instant at which the wall clock in `timeZone` shows `date` plus `minutes` after midnight
 * (minutes may pass 1440 for shifts that end the next day).
 *
 * DST edges follow the "compatible" rule of Temporal and of Outlook itself: a time that does not
 * exist (the spring-forward gap) moves forward by the length of the gap, and a time that exists
 * twice (the fall-back hour) resolves to the earlier instant. The detector keeps its own
 * wallClockToEpoch (src/core/detection/zonedTime.ts), which resolves those edges differently and
 * whose detected starts are pinned to it.
 */
export function zonedToInstant(date: string, minutes: number, timeZone: string): number {
  const { year, month, day } = parseCivilDate(date);
  const wallAsUtc = Date.UTC(year, month - 1, day) + Math.round(minutes * 60_000);
  // Zones change offset at most once within a day, so the offsets a day apart bracket any change.
  const before = zoneOffsetMs(wallAsUtc - 24 * HOUR_MS, timeZone);
  const after = zoneOffsetMs(wallAsUtc + 24 * HOUR_MS, timeZone);
  if (before === after) return wallAsUtc - before;
  const earlier = wallAsUtc - Math.max(before, after);
  const later = wallAsUtc - Math.min(before, after);
  const fits = (candidate: number, offset: number) => zoneOffsetMs(candidate, timeZone) === offset;
  const offsetOfEarlier = Math.max(before, after);
  const offsetOfLater = Math.min(before, after);
  if (fits(earlier, offsetOfEarlier)) return earlier;
  if (fits(later, offsetOfLater)) return later;
  // In the gap: read the wall time with the offset in force before the change, which lands after it.
  return wallAsUtc - before;
}

/**
 * zonedToInstant for many times on one day (a shift, its breaks): when the zone's offset is the same
 * from the day before to two days after, every time of the day, even past midnight, maps with it and
 * two Intl calls serve them all. Days with a change take the exact path for each time.
 */
export function zonedDayClock(date: string, timeZone: string): (minutes: number) => number {
  const { year, month, day } = parseCivilDate(date);
  const midnight = Date.UTC(year, month - 1, day);
  const before = zoneOffsetMs(midnight - 24 * HOUR_MS, timeZone);
  const after = zoneOffsetMs(midnight + 72 * HOUR_MS, timeZone);
  if (before === after) return (minutes) => midnight + Math.round(minutes * 60_000) - before;
  return (minutes) => zonedToInstant(date, minutes, timeZone);
}
