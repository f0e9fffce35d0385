/**
 * The one helper that installs a mocked Office global for Outlook tests, built on office-addin-mock.
 * Enum values are Office.js's own string values, so code under test compares against the real ones.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface MockMailboxItem {
  itemType: "message" | "appointment";
  itemClass?: string;
  itemId?: string;
  subject: string | { value: string };
  body?: string;
  from?: { displayName: string; emailAddress: string };
  organizer?: { displayName: string; emailAddress: string };
  requiredAttendees?: { displayName: string; emailAddress: string }[];
  to?: { displayName: string; emailAddress: string }[];
  start?: Date;
  end?: Date;
  location?: string;
  dateTimeCreated?: Date;
  sensitivity?: string;
}

export interface InstalledOffice {
  mock: OfficeMockObject;
  notifications: Map<string, { message: string }>;
  associated: Map<string, (event: unknown) => void>;
  supported: Set<string>;
  sensitivity: { value: string };
}

type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;
const ok = (cb: Callback, value?: unknown) => cb({ status: "succeeded", value });

/** Installs `Office` on globalThis for one test; returns handles to what the code under test did. */
export function installOffice(
  item: MockMailboxItem | null,
  options: { mailboxVersion?: string; bodyError?: string } = {},
): InstalledOffice {
  const notifications = new Map<string, { message: string }>();
  const associated = new Map<string, (event: unknown) => void>();
  // Requirement sets are cumulative: a host on Mailbox 1.N supports 1.1 through 1.N.
  const maxMinor = Number((options.mailboxVersion ?? "1.3").split(".")[1]);
  const supported = new Set<string>();
  for (let minor = 1; minor <= maxMinor; minor++) supported.add(`1.${minor}`);
  const sensitivity = { value: item?.sensitivity ?? "Normal" };

  const compose = typeof item?.subject === "object";
  const wrap = <T>(value: T) => (compose ? { getAsync: (cb: Callback) => ok(cb, value) } : value);

  const mockItem = item && {
    itemType: item.itemType,
    itemClass: item.itemClass,
    itemId: item.itemId,
    subject:
      typeof item.subject === "object"
        ? { getAsync: (cb: Callback) => ok(cb, (item.subject as { value: string }).value) }
        : item.subject,
    location: wrap(item.location),
    from: item.from,
    organizer: item.organizer,
    requiredAttendees: item.requiredAttendees ?? [],
    optionalAttendees: [],
    to: item.to ?? [],
    cc: [],
    body: {
      getAsync: (_type: string, cb: Callback) =>
        options.bodyError
          ? cb({ status: "failed", error: { message: options.bodyError } })
          : ok(cb, item.body ?? ""),
    },
    notificationMessages: {
      replaceAsync: (key: string, data: { message: string }, cb: Callback) => {
        notifications.set(key, { message: data.message });
        ok(cb);
      },
    },
    sensitivity: compose
      ? {
          getAsync: (cb: Callback) => ok(cb, sensitivity.value),
          setAsync: (value: string, cb: Callback) => {
            sensitivity.value = value;
            ok(cb);
          },
        }
      : undefined,
  };

  const mock = new OfficeMockObject({
    host: "outlook",
    context: {
      mailbox: {
        item: mockItem ? compact(mockItem) : {},
        userProfile: {
          displayName: "Sam Rivera",
          emailAddress: "sam.rivera@contoso.com",
          timeZone: "Eastern Standard Time",
        },
        convertToRestId: (id: string) => `rest-${id}`,
        addHandlerAsync: () => undefined,
      },
      requirements: { isSetSupported: (name: string, v: string) => name === "Mailbox" && supported.has(v) },
      officeTheme: { bodyBackgroundColor: "#ffffff" },
    },
    actions: {
      associate: (name: string, handler: (event: unknown) => void) => associated.set(name, handler),
    },
    onReady: async () => ({ host: "Outlook", platform: "OfficeOnline" }),
    HostType: { Outlook: "Outlook" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    MailboxEnums: {
      ItemType: { Message: "message", Appointment: "appointment" },
      RestVersion: { v2_0: "v2.0" },
      AppointmentSensitivityType: {
        Normal: "Normal",
        Personal: "Personal",
        Private: "Private",
        Confidential: "Confidential",
      },
      ItemNotificationMessageType: { InformationalMessage: "informationalMessage" },
    },
  });
  // office-addin-mock copies plain objects property by property: it cannot hold null, undefined or Date
  // values, so those are set on the built mock afterwards.
  const mailbox = (mock as unknown as { context: { mailbox: { item: Record<string, unknown> | null } } })
    .context.mailbox;
  if (!item) mailbox.item = null;
  const installedItem = mailbox.item;
  if (installedItem && item) {
    if (!compose) {
      installedItem.start = item.start;
      installedItem.end = item.end;
      installedItem.dateTimeCreated = item.dateTimeCreated;
    } else {
      installedItem.start = { getAsync: (cb: Callback) => ok(cb, item.start) };
      installedItem.end = { getAsync: (cb: Callback) => ok(cb, item.end) };
    }
  }
  (globalThis as unknown as { Office: unknown }).Office = mock;
  return { mock, notifications, associated, supported, sensitivity };
}

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null));
}

export function uninstallOffice(): void {
  delete (globalThis as unknown as { Office?: unknown }).Office;
}
