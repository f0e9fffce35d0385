import { z } from "zod";
import { ContractorTermsSchema, LedgerEntrySchema, PtoPolicySchema } from "./ptoSchemas";

/** The schema version this build writes. Older versions are migrated; newer ones are left alone. */
export const CURRENT_SCHEMA_VERSION = 2;

// Bounds keep a hostile or runaway document from exhausting memory in the task pane.
const id = z.string().min(1).max(200);
const shortText = z.string().max(500);
const longText = z.string().max(200_000);
const instant = z.iso.datetime({ offset: true });

/**
 * Every record carries its id, when it last changed and a tombstone flag, so two writers (task
 * pane and tab) can merge record by record instead of one overwriting the other.
 */
const recordMeta = {
  id,
  updatedAt: instant,
  deleted: z.boolean().optional(),
};

export const InterviewSchema = z.object({
  ...recordMeta,
  company: shortText,
  agency: shortText.nullable(),
  role: shortText.nullable(),
  stage: z.enum(["screen", "technical", "onsite", "final", "other"]),
  start: instant,
  end: instant,
  joinUrl: z.string().max(2000).nullable(),
  interviewers: z.array(shortText).max(50),
  status: z.enum(["upcoming", "done", "cancelled"]),
  /** Graph ids of the invite and of the blocks we created, to re-check and clean them up. */
  calendar: z.object({
    eventId: z.string().max(1000).nullable(),
    blockEventId: z.string().max(1000).nullable(),
    bufferEventIds: z.array(z.string().max(1000)).max(2),
  }),
});

export const NoteSchema = z.object({
  ...recordMeta,
  interviewId: id.nullable(),
  kind: z.enum(["prep", "debrief", "thank-you", "general"]),
  text: longText,
});

export const ChecklistItemSchema = z.object({
  ...recordMeta,
  interviewId: id,
  label: shortText,
  done: z.boolean(),
  order: z.number().int(),
});

export const PipelineEntrySchema = z.object({
  ...recordMeta,
  company: shortText,
  stage: z.enum(["applied", "screen", "interviewing", "offer", "rejected", "withdrawn"]),
  interviewIds: z.array(id).max(200),
});

export const StoredLedgerEntrySchema = LedgerEntrySchema.extend({
  updatedAt: instant,
  deleted: z.boolean().optional(),
});

/** A singleton that merges as one record; `value: null` means "not set" and still carries its time. */
export const StoredPtoPolicySchema = z.object({
  updatedAt: instant,
  value: PtoPolicySchema.nullable(),
});

export const SettingsSchema = z.object({
  updatedAt: instant,
  storage: z.enum(["work-onedrive", "personal-onedrive", "device"]),
  /** The honest neutral subject of blocks, e.g. "Appointment". */
  neutralWord: z.string().min(1).max(40),
  showAs: z.enum(["busy", "oof"]),
  bufferBeforeMinutes: z.number().int().min(0).max(480),
  bufferAfterMinutes: z.number().int().min(0).max(480),
  reminderMinutesBeforeStart: z.number().int().min(0).max(1440),
  managerAddress: z.email().max(320).nullable(),
  contractorMode: z.boolean(),
  contractor: ContractorTermsSchema.nullable(),
});

export const AppDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  interviews: z.array(InterviewSchema).max(10_000),
  notes: z.array(NoteSchema).max(50_000),
  checklist: z.array(ChecklistItemSchema).max(100_000),
  pipeline: z.array(PipelineEntrySchema).max(10_000),
  ledger: z.array(StoredLedgerEntrySchema).max(100_000),
  ptoPolicy: StoredPtoPolicySchema,
  settings: SettingsSchema,
});

export type Interview = z.infer<typeof InterviewSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type PipelineEntry = z.infer<typeof PipelineEntrySchema>;
export type StoredLedgerEntry = z.infer<typeof StoredLedgerEntrySchema>;
export type StoredPtoPolicy = z.infer<typeof StoredPtoPolicySchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type AppDocument = z.infer<typeof AppDocumentSchema>;

/** The collections that merge record by record. */
export const RECORD_COLLECTIONS = ["interviews", "notes", "checklist", "pipeline", "ledger"] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];
/** The singletons that merge as one record each. */
export const SINGLETONS = ["ptoPolicy", "settings"] as const;
export type Singleton = (typeof SINGLETONS)[number];
