import { makeStyles, tokens } from "@fluentui/react-components";

export const useDemoAppStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
  },
  columns: {
    display: "grid",
    gridTemplateColumns: "minmax(220px, 1fr) minmax(300px, 1.2fr) minmax(320px, 1.4fr)",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
    "@media (max-width: 900px)": { gridTemplateColumns: "1fr" },
  },
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { justifyContent: "flex-start", textAlign: "left", minHeight: "48px" },
  itemText: { display: "flex", flexDirection: "column", alignItems: "flex-start", minWidth: 0 },
});
