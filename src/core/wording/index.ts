export { formatHours, formatMoney } from "./formatAmounts";
export { fold, foldForMatch } from "./foldForMatch";
export type { FoldedText } from "./foldForMatch";
export { formatDay, formatMoment, formatTimeRange, sameLocalDay } from "./formatWhen";
export type { WhenOptions } from "./formatWhen";
export { formatSlots } from "./formatSlots";
export type { SlotTextOptions } from "./formatSlots";
export { INTERVIEW_TERMS } from "./interviewTerms";
export { MAX_SUBJECT_LENGTH, neutralSubject } from "./neutralSubject";
export { assertNothingRevealed, RevealingTextError, revealsInterview } from "./revealsInterview";
export type { RevealContext, RevealingTerm, RevealKind } from "./revealsInterview";
export {
  fillTemplate,
  LANGUAGES,
  languageOf,
  NEUTRAL_SUBJECTS,
  NOTE_TEMPLATES,
  SLOT_INTROS,
} from "./templates";
export type { Language, NoteMode, NoteTemplates } from "./templates";
export { timeOffNote } from "./timeOffNote";
export type { NoteOptions, NoteTime } from "./timeOffNote";
