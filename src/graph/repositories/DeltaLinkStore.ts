import type { KeyValueStore } from "./appData";

/**
 * Where the scanners keep their delta links between sessions. They stay on the device (not in the
 * shared document): a delta link belongs to one client's sync state, and losing one only costs a
 * full rescan of the window.
 */
export interface DeltaLinkStore {
  get(scan: string): Promise<string | null>;
  set(scan: string, deltaLink: string | null): Promise<void>;
}

export function createDeltaLinkStore(store: KeyValueStore, prefix = "graceful-leave.delta."): DeltaLinkStore {
  return {
    async get(scan) {
      const entry = await store.get(prefix + scan);
      const link = entry === undefined ? "" : new TextDecoder().decode(entry.value);
      return link === "" ? null : link;
    },
    async set(scan, deltaLink) {
      const value = new TextEncoder().encode(deltaLink ?? "");
      // Last writer wins: both links are valid, and a stale one only repeats some changes.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const current = await store.get(prefix + scan);
        if ((await store.put(prefix + scan, value, current?.version ?? null)).ok) return;
      }
    },
  };
}
