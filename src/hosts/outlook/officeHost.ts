/**
 * The only code that touches Office.js (STYLE.md: one adapter per host API). It maps the open item
 * into the same Graph-shaped record the detector and the tab work on, so nothing past this file knows
 * about Office, and it wraps readiness, theme, notifications and command registration.
 */

export interface GraphRecipient {
  emailAddress: { name: string; address: string };
}

export interface GraphDateTime {
  dateTime: string;
  timeZone: string;
}

/** The open item in Microsoft Graph's event/message shape (see ../shared/corpus/SCHEMA.md). */
export interface OpenItem {
  kind: "event" | "message";
  /** Office's item class, e.g. IPM.Schedule.Meeting.Request for a meeting request. */
  itemClass: string;
  /** Graph (REST v2.0) id when the host can convert it; compose items have none until saved. */
  restId: string | null;
  subject: string;
  body: { contentType: "html" | "text"; content: string };
  organizer?: GraphRecipient;
  attendees?: { type: "required" | "optional"; emailAddress: GraphRecipient["emailAddress"] }[];
  from?: GraphRecipient;
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
  start?: GraphDateTime;
  end?: GraphDateTime;
  location?: { displayName: string };
  receivedDateTime?: string;
  isOrganizer: boolean;
}

export interface MailboxOwner {
  name: string;
  address: string;
  /** Windows time-zone name as Office reports it (mapped to IANA by the caller). */
  windowsTimeZone: string;
}

/** Raised when the host cannot give us what we asked for; the message is shown to the user as is. */
export class OfficeItemError extends Error {
  override readonly name = "OfficeItemError";
}

type Details = Office.EmailAddressDetails;

function recipient(d: Details | undefined | null): GraphRecipient | undefined {
  if (!d) return undefined;
  return { emailAddress: { name: d.displayName ?? "", address: d.emailAddress ?? "" } };
}

function recipients(list: Details[] | undefined | null): GraphRecipient[] {
  return (list ?? []).map((d) => recipient(d)).filter((r): r is GraphRecipient => r !== undefined);
}

/** Graph's UTC form: "2026-12-03T19:00:00.0000000" with timeZone "UTC". */
function graphUtc(date: Date): GraphDateTime {
  return {
    dateTime: date
      .toISOString()
      .replace("Z", "")
      .replace(/\.(\d{3})$/, ".$10000"),
    timeZone: "UTC",
  };
}

/** Promisifies Office's callback style; a failed AsyncResult becomes an OfficeItemError. */
function fromAsync<T>(
  call: (callback: (result: Office.AsyncResult<T>) => void) => void,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else
        reject(
          new OfficeItemError(
            `Outlook could not read the ${what}: ${result.error?.message ?? "unknown error"}`,
          ),
        );
    });
  });
}

function isComposeField<T>(
  value: unknown,
): value is { getAsync(cb: (r: Office.AsyncResult<T>) => void): void } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { getAsync?: unknown }).getAsync === "function"
  );
}

/** Reads a field that is a plain value in read mode and a getAsync object in compose mode. */
async function field<T>(value: unknown, what: string): Promise<T | undefined> {
  if (isComposeField<T>(value)) return fromAsync<T>((cb) => value.getAsync(cb), what);
  return value as T | undefined;
}

function restIdOf(item: Office.MessageRead | Office.AppointmentRead): string | null {
  const mailbox = Office.context.mailbox;
  if (!item.itemId || typeof mailbox.convertToRestId !== "function") return null;
  return mailbox.convertToRestId(item.itemId, Office.MailboxEnums.RestVersion.v2_0);
}

export function readMailboxOwner(): MailboxOwner {
  const profile = Office.context.mailbox.userProfile;
  return { name: profile.displayName, address: profile.emailAddress, windowsTimeZone: profile.timeZone };
}

/** True when the host supports a Mailbox requirement set (newer APIs are feature-detected, not assumed). */
export function supportsMailbox(version: string): boolean {
  return Office.context.requirements.isSetSupported("Mailbox", version);
}

/**
 * True when Outlook brokers Microsoft 365 tokens for the pane (MSAL nested app authentication,
 * NestedAppAuth 1.1); older hosts sign in through a popup instead.
 */
export function supportsNestedAppAuth(): boolean {
  return Office.context.requirements.isSetSupported("NestedAppAuth", "1.1");
}

