export { AppFrame, type AppFrameProps } from "./AppFrame";
export {
  DetectionCard,
  type DetectionCardProps,
  type InterviewFields,
  type StageValue,
  type VerdictKind,
} from "./DetectionCard";
export { InterviewList, type InterviewListProps, type InterviewRow } from "./InterviewList";
export { ItemSummary, type ItemSummaryProps } from "./ItemSummary";
export { Notice, type NoticeProps } from "./Notice";
export { SignInPrompt, type SignInPromptProps } from "./SignInPrompt";
export { themeFor, teamsThemeFor, type Appearance } from "./themeFor";
export { KeepPrivateCard, type KeepPrivateCardProps, type KeepPrivateChoices } from "./KeepPrivateCard";
export { ManagerNoteCard, type ManagerNoteCardProps } from "./ManagerNoteCard";
export { PtoCostCard, type PtoCostCardProps } from "./PtoCostCard";
