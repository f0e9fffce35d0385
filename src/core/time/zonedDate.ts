import { fromDayNumber } from "./civilDate";
import { zoneOffsetMs } from "./zonedParts";

/** The calendar date ("YYYY-MM-DD") the wall clock in `timeZone` shows at the instant. */
export function zonedDate(epochMs: number, timeZone: string): string {
  return fromDayNumber(Math.floor((epochMs + zoneOffsetMs(epochMs, timeZone)) / 86_400_000));
}
