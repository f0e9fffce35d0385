import type { CalendarPermission, Event } from "@microsoft/microsoft-graph-types";
import { GraphError, type GraphClient } from "../client";
import { deltaRound, type DeltaRound } from "./deltaRound";
import { MARKER_EXTENSION_ID, MARKER_EXTENSION_NAME, markerBody, readMarker, type Marker } from "./marker";
import { GraphScopes, scopes } from "./scopes";

/** What the detector, the privacy check-up and the PTO math read from an event; nothing more. */
export const EVENT_SELECT = [
  "id",
  "subject",
  "start",
  "end",
  "isAllDay",
  "isCancelled",
  "isOrganizer",
  "organizer",
  "attendees",
  "sensitivity",
  "showAs",
  "isReminderOn",
  "reminderMinutesBeforeStart",
  "onlineMeeting",
  "location",
  "bodyPreview",
  "type",
  "seriesMasterId",
  "responseStatus",
  "transactionId",
].join(",");

// Graph returns start/end in the zone of the Prefer header (UTC when absent, but saying so keeps
// every reader on one zone regardless of mailbox defaults).
const UTC_PREFER = 'outlook.timezone="UTC"';

export type DeltaScan = DeltaRound<Event>;

export interface PrivacyState {
  sensitivity: Event["sensitivity"];
  isReminderOn: boolean | null | undefined;
  showAs: Event["showAs"];
}

export interface MarkPrivateResult {
  /** True when a read-back shows private, no reminder and the requested show-as. */
  verified: boolean;
  state: PrivacyState;
}

export interface CalendarRepository {
  /** Events overlapping [startUtc, endUtc) with recurring series expanded, times in UTC; bodies on request. */
  listWindow(startUtc: string, endUtc: string, options?: { withBody?: boolean }): Promise<Event[]>;
  /** Incremental scan of a window; pass the last deltaLink to get only what changed since. */
  scanDelta(window: { startUtc: string; endUtc: string }, deltaLink?: string | null): Promise<DeltaScan>;
  /**
   * The calendar event behind a meeting request (eventMessage), or null for any other message.
   * `messageId` is a REST id: Outlook's item ids must go through convertToRestId first.
   */
  eventForMessage(messageId: string): Promise<Event | null>;
  /** One event with its body, for reading it in full (the demo's stand-in for Outlook's open item). */
  getEvent(eventId: string): Promise<Event>;
  /** Marks the user's own copy private with no reminder (and optionally a show-as), then reads it back. */
  markPrivate(
    eventId: string,
    options?: { showAs?: "busy" | "oof" | "tentative" },
  ): Promise<MarkPrivateResult>;
  /** Reads the privacy-relevant properties again (an organizer's update can reset them). */
  privacyState(eventId: string): Promise<PrivacyState>;
  /** Puts our marker on an item of the user's own calendar; replaces an older one of ours. */
  setMarker(eventId: string, ref: string): Promise<void>;
  getMarker(eventId: string): Promise<Marker | null>;
  /** Who may see what on the user's calendar: delegates with read access see private items' existence. */
  calendarPermissions(): Promise<CalendarPermission[]>;
}

export function createCalendarRepository(client: GraphClient): CalendarRepository {
  const calendarScopes = scopes(GraphScopes.calendar);

  async function privacyState(eventId: string): Promise<PrivacyState> {
    const response = await client.request<Event>({
      method: "GET",
      path: `/me/events/${encodeURIComponent(eventId)}`,
      query: { $select: "sensitivity,isReminderOn,showAs" },
      scopes: calendarScopes,
    });
    return {
      sensitivity: response.body.sensitivity,
      isReminderOn: response.body.isReminderOn,
      showAs: response.body.showAs,
    };
  }

  async function scanDelta(
    window: { startUtc: string; endUtc: string },
    deltaLink?: string | null,
  ): Promise<DeltaScan> {
    const first = {
      method: "GET" as const,
      path: "/me/calendarView/delta",
      query: { startDateTime: window.startUtc, endDateTime: window.endUtc },
      headers: { Prefer: `${UTC_PREFER}, odata.maxpagesize=50` },
      scopes: calendarScopes,
    };
    return deltaRound<Event>(client, first, deltaLink);
  }

  return {
    listWindow(startUtc, endUtc, options = {}) {
      return client.getAll<Event>({
        method: "GET",
        path: "/me/calendarView",
        query: {
          startDateTime: startUtc,
          endDateTime: endUtc,
          // The scan's detector reads much more from the body than from the 255-character preview.
          $select: options.withBody ? `${EVENT_SELECT},body` : EVENT_SELECT,
          $orderby: "start/dateTime",
          $top: "100",
        },
        headers: { Prefer: UTC_PREFER },
        scopes: calendarScopes,
      });
    },

    scanDelta,

    async getEvent(eventId) {
      const response = await client.request<Event>({
        method: "GET",
        path: `/me/events/${encodeURIComponent(eventId)}`,
        query: { $select: `${EVENT_SELECT},body` },
        headers: { Prefer: UTC_PREFER },
        scopes: calendarScopes,
      });
      return response.body;
    },

    async eventForMessage(messageId) {
      const response = await client.request<{ event?: Event | null }>({
        method: "GET",
        path: `/me/messages/${encodeURIComponent(messageId)}`,
        // Only the id of the message itself: what we want is the expanded event, which lives on the
        // eventMessage subtype and comes back whole.
        query: { $select: "id", $expand: "microsoft.graph.eventMessage/event" },
        headers: { Prefer: UTC_PREFER },
        scopes: [...calendarScopes, ...GraphScopes.mailRead],
      });
      return response.body.event ?? null;
    },

    async markPrivate(eventId, options = {}) {
      const patch: Record<string, unknown> = { sensitivity: "private", isReminderOn: false };
      if (options.showAs !== undefined) patch.showAs = options.showAs;
      await client.request<Event>({
        method: "PATCH",
        path: `/me/events/${encodeURIComponent(eventId)}`,
        body: patch,
        scopes: calendarScopes,
      });
      const state = await privacyState(eventId);
      const verified =
        state.sensitivity === "private" &&
        state.isReminderOn === false &&
        (options.showAs === undefined || state.showAs === options.showAs);
      return { verified, state };
    },

    privacyState,

    async setMarker(eventId, ref) {
      const path = `/me/events/${encodeURIComponent(eventId)}/extensions`;
      try {
        await client.request({ method: "POST", path, body: markerBody(ref), scopes: calendarScopes });
      } catch (error) {
        // An extension with our name already exists (409): update it in place instead.
        if (!(error instanceof GraphError && error.status === 409)) throw error;
        // The documented update names the type again, so the custom fields resolve on openTypeExtension.
        await client.request({
          method: "PATCH",
          path: `${path}/${MARKER_EXTENSION_NAME}`,
          body: markerBody(ref),
          scopes: calendarScopes,
        });
      }
    },

    async getMarker(eventId) {
      try {
        const response = await client.request<Record<string, unknown>>({
          method: "GET",
          path: `/me/events/${encodeURIComponent(eventId)}/extensions/${MARKER_EXTENSION_ID}`,
          scopes: calendarScopes,
        });
        return readMarker([response.body]);
      } catch (error) {
        if (error instanceof GraphError && error.status === 404) return null;
        throw error;
      }
    },

    calendarPermissions() {
      return client.getAll<CalendarPermission>({
        method: "GET",
        path: "/me/calendar/calendarPermissions",
        scopes: calendarScopes,
      });
    },
  };
}
