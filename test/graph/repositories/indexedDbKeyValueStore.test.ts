import { IDBFactory } from "fake-indexeddb";
import { createAppDataStore, createIndexedDbKeyValueStore, createKeyValueBackend } from "../../../src/graph";

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | undefined) =>
  value === undefined ? undefined : new TextDecoder().decode(value);

describe("createIndexedDbKeyValueStore", () => {
  it("creates a value only when none exists and then bumps its version on each swap", async () => {
    const kv = createIndexedDbKeyValueStore(new IDBFactory());
    await expect(kv.put("doc", bytes("a"), null)).resolves.toEqual({ ok: true, version: 1 });
    await expect(kv.put("doc", bytes("b"), null)).resolves.toEqual({ ok: false });
    await expect(kv.put("doc", bytes("c"), 1)).resolves.toEqual({ ok: true, version: 2 });
    const entry = await kv.get("doc");
    expect([text(entry?.value), entry?.version]).toEqual(["c", 2]);
  });

  it("refuses a swap from a stale version and keeps the newer value", async () => {
    const kv = createIndexedDbKeyValueStore(new IDBFactory());
    await kv.put("doc", bytes("first"), null);
    await kv.put("doc", bytes("second"), 1);
    await expect(kv.put("doc", bytes("stale"), 1)).resolves.toEqual({ ok: false });
    expect(text((await kv.get("doc"))?.value)).toBe("second");
  });

  it("lets exactly one of two simultaneous swaps from the same version win", async () => {
    const kv = createIndexedDbKeyValueStore(new IDBFactory());
    await kv.put("doc", bytes("base"), null);
    const results = await Promise.all([kv.put("doc", bytes("pane"), 1), kv.put("doc", bytes("tab"), 1)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("backs the device-only store, so two panes on one device merge their edits", async () => {
    const factory = new IDBFactory();
    const store = () =>
      createAppDataStore({
        backend: createKeyValueBackend(createIndexedDbKeyValueStore(factory)),
        now: () => Date.parse("2026-11-25T12:00:00Z"),
      });
    const pane = store();
    const tab = store();
    await pane.load();
    await tab.load();
    const note = (id: string) => ({
      id,
      updatedAt: "2026-11-25T12:00:00.000Z",
      interviewId: null,
      kind: "general" as const,
      text: id,
    });
    await Promise.all([
      pane.save((d) => ({ ...d, notes: [...d.notes, note("pane")] })),
      tab.save((d) => ({ ...d, notes: [...d.notes, note("tab")] })),
    ]);
    const loaded = await store().load();
    expect(loaded.status === "ok" && loaded.document.notes.map((n) => n.id).sort()).toEqual(["pane", "tab"]);
  });
});
