import { useState } from "react";
import { createRoot } from "react-dom/client";
import { AppFrame, Notice } from "../../ui";
import { toIanaZone } from "../../core";
import { readAppearance, readMailboxOwner, whenOfficeReady } from "./officeHost";
import { TaskPaneApp } from "./TaskPaneApp";
import { useOpenItem } from "./useOpenItem";

function OutlookTaskPane() {
  const state = useOpenItem();
  const [owner] = useState(() => {
    const profile = readMailboxOwner();
    return { name: profile.name, address: profile.address, timeZone: toIanaZone(profile.windowsTimeZone) };
  });
  // The pane's clock for reading "tomorrow at 3" in an email that carries no received time.
  const [now] = useState(() => new Date().toISOString());
  return <TaskPaneApp state={state} owner={owner} now={now} />;
}

async function main(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  const { inOutlook } = await whenOfficeReady();
  if (!inOutlook) {
    root.render(
      <AppFrame appearance="light" label="Graceful Leave task pane">
        <Notice intent="warning" title="Open this in Outlook">
          This page is Graceful Leave's Outlook task pane. Sideload manifest.xml into Outlook (see README), or
          run npm start for the demo.
        </Notice>
      </AppFrame>,
    );
    return;
  }
  root.render(
    <AppFrame appearance={readAppearance()} label="Graceful Leave task pane">
      <OutlookTaskPane />
    </AppFrame>,
  );
}

void main();
