import type {
  CalendarPermission,
  Event,
  MailboxSettings,
  EventMessage,
  User,
} from "@microsoft/microsoft-graph-types";

/** An extended property as Graph stores it: `{ id: "String {guid} Name X", value: "…" }`. */
export interface ExtendedProperty {
  id: string;
  value: string;
}

/** One event in the simulated mailbox, with what Graph keeps beside it but does not echo by default. */
export interface StoredEvent {
  /** The resource as GET returns it (start/end in UTC, `@odata.etag` computed on the way out). */
  event: Event;
  /** Open extensions, each `{ "@odata.type", id, extensionName, …custom }`. */
  extensions: Array<Record<string, unknown>>;
  singleValueExtendedProperties: ExtendedProperty[];
  /** Position in the change log; delta rounds report items whose seq is above the token's. */
  seq: number;
}

/** A message or meeting request (eventMessage adds meetingMessageType and the meeting's times). */
export type MailItem = EventMessage & { "@odata.type"?: string };

export interface StoredMessage {
  message: MailItem;
  /** Well-known folder name ("inbox", "drafts", …). */
  folder: string;
  /** For eventMessages: the id of the event the Calendar Attendant put on the calendar. */
  eventId?: string;
  seq: number;
}

export interface StoredFile {
  id: string;
  name: string;
  content: Uint8Array;
  /** Bumped on every write; eTag and cTag are derived from it. */
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

/** How /me/manager answers: a user, "none" (404, no manager set) or "forbidden" (403, no User.Read.All consent). */
export type ManagerMode = User | "none" | "forbidden";

/** An event to seed, with its open extensions and extended properties in the simulator's stored form. */
export type SeedEvent = Omit<Event, "extensions" | "singleValueExtendedProperties"> & {
  extensions?: Array<Record<string, unknown>>;
  singleValueExtendedProperties?: ExtendedProperty[];
};

export interface SimulatorSeed {
  user?: User;
  mailboxSettings?: MailboxSettings;
  /** Events with start/end in any zone Graph accepts; they are stored normalised to UTC. */
  events?: SeedEvent[];
  /** Messages; an eventMessage may name its event by `eventId` (an id from `events`). */
  messages?: Array<{ message: MailItem; folder?: string; eventId?: string }>;
  manager?: ManagerMode;
  calendarPermissions?: CalendarPermission[];
  /** App-folder files by name, as text. */
  driveFiles?: Record<string, string>;
}

/** One request as the simulator received it: what the contract check resolves against the CSDL. */
export interface RecordedRequest {
  method: string;
  /** Decoded path relative to the version root, without the query, e.g. "/me/events/AAMk…/extensions". */
  path: string;
  /** Query options as sent ("$select", "startDateTime", …), decoded. */
  query: Record<string, string>;
  /**
   * JSON body property paths, "/"-separated through nested objects and arrays, with "#type" segments
   * where the body names an @odata.type (e.g. "extensions/#microsoft.graph.openTypeExtension/extensionName").
   */
  bodyProperties: string[];
  /** True for the inner requests of a $batch. */
  inBatch: boolean;
  /** Status the simulator answered. */
  status: number;
}
