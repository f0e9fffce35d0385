import { AppDocumentSchema, migrate, parseStoredDocument, versionOf } from "../../../src/core";
import { T0, iso } from "./sampleDocument";

const v1 = {
  version: 1,
  interviews: [
    {
      id: "a",
      company: "Fabrikam",
      start: "2026-12-03T13:30:00Z",
      end: "2026-12-03T14:30:00Z",
      stage: "technical",
      notes: "Ask about on-call",
      eventId: "AAMk-1",
    },
    { id: "b", company: "Northwind", start: "2026-12-08T09:00:00Z", end: "2026-12-08T10:00:00Z" },
  ],
  ledger: [
    {
      id: "l",
      kind: "planned",
      date: "2026-12-03",
      hours: -1,
      source: { type: "interview", interviewId: "a" },
    },
  ],
  settings: { neutralSubject: "Personal appointment", showAs: "oof", managerEmail: "lee@contoso.com" },
};

describe("migrate", () => {
  it("turns a v1 document into a valid current document", () => {
    const result = migrate(v1, iso(T0));
    expect(result.ok).toBe(true);
    if (result.ok) expect(AppDocumentSchema.safeParse(result.document).success).toBe(true);
  });

  it("moves each v1 interview's notes string into its own prep note record", () => {
    const result = parseStoredDocument(JSON.stringify(v1), T0);
    if (!result.ok) throw new Error(result.reason);
    expect(result.migratedFrom).toBe(1);
    expect(result.document.notes).toEqual([
      { id: "a.prep", updatedAt: iso(T0), interviewId: "a", kind: "prep", text: "Ask about on-call" },
    ]);
  });

  it("keeps every v1 interview with its times, stage and event id, and stamps it for merging", () => {
    const result = parseStoredDocument(JSON.stringify(v1), T0);
    if (!result.ok) throw new Error(result.reason);
    expect(
      result.document.interviews.map((i) => [
        i.id,
        i.company,
        i.start,
        i.stage,
        i.calendar.eventId,
        i.updatedAt,
      ]),
    ).toEqual([
      ["a", "Fabrikam", "2026-12-03T13:30:00Z", "technical", "AAMk-1", iso(T0)],
      ["b", "Northwind", "2026-12-08T09:00:00Z", "other", null, iso(T0)],
    ]);
  });

  it("renames the v1 settings and keeps the ledger", () => {
    const result = parseStoredDocument(JSON.stringify(v1), T0);
    if (!result.ok) throw new Error(result.reason);
    expect(result.document.settings).toMatchObject({
      neutralWord: "Personal appointment",
      showAs: "oof",
      managerAddress: "lee@contoso.com",
    });
    expect(result.document.ledger.map((e) => e.id)).toEqual(["l"]);
  });

  it("migrates the same v1 file identically on two devices, so their copies merge cleanly", () => {
    expect(migrate(v1, iso(T0))).toEqual(migrate(structuredClone(v1), iso(T0)));
  });

  it.each([
    [{ schemaVersion: 2 }, 2],
    [{ version: 1 }, 1],
    [{ schemaVersion: 1.5 }, null],
    [[], null],
    ["2", null],
  ])("reads the version of %j as %p", (raw, expected) => {
    expect(versionOf(raw)).toBe(expected);
  });
});
