import { Spinner } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Mailbox } from "../../core";
import { DetectionCard, ItemSummary, Notice } from "../../ui";
import { whenLabelIso } from "../shared";
import { kindLabel, whenLabel } from "./describeItem";
import { LeaveActions } from "./LeaveActions";
import { leavePlanFor } from "./leavePlanFor";
import type { OpenItem } from "./officeHost";
import { useInterviewCheck } from "./useInterviewCheck";
import type { OpenItemState } from "./useOpenItem";
import type { TaskPaneServices } from "./TaskPaneServices";

export interface TaskPaneAppProps {
  state: OpenItemState;
  /** The mailbox owner, with an IANA time zone. */
  owner: Mailbox;
  /** The host's clock, ISO; relative dates in emails are read against it when the item has none. */
  now: string;
  /**
   * Microsoft 365 behind the pane's actions; absent when the host is not connected, and then the
   * pane only reads the item.
   */
  services?: TaskPaneServices | null;
  /** Why there are no services, shown under an interview verdict (e.g. no tenant configured). */
  notConnected?: string;
}

interface ItemCheckProps {
  item: OpenItem;
  owner: Mailbox;
  now: string;
  services: TaskPaneServices | null;
  notConnected: string | undefined;
}

function ItemCheck({ item, owner, now, services, notConnected }: ItemCheckProps) {
  const { detection, fields, setFields } = useInterviewCheck(item, owner, now);
  const timeZone = owner.timeZone ?? undefined;
  const plan = useMemo(() => leavePlanFor(item, detection, fields, owner), [item, detection, fields, owner]);
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
      {detection.interview && plan === null && (
        <Notice intent="info" title="No time found">
          This item does not say when the interview is, so there is nothing to block yet. Open the invite once
          it arrives.
        </Notice>
      )}
      {plan !== null && services && (
        <LeaveActions
          services={services}
          item={item}
          plan={plan}
          fields={fields}
          timeZone={owner.timeZone ?? "UTC"}
        />
      )}
      {plan !== null && !services && notConnected && (
        <Notice intent="info" title="Not connected to Microsoft 365">
          {notConnected}
        </Notice>
      )}
    </>
  );
}

/** The task pane's content for the open item. */
export function TaskPaneApp({ state, owner, now, services = null, notConnected }: TaskPaneAppProps) {
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
      return (
        <ItemCheck
          item={state.item}
          owner={owner}
          now={now}
          services={services}
          notConnected={notConnected}
        />
      );
  }
}
