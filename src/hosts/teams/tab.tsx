import { createRoot } from "react-dom/client";
import { AppFrame } from "../../ui";
import { TabApp } from "./TabApp";
import { startTeams } from "./teamsHost";

async function main(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  const startup = await startTeams();
  root.render(
    <AppFrame appearance={startup.mode === "teams" ? startup.appearance : "light"} label="Graceful Leave tab">
      <TabApp startup={startup} />
    </AppFrame>,
  );
}

void main();
