import { emptyDocument, type AppDocument, type Interview, type Note } from "../../../src/core";

export const T0 = Date.parse("2026-11-20T09:00:00.000Z");

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function interview(id: string, overrides: Partial<Interview> = {}): Interview {
  return {
    id,
    updatedAt: iso(T0),
    company: `Company ${id}`,
    agency: null,
    role: "Engineer",
    stage: "screen",
    start: "2026-12-03T13:30:00.000Z",
    end: "2026-12-03T14:30:00.000Z",
    joinUrl: null,
    interviewers: [],
    status: "upcoming",
    calendar: { eventId: null, blockEventId: null, bufferEventIds: [] },
    ...overrides,
  };
}

export function note(id: string, text: string, overrides: Partial<Note> = {}): Note {
  return { id, updatedAt: iso(T0), interviewId: null, kind: "general", text, ...overrides };
}

/** A small valid document with one of everything. */
export function sampleDocument(): AppDocument {
  const doc = emptyDocument();
  return {
    ...doc,
    interviews: [interview("i1")],
    notes: [note("n1", "Research the product", { interviewId: "i1", kind: "prep" })],
    checklist: [
      { id: "c1", updatedAt: iso(T0), interviewId: "i1", label: "Tech check", done: false, order: 1 },
    ],
    pipeline: [
      { id: "p1", updatedAt: iso(T0), company: "Company i1", stage: "screen", interviewIds: ["i1"] },
    ],
    ledger: [
      {
        id: "l1",
        updatedAt: iso(T0),
        kind: "planned",
        date: "2026-12-03",
        hours: -2,
        source: { type: "interview", interviewId: "i1" },
      },
    ],
    ptoPolicy: {
      updatedAt: iso(T0),
      value: {
        balanceHours: 40,
        asOf: "2026-11-01",
        accrual: null,
        capHours: null,
        carryover: null,
        negativeLimitHours: 0,
        incrementHours: 0.5,
        minimumHours: 0,
        holidays: ["2026-12-25"],
      },
    },
    settings: { ...doc.settings, updatedAt: iso(T0), managerAddress: "boss@contoso.com" },
  };
}
