import { Spinner, Title2 } from "@fluentui/react-components";
import { InterviewList, Notice, SignInPrompt, type SignInPromptProps } from "../../ui";
import type { TeamsStartup } from "./teamsHost";
import { SCAN_DAYS, type ScanState } from "./useInterviewScan";

export type TabStartup = TeamsStartup | { mode: "demo" };

export interface TabAppProps {
  startup: TabStartup;
  /** null when no Microsoft 365 tenant is configured for this build. */
  scan: ScanState | null;
  /** Set when the user must sign in (or consent) before the scan can run. */
  signIn?: SignInPromptProps | null;
}

const standaloneText: Record<Extract<TeamsStartup, { mode: "standalone" }>["reason"], string> = {
  "no-host":
    "You opened the tab outside Teams. Everything works here too; sign-in uses a popup instead of Teams.",
  timeout:
    "Teams did not answer in time, so the tab runs on its own. Reload the tab in Teams if you expected it there.",
  error: "Teams could not start the tab, so it runs on its own. Reload the tab in Teams to try again.",
};

function ScanResult({ scan }: { scan: ScanState }) {
  switch (scan.status) {
    case "loading":
      return <Spinner label="Looking through your calendar…" />;
    case "error":
      return (
        <Notice intent="error" title="Could not read your calendar">
          {scan.message}
        </Notice>
      );
    case "ready":
      return <InterviewList rows={scan.rows} caption={`Interviews in the next ${SCAN_DAYS / 7} weeks`} />;
  }
}

/** The personal tab: the interviews coming up and whether each is private yet. */
export function TabApp({ startup, scan, signIn }: TabAppProps) {
  return (
    <>
      <Title2 as="h1">Graceful Leave</Title2>
      {startup.mode === "standalone" && (
        <Notice intent="info" title="Standalone mode">
          {standaloneText[startup.reason]}
        </Notice>
      )}
      {signIn ? (
        <SignInPrompt {...signIn} />
      ) : scan ? (
        <ScanResult scan={scan} />
      ) : (
        <Notice intent="warning" title="Not connected to Microsoft 365">
          This build has no app registration (GL_CLIENT_ID). Follow "Configure a real tenant" in the README,
          or run npm start for the demo mailbox.
        </Notice>
      )}
    </>
  );
}
