import { createRoot } from "react-dom/client";
import { useEffect, useState } from "react";
import { AppFrame, Notice } from "../../ui";
import { useInterviewScan } from "../teams/useInterviewScan";
import { DemoApp, DemoLoading } from "./DemoApp";
import { openDemoMailbox, type DemoMailbox } from "./demoMailbox";

// The demo runs the real Graph client and repositories against the Graph simulator: only the
// network and the sign-in are stood in for.
const nowMs = Date.now();
const now = new Date(nowMs).toISOString();

function Demo() {
  const [mailbox, setMailbox] = useState<DemoMailbox | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    openDemoMailbox(nowMs, window.location.search).then(setMailbox, (error: unknown) =>
      setProblem(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  const scan = useInterviewScan(mailbox ? mailbox.listWindow : null, mailbox?.owner ?? {}, now);
  if (problem) {
    return (
      <Notice intent="error" title="The demo mailbox could not be opened">
        {`${problem}. Reload the page; if you passed ?graph=, check that npm run graph:sim is running.`}
      </Notice>
    );
  }
  return mailbox ? <DemoApp mailbox={mailbox} now={now} scan={scan} /> : <DemoLoading />;
}

const prefersDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
createRoot(document.getElementById("root")!).render(
  <AppFrame appearance={prefersDark ? "dark" : "light"} label="Graceful Leave demo">
    <Demo />
  </AppFrame>,
);
