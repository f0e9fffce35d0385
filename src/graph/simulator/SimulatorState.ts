import type { CalendarPermission, Event, MailboxSettings, User } from "@microsoft/microsoft-graph-types";
import type {
  ExtendedProperty,
  MailItem,
  ManagerMode,
  SimulatorSeed,
  StoredEvent,
  StoredFile,
  StoredMessage,
} from "./simulatorTypes";
import { formatGraphDateTime, parseGraphDateTime } from "./simTime";

/** A deleted item as the change log remembers it, so a later delta round can report `@removed`. */
export interface Tombstone {
  kind: "event" | "message";
  id: string;
  seq: number;
  folder?: string;
}

/** Server-side sync state behind a $skiptoken / $deltatoken (Graph keeps this too, and evicts it). */
export interface DeltaState {
  kind: "calendarView" | "messages";
  /** Changes above this seq are reported in the round. */
  fromSeq: number;
  windowStart?: number;
  windowEnd?: number;
  folder?: string;
  /** Options fixed on the first call and encoded into the token. */
  options: Record<string, string>;
  /** For $skiptoken: the rest of the current round, already computed. */
  remaining?: Array<Record<string, unknown>>;
  /** For $skiptoken: the seq the round will hand on to its deltaLink. */
  roundSeq?: number;
}

const DEFAULT_USER: User = {
  id: "6e8b2f1c-3b8a-4d52-9a7e-2f5d0c1a9b77",
  displayName: "Alex Morgan",
  mail: "alex.morgan@contoso.example",
  userPrincipalName: "alex.morgan@contoso.example",
  jobTitle: "Senior Software Engineer",
  preferredLanguage: "en-US",
  businessPhones: [],
};

const DEFAULT_MAILBOX_SETTINGS: MailboxSettings = {
  timeZone: "UTC",
  dateFormat: "yyyy-MM-dd",
  timeFormat: "HH:mm",
  language: { locale: "en-US", displayName: "English (United States)" },
  workingHours: {
    daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
    startTime: "09:00:00.0000000",
    endTime: "17:00:00.0000000",
    timeZone: { name: "UTC" },
  },
};

/**
 * The simulated mailbox. Tests read and change it directly (`sim.state.events`, `organizerUpdate`);
 * routes change it only through the methods here so every change lands in the change log.
 */
export class SimulatorState {
  user: User;
  mailboxSettings: MailboxSettings;
  manager: ManagerMode;
  calendarPermissions: CalendarPermission[];
  readonly events = new Map<string, StoredEvent>();
  readonly messages = new Map<string, StoredMessage>();
  /** App-folder files by name. */
  readonly files = new Map<string, StoredFile>();
  readonly tombstones: Tombstone[] = [];
  readonly deltaStates = new Map<string, DeltaState>();
  /** Decides whether a bearer token is accepted; tests flip it to simulate expiry. */
  acceptToken: (token: string) => boolean = (token) => token.length > 0;
  private seqCounter = 0;
  private idCounter = 0;

  constructor(
    seed: SimulatorSeed,
    readonly now: () => number,
  ) {
    this.user = seed.user ?? DEFAULT_USER;
    this.mailboxSettings = seed.mailboxSettings ?? DEFAULT_MAILBOX_SETTINGS;
    this.manager = seed.manager ?? {
      id: "0b1f3a52-77d4-4c1e-8f0e-5a2b9c7d1e44",
      displayName: "Jordan Lee",
      mail: "jordan.lee@contoso.example",
      userPrincipalName: "jordan.lee@contoso.example",
      jobTitle: "Engineering Manager",
    };
    this.calendarPermissions = seed.calendarPermissions ?? [
      {
        id: "RGVmYXVsdA==",
        isRemovable: false,
        isInsideOrganization: true,
        role: "freeBusyRead",
        allowedRoles: ["none", "freeBusyRead", "limitedRead", "read", "write"],
        emailAddress: { name: "My Organization" },
      },
    ];
    for (const e of seed.events ?? []) {
      const { extensions, singleValueExtendedProperties, ...event } = e;
      this.insertEvent(event, extensions ?? [], singleValueExtendedProperties ?? []);
    }
    for (const m of seed.messages ?? []) this.insertMessage(m.message, m.folder ?? "inbox", m.eventId);
    for (const [name, text] of Object.entries(seed.driveFiles ?? {}))
      this.writeFile(name, new TextEncoder().encode(text));
  }

  nextSeq(): number {
    this.seqCounter += 1;
    return this.seqCounter;
  }

  get currentSeq(): number {
    return this.seqCounter;
  }

  /** Opaque ids shaped like Exchange's (base64-ish, "AAMk" prefix), deterministic per simulator. */
  newId(prefix = "AAMkAGSim"): string {
    this.idCounter += 1;
    return `${prefix}${this.idCounter.toString(36).padStart(8, "0")}AAA=`;
  }

