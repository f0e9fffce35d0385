import fc from "fast-check";
import { CURRENT_SCHEMA_VERSION, parseStoredDocument, type CorruptProblem } from "../../../src/core";
import { T0, sampleDocument } from "./sampleDocument";

const valid = JSON.stringify(sampleDocument());

function withField(path: string[], value: unknown): string {
  const doc = JSON.parse(valid) as Record<string, unknown>;
  let target: Record<string, unknown> = doc;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path[path.length - 1]!] = value;
  return JSON.stringify(doc);
}

describe("parseStoredDocument", () => {
  it("reads back a valid current document unchanged", () => {
    const result = parseStoredDocument(valid, T0);
    expect(result).toEqual({ ok: true, document: sampleDocument(), migratedFrom: null });
  });

  it.each<[string, string, CorruptProblem]>([
    ["an empty file", "", "empty"],
    ["whitespace only", "  \n ", "empty"],
    ["JSON truncated in the middle", valid.slice(0, Math.floor(valid.length / 2)), "not-json"],
    ["JSON missing its last brace", valid.slice(0, -1), "not-json"],
    ["a JSON null", "null", "not-a-document"],
    ["a JSON array", "[]", "not-a-document"],
    ["a JSON number", "42", "not-a-document"],
    ["a document with no version", "{}", "unknown-version"],
    ["a version written as a string", withField(["schemaVersion"], "2"), "unknown-version"],
    ["version zero", withField(["schemaVersion"], 0), "unknown-version"],
    ["a newer version", withField(["schemaVersion"], CURRENT_SCHEMA_VERSION + 1), "newer-version"],
    [
      "an interview with no company",
      JSON.stringify({ ...sampleDocument(), interviews: [{ id: "x" }] }),
      "invalid",
    ],
    [
      "a neutral word longer than a subject should be",
      withField(["settings", "neutralWord"], "A".repeat(41)),
      "invalid",
    ],
    [
      "a manager address that is script, not an address",
      withField(["settings", "managerAddress"], "<script>alert(1)</script>"),
      "invalid",
    ],
    [
      "a note of several megabytes",
      JSON.stringify({
        ...sampleDocument(),
        notes: [
          {
            id: "n",
            updatedAt: "2026-11-20T09:00:00.000Z",
            interviewId: null,
            kind: "general",
            text: "x".repeat(300_000),
          },
        ],
      }),
      "invalid",
    ],
    ["an updatedAt that is not a time", withField(["settings", "updatedAt"], "yesterday"), "invalid"],
    [
      "a v1 document whose interviews are not a list",
      JSON.stringify({ version: 1, interviews: "none" }),
      "invalid",
    ],
  ])("reports %s as corrupt without throwing", (_name, text, problem) => {
    const result = parseStoredDocument(text, T0);
    expect(result).toMatchObject({ ok: false, corrupt: true, problem });
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });

  it("keeps hostile strings exactly as text (escaping is the UI's job) and drops prototype keys", () => {
    const hostile = "<img src=x onerror=alert(1)> \u202Egnp.exe \u0000 ${constructor} '); DROP TABLE--";
    const doc = sampleDocument();
    doc.notes[0]!.text = hostile;
    const text = JSON.stringify(doc).replace(
      '"schemaVersion":2',
      '"__proto__":{"polluted":true},"schemaVersion":2',
    );
    const result = parseStoredDocument(text, T0);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.notes[0]!.text).toBe(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseStoredDocument(text, T0);
        return typeof result.ok === "boolean";
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on any truncation or byte edit of a valid document", () => {
    fc.assert(
      fc.property(
        fc.nat(valid.length),
        fc.nat(valid.length),
        fc.string({ maxLength: 3 }),
        (cut, at, junk) => {
          const text = valid.slice(0, at) + junk + valid.slice(at, Math.max(at, cut));
          const result = parseStoredDocument(text, T0);
          return result.ok || result.reason.length > 0;
        },
      ),
      { numRuns: 500 },
    );
  });
});
