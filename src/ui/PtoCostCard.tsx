import { Body1, Card, CardHeader, Spinner, Text } from "@fluentui/react-components";
import { usePtoCostCardStyles } from "./PtoCostCard.styles";

export type PtoCostCardProps =
  | { mode: "loading" }
  | { mode: "unavailable"; reason: string }
  | {
      mode: "pto";
      hoursText: string;
      exactText: string | null;
      balanceText: string | null;
      balanceNote: string | null;
    }
  | { mode: "contractor"; hoursText: string; forgoneText: string | null };

/** What the absence costs: PTO hours and the balance left, or unpaid hours for contractors. */
export function PtoCostCard(props: PtoCostCardProps) {
  const styles = usePtoCostCardStyles();
  const title = props.mode === "contractor" ? "Unpaid time" : "PTO for this";
  return (
    <Card role="region" aria-label={title}>
      <CardHeader
        header={
          <Text weight="semibold" as="h2">
            {title}
          </Text>
        }
      />
      <div className={styles.body}>
        {props.mode === "loading" && <Spinner size="tiny" label="Reading your working hours…" />}
        {props.mode === "unavailable" && <Body1>{props.reason}</Body1>}
        {props.mode === "pto" && (
          <>
            <Text className={styles.figure} aria-label={`PTO hours: ${props.hoursText}`}>
              {props.hoursText}
            </Text>
            <Body1>of PTO: the working hours this time overlaps, travel time included.</Body1>
            {props.exactText && <Body1>{props.exactText}.</Body1>}
            {props.balanceText && <Body1 aria-label="Projected balance">{props.balanceText}.</Body1>}
            {props.balanceNote && <Body1>{props.balanceNote}</Body1>}
          </>
        )}
        {props.mode === "contractor" && (
          <>
            <Text className={styles.figure} aria-label={`Unpaid hours: ${props.hoursText}`}>
              {props.hoursText}
            </Text>
            <Body1>unpaid: the working hours this time overlaps, travel time included.</Body1>
            {props.forgoneText && (
              <Body1 aria-label="Billings forgone">{`${props.forgoneText} of billings forgone.`}</Body1>
            )}
          </>
        )}
      </div>
    </Card>
  );
}
