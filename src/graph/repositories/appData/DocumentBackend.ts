import { fnv1a64 } from "../fnv1a64";

/** The stored file as read: its exact bytes (kept aside verbatim if unreadable) and its version tag. */
export interface StoredFile {
  raw: Uint8Array;
  etag: string;
}

export type WriteOutcome = { ok: true; etag: string } | { ok: false; conflict: true };

/**
 * Where the one document lives. Every backend offers compare-and-swap on a version tag, which is
 * what makes concurrent writers (task pane and tab) safe: OneDrive's If-Match eTag, or a version
 * counter in the device's key-value store.
 */
export interface DocumentBackend {
  /** A name for messages ("your OneDrive app folder"). */
  readonly label: string;
  /** The document, or null when none has been written yet. */
  read(): Promise<StoredFile | null>;
  /** Writes only if the stored version is still `etag` (null: only if nothing is stored yet). */
  write(text: string, etag: string | null): Promise<WriteOutcome>;
  /**
   * Stores a verbatim copy under `name` unless a file of that name exists (names are derived from
   * the content, so it is the same copy). Never replaces anything. Returns the name.
   */
  keepAside(raw: Uint8Array, name: string): Promise<string>;
}

export const DOCUMENT_NAME = "graceful-leave.json";

/**
 * The copy's name comes from its content, so every pane and tab that meets the same damaged file
 * finds the same copy instead of adding one more each time it opens. OneDrive names cannot
 * contain ":", hence the dashes in the date.
 */
export function asideName(raw: Uint8Array, now: number): string {
  const day = new Date(now).toISOString().slice(0, 10);
  return `graceful-leave.corrupt-${day}-${fnv1a64(raw).slice(0, 12)}.json`;
}
