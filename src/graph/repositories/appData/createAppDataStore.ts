import {
  AppDocumentSchema,
  emptyDocument,
  mergeDocuments,
  parseStoredDocument,
  salvageDocument,
  stampChanges,
  type AppDocument,
  type CorruptProblem,
} from "../../../core";
import { asideName, type DocumentBackend } from "./DocumentBackend";

/** The stored document could not be used: it stays where it is, and a verbatim copy was kept. */
export interface CorruptState {
  status: "corrupt";
  problem: CorruptProblem;
  reason: string;
  /** Name of the verbatim copy, or null if making it failed (the original is untouched either way). */
  keptAs: string | null;
  /** Whether restore() may replace it (not for a document written by a newer version). */
  restorable: boolean;
}

export type LoadResult =
  | { status: "ok"; document: AppDocument; migratedFrom: number | null }
  | { status: "new"; document: AppDocument }
  | CorruptState;

export type SaveResult =
  | { status: "saved"; document: AppDocument; attempts: number }
  /** The edit would make the document invalid; nothing was written. */
  | { status: "rejected"; reason: string }
  /** Other writers kept winning; nothing of this edit was written. Try again. */
  | { status: "busy"; attempts: number }
  | CorruptState;

export type RestoreResult =
  { status: "restored"; document: AppDocument; kept: number; dropped: number } | SaveResult;

export interface AppDataStore {
  readonly label: string;
  /** Reads and validates the document (migrating older versions in memory). */
  load(): Promise<LoadResult>;
  /**
   * Applies `mutator` to the latest document and writes it with compare-and-swap; on conflict
   * re-reads, merges record by record and tries again. Resolves "saved" only once it is stored.
   */
  save(mutator: (document: AppDocument) => AppDocument): Promise<SaveResult>;
  /**
   * After the user saw a corrupt result: replaces the unreadable document with every record that
   * still validates, but only once its verbatim copy exists and only if nobody changed it since.
   */
  restore(): Promise<RestoreResult>;
}

export interface AppDataStoreOptions {
  backend: DocumentBackend;
  /** Clock (epoch ms) for edit stamps and copy names. */
  now: () => number;
  /** Write attempts per save before answering "busy"; default 8. */
  maxAttempts?: number;
}

interface Current {
  document: AppDocument;
  /** null: nothing stored yet. */
  etag: string | null;
}

const decoder = new TextDecoder("utf-8", { fatal: false });

export function createAppDataStore(options: AppDataStoreOptions): AppDataStore {
  const { backend, now } = options;
  const maxAttempts = options.maxAttempts ?? 8;
  let current: Current | null = null;
  let corrupt: (CorruptState & { etag: string; text: string }) | null = null;
  // One operation at a time per store: two quick clicks in one pane must not race each other.
  let queue: Promise<unknown> = Promise.resolve();

  function serialised<T>(operation: () => Promise<T>): Promise<T> {
    const run = queue.then(operation, operation);
    queue = run.catch(() => undefined);
    return run;
  }

  async function read(): Promise<
    | { status: "ok"; current: Current; migratedFrom: number | null }
    | { status: "new"; current: Current }
    | CorruptState
  > {
    const file = await backend.read();
    if (file === null) {
      corrupt = null;
      return { status: "new", current: { document: emptyDocument(), etag: null } };
    }
    const text = decoder.decode(file.raw);
    const parsed = parseStoredDocument(text, now());
    if (parsed.ok) {
      corrupt = null;
      return {
        status: "ok",
        current: { document: parsed.document, etag: file.etag },
        migratedFrom: parsed.migratedFrom,
      };
    }
    // Copy it aside once per stored version; the original is never written over by save().
    if (corrupt === null || corrupt.etag !== file.etag || corrupt.keptAs === null) {
      let keptAs: string | null = null;
      try {
        keptAs = await backend.keepAside(file.raw, asideName(file.raw, now()));
      } catch {
        keptAs = null;
      }
      corrupt = {
        status: "corrupt",
        problem: parsed.problem,
        reason: parsed.reason,
        keptAs,
        restorable: parsed.problem !== "newer-version",
        etag: file.etag,
        text,
      };
    }
    return publicCorrupt();
  }

  function publicCorrupt(): CorruptState {
    if (corrupt === null) throw new Error("no corrupt state");
    const { etag: _etag, text: _text, ...state } = corrupt;
    return state;
  }

  async function load(): Promise<LoadResult> {
    const result = await read();
    if (result.status === "corrupt") {
      current = null;
      return result;
    }
    current = result.current;
    return result.status === "ok"
      ? { status: "ok", document: result.current.document, migratedFrom: result.migratedFrom }
      : { status: "new", document: result.current.document };
  }

  async function writeMerged(ours: AppDocument, base: Current): Promise<SaveResult> {
    let toWrite = ours;
    let etag = base.etag;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      const outcome = await backend.write(JSON.stringify(toWrite), etag);
      if (outcome.ok) {
        current = { document: toWrite, etag: outcome.etag };
        return { status: "saved", document: toWrite, attempts: attempt };
      }
      const fresh = await read();
      if (fresh.status === "corrupt") {
        current = null;
        return fresh;
      }
      // Merge our stamped edit into what the other writer stored: each record keeps its latest version.
      toWrite = mergeDocuments(fresh.current.document, toWrite);
      etag = fresh.current.etag;
    }
    current = null;
    return { status: "busy", attempts: maxAttempts };
  }

  async function save(mutator: (document: AppDocument) => AppDocument): Promise<SaveResult> {
    let base = current;
    if (base === null) {
      const loaded = await read();
      if (loaded.status === "corrupt") return loaded;
      base = loaded.current;
      current = base;
    }
    const edited = mutator(structuredClone(base.document));
    const ours = stampChanges(base.document, edited, now());
    const valid = AppDocumentSchema.safeParse(ours);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      return {
        status: "rejected",
        reason: issue ? `${issue.path.map(String).join(".")}: ${issue.message}` : "invalid document",
      };
    }
    return writeMerged(valid.data, base);
  }

  async function restore(): Promise<RestoreResult> {
    const state = await read();
    if (state.status !== "corrupt") {
      // Someone fixed or replaced it meanwhile: nothing to restore, just use what is there.
      current = state.current;
      return { status: "restored", document: state.current.document, kept: 0, dropped: 0 };
    }
    if (corrupt === null || !corrupt.restorable || corrupt.keptAs === null) return state;
    const salvage = salvageDocument(corrupt.text);
    // Compare-and-swap against the corrupt version: if it changed since we copied it, we do not touch it.
    const outcome = await backend.write(JSON.stringify(salvage.document), corrupt.etag);
    if (!outcome.ok) return { status: "busy", attempts: 1 };
    corrupt = null;
    current = { document: salvage.document, etag: outcome.etag };
    return { status: "restored", document: salvage.document, kept: salvage.kept, dropped: salvage.dropped };
  }

  return {
    label: backend.label,
    load: () => serialised(load),
    save: (mutator) => serialised(() => save(mutator)),
    restore: () => serialised(restore),
  };
}
