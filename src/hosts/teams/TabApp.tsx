import { Title2, Body1 } from "@fluentui/react-components";
import { Notice } from "../../ui";
import type { TeamsStartup } from "./teamsHost";

export interface TabAppProps {
  startup: TeamsStartup;
}

const standaloneText: Record<Extract<TeamsStartup, { mode: "standalone" }>["reason"], string> = {
  "no-host": "You opened the tab outside Teams. Everything works here too; sign-in uses a popup instead of Teams.",
  timeout: "Teams did not answer in time, so the tab runs on its own. Reload the tab in Teams if you expected it there.",
  error: "Teams could not start the tab, so it runs on its own. Reload the tab in Teams to try again.",
};

/** The personal tab: interviews, prep notes, PTO ledger, privacy check-up and settings live here. */
export function TabApp({ startup }: TabAppProps) {
  return (
    <>
      <Title2 as="h1">Graceful Leave</Title2>
      {startup.mode === "standalone" && (
        <Notice intent="info" title="Standalone mode">
          {standaloneText[startup.reason]}
        </Notice>
      )}
      <Body1>Your interviews, prep notes and PTO ledger will appear here.</Body1>
    </>
  );
}
