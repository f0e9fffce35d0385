import {
  LANGUAGES,
  NEUTRAL_SUBJECTS,
  NOTE_TEMPLATES,
  RevealingTextError,
  SLOT_INTROS,
  neutralSubject,
  revealsInterview,
} from "../../../src/core/wording";

const context = { companies: ["Contoso"], agencies: ["Fabrikam Staffing"], recruiters: ["Jane Smith"] };

describe("neutralSubject", () => {
  it.each([
    ["en", "Appointment"],
    ["fr", "Rendez-vous"],
    ["de", "Termin"],
    ["nl", "Afspraak"],
  ] as const)("defaults to an honest neutral word in %s", (language, expected) => {
    expect(neutralSubject(undefined, language)).toBe(expected);
    expect(neutralSubject("   ", language)).toBe(expected);
  });

  it("keeps the user's own neutral word, tidied", () => {
    expect(neutralSubject("  Personal   errand ", "en", context)).toBe("Personal errand");
  });

  it.each(["Interview", "Contoso", "Call with Jane Smith", "Entretien", "Sollicitatie"])(
    "refuses %p and says which words give it away",
    (choice) => {
      expect.assertions(2);
      try {
        neutralSubject(choice, "en", context);
      } catch (error) {
        expect(error).toBeInstanceOf(RevealingTextError);
        expect((error as RevealingTextError).terms.length).toBeGreaterThan(0);
      }
    },
  );

  it("refuses a subject that is a message rather than a word or two", () => {
    expect(() => neutralSubject("x".repeat(61))).toThrow(RangeError);
  });
});

describe("templates", () => {
  it.each(LANGUAGES)("in %s, no note template, subject or slot line reveals anything", (language) => {
    const templates = NOTE_TEMPLATES[language];
    const texts = [
      ...Object.values(templates.on),
      ...Object.values(templates.span),
      ...NEUTRAL_SUBJECTS[language],
      SLOT_INTROS[language],
    ];
    for (const text of texts) expect(revealsInterview(text, context)).toEqual([]);
  });

  it.each(LANGUAGES)("in %s, no note template gives a reason", (language) => {
    const reasons =
      /\b(because|due to|doctor|sick|ill|parce que|médecin|malade|weil|Arzt|krank|porque|médico|enfermo|doente|omdat|dokter|ziek|perché|medico|malato)\b/iu;
    const templates = NOTE_TEMPLATES[language];
    for (const text of [...Object.values(templates.on), ...Object.values(templates.span)])
      expect(text).not.toMatch(reasons);
  });
});

describe("neutralSubject default", () => {
  it("skips a default word that clashes with a name in the context", () => {
    // "Appointment" and "Personal appointment" both contain the company's name; "Busy" is next.
    expect(neutralSubject(undefined, "en", { companies: ["Appointment Ltd"] })).toBe("Busy");
  });
});