  /** Stores an event as Graph would after a create: UTC times, defaults, a fresh changeKey. */
  insertEvent(
    input: Event,
    extensions: Array<Record<string, unknown>> = [],
    props: ExtendedProperty[] = [],
  ): StoredEvent {
    const id = input.id ?? this.newId();
    const created = formatIso(this.now());
    const event: Event = {
      subject: "",
      importance: "normal",
      sensitivity: "normal",
      showAs: "busy",
      isAllDay: false,
      isCancelled: false,
      isOrganizer: true,
      isReminderOn: true,
      reminderMinutesBeforeStart: 15,
      responseRequested: true,
      type: input.recurrence ? "seriesMaster" : "singleInstance",
      seriesMasterId: null,
      categories: [],
      attendees: [],
      hasAttachments: false,
      body: { contentType: "html", content: "" },
      bodyPreview: "",
      location: { displayName: "" },
      locations: [],
      organizer: { emailAddress: { name: this.user.displayName ?? "", address: this.user.mail ?? "" } },
      responseStatus: { response: "organizer", time: "0001-01-01T00:00:00Z" },
      onlineMeeting: null,
      isOnlineMeeting: false,
      webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
      ...input,
      id,
      createdDateTime: input.createdDateTime ?? created,
      lastModifiedDateTime: created,
      iCalUId:
        input.iCalUId ?? `040000008200E00074C5B7101A82E008${this.idCounter.toString(16).padStart(16, "0")}`,
    };
    normaliseTimes(event);
    const stored: StoredEvent = { event, extensions, singleValueExtendedProperties: props, seq: 0 };
    this.touchEvent(stored);
    this.events.set(id, stored);
    return stored;
  }

  /** Records a change: new seq, changeKey and lastModified, as Exchange does on every save. */
  touchEvent(stored: StoredEvent): void {
    stored.seq = this.nextSeq();
    stored.event.changeKey = changeKeyFor(stored.event.id ?? "", stored.seq);
    stored.event.lastModifiedDateTime = formatIso(this.now());
  }

  deleteEvent(id: string): boolean {
    if (!this.events.delete(id)) return false;
    this.tombstones.push({ kind: "event", id, seq: this.nextSeq() });
    return true;
  }

  /**
   * What an organizer's update does to the attendee's copy: the changed fields arrive and, because
   * the copy is rewritten from the organizer's item, a private flag the attendee set is lost. The
   * product's re-check exists for exactly this; tests call it to prove the re-check notices.
   */
  organizerUpdate(id: string, changes: Partial<Event>): StoredEvent | undefined {
    const stored = this.events.get(id);
    if (!stored) return undefined;
    Object.assign(stored.event, changes, { sensitivity: changes.sensitivity ?? "normal" });
    normaliseTimes(stored.event);
    this.touchEvent(stored);
    return stored;
  }

  insertMessage(input: MailItem, folder: string, eventId?: string): StoredMessage {
    const id = input.id ?? this.newId("AAMkAGMsg");
    const now = formatIso(this.now());
    const message = {
      subject: "",
      isRead: false,
      isDraft: folder === "drafts",
      importance: "normal",
      hasAttachments: false,
      bodyPreview: "",
      body: { contentType: "text", content: "" },
      toRecipients: [],
      ccRecipients: [],
      bccRecipients: [],
      replyTo: [],
      categories: [],
      receivedDateTime: now,
      sentDateTime: now,
      createdDateTime: now,
      lastModifiedDateTime: now,
      ...input,
      id,
    } as StoredMessage["message"];
    message.parentFolderId = folder;
    const stored: StoredMessage = { message, folder, seq: this.nextSeq(), ...(eventId ? { eventId } : {}) };
    message.changeKey = changeKeyFor(id, stored.seq);
    this.messages.set(id, stored);
    return stored;
  }

  deleteMessage(id: string): boolean {
    const stored = this.messages.get(id);
    if (!stored) return false;
    this.messages.delete(id);
    this.tombstones.push({ kind: "message", id, seq: this.nextSeq(), folder: stored.folder });
    return true;
  }

  /** Writes app-folder file content; eTag/cTag change with every write, as OneDrive's do. */
  writeFile(name: string, content: Uint8Array): { file: StoredFile; created: boolean } {
    const existing = this.files.get(name);
    const now = formatIso(this.now());
    if (existing) {
      existing.content = content;
      existing.version += 1;
      existing.lastModifiedDateTime = now;
      return { file: existing, created: false };
    }
    const file: StoredFile = {
      id: `01SIMAPPFILE${(this.files.size + 1).toString().padStart(4, "0")}${name.length.toString(16)}`,
      name,
      content,
      version: 1,
      createdDateTime: now,
      lastModifiedDateTime: now,
    };
    this.files.set(name, file);
    return { file, created: true };
  }

  /** Makes every outstanding delta/skip token unknown, as when Exchange evicts sync state. */
  expireDeltaTokens(): void {
    this.deltaStates.clear();
  }

  /** Reads an app-folder file as text (for tests). */
  readFileText(name: string): string | undefined {
    const file = this.files.get(name);
    return file ? new TextDecoder().decode(file.content) : undefined;
  }

  /** Start/end of a stored event in UTC ms. */
  eventSpan(event: Event): { start: number; end: number } {
    return {
      start: parseGraphDateTime(event.start?.dateTime ?? "", "UTC") ?? 0,
      end: parseGraphDateTime(event.end?.dateTime ?? "", "UTC") ?? 0,
    };
  }
}

/** Exchange's changeKey is opaque base64; ours encodes id and seq so every save yields a new one. */
function changeKeyFor(id: string, seq: number): string {
  const raw = `${id.slice(-12)}:${seq}`;
  return btoa(raw).replace(/=+$/, "") + "AA==";
}

export function formatIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Stores start/end as UTC wall time, keeping the zone the client used as originalStartTimeZone. */
export function normaliseTimes(event: Event): void {
  for (const key of ["start", "end"] as const) {
    const value = event[key];
    if (!value?.dateTime) continue;
    const zone = value.timeZone ?? "UTC";
    const ms = parseGraphDateTime(value.dateTime, zone);
    if (ms === undefined) continue;
    if (key === "start") event.originalStartTimeZone ??= zone;
    else event.originalEndTimeZone ??= zone;
    event[key] = { dateTime: formatGraphDateTime(ms, "UTC"), timeZone: "UTC" };
  }
}
