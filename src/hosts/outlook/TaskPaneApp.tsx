import { Spinner } from "@fluentui/react-components";
import { ItemSummary, Notice } from "../../ui";
import { kindLabel, whenLabel } from "./describeItem";
import type { OpenItemState } from "./useOpenItem";

export interface TaskPaneAppProps {
  state: OpenItemState;
  timeZone?: string;
}

/** The task pane's content for the open item. */
export function TaskPaneApp({ state, timeZone }: TaskPaneAppProps) {
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
      return <ItemSummary kindLabel={kindLabel(state.item)} subject={state.item.subject} when={whenLabel(state.item, undefined, timeZone)} />;
  }
}
