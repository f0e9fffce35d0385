export {
  AppDocumentSchema,
  ChecklistItemSchema,
  CURRENT_SCHEMA_VERSION,
  InterviewSchema,
  NoteSchema,
  PipelineEntrySchema,
  RECORD_COLLECTIONS,
  SettingsSchema,
  SINGLETONS,
  StoredLedgerEntrySchema,
  StoredPtoPolicySchema,
} from "./AppDocument";
export type {
  AppDocument,
  ChecklistItem,
  Interview,
  Note,
  PipelineEntry,
  RecordCollection,
  Settings,
  Singleton,
  StoredLedgerEntry,
  StoredPtoPolicy,
} from "./AppDocument";
export { canonicalJson } from "./canonicalJson";
export { defaultSettings, emptyDocument } from "./emptyDocument";
export { mergeDocuments, mergeRecords, newer } from "./mergeDocuments";
export { migrate, migrateV1, V1DocumentSchema, versionOf } from "./migrate";
export type { MigrationResult, V1Document } from "./migrate";
export { parseStoredDocument } from "./parseStoredDocument";
export type { CorruptProblem, ParseResult } from "./parseStoredDocument";
export {
  AccrualSchema,
  CarryoverSchema,
  ContractorTermsSchema,
  DayOfWeekSchema,
  LedgerEntrySchema,
  PtoPolicySchema,
} from "./ptoSchemas";
export type { Exact } from "./ptoSchemas";
export { live, stampChanges } from "./stampChanges";
export { salvageDocument } from "./salvageDocument";
export type { Salvage } from "./salvageDocument";
