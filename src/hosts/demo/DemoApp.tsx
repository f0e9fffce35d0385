import { Badge, Text, Title3, ToggleButton } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Mailbox } from "../../core";
import { Notice } from "../../ui";
import type { OpenItem } from "../outlook/officeHost";
import { kindLabel } from "../outlook/describeItem";
import { TaskPaneApp } from "../outlook/TaskPaneApp";
import { whenLabel } from "../shared";
import { TabApp } from "../teams/TabApp";
import type { ScanState } from "../teams/useInterviewScan";
import { useDemoAppStyles } from "./DemoApp.styles";

export interface DemoAppProps {
  owner: Mailbox;
  now: string;
  /** The demo mailbox as Outlook lists it: calendar items and inbox messages. */
  items: OpenItem[];
  scan: ScanState;
}

/** Both hosts side by side against the demo mailbox: Outlook (list + task pane) and the Teams tab. */
export function DemoApp({ owner, now, items, scan }: DemoAppProps) {
  const styles = useDemoAppStyles();
  const [selected, setSelected] = useState(0);
  const item = items[selected];
  const state = useMemo(() => (item ? ({ status: "ready", item } as const) : ({ status: "none" } as const)), [item]);
  return (
    <>
      <header className={styles.header}>
        <Title3 as="h1">Graceful Leave</Title3>
        <Badge appearance="filled" color="important">
          Demo
        </Badge>
        <Text>{`Demo mailbox of ${owner.name ?? "a sample user"}: sample data, nothing leaves this browser.`}</Text>
      </header>
      <div className={styles.columns}>
        <section aria-labelledby="demo-mailbox" className={styles.column}>
          <Title3 as="h2" id="demo-mailbox">
            Mailbox
          </Title3>
          <div role="group" aria-label="Demo mailbox items" className={styles.list}>
            {items.map((it, index) => (
              <ToggleButton
                key={it.restId ?? index}
                checked={index === selected}
                appearance="subtle"
                className={styles.item}
                onClick={() => setSelected(index)}
              >
                <span className={styles.itemText}>
                  <Text weight="semibold">{it.subject || "(no subject)"}</Text>
                  <Text size={200}>{[kindLabel(it), whenLabel(it, undefined, owner.timeZone ?? undefined)].filter(Boolean).join(" · ")}</Text>
                </span>
              </ToggleButton>
            ))}
          </div>
        </section>
        <section aria-labelledby="demo-taskpane" className={styles.column}>
          <Title3 as="h2" id="demo-taskpane">
            Outlook task pane
          </Title3>
          <TaskPaneApp state={state} owner={owner} now={now} />
        </section>
        <section aria-labelledby="demo-tab" className={styles.column}>
          <Title3 as="h2" id="demo-tab">
            Teams tab
          </Title3>
          <TabApp startup={{ mode: "demo" }} scan={scan} />
        </section>
      </div>
      {items.length === 0 && (
        <Notice intent="warning" title="The demo mailbox is empty">
          Reload the page to create it again.
        </Notice>
      )}
    </>
  );
}
