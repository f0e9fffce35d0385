import { DOCUMENT_NAME, type DocumentBackend } from "./DocumentBackend";
import type { KeyValueStore } from "./KeyValueStore";

/** "This device only": the same document and rules, kept in the browser's storage. */
export function createKeyValueBackend(
  store: KeyValueStore,
  options: { label?: string; key?: string } = {},
): DocumentBackend {
  const key = options.key ?? DOCUMENT_NAME;
  return {
    label: options.label ?? "this device",
    async read() {
      const entry = await store.get(key);
      return entry === undefined ? null : { raw: entry.value, etag: String(entry.version) };
    },
    async write(text, etag) {
      const result = await store.put(
        key,
        new TextEncoder().encode(text),
        etag === null ? null : Number(etag),
      );
      return result.ok ? { ok: true, etag: String(result.version) } : { ok: false, conflict: true };
    },
    async keepAside(raw, name) {
      // Refused only when the copy already exists, which is just as good.
      await store.put(name, raw, null);
      return name;
    },
  };
}
