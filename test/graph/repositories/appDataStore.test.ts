import {
  CURRENT_SCHEMA_VERSION,
  emptyDocument,
  live,
  parseStoredDocument,
  type AppDocument,
} from "../../../src/core";
import {
  createAppDataStore,
  createDriveBackend,
  createKeyValueBackend,
  createMemoryKeyValueStore,
  DOCUMENT_NAME,
  type AppDataStore,
  type DocumentBackend,
} from "../../../src/graph";
import { NOW, simClient } from "./simClient";

/** One storage under test: how to make stores on it and how to peek at / plant the raw file. */
interface Harness {
  store(): AppDataStore;
  raw(name?: string): string | undefined;
  plant(text: string): void;
  names(): string[];
}

function clock(): () => number {
  let t = NOW;
  return () => (t += 1000);
}

function driveHarness(): Harness {
  const { sim, client } = simClient();
  const now = clock();
  return {
    store: () => createAppDataStore({ backend: createDriveBackend(client), now }),
    raw: (name = DOCUMENT_NAME) => {
      const file = sim.state.files.get(name);
      return file === undefined ? undefined : new TextDecoder().decode(file.content);
    },
    plant: (text) => void sim.state.writeFile(DOCUMENT_NAME, new TextEncoder().encode(text)),
    names: () => [...sim.state.files.keys()],
  };
}

function deviceHarness(): Harness {
  const kv = createMemoryKeyValueStore();
  const now = clock();
  const backend: DocumentBackend = createKeyValueBackend(kv);
  return {
    store: () => createAppDataStore({ backend, now }),
    raw: (name = DOCUMENT_NAME) => {
      const entry = kv.entries.get(name);
      return entry === undefined ? undefined : new TextDecoder().decode(entry.value);
    },
    plant: (text) =>
      void kv.entries.set(DOCUMENT_NAME, { value: new TextEncoder().encode(text), version: 41 }),
    names: () => [...kv.entries.keys()],
  };
}

const addNote = (id: string, text: string) => (doc: AppDocument) => ({
  ...doc,
  notes: [
    ...doc.notes,
    { id, updatedAt: new Date(0).toISOString(), interviewId: null, kind: "general" as const, text },
  ],
});

function stored(h: Harness): AppDocument {
  const parsed = parseStoredDocument(h.raw() ?? "", NOW);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.document;
}

