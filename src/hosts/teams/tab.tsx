import { createRoot } from "react-dom/client";
import { AppFrame } from "../../ui";
import { TabApp } from "./TabApp";
import { startTeams } from "./teamsHost";

async function main(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  const startup = await startTeams();
  // Signing in to a real tenant needs GL_CLIENT_ID at build time (README); without it the tab says so.
  root.render(
    <AppFrame appearance={startup.mode === "teams" ? startup.appearance : "light"} label="Graceful Leave tab">
      <TabApp startup={startup} scan={null} />
    </AppFrame>,
  );
}

void main();
