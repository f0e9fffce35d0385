import type { CustomTimeZone, MailboxSettings } from "@microsoft/microsoft-graph-types";
import { DAYS_OF_WEEK, toIanaZone as toIana, type DayOfWeek, type WorkingHours } from "../../core";
import type { GraphClient } from "../client";
import { GraphScopes, scopes } from "./scopes";

export interface UserTimeSettings {
  workingHours: WorkingHours;
  /** The mailbox's own zone (IANA), used to show times; may differ from the working-hours zone. */
  timeZone: string;
  /** Set when a zone could not be mapped exactly; the UI shows it so PTO figures are not trusted blindly. */
  fallback: string | null;
}

const DAYS: readonly DayOfWeek[] = DAYS_OF_WEEK;
const DEFAULT_HOURS = { daysOfWeek: DAYS.slice(1, 6), startTime: "09:00", endTime: "17:00" };

/** A custom zone without daylight saving and a whole-hour bias maps to a fixed Etc/GMT zone. */
function fixedZone(custom: CustomTimeZone): string | null {
  const hasDst =
    custom.daylightOffset?.daylightBias !== undefined && custom.daylightOffset.daylightBias !== 0;
  const bias = custom.bias;
  if (hasDst || typeof bias !== "number" || bias % 60 !== 0) return null;
  const hours = bias / 60;
  // Etc/GMT signs are inverted: Etc/GMT-5 is five hours ahead of UTC.
  return hours === 0 ? "UTC" : `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
}

/** Graph sends "08:00:00.0000000"; the PTO math wants "HH:mm". */
function hhmm(value: string | null | undefined, fallback: string): string {
  const match = /^(\d{2}):(\d{2})/.exec(value ?? "");
  return match ? `${match[1]}:${match[2]}` : fallback;
}

/**
 * Maps Graph's mailboxSettings to the core's types. Pure, so every zone case is a table row in the tests.
 * `deviceZone` is the browser's zone, the last resort.
 */
export function toUserTimeSettings(settings: MailboxSettings, deviceZone: string): UserTimeSettings {
  const notes: string[] = [];
  const mailboxZone = toIana(settings.timeZone);
  if (settings.timeZone && mailboxZone === null)
    notes.push(`Mailbox time zone "${settings.timeZone}" is not a known zone.`);
  const hours = settings.workingHours;
  const zoneName = hours?.timeZone?.name ?? null;
  let hoursZone = toIana(zoneName);
  if (hoursZone === null && hours?.timeZone) {
    hoursZone = fixedZone(hours.timeZone as CustomTimeZone);
    if (hoursZone === null)
      notes.push(
        `Working hours use a custom time zone ("${zoneName ?? "unnamed"}") that cannot be mapped exactly.`,
      );
  }
  const resolvedHoursZone = hoursZone ?? mailboxZone ?? deviceZone;
  const resolvedMailboxZone = mailboxZone ?? resolvedHoursZone;
  if (hoursZone === null) notes.push(`Using ${resolvedHoursZone} for working hours.`);
  const days = (hours?.daysOfWeek ?? []).filter((d): d is DayOfWeek =>
    (DAYS as readonly string[]).includes(d),
  );
  if (!hours) notes.push("No working hours are set; assuming Monday to Friday, 09:00 to 17:00.");
  return {
    workingHours: {
      daysOfWeek: hours ? days : [...DEFAULT_HOURS.daysOfWeek],
      startTime: hhmm(hours?.startTime, DEFAULT_HOURS.startTime),
      endTime: hhmm(hours?.endTime, DEFAULT_HOURS.endTime),
      timeZone: resolvedHoursZone,
    },
    timeZone: resolvedMailboxZone,
    fallback: notes.length > 0 ? notes.join(" ") : null,
  };
}

export interface MailboxSettingsRepository {
  /** Working hours and zones, mapped to IANA. */
  timeSettings(deviceZone: string): Promise<UserTimeSettings>;
}

export function createMailboxSettingsRepository(client: GraphClient): MailboxSettingsRepository {
  return {
    async timeSettings(deviceZone) {
      const response = await client.request<MailboxSettings>({
        method: "GET",
        path: "/me/mailboxSettings",
        query: { $select: "timeZone,workingHours" },
        scopes: scopes(GraphScopes.mailboxSettings),
      });
      return toUserTimeSettings(response.body, deviceZone);
    },
  };
}