describe.each<[string, () => Harness]>([
  ["work OneDrive app folder", driveHarness],
  ["device-only storage", deviceHarness],
])("AppDataStore on %s", (_name, makeHarness) => {
  let h: Harness;
  beforeEach(() => {
    h = makeHarness();
  });

  it("starts with an empty document and writes nothing until the first save", async () => {
    await expect(h.store().load()).resolves.toEqual({ status: "new", document: emptyDocument() });
    expect(h.raw()).toBeUndefined();
  });

  it("stores an edit that a fresh store then reads back", async () => {
    const result = await h.store().save(addNote("n1", "Research Fabrikam"));
    expect(result.status).toBe("saved");
    const loaded = await h.store().load();
    expect(loaded.status === "ok" && loaded.document.notes.map((n) => n.text)).toEqual(["Research Fabrikam"]);
  });

  it("keeps both writers' edits when the task pane and the tab save from the same version", async () => {
    const pane = h.store();
    const tab = h.store();
    await pane.save(addNote("seed", "first"));
    await tab.load();
    await pane.save(addNote("from-pane", "pane"));
    const tabResult = await tab.save(addNote("from-tab", "tab"));
    expect(tabResult).toMatchObject({ status: "saved", attempts: 2 });
    expect(
      live(stored(h).notes)
        .map((n) => n.id)
        .sort(),
    ).toEqual(["from-pane", "from-tab", "seed"]);
  });

  it("does not bring back a note one writer deleted when the other writer saves an older copy", async () => {
    const pane = h.store();
    const tab = h.store();
    await pane.save(addNote("gone", "delete me"));
    await tab.load();
    await pane.save((doc) => ({ ...doc, notes: doc.notes.filter((n) => n.id !== "gone") }));
    await tab.save(addNote("kept", "tab"));
    expect(live(stored(h).notes).map((n) => n.id)).toEqual(["kept"]);
  });

  it("rejects an edit that would make the document invalid and writes nothing", async () => {
    const store = h.store();
    await store.save(addNote("n1", "ok"));
    const before = h.raw();
    const result = await store.save((doc) => ({ ...doc, settings: { ...doc.settings, neutralWord: "" } }));
    expect(result.status).toBe("rejected");
    expect(h.raw()).toBe(before);
  });

  it.each<[string, string]>([
    ["truncated JSON", JSON.stringify(emptyDocument()).slice(0, 40)],
    [
      "a document from a newer version",
      JSON.stringify({ ...emptyDocument(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }),
    ],
    [
      "an interview whose fields are script",
      JSON.stringify({ ...emptyDocument(), interviews: [{ id: "<script>", company: { $gt: "" } }] }),
    ],
    ["a lone UTF-8 continuation byte", "\u0080"],
  ])("copies %s aside verbatim, reports it and never overwrites it", async (_case, text) => {
    h.plant(text);
    const store = h.store();
    const loaded = await store.load();
    expect(loaded).toMatchObject({
      status: "corrupt",
      keptAs: expect.stringMatching(/^graceful-leave\.corrupt-.*\.json$/),
    });
    if (loaded.status !== "corrupt" || loaded.keptAs === null) throw new Error("expected a copy");
    expect(h.raw(loaded.keptAs)).toBe(text);
    expect((await store.save(addNote("n", "lost?"))).status).toBe("corrupt");
    expect(h.raw()).toBe(text);
  });

  it("makes one copy of a damaged file however many panes and tabs open it", async () => {
    h.plant("{ not json");
    const store = h.store();
    await store.load();
    await store.load();
    await store.save(addNote("n", "x"));
    const other = await h.store().load();
    expect(h.names().filter((n) => n.includes("corrupt"))).toEqual([
      other.status === "corrupt" ? other.keptAs : "?",
    ]);
  });

  it("makes a second copy when the damaged file changes", async () => {
    h.plant("{ not json");
    await h.store().load();
    h.plant("{ still not json");
    await h.store().load();
    expect(h.names().filter((n) => n.includes("corrupt"))).toHaveLength(2);
  });

  it("restores every record that still validates, keeping the damaged copy", async () => {
    const doc = {
      ...emptyDocument(),
      notes: [
        {
          id: "good",
          updatedAt: new Date(NOW).toISOString(),
          interviewId: null,
          kind: "general",
          text: "keep me",
        },
        { id: "bad" },
      ],
    };
    h.plant(JSON.stringify(doc));
    const store = h.store();
    const loaded = await store.load();
    expect(loaded.status).toBe("corrupt");
    const restored = await store.restore();
    expect(restored).toMatchObject({ status: "restored", kept: 1, dropped: 1 });
    expect(stored(h).notes.map((n) => n.id)).toEqual(["good"]);
    expect(h.names().some((n) => n.includes("corrupt"))).toBe(true);
  });

  it("refuses to restore over a document written by a newer version", async () => {
    const text = JSON.stringify({ ...emptyDocument(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    h.plant(text);
    const store = h.store();
    await store.load();
    await expect(store.restore()).resolves.toMatchObject({ status: "corrupt", restorable: false });
    expect(h.raw()).toBe(text);
  });

  it("reads a v1 document migrated and writes it as the current version on the next save", async () => {
    h.plant(
      JSON.stringify({
        version: 1,
        interviews: [
          {
            id: "a",
            company: "Fabrikam",
            start: "2026-12-03T13:30:00Z",
            end: "2026-12-03T14:30:00Z",
            notes: "Ask about on-call",
          },
        ],
      }),
    );
    const store = h.store();
    const loaded = await store.load();
    expect(loaded).toMatchObject({ status: "ok", migratedFrom: 1 });
    await store.save(addNote("new", "after migration"));
    expect(stored(h).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(stored(h).notes.map((n) => n.id)).toEqual(["a.prep", "new"]);
  });

  it("keeps hostile strings byte for byte", async () => {
    const hostile = '</script><img src=x onerror="alert(1)">\u202E\u0000"\\';
    await h.store().save(addNote("h", hostile));
    expect(stored(h).notes[0]!.text).toBe(hostile);
  });
});
