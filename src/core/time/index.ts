export {
  addDays,
  addMonths,
  clampedDate,
  dayNumber,
  daysBetween,
  daysInMonth,
  formatCivilDate,
  fromDayNumber,
  parseCivilDate,
  weekdayIndex,
} from "./civilDate";
export type { DateParts } from "./civilDate";
export { parseClockTime } from "./clockTime";
export { toEpochMs, toZonedIso } from "./instant";
export type { Instant } from "./instant";
export { intersectIntervals, mergeIntervals, overlapMs, subtractIntervals } from "./interval";
export type { Interval } from "./interval";
export { zonedDate } from "./zonedDate";
export { isValidTimeZone, zonedParts, zoneOffsetMs } from "./zonedParts";
export type { ZonedParts } from "./zonedParts";
export { zonedDayClock, zonedToInstant } from "./zonedToInstant";
