import { makeStyles, tokens } from "@fluentui/react-components";

export const useDetectionCardStyles = makeStyles({
  evidence: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  fields: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});
