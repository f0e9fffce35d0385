import { AppDocumentSchema, type AppDocument } from "./AppDocument";
import { describe, migrate } from "./migrate";

export type CorruptProblem =
  "empty" | "not-json" | "not-a-document" | "newer-version" | "unknown-version" | "invalid";

export type ParseResult =
  | { ok: true; document: AppDocument; migratedFrom: number | null }
  | { ok: false; corrupt: true; problem: CorruptProblem; reason: string };

function corrupt(problem: CorruptProblem, reason: string): ParseResult {
  return { ok: false, corrupt: true, problem, reason };
}

/**
 * Parses, migrates and validates the stored document. Never throws: whatever the file holds
 * (truncated JSON, another version, hostile strings) comes back as a value the caller can show.
 * `now` (epoch ms) stamps migrated records.
 */
export function parseStoredDocument(text: string, now: number): ParseResult {
  try {
    if (text.trim() === "") return corrupt("empty", "The stored file is empty.");
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return corrupt(
        "not-json",
        `The stored file is not valid JSON (${error instanceof Error ? error.message : "parse error"}).`,
      );
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      return corrupt("not-a-document", "The stored file is JSON but not a Graceful Leave document.");
    }
    const migrated = migrate(raw, new Date(now).toISOString());
    if (!migrated.ok) return corrupt(migrated.problem, migrated.reason);
    const parsed = AppDocumentSchema.safeParse(migrated.document);
    if (!parsed.success)
      return corrupt("invalid", `The stored document does not validate: ${describe(parsed.error)}`);
    return {
      ok: true,
      document: parsed.data,
      migratedFrom: migrated.from === parsed.data.schemaVersion ? null : migrated.from,
    };
  } catch (error) {
    // Belt and braces: a bug in a schema refinement must not take the pane down with it.
    return corrupt(
      "invalid",
      `The stored document could not be read (${error instanceof Error ? error.message : "unexpected error"}).`,
    );
  }
}
