import { createRoot } from "react-dom/client";
import { AppFrame } from "../../ui";
import { connectTenant } from "./connectTenant";
import { TabApp } from "./TabApp";
import { TenantTab } from "./TenantTab";
import { startTeams } from "./teamsHost";

async function main(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  const startup = await startTeams();
  const connection = connectTenant(startup);
  const now = new Date().toISOString();
  root.render(
    <AppFrame appearance={startup.mode === "teams" ? startup.appearance : "light"} label="Graceful Leave tab">
      {connection ? (
        <TenantTab startup={startup} connection={connection} now={now} />
      ) : (
        <TabApp startup={startup} scan={null} />
      )}
    </AppFrame>,
  );
}

void main();
