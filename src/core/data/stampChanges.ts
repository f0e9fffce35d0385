import { RECORD_COLLECTIONS, type AppDocument } from "./AppDocument";
import { canonicalJson } from "./canonicalJson";

interface Stamped {
  updatedAt: string;
  deleted?: boolean;
}

function withoutStamp(record: Stamped): string {
  const { updatedAt: _ignored, ...rest } = record;
  return canonicalJson(rest);
}

/** A time strictly after `previous` and not before `now`, so an edit always beats what it edited. */
function nextStamp(previous: string | undefined, now: number): string {
  const before = previous === undefined ? Number.NEGATIVE_INFINITY : Date.parse(previous);
  return new Date(Math.max(now, before + 1)).toISOString();
}

function stampList<T extends Stamped & { id: string }>(
  before: readonly T[],
  after: readonly T[],
  now: number,
): T[] {
  const previous = new Map(before.map((record) => [record.id, record]));
  const result: T[] = [];
  const kept = new Set<string>();
  for (const record of after) {
    kept.add(record.id);
    const old = previous.get(record.id);
    result.push(
      old !== undefined && withoutStamp(old) === withoutStamp(record)
        ? old
        : { ...record, updatedAt: nextStamp(old?.updatedAt, now) },
    );
  }
  // A record the caller dropped becomes a tombstone: without it a merge would resurrect the
  // other writer's copy.
  for (const old of before) {
    if (kept.has(old.id)) continue;
    result.push(
      old.deleted === true ? old : { ...old, deleted: true, updatedAt: nextStamp(old.updatedAt, now) },
    );
  }
  return result;
}

function stampOne<T extends Stamped>(before: T, after: T, now: number): T {
  return withoutStamp(before) === withoutStamp(after)
    ? before
    : { ...after, updatedAt: nextStamp(before.updatedAt, now) };
}

/**
 * Stamps every record a mutator added, changed or removed with `now` (epoch ms), so callers edit
 * the document plainly and the merge still knows which side changed what.
 */
export function stampChanges(before: AppDocument, after: AppDocument, now: number): AppDocument {
  const stamped: AppDocument = {
    ...after,
    ptoPolicy: stampOne(before.ptoPolicy, after.ptoPolicy, now),
    settings: stampOne(before.settings, after.settings, now),
  };
  for (const name of RECORD_COLLECTIONS) {
    (stamped as Record<string, unknown>)[name] = stampList<Stamped & { id: string }>(
      before[name],
      after[name],
      now,
    );
  }
  return stamped;
}

/** The records a reader should see: tombstones hidden. */
export function live<T extends { deleted?: boolean }>(records: readonly T[]): T[] {
  return records.filter((record) => record.deleted !== true);
}
