import { Badge, Spinner, Text, Title3, ToggleButton } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { Notice } from "../../ui";
import { kindLabel } from "../outlook/describeItem";
import { TaskPaneApp } from "../outlook/TaskPaneApp";
import type { OpenItemState } from "../outlook/useOpenItem";
import { whenLabel } from "../shared";
import { TabApp } from "../teams/TabApp";
import type { ScanState } from "../teams/useInterviewScan";
import { useDemoAppStyles } from "./DemoApp.styles";
import type { DemoMailbox } from "./demoMailbox";

export interface DemoAppProps {
  mailbox: DemoMailbox;
  now: string;
  scan: ScanState;
}

/** Both hosts side by side against the demo mailbox: Outlook (list + task pane) and the Teams tab. */
export function DemoApp({ mailbox, now, scan }: DemoAppProps) {
  const styles = useDemoAppStyles();
  const { owner, entries } = mailbox;
  const [selected, setSelected] = useState(0);
  const [state, setState] = useState<OpenItemState>({ status: "loading" });
  useEffect(() => {
    const entry = entries[selected];
    if (!entry) {
      setState({ status: "none" });
      return;
    }
    let live = true;
    setState({ status: "loading" });
    mailbox.open(entry).then(
      (item) => live && setState({ status: "ready", item }),
      (error: unknown) =>
        live &&
        setState({ status: "error", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [mailbox, entries, selected]);

  return (
    <>
      <header className={styles.header}>
        <Title3 as="h1">Graceful Leave</Title3>
        <Badge appearance="filled" color="important">
          Demo
        </Badge>
        <Text>{`Demo mailbox of ${owner.name ?? "a sample user"}: sample data, nothing leaves this ${mailbox.source === "in-page" ? "browser" : "machine"}.`}</Text>
      </header>
      <div className={styles.columns}>
        <section aria-labelledby="demo-mailbox" className={styles.column}>
          <Title3 as="h2" id="demo-mailbox">
            Mailbox
          </Title3>
          <div role="group" aria-label="Demo mailbox items" className={styles.list}>
            {entries.map((entry, index) => (
              <ToggleButton
                key={entry.id}
                checked={index === selected}
                appearance="subtle"
                className={styles.item}
                onClick={() => setSelected(index)}
              >
                <span className={styles.itemText}>
                  <Text weight="semibold">{entry.preview.subject || "(no subject)"}</Text>
                  <Text size={200}>
                    {[
                      kindLabel(entry.preview),
                      whenLabel(entry.preview, undefined, owner.timeZone ?? undefined),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                </span>
              </ToggleButton>
            ))}
          </div>
        </section>
        <section aria-labelledby="demo-taskpane" className={styles.column}>
          <Title3 as="h2" id="demo-taskpane">
            Outlook task pane
          </Title3>
          <TaskPaneApp state={state} owner={owner} now={now} services={mailbox.services} />
        </section>
        <section aria-labelledby="demo-tab" className={styles.column}>
          <Title3 as="h2" id="demo-tab">
            Teams tab
          </Title3>
          <TabApp startup={{ mode: "demo" }} scan={scan} />
        </section>
      </div>
      {entries.length === 0 && (
        <Notice intent="warning" title="The demo mailbox is empty">
          Reload the page to create it again.
        </Notice>
      )}
    </>
  );
}

/** Shown while the demo mailbox is being read. */
export function DemoLoading() {
  return <Spinner label="Opening the demo mailbox…" />;
}
