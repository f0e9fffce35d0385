/**
 * The minimal storage the device-only backend needs. IndexedDB provides it in the browser (see
 * createIndexedDbKeyValueStore); tests use the in-memory one. `put` is a compare-and-swap on a
 * version number so two panes on one device cannot overwrite each other.
 */
export interface KeyValueStore {
  get(key: string): Promise<{ value: Uint8Array; version: number } | undefined>;
  /** Stores `value` only if the current version is `expectedVersion` (null: only if absent). */
  put(
    key: string,
    value: Uint8Array,
    expectedVersion: number | null,
  ): Promise<{ ok: true; version: number } | { ok: false }>;
}

export function createMemoryKeyValueStore(): KeyValueStore & {
  entries: Map<string, { value: Uint8Array; version: number }>;
} {
  const entries = new Map<string, { value: Uint8Array; version: number }>();
  return {
    entries,
    async get(key) {
      const entry = entries.get(key);
      return entry === undefined ? undefined : { value: entry.value.slice(), version: entry.version };
    },
    async put(key, value, expectedVersion) {
      const current = entries.get(key);
      if ((current?.version ?? null) !== expectedVersion) return { ok: false };
      const version = (current?.version ?? 0) + 1;
      entries.set(key, { value: value.slice(), version });
      return { ok: true, version };
    },
  };
}