/** Maps the item open in Outlook into the Graph shape; null when no item is selected. */
export async function readOpenItem(): Promise<OpenItem | null> {
  const item = Office.context.mailbox.item as
    (Office.MessageRead & Office.AppointmentRead) | null | undefined;
  if (!item) return null;

  const isAppointment = item.itemType === Office.MailboxEnums.ItemType.Appointment;
  const itemClass = item.itemClass ?? (isAppointment ? "IPM.Appointment" : "IPM.Note");
  const isMeetingRequest = itemClass.startsWith("IPM.Schedule.Meeting");
  const isCompose = isComposeField(item.subject);

  const [subject, html, start, end, location] = await Promise.all([
    field<string>(item.subject, "subject"),
    fromAsync<string>((cb) => item.body.getAsync(Office.CoercionType.Html, cb), "body"),
    field<Date>(item.start, "start time"),
    field<Date>(item.end, "end time"),
    field<string>(item.location, "location"),
  ]);

  const open: OpenItem = {
    kind: isAppointment || isMeetingRequest ? "event" : "message",
    itemClass,
    restId: isCompose ? null : restIdOf(item),
    subject: subject ?? "",
    body: { contentType: "html", content: html ?? "" },
    // The organizer surface is compose mode: the mailbox owner is the organizer there.
    isOrganizer: isAppointment && isCompose,
  };
  if (start instanceof Date) open.start = graphUtc(start);
  if (end instanceof Date) open.end = graphUtc(end);
  if (location) open.location = { displayName: location };

  if (isAppointment && !isCompose) {
    open.organizer = recipient(item.organizer);
    open.attendees = [
      ...recipients(item.requiredAttendees).map((r) => ({ type: "required" as const, ...r })),
      ...recipients(item.optionalAttendees).map((r) => ({ type: "optional" as const, ...r })),
    ];
  } else if (!isAppointment) {
    open.from = recipient(item.from);
    open.toRecipients = recipients(item.to);
    open.ccRecipients = recipients(item.cc);
    if (item.dateTimeCreated instanceof Date) open.receivedDateTime = item.dateTimeCreated.toISOString();
    // A meeting request is an event to the detector; its sender is the organizer.
    if (isMeetingRequest) open.organizer = open.from;
  }
  return open;
}

/** Resolves once Office.js is ready; `inOutlook` is false when the page was opened outside Outlook. */
export async function whenOfficeReady(): Promise<{ inOutlook: boolean }> {
  if (typeof Office === "undefined") return { inOutlook: false };
  const info = await Office.onReady();
  return { inOutlook: info.host === Office.HostType.Outlook };
}

/** Light, dark or high-contrast, read from the Office theme colours (Mailbox has no direct flag). */
export function readAppearance(): "light" | "dark" | "contrast" {
  const theme = Office.context.officeTheme as Office.OfficeTheme | undefined;
  const bg = theme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return "light";
  const hex = bg.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  if (bg.toLowerCase().replace("#", "") === "000000") return "contrast";
  return luminance < 0.4 ? "dark" : "light";
}

/** Calls back when the user selects another item in a pinned task pane (Mailbox 1.5). */
export function onItemChanged(callback: () => void): void {
  if (!supportsMailbox("1.5")) return;
  Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, callback);
}

/** Shows a short informational bar on the open item; the UI-less command's only way to speak. */
export function notifyOnItem(key: string, message: string): Promise<void> {
  const item = Office.context.mailbox.item;
  if (!item) return Promise.resolve();
  // Office caps informational messages at 150 characters.
  const text = message.length > 150 ? `${message.slice(0, 149)}…` : message;
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Office types the callback AsyncResult<void>
  return fromAsync<void>(
    (cb) =>
      item.notificationMessages.replaceAsync(
        key,
        {
          type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
          message: text,
          icon: "Icon.16x16",
          persistent: false,
        },
        cb,
      ),
    "notification",
  );
}

/** Registers a function named in manifest.xml (ExecuteFunction or LaunchEvent handler). */
export function associateAction<E extends Office.AddinCommands.Event | Office.MailboxEvent>(
  name: string,
  handler: (event: E) => void,
): void {
  if (typeof Office === "undefined" || !Office.actions) return;
  Office.actions.associate(name, handler);
}

/**
 * Sets the open appointment's sensitivity to private where the host allows it (Mailbox 1.14, organizer
 * or attendee compose surfaces). Read-mode items cannot be changed through Office.js.
 */
export async function markOpenAppointmentPrivate(): Promise<"marked" | "alreadyPrivate" | "unsupported"> {
  const item = Office.context.mailbox.item as Office.AppointmentCompose | null | undefined;
  if (
    !item ||
    item.itemType !== Office.MailboxEnums.ItemType.Appointment ||
    !supportsMailbox("1.14") ||
    !item.sensitivity
  ) {
    return "unsupported";
  }
  const sensitivity = item.sensitivity;
  const current = await fromAsync<Office.MailboxEnums.AppointmentSensitivityType>(
    (cb) => sensitivity.getAsync(cb),
    "sensitivity",
  );
  if (current === Office.MailboxEnums.AppointmentSensitivityType.Private) return "alreadyPrivate";
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Office types the callback AsyncResult<void>
  await fromAsync<void>(
    (cb) => sensitivity.setAsync(Office.MailboxEnums.AppointmentSensitivityType.Private, cb),
    "sensitivity",
  );
  return "marked";
}
