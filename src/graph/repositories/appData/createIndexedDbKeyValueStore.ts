import type { KeyValueStore } from "./KeyValueStore";

const STORE = "documents";

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

/**
 * Device-only storage in IndexedDB. The compare-and-swap runs inside one readwrite transaction,
 * which IndexedDB serialises across tabs of the same origin.
 */
export function createIndexedDbKeyValueStore(
  factory: IDBFactory,
  databaseName = "graceful-leave",
): KeyValueStore {
  let database: Promise<IDBDatabase> | null = null;
  function open(): Promise<IDBDatabase> {
    if (database === null) {
      const request = factory.open(databaseName, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      database = promised(request).catch((error: unknown) => {
        database = null;
        throw error;
      });
    }
    return database;
  }

  return {
    async get(key) {
      const db = await open();
      const entry = (await promised(db.transaction(STORE, "readonly").objectStore(STORE).get(key))) as
        { value: Uint8Array; version: number } | undefined;
      return entry === undefined ? undefined : { value: new Uint8Array(entry.value), version: entry.version };
    },
    async put(key, value, expectedVersion) {
      const db = await open();
      const transaction = db.transaction(STORE, "readwrite");
      const store = transaction.objectStore(STORE);
      const current = (await promised(store.get(key))) as { version: number } | undefined;
      if ((current?.version ?? null) !== expectedVersion) {
        transaction.abort();
        return { ok: false };
      }
      const version = (current?.version ?? 0) + 1;
      await promised(store.put({ value, version }, key));
      return { ok: true, version };
    },
  };
}
