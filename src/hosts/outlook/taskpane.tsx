import { createRoot } from "react-dom/client";
import { AppFrame, Notice } from "../../ui";
import { readAppearance, whenOfficeReady } from "./officeHost";
import { TaskPaneApp } from "./TaskPaneApp";
import { useOpenItem } from "./useOpenItem";

function OutlookTaskPane() {
  const state = useOpenItem();
  return <TaskPaneApp state={state} />;
}

async function main(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  const { inOutlook } = await whenOfficeReady();
  if (!inOutlook) {
    root.render(
      <AppFrame appearance="light" label="Graceful Leave task pane">
        <Notice intent="warning" title="Open this in Outlook">
          This page is Graceful Leave's Outlook task pane. Sideload manifest.xml into Outlook (see README), or run npm start for the demo.
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
