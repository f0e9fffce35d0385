import { zonedToInstant } from "./zonedToInstant";

/**
 * A point in time as callers have it: epoch milliseconds, an ISO 8601 string that carries its own
 * offset, or Graph's dateTimeTimeZone pair (dateTime without offset plus an IANA zone). A bare local
 * string is refused: guessing its zone is how an interview moves by an hour.
 */
export type Instant = number | string | { dateTime: string; timeZone: string };

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;
const LOCAL_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

function fractionMs(fraction: string | undefined): number {
  return fraction ? Number(`0.${fraction}`) * 1000 : 0;
}

/** Epoch milliseconds of an Instant; throws RangeError when the input has no zone or is not a time. */
export function toEpochMs(instant: Instant): number {
  if (typeof instant === "number") {
    if (!Number.isFinite(instant)) throw new RangeError("An instant must be a finite number of milliseconds");
    return instant;
  }
  if (typeof instant === "object") {
    const match = LOCAL_PATTERN.exec(instant.dateTime);
    if (!match) throw new RangeError(`Expected a local date-time, got "${instant.dateTime}"`);
    const minutes = Number(match[2]) * 60 + Number(match[3]) + Number(match[4] ?? 0) / 60;
    return zonedToInstant(match[1]!, minutes, instant.timeZone) + Math.round(fractionMs(match[5]));
  }
  const match = ISO_PATTERN.exec(instant.trim());
  if (!match) throw new RangeError(`Expected an ISO 8601 date-time with an offset, got "${instant}"`);
  const [, y, mo, d, h, mi, s, frac, zulu, sign, oh, om] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  const offsetMinutes = zulu ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  return wall + Math.round(fractionMs(frac)) - offsetMinutes * 60_000;
}

/** An ISO string for the instant written with the given offset ("2026-12-03T13:30:00+01:00"). */
export function toZonedIso(epochMs: number, offsetMs: number): string {
  // Keep milliseconds when there are any: dropping them would move the instant.
  const shifted = new Date(epochMs + offsetMs).toISOString().slice(0, epochMs % 1000 === 0 ? 19 : 23);
  const sign = offsetMs < 0 ? "-" : "+";
  const abs = Math.abs(offsetMs) / 60_000;
  return `${shifted}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
