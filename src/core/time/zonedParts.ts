/**
 * What the wall clock shows in an IANA zone at an instant, through Intl (full ICU in Node 20 and in
 * every browser Outlook and Teams run in), so no zone database ships with the add-in.
 */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // hourCycle h23: some engines print midnight as "24" with hour12: false.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// The detector asks about zone names written in mail ("America/Gotham"): a wrong name would build
// and throw a formatter on every call. Capped, because hostile mail can name any number of them.
const invalidZones = new Set<string>();

/** True when Intl knows the zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  if (invalidZones.has(timeZone)) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    if (invalidZones.size < 1000) invalidZones.add(timeZone);
    return false;
  }
}

/**
 * Exact to the second. The detector reads wall clocks through its own epochToWallClock
 * (src/core/detection/zonedTime.ts), minute-granular and cached per quarter hour for speed.
 */
export function zonedParts(epochMs: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    // Years before 1 CE print as "1 BC"; only matters for fuzzed inputs, but keep it exact.
    year: parts.era === "BC" || parts.era === "B" ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const OFFSET_PATTERN = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The zone's offset from UTC at that instant, in milliseconds (New York in winter: −5 h). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    // "longOffset" prints the offset itself ("GMT+05:45"): one format call, several times faster
    // than formatToParts, and PTO pricing makes a few dozen of these per absence.
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    offsetFormatters.set(timeZone, formatter);
  }
  const match = OFFSET_PATTERN.exec(formatter.format(epochMs));
  if (match) {
    if (!match[1]) return 0;
    const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0);
    return (match[1] === "-" ? -1 : 1) * seconds * 1000;
  }
  // Engines without longOffset: read the wall clock and compare.
  const p = zonedParts(epochMs, timeZone);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  // Intl drops milliseconds, so compare against the instant truncated to the second.
  return wallAsUtc - Math.floor(epochMs / 1000) * 1000;
}
