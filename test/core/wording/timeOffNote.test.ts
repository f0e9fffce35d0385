import fc from "fast-check";
import { LANGUAGES, revealsInterview, timeOffNote, type NoteTime } from "../../../src/core/wording";

// ICU puts narrow and thin no-break spaces around times and dashes; compare them as plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u2009\u00a0]/g, " ");
const afternoon: NoteTime = { start: "2026-12-03T13:30:00+01:00", end: "2026-12-03T16:00:00+01:00" };

describe("timeOffNote", () => {
  it.each([
    ["en-GB", "I have an appointment on Thursday 3 December, 13:30–16:00, and will take PTO for it."],
    ["en-US", "I have an appointment on Thursday, December 3, 1:30 – 4:00 PM, and will take PTO for it."],
    [
      "fr-FR",
      "J'ai un rendez-vous le jeudi 3 décembre, 13:30 – 16:00 et je poserai un congé pour ce créneau.",
    ],
    ["de-DE", "Ich habe am Donnerstag, 3. Dezember, 13:30–16:00 Uhr einen Termin und nehme dafür Urlaub."],
    ["nl-NL", "Ik heb op donderdag 3 december, 13:30–16:00 een afspraak en neem daarvoor verlof op."],
  ])("states the appointment and the PTO in %s", (locale, expected) => {
    expect(plain(timeOffNote(afternoon, { locale, timeZone: "Europe/Paris" }))).toBe(expected);
  });

  it("falls back to English templates for a locale it has none for, with that locale's date format", () => {
    const note = timeOffNote(afternoon, { locale: "en-IE", timeZone: "Europe/Paris" });
    expect(note.startsWith("I have an appointment on Thursday, 3 December")).toBe(true);
    expect(timeOffNote(afternoon, { locale: "sv-SE", timeZone: "Europe/Paris" })).toMatch(
      /^I have an appointment on torsdag/,
    );
  });

  it("gives the contractor version without PTO", () => {
    expect(
      plain(timeOffNote(afternoon, { locale: "en-GB", timeZone: "Europe/Paris", mode: "contractor" })),
    ).toBe(
      "I have an appointment on Thursday 3 December, 13:30–16:00, and will not be working during that time.",
    );
  });

  it.each([
    [
      "Asia/Kathmandu",
      "I have an appointment on Thursday 3 December, 18:15–20:45, and will take PTO for it.",
    ],
    [
      "Australia/Sydney",
      "I have an appointment from Thursday 3 December at 23:30 to Friday 4 December at 2:00, and will take PTO for it.",
    ],
  ])(
    "shows the time in the user's zone (%s), whatever zone the item was written in",
    (timeZone, expected) => {
      expect(plain(timeOffNote(afternoon, { locale: "en-GB", timeZone }))).toBe(expected);
    },
  );

  it("states a span over several days from start to end", () => {
    const note = timeOffNote(
      { start: "2026-12-03T15:00:00+01:00", end: "2026-12-04T11:00:00+01:00" },
      { locale: "en-GB", timeZone: "Europe/Paris" },
    );
    expect(plain(note)).toBe(
      "I have an appointment from Thursday 3 December at 15:00 to Friday 4 December at 11:00, and will take PTO for it.",
    );
  });

  it.each<[string, NoteTime, string]>([
    [
      "a single all-day item",
      { allDay: true, startDate: "2026-12-03" },
      "I have an appointment on Thursday 3 December, and will take PTO for it.",
    ],
    [
      "an all-day item over two days (end exclusive)",
      { allDay: true, startDate: "2026-12-03", endDate: "2026-12-05" },
      "I have an appointment from Thursday 3 December to Friday 4 December, and will take PTO for it.",
    ],
  ])("states %s by its dates, in no zone", (_name, time, expected) => {
    expect(timeOffNote(time, { locale: "en-GB", timeZone: "Pacific/Auckland" })).toBe(expected);
  });

  it("adds the year when asked", () => {
    expect(
      timeOffNote(
        { allDay: true, startDate: "2027-01-07" },
        { locale: "en-GB", timeZone: "UTC", includeYear: true },
      ),
    ).toBe("I have an appointment on Thursday, 7 January 2027, and will take PTO for it.");
  });

  it("never reveals the interview, in any language, mode or date", () => {
    const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 11, 31) });
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 15, max: 3 * 24 * 60 }),
        fc.constantFrom(...LANGUAGES),
        fc.constantFrom("pto" as const, "contractor" as const),
        fc.constantFrom("Europe/Paris", "America/New_York", "Asia/Kathmandu", "Australia/Sydney"),
        (start, minutes, language, mode, timeZone) => {
          const note = timeOffNote(
            { start, end: start + minutes * 60_000 },
            { locale: language, language, mode, timeZone },
          );
          expect(revealsInterview(note)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
