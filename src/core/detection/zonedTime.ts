import { findIana } from "windows-iana";
import { isValidTimeZone, toZonedIso, zoneOffsetMs } from "../time";
import type { ZonedParts } from "../time";

/**
 * Time-zone arithmetic for the detector, on top of src/core/time: offsets come from zoneOffsetMs
 * for a given instant, so DST is honoured for the date in question, never for "today". What stays
 * here is the Windows-zone mapping and the minute-granular wall clock the time readers work in,
 * cached per quarter hour because they convert many candidate times per item.
 */

/**
 * Maps a Graph zone name (Windows like "Romance Standard Time", or IANA, or "UTC") to IANA.
 * Returns null for names nobody knows.
 */
const ianaCache = new Map<string, string | null>();

export function toIanaZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  const cached = ianaCache.get(zone);
  if (cached !== undefined) return cached;
  const found = lookupIana(zone);
  // Zone names come from a small set; the cap only guards against hostile input.
  if (ianaCache.size < 2000) ianaCache.set(zone, found);
  return found;
}

function lookupIana(zone: string): string | null {
  const z = zone.trim();
  if (!z) return null;
  if (/^(?:utc|gmt|z|etc\/utc|coordinated universal time)$/i.test(z)) return "UTC";
  if (z.includes("/") && isValidTimeZone(z)) return z;
  const mapped = findIana(z);
  const first = mapped?.[0];
  if (first && isValidTimeZone(first)) return first;
  return null;
}

/** Offset of the zone from UTC, in minutes, at the given instant (ms since epoch). */
const offsetCache = new Map<string, Map<number, number>>();
let offsetCacheSize = 0;
const QUARTER_HOUR = 15 * 60_000;

export function offsetMinutesAt(epochMs: number, zone: string): number {
  if (!Number.isFinite(epochMs)) return 0;
  // Offsets only change on quarter-hour boundaries, so one lookup serves the whole quarter hour.
  const slot = Math.floor(epochMs / QUARTER_HOUR);
  let byZone = offsetCache.get(zone);
  if (!byZone) {
    byZone = new Map();
    offsetCache.set(zone, byZone);
  }
  const hit = byZone.get(slot);
  if (hit !== undefined) return hit;
  // An unknown zone reads as UTC rather than throwing: zone names come from mail and Graph.
  const value = isValidTimeZone(zone) ? Math.round(zoneOffsetMs(epochMs, zone) / 60_000) : 0;
  if (++offsetCacheSize > 100_000) {
    offsetCache.clear();
    offsetCacheSize = 0;
  }
  byZone.set(slot, value);
  return value;
}

/** A wall-clock time to the minute: the time readers never read seconds from mail. */
export type WallClock = Omit<ZonedParts, "second">;

/**
 * The instant at which the wall clock reads the given time in the zone.
 *
 * Kept apart from zonedToInstant (src/core/time) on purpose: the two choose differently at DST
 * edges. These two passes from the naive time read New York's skipped 02:30 as 01:30 EST and
 * Berlin's repeated 02:30 as the later, CET one; zonedToInstant follows Outlook's "compatible"
 * rule (03:30 EDT, the earlier CEST). Every start the detector has written depends on this one.
 */
export function wallClockToEpoch(w: WallClock, zone: string): number {
  const naive = wallAsUtc(w);
  // Two passes settle the offset for times near a DST change.
  let guess = naive - offsetMinutesAt(naive, zone) * 60_000;
  guess = naive - offsetMinutesAt(guess, zone) * 60_000;
  return guess;
}

/** The instant at which a UTC wall clock would read this time: the start of zone arithmetic. */
export function wallAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
}

/**
 * The wall clock of an instant in a zone, to the minute. Kept apart from zonedParts
 * (src/core/time), which formats on every call and reads seconds: this one is served by the
 * quarter-hour offset cache, as the time readers convert many candidates per item. (Before time
 * zones, local mean time offsets carry seconds and the two can differ by a minute.)
 */
export function epochToWallClock(epochMs: number, zone: string): WallClock {
  const shifted = new Date(epochMs + offsetMinutesAt(epochMs, zone) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** ISO 8601 with the zone's offset at that instant, e.g. 2026-12-03T14:00:00-05:00. */
export function formatWithOffset(epochMs: number, zone: string): string | null {
  if (!Number.isFinite(epochMs)) return null;
  const off = offsetMinutesAt(epochMs, zone);
  const year = new Date(epochMs + off * 60_000).getUTCFullYear();
  // Four-digit years only (NaN past the end of Date's range): toISOString would write "+010000".
  if (!(year >= 1 && year <= 9999)) return null;
  // Whole seconds, as a start read from mail or Graph is written.
  return toZonedIso(Math.floor(epochMs / 1000) * 1000, off * 60_000);
}

/** Reads a Graph dateTimeTimeZone into an ISO string with offset; null when unreadable. */
export function readGraphDateTime(
  value: { dateTime?: string | null; timeZone?: string | null } | null | undefined,
  fallbackZone: string | null,
): string | null {
  const dt = value?.dateTime;
  if (!dt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(dt);
  if (!m) return null;
  const hasExplicitOffset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(dt);
  const zone = toIanaZone(value?.timeZone) ?? fallbackZone ?? "UTC";
  if (hasExplicitOffset) {
    const ms = Date.parse(dt);
    return Number.isFinite(ms) ? formatWithOffset(ms, zone) : null;
  }
  const w: WallClock = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
  };
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.day > 31 || w.hour > 23 || w.minute > 59) return null;
  return formatWithOffset(wallClockToEpoch(w, zone), zone);
}
