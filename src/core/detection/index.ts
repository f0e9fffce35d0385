export { detect } from "./detect";
export { detectIcs, icsToItems } from "./detectIcs";
export { parseCaseLines } from "./parseCaseLines";
export { baselineVerdict, normalizeName, scoreCases } from "./scoreCases";
export type { Ratio, Scores } from "./scoreCases";
export type { CaseExpectation, CaseLine, ParsedCases } from "./parseCaseLines";
export { htmlToText, decodeEntities } from "./htmlToText";
export { readGraphDateTime, toIanaZone, formatWithOffset } from "./zonedTime";
export type {
  DateTimeTimeZone,
  DetectOptions,
  Detection,
  EmailAddress,
  ItemBody,
  MailItem,
  Mailbox,
  Recipient,
  Role,
  Stage,
} from "./types";
