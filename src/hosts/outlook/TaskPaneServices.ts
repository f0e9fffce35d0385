import {
  createBlockRepository,
  createCalendarRepository,
  createMailboxSettingsRepository,
  createManagerRepository,
  createMessageRepository,
  type AppDataStore,
  type BlockRepository,
  type CalendarRepository,
  type GraphClient,
  type ManagerRepository,
  type MessageRepository,
  type UserTimeSettings,
} from "../../graph";
import type { OpenItem } from "./officeHost";

/**
 * Everything the task pane's actions need, built by the host (the demo from its simulator-backed
 * client, Outlook from its signed-in one), so the pane itself never knows where Graph is.
 */
export interface TaskPaneServices {
  calendar: Pick<CalendarRepository, "eventForMessage" | "markPrivate" | "setMarker">;
  blocks: Pick<BlockRepository, "createBlocks">;
  messages: Pick<MessageRepository, "createDraft">;
  /** null when the host cannot ask for the manager (the user types the address instead). */
  manager: ManagerRepository | null;
  /** Where settings and the PTO policy live; null keeps product defaults for this session. */
  appData: AppDataStore | null;
  timeSettings(): Promise<UserTimeSettings>;
  /** The Graph event behind the open item, or null when it is not on the user's calendar. */
  eventIdFor(item: OpenItem): Promise<string | null>;
  /** Locale for dates and figures, e.g. "en-US". */
  locale: string;
  /** The host's clock (epoch ms), for edit stamps and "today" in the balance. */
  now(): number;
}

/**
 * Outlook's view of the item: an appointment's REST id is the event; a meeting request is a message
 * whose event Graph finds for us (Outlook has usually put it on the calendar already).
 */
export async function eventIdInOutlook(
  calendar: Pick<CalendarRepository, "eventForMessage">,
  item: OpenItem,
): Promise<string | null> {
  if (item.kind !== "event" || !item.restId) return null;
  if (!item.itemClass.startsWith("IPM.Schedule.Meeting")) return item.restId;
  const event = await calendar.eventForMessage(item.restId);
  return event?.id ?? null;
}

export interface TaskPaneServiceOptions {
  appData: AppDataStore | null;
  deviceZone: string;
  locale: string;
  now(): number;
}

export function createTaskPaneServices(
  client: GraphClient,
  options: TaskPaneServiceOptions,
): TaskPaneServices {
  const calendar = createCalendarRepository(client);
  const settings = createMailboxSettingsRepository(client);
  return {
    calendar,
    blocks: createBlockRepository(client),
    messages: createMessageRepository(client),
    manager: createManagerRepository(client),
    appData: options.appData,
    timeSettings: () => settings.timeSettings(options.deviceZone),
    eventIdFor: (item) => eventIdInOutlook(calendar, item),
    locale: options.locale,
    now: options.now,
  };
}
