import fc from "fast-check";
import { canonicalJson, live, mergeDocuments, stampChanges, type AppDocument } from "../../../src/core";
import { T0, interview, iso, note, sampleDocument } from "./sampleDocument";

function ids(records: { id: string }[]): string[] {
  return records.map((r) => r.id).sort();
}

describe("mergeDocuments", () => {
  it("keeps records each writer added", () => {
    const base = sampleDocument();
    const pane = { ...base, notes: [...base.notes, note("from-pane", "pane")] };
    const tab = { ...base, notes: [...base.notes, note("from-tab", "tab")] };
    expect(ids(mergeDocuments(pane, tab).notes)).toEqual(["from-pane", "from-tab", "n1"]);
  });

  it("keeps the later edit of the same record", () => {
    const base = sampleDocument();
    const older = { ...base, interviews: [interview("i1", { company: "Old", updatedAt: iso(T0 + 1) })] };
    const later = { ...base, interviews: [interview("i1", { company: "New", updatedAt: iso(T0 + 2) })] };
    expect(mergeDocuments(older, later).interviews[0]!.company).toBe("New");
    expect(mergeDocuments(later, older).interviews[0]!.company).toBe("New");
  });

  it("does not bring back a record the other writer deleted after the edit", () => {
    const base = sampleDocument();
    const edited = { ...base, notes: [note("n1", "edited", { updatedAt: iso(T0 + 1) })] };
    const deleted = {
      ...base,
      notes: [note("n1", "Research the product", { updatedAt: iso(T0 + 2), deleted: true })],
    };
    expect(live(mergeDocuments(edited, deleted).notes)).toEqual([]);
  });

  it("keeps the later settings and PTO policy as whole records", () => {
    const a = sampleDocument();
    const b = sampleDocument();
    b.settings = { ...b.settings, neutralWord: "Errand", updatedAt: iso(T0 + 5) };
    a.ptoPolicy = { updatedAt: iso(T0 + 6), value: null };
    const merged = mergeDocuments(a, b);
    expect(merged.settings.neutralWord).toBe("Errand");
    expect(merged.ptoPolicy.value).toBeNull();
  });

  const noteArb = fc.record({
    id: fc.constantFrom("a", "b", "c", "d"),
    text: fc.string({ maxLength: 5 }),
    at: fc.integer({ min: 0, max: 3 }),
    deleted: fc.boolean(),
  });
  const docArb = fc.array(noteArb, { maxLength: 6 }).map((list): AppDocument => {
    const doc = sampleDocument();
    const seen = new Set<string>();
    doc.notes = list
      .filter((n) => !seen.has(n.id) && seen.add(n.id) !== undefined)
      .map((n) => note(n.id, n.text, { updatedAt: iso(T0 + n.at), deleted: n.deleted }));
    return doc;
  });
  const asSet = (doc: AppDocument) => canonicalJson([...doc.notes].sort((x, y) => x.id.localeCompare(y.id)));

  it("gives the same result whichever writer merges first", () => {
    fc.assert(
      fc.property(docArb, docArb, (a, b) => asSet(mergeDocuments(a, b)) === asSet(mergeDocuments(b, a))),
    );
  });

  it("is idempotent and associative, so repeated retries converge", () => {
    fc.assert(
      fc.property(docArb, docArb, docArb, (a, b, c) => {
        const idem = asSet(mergeDocuments(a, a)) === asSet(a);
        const assoc =
          asSet(mergeDocuments(mergeDocuments(a, b), c)) === asSet(mergeDocuments(a, mergeDocuments(b, c)));
        return idem && assoc;
      }),
    );
  });
});

describe("stampChanges", () => {
  it("stamps changed and new records with now and leaves untouched ones alone", () => {
    const before = sampleDocument();
    const after = {
      ...before,
      notes: [note("n1", "changed", { interviewId: "i1", kind: "prep" }), note("n2", "new")],
    };
    const stamped = stampChanges(before, after, T0 + 1000);
    expect(stamped.notes.map((n) => [n.id, n.updatedAt])).toEqual([
      ["n1", iso(T0 + 1000)],
      ["n2", iso(T0 + 1000)],
    ]);
    expect(stamped.interviews[0]!.updatedAt).toBe(iso(T0));
  });

  it("turns a removed record into a tombstone", () => {
    const before = sampleDocument();
    const stamped = stampChanges(before, { ...before, interviews: [] }, T0 + 1000);
    expect(stamped.interviews).toEqual([
      { ...before.interviews[0], deleted: true, updatedAt: iso(T0 + 1000) },
    ]);
  });

  it("moves the stamp forward even when this device's clock is behind the last edit", () => {
    const before = sampleDocument();
    const after = { ...before, settings: { ...before.settings, neutralWord: "Errand" } };
    const stamped = stampChanges(before, after, T0 - 60_000);
    expect(Date.parse(stamped.settings.updatedAt)).toBe(T0 + 1);
  });
});
