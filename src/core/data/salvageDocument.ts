import type { z } from "zod";
import {
  ChecklistItemSchema,
  InterviewSchema,
  NoteSchema,
  PipelineEntrySchema,
  SettingsSchema,
  StoredLedgerEntrySchema,
  StoredPtoPolicySchema,
  type AppDocument,
} from "./AppDocument";
import { emptyDocument } from "./emptyDocument";

export interface Salvage {
  document: AppDocument;
  /** Records kept and records that did not validate (and stay only in the copy kept aside). */
  kept: number;
  dropped: number;
}

function keepValid<S extends z.ZodType>(schema: S, raw: unknown): { valid: z.infer<S>[]; dropped: number } {
  if (!Array.isArray(raw)) return { valid: [], dropped: 0 };
  const valid: z.infer<S>[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const item of raw) {
    const parsed = schema.safeParse(item);
    const id = parsed.success ? (parsed.data as { id: string }).id : null;
    if (parsed.success && id !== null && !seen.has(id)) {
      seen.add(id);
      valid.push(parsed.data);
    } else dropped += 1;
  }
  return { valid, dropped };
}

/**
 * Keeps every record of an unreadable current-version document that still validates on its own,
 * for the user's "restore" after the original has been copied aside. Anything unparseable gives
 * an empty document. Never throws.
 */
export function salvageDocument(text: string): Salvage {
  const base = emptyDocument();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { document: base, kept: 0, dropped: 0 };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { document: base, kept: 0, dropped: 0 };
  const source = raw as Record<string, unknown>;
  const interviews = keepValid(InterviewSchema, source.interviews);
  const notes = keepValid(NoteSchema, source.notes);
  const checklist = keepValid(ChecklistItemSchema, source.checklist);
  const pipeline = keepValid(PipelineEntrySchema, source.pipeline);
  const ledger = keepValid(StoredLedgerEntrySchema, source.ledger);
  const policy = StoredPtoPolicySchema.safeParse(source.ptoPolicy);
  const settings = SettingsSchema.safeParse(source.settings);
  const lists = [interviews, notes, checklist, pipeline, ledger];
  return {
    document: {
      ...base,
      interviews: interviews.valid,
      notes: notes.valid,
      checklist: checklist.valid,
      pipeline: pipeline.valid,
      ledger: ledger.valid,
      ptoPolicy: policy.success ? policy.data : base.ptoPolicy,
      settings: settings.success ? settings.data : base.settings,
    },
    kept: lists.reduce((sum, list) => sum + list.valid.length, 0),
    dropped: lists.reduce((sum, list) => sum + list.dropped, 0),
  };
}
