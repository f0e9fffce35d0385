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
  /** Stores a verbatim copy under a new name; never replaces anything. Returns the name used. */
  keepAside(raw: Uint8Array, name: string): Promise<string>;
}

export const DOCUMENT_NAME = "graceful-leave.json";

/** OneDrive names cannot contain ":", so the time is written with dashes. */
export function asideName(now: number): string {
  const stamp = new Date(now)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "-");
  return `graceful-leave.corrupt-${stamp}.json`;
}
