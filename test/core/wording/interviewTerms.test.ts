import { INTERVIEW_TERMS, revealsInterview } from "../../../src/core/wording";

// Every listed term, as written in a sentence, must be caught: this guards the term list and the
// way terms become patterns (apostrophes, spaces, stems) against each other.
const cases = Object.entries(INTERVIEW_TERMS).flatMap(([language, terms]) =>
  terms.map((term) => [language, term.replace(/\*$/, "")] as const),
);

describe("interview terms", () => {
  it.each(cases)("catches the %s term %p in a sentence, in capitals too", (_language, term) => {
    for (const text of [`Meeting: ${term} at 10`, `MEETING ${term.toUpperCase()}.`]) {
      const terms = revealsInterview(text);
      expect(terms.length).toBeGreaterThan(0);
      expect(terms.some((t) => t.kind === "interviewWord")).toBe(true);
    }
  });

  it.each(cases.filter(([, term]) => !term.includes(" ") && !term.includes("'")))(
    "catches the %s term %p hidden by a soft hyphen",
    (_language, term) => {
      const hidden = term.length > 2 ? `${term.slice(0, 2)}\u00ad${term.slice(2)}` : term;
      expect(revealsInterview(`Meeting ${hidden}`).length).toBeGreaterThan(0);
    },
  );
});
