import { findIana } from "windows-iana";

/**
 * Time helpers for the simulator. Graph writes dateTimeTimeZone values as local wall time with seven
 * fractional digits and a separate zone name (Windows names by default, IANA accepted).
 */

/** IANA name for a Windows or IANA zone name; undefined when neither runtime nor table knows it. */
const zoneCache = new Map<string, string | undefined>();

export function ianaZone(zone: string): string | undefined {
  if (zone === "UTC" || zone === "Etc/UTC") return "UTC";
  if (zoneCache.has(zone)) return zoneCache.get(zone);
  const resolved = resolveZone(zone);
  zoneCache.set(zone, resolved);
  return resolved;
}

function resolveZone(zone: string): string | undefined {
  const mapped = findIana(zone)[0];
  const candidate = mapped ?? zone;
  try {
    formatterFor(candidate);
    return candidate;
  } catch {
    return undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl.DateTimeFormat costs far more than using one, so each zone gets one, kept. */
function formatterFor(iana: string): Intl.DateTimeFormat {
  let formatter = formatters.get(iana);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: iana,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(iana, formatter);
  }
  return formatter;
}

/** Offset of `zone` from UTC at instant `utcMs`, in minutes (Paris in winter: +60). */
function offsetMinutes(utcMs: number, iana: string): number {
  if (iana === "UTC") return 0;
  const parts = formatterFor(iana).formatToParts(new Date(utcMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? "0");
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** "2026-11-25T09:30:00.0000000" for an instant seen in `zone` (UTC when omitted). */
export function formatGraphDateTime(utcMs: number, zone = "UTC"): string {
  const iana = ianaZone(zone) ?? "UTC";
  const local = new Date(utcMs + offsetMinutes(utcMs, iana) * 60_000);
  return `${local.toISOString().slice(0, 19)}.0000000`;
}

/** Instant of a wall-clock dateTime in `zone`; handles the DST gap/overlap the way Exchange does (first match). */
export function parseGraphDateTime(dateTime: string, zone: string): number | undefined {
  const wall = Date.parse(`${dateTime.replace(/(\.\d{3})\d*$/, "$1").replace(/Z$/, "")}Z`);
  if (Number.isNaN(wall)) return undefined;
  const iana = ianaZone(zone);
  if (iana === undefined) return undefined;
  let guess = wall - offsetMinutes(wall, iana) * 60_000;
  guess = wall - offsetMinutes(guess, iana) * 60_000;
  return guess;
}

/** startDateTime/endDateTime query values: the offset they carry wins; none means UTC. */
export function parseQueryInstant(value: string): number | undefined {
  const hasZone = /([zZ]|[+-]\d{2}:?\d{2})$/.test(value);
  const ms = Date.parse(hasZone ? value : `${value}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Graph's innerError.date form: seconds precision, no zone suffix. */
export function errorDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 19);
}
