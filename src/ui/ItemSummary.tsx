import { Caption1, Card, CardHeader, Text } from "@fluentui/react-components";

export interface ItemSummaryProps {
  /** "Meeting request", "Calendar event", "Email"... */
  kindLabel: string;
  subject: string;
  /** Already formatted for the user's locale, e.g. "Thu 3 Dec, 1:30–2:30 pm". */
  when?: string;
}

/** The open item as the user knows it, so they can see what the pane is talking about. */
export function ItemSummary({ kindLabel, subject, when }: ItemSummaryProps) {
  return (
    <Card aria-label="Open item">
      <CardHeader
        header={
          <Text weight="semibold" as="h2">
            {subject.trim() === "" ? "(no subject)" : subject}
          </Text>
        }
        description={<Caption1>{when ? `${kindLabel} · ${when}` : kindLabel}</Caption1>}
      />
    </Card>
  );
}
