import { formatCivilDate } from "./civilDate";
import { zonedParts } from "./zonedParts";

/** The calendar date ("YYYY-MM-DD") the wall clock in `timeZone` shows at the instant. */
export function zonedDate(epochMs: number, timeZone: string): string {
  return formatCivilDate(zonedParts(epochMs, timeZone));
}
