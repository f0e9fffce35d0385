export * from "./appData";
export { createBlockRepository, RevealingSubjectError } from "./BlockRepository";
export type { BlockPlan, BlockRepository, CreatedBlocks, PrivateBlockRequest } from "./BlockRepository";
export { createCalendarRepository, EVENT_SELECT } from "./CalendarRepository";
export type { CalendarRepository, DeltaScan, MarkPrivateResult, PrivacyState } from "./CalendarRepository";
export { createMailboxSettingsRepository, toUserTimeSettings } from "./MailboxSettingsRepository";
export type { MailboxSettingsRepository, UserTimeSettings } from "./MailboxSettingsRepository";
export { createManagerRepository } from "./ManagerRepository";
export type { Manager, ManagerRepository } from "./ManagerRepository";
export { createMessageRepository, MESSAGE_SELECT } from "./MessageRepository";
export type { DraftRequest, InboxScan, MessageRepository } from "./MessageRepository";
export {
  blockRef,
  MARKER_EXTENSION_ID,
  MARKER_EXTENSION_NAME,
  MARKER_VERSION,
  readMarker,
  transactionIdFor,
} from "./marker";
export type { BlockRole, Marker } from "./marker";
export { createProfileRepository } from "./ProfileRepository";
export type { Profile, ProfileRepository } from "./ProfileRepository";
export { GraphScopes } from "./scopes";
export { createDeltaLinkStore } from "./DeltaLinkStore";
export type { DeltaLinkStore } from "./DeltaLinkStore";
