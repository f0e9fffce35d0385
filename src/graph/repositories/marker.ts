import { fnv1a64 } from "./fnv1a64";

/**
 * Our marker on the user's own calendar items: one open extension with a fixed name holding only
 * an opaque id and a format version. No subject, company or note text ever goes into it, because
 * extensions travel with the item and are readable by anyone the item is shared with.
 */
export const MARKER_EXTENSION_NAME = "com.gracefulleave.marker";
export const MARKER_VERSION = 1;

/** The id Outlook gives an open extension when it is read back (used in $expand filters). */
export const MARKER_EXTENSION_ID = `Microsoft.OutlookServices.OpenTypeExtension.${MARKER_EXTENSION_NAME}`;

export type BlockRole = "main" | "before" | "after";

export interface Marker {
  /** `<interview id>` for the invite, `<interview id>/<role>` for blocks we created. */
  ref: string;
  version: number;
}

export function markerBody(ref: string): Record<string, unknown> {
  return {
    "@odata.type": "microsoft.graph.openTypeExtension",
    extensionName: MARKER_EXTENSION_NAME,
    ref,
    version: MARKER_VERSION,
  };
}

export function blockRef(interviewId: string, role: BlockRole): string {
  return role === "main" ? `${interviewId}/block` : `${interviewId}/${role}`;
}

/** Reads our marker out of an event's expanded `extensions`, ignoring anyone else's. */
export function readMarker(extensions: unknown): Marker | null {
  if (!Array.isArray(extensions)) return null;
  for (const ext of extensions) {
    if (typeof ext !== "object" || ext === null) continue;
    const record = ext as Record<string, unknown>;
    const name = record.extensionName ?? record.id;
    if (name !== MARKER_EXTENSION_NAME && name !== MARKER_EXTENSION_ID) continue;
    if (typeof record.ref === "string" && typeof record.version === "number")
      return { ref: record.ref, version: record.version };
  }
  return null;
}

/**
 * The transactionId for one block. Derived from the interview, the role and the exact times, so a
 * retried create is recognised by Graph as the same one, while a rescheduled block is a new one.
 */
export function transactionIdFor(
  interviewId: string,
  role: BlockRole,
  startUtc: string,
  endUtc: string,
): string {
  const encode = (text: string) => new TextEncoder().encode(text);
  const a = fnv1a64(encode(`${interviewId}\u0000${role}\u0000${startUtc}\u0000${endUtc}`));
  const b = fnv1a64(encode(`${endUtc}\u0000${startUtc}\u0000${role}\u0000${interviewId}`));
  return `gl-${a}${b}`;
}
