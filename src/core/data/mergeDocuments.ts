import { RECORD_COLLECTIONS, type AppDocument } from "./AppDocument";
import { canonicalJson } from "./canonicalJson";

interface Stamped {
  updatedAt: string;
  deleted?: boolean;
}

/**
 * Which of two versions of one record wins: the later `updatedAt`; on a tie a tombstone (a delete
 * is deliberate), then the larger canonical JSON. The tie-breaks make the merge commutative, so the
 * task pane and the tab converge on the same document whichever writes last.
 */
export function newer<T extends Stamped>(a: T, b: T): T {
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  if (ta !== tb) return ta > tb ? a : b;
  if ((a.deleted === true) !== (b.deleted === true)) return a.deleted === true ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/** Merges two lists of records by id; order: `ours` first, then records only `theirs` has. */
export function mergeRecords<T extends Stamped & { id: string }>(
  ours: readonly T[],
  theirs: readonly T[],
): T[] {
  const merged = new Map<string, T>();
  for (const record of ours) {
    const seen = merged.get(record.id);
    merged.set(record.id, seen === undefined ? record : newer(seen, record));
  }
  for (const record of theirs) {
    const seen = merged.get(record.id);
    merged.set(record.id, seen === undefined ? record : newer(seen, record));
  }
  return [...merged.values()];
}

/**
 * Merges two writers' documents record by record. Tombstones are kept, so a record one writer
 * deleted is not brought back by the other writer's older copy.
 */
export function mergeDocuments(ours: AppDocument, theirs: AppDocument): AppDocument {
  const merged: AppDocument = {
    ...ours,
    ptoPolicy: newer(ours.ptoPolicy, theirs.ptoPolicy),
    settings: newer(ours.settings, theirs.settings),
  };
  for (const name of RECORD_COLLECTIONS) {
    // Each collection has its own record type; the loop keeps the rule in one place.
    (merged as Record<string, unknown>)[name] = mergeRecords<Stamped & { id: string }>(
      ours[name],
      theirs[name],
    );
  }
  return merged;
}
