import {
  Body1,
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  Link,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useManagerNoteCardStyles } from "./ManagerNoteCard.styles";
import { Notice } from "./Notice";

export interface ManagerNoteCardProps {
  subject: string;
  /** The note exactly as it will be saved. */
  text: string;
  address: string;
  onAddressChange(address: string): void;
  /** Offer "Find my manager" (directory lookup), when the host can and no address is stored. */
  canLookUp: boolean;
  lookup: "idle" | "working" | "none";
  onLookUp(): void;
  status: "idle" | "working" | "saved" | "failed";
  savedTo?: string;
  webLink?: string | null;
  problem?: { title: string; message: string };
  onSaveDraft(): void;
}

/** "Draft note to my manager": the honest note for review, saved as a draft and never sent. */
export function ManagerNoteCard(props: ManagerNoteCardProps) {
  const styles = useManagerNoteCardStyles();
  const working = props.status === "working";
  return (
    <Card role="region" aria-label="Note to my manager">
      <CardHeader
        header={
          <Text weight="semibold" as="h2">
            Note to my manager
          </Text>
        }
      />
      <div className={styles.body}>
        <Field label="Manager's email address" hint="Typed once; Graceful Leave remembers it.">
          <Input type="email" value={props.address} onChange={(_, d) => props.onAddressChange(d.value)} />
        </Field>
        {props.canLookUp && (
          <div className={styles.row}>
            <Button size="small" disabled={props.lookup === "working"} onClick={props.onLookUp}>
              Find my manager
            </Button>
            {props.lookup === "none" && <Body1>Your directory did not say; type the address instead.</Body1>}
          </div>
        )}
        <Text as="h3" weight="semibold" size={200}>
          {`Subject: ${props.subject}`}
        </Text>
        <div role="note" aria-label="Note text" className={styles.note}>
          {props.text}
        </div>
        <div className={styles.row}>
          <Button appearance="primary" disabled={working} onClick={props.onSaveDraft}>
            Draft note to my manager
          </Button>
        </div>
        {working && <Spinner size="tiny" label="Saving the draft…" />}
        {props.status === "saved" && (
          <div role="status">
            <Body1>{`Saved as a draft to ${props.savedTo ?? "your manager"} in your Drafts folder. It is not sent: review it and send it yourself.`}</Body1>{" "}
            {props.webLink && /^https:\/\//.test(props.webLink) && (
              <Link href={props.webLink} target="_blank" rel="noreferrer noopener">
                Open the draft
              </Link>
            )}
          </div>
        )}
        {props.status === "failed" && props.problem && (
          <Notice intent="error" title={props.problem.title}>
            {props.problem.message}
          </Notice>
        )}
      </div>
    </Card>
  );
}
