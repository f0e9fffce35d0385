import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository root (test/manifest/ is two levels down). */
export const repoRoot = resolve(__dirname, "..", "..");

/**
 * The schemas are data shared between projects, not ours to commit: they are read from ../shared at
 * test time, resolved from the repo root so the tests work from any working directory.
 */
export const schemaDir = resolve(repoRoot, "..", "shared", "manifest-schema");

export const schemasAvailable = existsSync(join(schemaDir, "OfficeAppManifestV1_1.xsd"));

export const missingSchemasMessage = `Skipping the XSD validation of manifest.xml: ${schemaDir} is absent. Put the shared manifest-schema folder next to the repository to run it.`;
