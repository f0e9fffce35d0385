import type { Event } from "@microsoft/microsoft-graph-types";
import { revealsInterview } from "../../core";
import { GraphError, type GraphClient } from "../client";
import {
  MARKER_EXTENSION_ID,
  blockRef,
  markerBody,
  readMarker,
  transactionIdFor,
  type BlockRole,
} from "./marker";
import { GraphScopes, scopes } from "./scopes";

export interface PrivateBlockRequest {
  interviewId: string;
  role: BlockRole;
  /** The honest neutral word the user chose ("Appointment"); checked against `mustNotMention`. */
  subject: string;
  /** Words that must never appear where others can see them: company, agency, recruiter. */
  mustNotMention: string[];
  startUtc: string;
  endUtc: string;
  showAs: "busy" | "oof";
  /** Minutes before start, or null for no reminder (buffers never remind). */
  reminderMinutes: number | null;
}

export interface BlockPlan {
  interviewId: string;
  subject: string;
  mustNotMention: string[];
  startUtc: string;
  endUtc: string;
  showAs: "busy" | "oof";
  reminderMinutes: number | null;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

export interface CreatedBlocks {
  main: Event;
  before: Event | null;
  after: Event | null;
}

/** Thrown before any write when a subject would reveal the interview. */
export class RevealingSubjectError extends Error {
  constructor() {
    super(
      'The subject would reveal the interview to people who can see your calendar. Choose a neutral word such as "Appointment".',
    );
    this.name = "RevealingSubjectError";
  }
}

export interface BlockRepository {
  /** One private block with no attendees and no body; retried creates never duplicate (transactionId). */
  createPrivateBlock(request: PrivateBlockRequest): Promise<Event>;
  /** The block plus optional travel buffers, each a separate private block; only the main one reminds. */
  createBlocks(plan: BlockPlan): Promise<CreatedBlocks>;
  /** Deletes a block; one already gone counts as deleted. */
  deleteBlock(eventId: string): Promise<void>;
  /** Our blocks for an interview in a window, found by our marker (not by subject). */
  findBlocks(
    interviewId: string,
    startUtc: string,
    endUtc: string,
  ): Promise<Array<{ role: BlockRole; event: Event }>>;
}

const ROLE_BY_SUFFIX: Record<string, BlockRole> = { block: "main", before: "before", after: "after" };

/**
 * The last line of defence before a write others can see: interview words in every supported language
 * and the names of this interview (as companies, so shortened forms count too).
 */
function assertNeutral(subject: string, mustNotMention: string[]): void {
  if (subject.trim() === "" || revealsInterview(subject, { companies: mustNotMention }).length > 0)
    throw new RevealingSubjectError();
}

function shift(isoUtc: string, minutes: number): string {
  return new Date(Date.parse(isoUtc) + minutes * 60_000).toISOString();
}

export function createBlockRepository(client: GraphClient): BlockRepository {
  const calendarScopes = scopes(GraphScopes.calendar);

  // Blocks are recognised by our marker extension alone, so the listing needs little of each event.
  async function findBlocks(interviewId: string, startUtc: string, endUtc: string) {
    const events = await client.getAll<Event & { extensions?: unknown }>({
      method: "GET",
      path: "/me/calendarView",
      query: {
        startDateTime: startUtc,
        endDateTime: endUtc,
        $select: "id,subject,start,end,sensitivity,showAs,isReminderOn,transactionId",
        $expand: `extensions($filter=id eq '${MARKER_EXTENSION_ID}')`,
      },
      headers: { Prefer: 'outlook.timezone="UTC"' },
      scopes: calendarScopes,
    });
    const found: Array<{ role: BlockRole; event: Event }> = [];
    for (const event of events) {
      const marker = readMarker(event.extensions);
      if (marker === null || !marker.ref.startsWith(`${interviewId}/`)) continue;
      const role = ROLE_BY_SUFFIX[marker.ref.slice(interviewId.length + 1)];
      if (role !== undefined) found.push({ role, event });
    }
    return found;
  }

  async function createPrivateBlock(request: PrivateBlockRequest): Promise<Event> {
    assertNeutral(request.subject, request.mustNotMention);
    const startUtc = new Date(request.startUtc).toISOString();
    const endUtc = new Date(request.endUtc).toISOString();
    const body = {
      subject: request.subject,
      // An empty text body: nothing for a delegate or a shared-calendar viewer to read.
      body: { contentType: "text", content: "" },
      start: { dateTime: startUtc.slice(0, -1), timeZone: "UTC" },
      end: { dateTime: endUtc.slice(0, -1), timeZone: "UTC" },
      sensitivity: "private",
      showAs: request.showAs,
      isReminderOn: request.reminderMinutes !== null,
      ...(request.reminderMinutes === null ? {} : { reminderMinutesBeforeStart: request.reminderMinutes }),
      attendees: [],
      responseRequested: false,
      transactionId: transactionIdFor(request.interviewId, request.role, startUtc, endUtc),
      extensions: [markerBody(blockRef(request.interviewId, request.role))],
    };
    try {
      const response = await client.request<Event>({
        method: "POST",
        path: "/me/events",
        body,
        scopes: calendarScopes,
      });
      return response.body;
    } catch (error) {
      // The same transactionId was already used: the earlier attempt created it, so find that one.
      if (!(error instanceof GraphError && error.status === 409)) throw error;
      const existing = (await findBlocks(request.interviewId, startUtc, endUtc)).find(
        (b) => b.role === request.role,
      );
      if (existing === undefined) throw error;
      return existing.event;
    }
  }

  return {
    createPrivateBlock,

    async createBlocks(plan) {
      const common = {
        interviewId: plan.interviewId,
        subject: plan.subject,
        mustNotMention: plan.mustNotMention,
        showAs: plan.showAs,
      };
      // Validate once up front so a revealing subject writes nothing at all.
      assertNeutral(plan.subject, plan.mustNotMention);
      const main = await createPrivateBlock({
        ...common,
        role: "main",
        startUtc: plan.startUtc,
        endUtc: plan.endUtc,
        reminderMinutes: plan.reminderMinutes,
      });
      const before =
        plan.bufferBeforeMinutes > 0
          ? await createPrivateBlock({
              ...common,
              role: "before",
              startUtc: shift(plan.startUtc, -plan.bufferBeforeMinutes),
              endUtc: plan.startUtc,
              reminderMinutes: null,
            })
          : null;
      const after =
        plan.bufferAfterMinutes > 0
          ? await createPrivateBlock({
              ...common,
              role: "after",
              startUtc: plan.endUtc,
              endUtc: shift(plan.endUtc, plan.bufferAfterMinutes),
              reminderMinutes: null,
            })
          : null;
      return { main, before, after };
    },

    async deleteBlock(eventId) {
      try {
        await client.request({
          method: "DELETE",
          path: `/me/events/${encodeURIComponent(eventId)}`,
          scopes: calendarScopes,
        });
      } catch (error) {
        if (error instanceof GraphError && error.status === 404) return;
        throw error;
      }
    },

    findBlocks,
  };
}
