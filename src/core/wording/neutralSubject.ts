import { RevealingTextError, revealsInterview, type RevealContext } from "./revealsInterview";
import { NEUTRAL_SUBJECTS, type Language } from "./templates";

/** Longest subject accepted: a block title is a word or two, not a message. */
export const MAX_SUBJECT_LENGTH = 60;

/**
 * The subject of the private block: the user's chosen neutral word, or "Appointment" (in their
 * language). A choice that would reveal the interview (an interview word, the company, agency or
 * recruiter) is refused with a RevealingTextError that lists the offending words; an empty choice
 * falls back to the first neutral word that does not clash with the context.
 */
export function neutralSubject(
  choice: string | null | undefined,
  language: Language = "en",
  context: RevealContext = {},
): string {
  const subject = (choice ?? "").replace(/\s+/g, " ").trim();
  if (subject === "") {
    // The default too must not echo a name (a company called "Appointment Ltd" is not impossible).
    const fallback = NEUTRAL_SUBJECTS[language].find((word) => revealsInterview(word, context).length === 0);
    if (fallback === undefined)
      throw new RevealingTextError(revealsInterview(NEUTRAL_SUBJECTS[language][0]!, context));
    return fallback;
  }
  const terms = revealsInterview(subject, context);
  if (terms.length > 0) throw new RevealingTextError(terms);
  if (subject.length > MAX_SUBJECT_LENGTH)
    throw new RangeError(`A subject has at most ${MAX_SUBJECT_LENGTH} characters`);
  return subject;
}
