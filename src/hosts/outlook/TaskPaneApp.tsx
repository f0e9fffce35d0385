import { Spinner } from "@fluentui/react-components";
import type { Mailbox } from "../../core";
import { DetectionCard, ItemSummary, Notice } from "../../ui";
import { whenLabelIso } from "../shared";
import { kindLabel, whenLabel } from "./describeItem";
import type { OpenItem } from "./officeHost";
import { useInterviewCheck } from "./useInterviewCheck";
import type { OpenItemState } from "./useOpenItem";

export interface TaskPaneAppProps {
  state: OpenItemState;
  /** The mailbox owner, with an IANA time zone. */
  owner: Mailbox;
  /** The host's clock, ISO; relative dates in emails are read against it when the item has none. */
  now: string;
}

function ItemCheck({ item, owner, now }: { item: OpenItem; owner: Mailbox; now: string }) {
  const { detection, fields, setFields } = useInterviewCheck(item, owner, now);
  const timeZone = owner.timeZone ?? undefined;
  return (
    <>
      <ItemSummary
        kindLabel={kindLabel(item)}
        subject={item.subject}
        when={whenLabel(item, undefined, timeZone)}
      />
      <DetectionCard
        interview={detection.interview}
        role={detection.role}
        confidence={detection.confidence}
        signals={detection.signals}
        when={whenLabelIso(detection.start, detection.end, undefined, timeZone)}
        fields={fields}
        onFieldsChange={setFields}
      />
    </>
  );
}

/** The task pane's content for the open item. */
export function TaskPaneApp({ state, owner, now }: TaskPaneAppProps) {
  switch (state.status) {
    case "loading":
      return <Spinner label="Reading this item…" />;
    case "none":
      return (
        <Notice intent="info" title="No item selected">
          Select a message, meeting request or calendar event to check it.
        </Notice>
      );
    case "error":
      return (
        <Notice intent="error" title="Could not read this item">
          {state.message}
        </Notice>
      );
    case "ready":
      return <ItemCheck item={state.item} owner={owner} now={now} />;
  }
}
