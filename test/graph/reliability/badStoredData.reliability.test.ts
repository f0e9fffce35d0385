import fc from "fast-check";
import { CURRENT_SCHEMA_VERSION, emptyDocument, type AppDocument } from "../../../src/core";
import { createAppDataStore, createDriveBackend, DOCUMENT_NAME, GraphClient } from "../../../src/graph";
import { createGraphSimulator } from "../../../src/graph/simulator";

const NOW = Date.parse("2026-11-25T12:00:00.000Z");

function validText(): string {
  const doc: AppDocument = {
    ...emptyDocument(),
    notes: [
      {
        id: "n1",
        updatedAt: new Date(NOW).toISOString(),
        interviewId: null,
        kind: "prep",
        text: "Stories ready",
      },
    ],
  };
  return JSON.stringify(doc);
}

/** Ways a stored file goes bad: cut short, bytes replaced, another version, hostile values. */
const damaged = fc.oneof(
  fc.nat().map((n) => validText().slice(0, n % validText().length)),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, junk]) => {
    const bytes = new TextEncoder().encode(validText());
    bytes.set(junk.slice(0, bytes.length - (at % bytes.length)), at % bytes.length);
    return bytes;
  }),
  fc
    .oneof(fc.integer(), fc.string(), fc.constant(null))
    .map((v) =>
      validText().replace(
        `"schemaVersion":${CURRENT_SCHEMA_VERSION}`,
        `"schemaVersion":${JSON.stringify(v)}`,
      ),
    ),
  fc
    .string()
    .map((s) =>
      validText().replace('"Stories ready"', JSON.stringify({ __proto__: { polluted: s }, toString: s })),
    ),
  fc.string({ maxLength: 200 }),
);

describe("bad stored data", () => {
  it("never crashes the store and is never overwritten by a save", async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async (bad) => {
        const bytes = typeof bad === "string" ? new TextEncoder().encode(bad) : bad;
        const sim = createGraphSimulator({ now: () => NOW });
        sim.state.writeFile(DOCUMENT_NAME, bytes);
        const client = new GraphClient({
          fetch: sim.fetch,
          getToken: async () => "t",
          sleep: async () => undefined,
        });
        const store = createAppDataStore({ backend: createDriveBackend(client), now: () => NOW });
        const loaded = await store.load();
        const saved = await store.save((doc) => ({
          ...doc,
          settings: { ...doc.settings, neutralWord: "Errand" },
        }));
        const after = sim.state.files.get(DOCUMENT_NAME)!.content;
        if (loaded.status === "corrupt") {
          // Untouched, a verbatim copy exists, and the save was refused with the same typed answer.
          expect(Buffer.from(after).equals(Buffer.from(bytes))).toBe(true);
          expect(loaded.keptAs).not.toBeNull();
          expect(Buffer.from(sim.state.files.get(loaded.keptAs!)!.content).equals(Buffer.from(bytes))).toBe(
            true,
          );
          expect(saved.status).toBe("corrupt");
        } else {
          expect(saved.status).toBe("saved");
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
