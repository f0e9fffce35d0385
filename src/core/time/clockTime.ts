/**
 * Wall-clock times of day. Graph sends working hours as "08:00:00.0000000"; settings use "HH:mm".
 * "24:00" is accepted as the end of the day so a shift can run to midnight.
 */
const CLOCK_PATTERN = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Minutes after local midnight; throws RangeError on anything that is not a time of day. */
export function parseClockTime(time: string): number {
  const match = CLOCK_PATTERN.exec(time.trim());
  if (!match) throw new RangeError(`Expected a time as HH:mm, got "${time}"`);
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? 0);
  const total = hours * 60 + minutes + seconds / 60;
  if (minutes > 59 || seconds > 59 || total > 24 * 60) throw new RangeError(`"${time}" is not a time of day`);
  return total;
}
