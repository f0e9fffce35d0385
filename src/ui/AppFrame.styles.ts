import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppFrameStyles = makeStyles({
  root: {
    minHeight: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
  },
});
