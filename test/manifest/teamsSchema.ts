import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type AjvDraft04 from "ajv-draft-04";
import type addFormats from "ajv-formats";

// @microsoft/app-manifest ships every Teams manifest schema (draft-04) and depends on the draft-04 build
// of ajv and on ajv-formats; resolving them through it uses exactly the validator pair it declares,
// offline, without adding our own copies.
const packageDir = dirname(require.resolve("@microsoft/app-manifest/package.json"));
const fromAppManifest = createRequire(join(packageDir, "package.json"));
const Ajv = (fromAppManifest("ajv-draft-04") as { default: typeof AjvDraft04 }).default;
const withFormats = (fromAppManifest("ajv-formats") as { default: typeof addFormats }).default;

export function teamsSchemaPath(manifestVersion: string): string {
  return join(
    packageDir,
    "build",
    "json-schemas",
    "teams",
    `v${manifestVersion}`,
    "MicrosoftTeams.schema.json",
  );
}

/** Schema errors for a Teams manifest, against the schema of its own manifestVersion; empty when valid. */
export function teamsManifestErrors(manifest: { readonly manifestVersion?: unknown }): string[] {
  if (typeof manifest.manifestVersion !== "string") return ["manifestVersion is missing"];
  const schema = JSON.parse(readFileSync(teamsSchemaPath(manifest.manifestVersion), "utf8")) as object;
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  withFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`,
  );
}
