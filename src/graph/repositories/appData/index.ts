export { createAppDataStore } from "./createAppDataStore";
export type {
  AppDataStore,
  AppDataStoreOptions,
  CorruptState,
  LoadResult,
  RestoreResult,
  SaveResult,
} from "./createAppDataStore";
export { asideName, DOCUMENT_NAME } from "./DocumentBackend";
export type { DocumentBackend, StoredFile, WriteOutcome } from "./DocumentBackend";
export { createDriveBackend } from "./createDriveBackend";
export { createKeyValueBackend } from "./createKeyValueBackend";
export { createIndexedDbKeyValueStore } from "./createIndexedDbKeyValueStore";
export { createMemoryKeyValueStore } from "./KeyValueStore";
export type { KeyValueStore } from "./KeyValueStore";
