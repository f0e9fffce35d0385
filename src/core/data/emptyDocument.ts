import { CURRENT_SCHEMA_VERSION, type AppDocument, type Settings } from "./AppDocument";

/** Product defaults: "Appointment", busy, no buffers, a 15-minute reminder on our own block. */
export function defaultSettings(updatedAt: string): Settings {
  return {
    updatedAt,
    storage: "work-onedrive",
    neutralWord: "Appointment",
    showAs: "busy",
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    reminderMinutesBeforeStart: 15,
    managerAddress: null,
    contractorMode: false,
    contractor: null,
  };
}

/**
 * A new document. The epoch timestamp makes every default lose to any real edit when merged, so
 * a writer that starts from scratch never overrides another writer's settings.
 */
export function emptyDocument(): AppDocument {
  const never = new Date(0).toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    interviews: [],
    notes: [],
    checklist: [],
    pipeline: [],
    ledger: [],
    ptoPolicy: { updatedAt: never, value: null },
    settings: defaultSettings(never),
  };
}
