import { z } from "zod";
import { CURRENT_SCHEMA_VERSION, type AppDocument, type Interview, type Note } from "./AppDocument";
import { defaultSettings, emptyDocument } from "./emptyDocument";
import { LedgerEntrySchema, PtoPolicySchema } from "./ptoSchemas";

/**
 * Version 1 (the first preview): `version` instead of `schemaVersion`, prep notes as one string
 * on each interview, no per-record timestamps (so no merge), and the block subject called
 * `neutralSubject`.
 */
export const V1DocumentSchema = z.object({
  version: z.literal(1),
  interviews: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        company: z.string().max(500),
        start: z.iso.datetime({ offset: true }),
        end: z.iso.datetime({ offset: true }),
        stage: z.enum(["screen", "technical", "onsite", "final", "other"]).optional(),
        notes: z.string().max(200_000).optional(),
        eventId: z.string().max(1000).nullable().optional(),
      }),
    )
    .max(10_000),
  ptoPolicy: PtoPolicySchema.nullable().optional(),
  ledger: z.array(LedgerEntrySchema).max(100_000).optional(),
  settings: z
    .object({
      neutralSubject: z.string().min(1).max(40).optional(),
      showAs: z.enum(["busy", "oof"]).optional(),
      managerEmail: z.email().max(320).nullable().optional(),
    })
    .optional(),
});
export type V1Document = z.infer<typeof V1DocumentSchema>;

export type MigrationResult =
  | { ok: true; document: unknown; from: number }
  | { ok: false; problem: "newer-version" | "unknown-version" | "invalid"; reason: string };

/** Reads the version field of either generation; null when there is none. */
export function versionOf(raw: unknown): number | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  const version = record.schemaVersion ?? record.version;
  return typeof version === "number" && Number.isInteger(version) ? version : null;
}

/** v1 → v2. Migrated records are stamped `migratedAt` so they merge like any edit made then. */
export function migrateV1(v1: V1Document, migratedAt: string): AppDocument {
  const base = emptyDocument();
  const interviews: Interview[] = v1.interviews.map((old) => ({
    id: old.id,
    updatedAt: migratedAt,
    company: old.company,
    agency: null,
    role: null,
    stage: old.stage ?? "other",
    start: old.start,
    end: old.end,
    joinUrl: null,
    interviewers: [],
    status: "upcoming",
    calendar: { eventId: old.eventId ?? null, blockEventId: null, bufferEventIds: [] },
  }));
  // The derived id is stable, so two devices migrating the same v1 file produce the same note.
  const notes: Note[] = v1.interviews
    .filter((old) => old.notes !== undefined && old.notes !== "")
    .map((old) => ({
      id: `${old.id}.prep`,
      updatedAt: migratedAt,
      interviewId: old.id,
      kind: "prep",
      text: old.notes ?? "",
    }));
  const defaults = defaultSettings(migratedAt);
  return {
    ...base,
    interviews,
    notes,
    ledger: (v1.ledger ?? []).map((entry) => ({ ...entry, updatedAt: migratedAt })),
    ptoPolicy: { updatedAt: migratedAt, value: v1.ptoPolicy ?? null },
    settings: {
      ...defaults,
      neutralWord: v1.settings?.neutralSubject ?? defaults.neutralWord,
      showAs: v1.settings?.showAs ?? defaults.showAs,
      managerAddress: v1.settings?.managerEmail ?? null,
    },
  };
}

/**
 * Brings a parsed document of any known version to the current shape (still to be validated).
 * A newer version is refused rather than guessed at: writing it back would drop fields we do not know.
 */
export function migrate(raw: unknown, migratedAt: string): MigrationResult {
  const version = versionOf(raw);
  if (version === CURRENT_SCHEMA_VERSION) return { ok: true, document: raw, from: version };
  if (version === 1) {
    const parsed = V1DocumentSchema.safeParse(raw);
    if (!parsed.success)
      return {
        ok: false,
        problem: "invalid",
        reason: `Version 1 document does not validate: ${describe(parsed.error)}`,
      };
    return { ok: true, document: migrateV1(parsed.data, migratedAt), from: 1 };
  }
  if (version !== null && version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      problem: "newer-version",
      reason: `Written by a newer Graceful Leave (schema version ${version}); this version reads up to ${CURRENT_SCHEMA_VERSION}.`,
    };
  }
  return {
    ok: false,
    problem: "unknown-version",
    reason: version === null ? "No schema version." : `Unknown schema version ${version}.`,
  };
}

/** The first few issues, with their paths, short enough to show to the user. */
export function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join(".") || "(document)"}: ${issue.message}`)
    .join("; ");
}
