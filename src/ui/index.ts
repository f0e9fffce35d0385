export { AppFrame, type AppFrameProps } from "./AppFrame";
export { ItemSummary, type ItemSummaryProps } from "./ItemSummary";
export { Notice, type NoticeProps } from "./Notice";
export { themeFor, teamsThemeFor, type Appearance } from "./themeFor";
