export { whenLabel, whenLabelIso, type WallTime } from "./whenLabel";
