import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

const mainSchema = "OfficeAppManifestV1_1.xsd";

export interface SchemaVerdict {
  readonly valid: boolean;
  /** xmllint's messages, one per error, with the line number. */
  readonly errors: readonly string[];
}

/**
 * Validates an add-in-only manifest against the Office XSDs in `schemaDir`, offline.
 * The main schema imports the other five by file name, so they are preloaded into xmllint's
 * in-memory file system under the same names.
 */
export async function validateManifestXml(xml: string, schemaDir: string): Promise<SchemaVerdict> {
  const read = (fileName: string) => ({
    fileName,
    contents: readFileSync(join(schemaDir, fileName), "utf8"),
  });
  const imported = readdirSync(schemaDir).filter((name) => name.endsWith(".xsd") && name !== mainSchema);
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read(mainSchema)],
    preload: imported.map(read),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
