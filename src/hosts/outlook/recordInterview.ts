import {
  plannedEntryFor,
  type AppDocument,
  type Interview,
  type PtoPolicy,
  type StoredLedgerEntry,
  type WorkingHours,
} from "../../core";
import type { AppDataStore } from "../../graph";
import type { InterviewFields } from "../../ui";
import type { LeavePlan } from "./leavePlanFor";

export interface RecordedCalendar {
  eventId?: string | null;
  blockEventId?: string | null;
  bufferEventIds?: string[];
}

export interface RecordInput {
  plan: LeavePlan;
  fields: InterviewFields;
  calendar: RecordedCalendar;
  /** Present for employees: the absence is booked as planned PTO so the balance accounts for it. */
  pto: {
    workingHours: WorkingHours;
    policy: PtoPolicy | null;
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
  } | null;
  nowMs: number;
}

/** What the pane did, applied to the stored document: one interview record and its planned PTO. */
export function withInterviewRecorded(doc: AppDocument, input: RecordInput): AppDocument {
  const { plan, fields, calendar, nowMs } = input;
  const updatedAt = new Date(nowMs).toISOString();
  const old = doc.interviews.find((i) => i.id === plan.interviewId);
  const record: Interview = {
    id: plan.interviewId,
    updatedAt,
    company: fields.company.trim(),
    agency: fields.agency.trim() || null,
    role: old?.role ?? null,
    stage: fields.stage === "unknown" ? "other" : fields.stage,
    start: plan.startUtc,
    end: plan.endUtc,
    joinUrl: /^https:\/\//.test(fields.joinUrl) ? fields.joinUrl : null,
    interviewers: old?.interviewers ?? [],
    status: "upcoming",
    // The check-up re-reads these ids: an organizer's update can reset the private flag.
    calendar: {
      eventId: calendar.eventId ?? old?.calendar.eventId ?? null,
      blockEventId: calendar.blockEventId ?? old?.calendar.blockEventId ?? null,
      bufferEventIds: calendar.bufferEventIds ?? old?.calendar.bufferEventIds ?? [],
    },
  };
  const interviews = [...doc.interviews.filter((i) => i.id !== record.id), record];
  if (!input.pto) return { ...doc, interviews };
  const { workingHours, policy, bufferBeforeMinutes, bufferAfterMinutes } = input.pto;
  const rounding = policy ?? { incrementHours: 0.25, minimumHours: 0, holidays: [] };
  // The same id as the pane's projection uses: booking again replaces the entry, never doubles it.
  const { entry } = plannedEntryFor(
    `${plan.interviewId}/pto`,
    plan.interviewId,
    { start: plan.startUtc, end: plan.endUtc, bufferBeforeMinutes, bufferAfterMinutes },
    workingHours,
    rounding,
  );
  const stored: StoredLedgerEntry = { ...entry, updatedAt };
  return { ...doc, interviews, ledger: [...doc.ledger.filter((e) => e.id !== stored.id), stored] };
}

/** Stores it; false when storage refused or failed (the calendar change stands either way). */
export async function recordInterview(appData: AppDataStore | null, input: RecordInput): Promise<boolean> {
  if (!appData) return false;
  try {
    const result = await appData.save((doc) => withInterviewRecorded(doc, input));
    return result.status === "saved";
  } catch {
    return false;
  }
}
