import { readFileSync } from "node:fs";
import { join } from "node:path";
import { commandFunctions, launchEventFunctions } from "./hostContract";
import { repoRoot } from "./repoPaths";

/** Names a webpack entry registers with Office.actions.associate (directly or through the Office adapter). */
function associatedNames(entry: string): string[] {
  const source = readFileSync(join(repoRoot, entry), "utf8");
  return [...source.matchAll(/\bassociate(?:Action)?\(\s*["'`]([^"'`]+)["'`]/g)].map(
    (match) => match[1] ?? "",
  );
}

// The manifest checks trust hostContract.ts; this ties that contract to the code the pages actually run.
describe("the functions manifest.xml may name", () => {
  it.each([
    ["src/hosts/outlook/commands.ts", "commands.html (FunctionFile)", commandFunctions],
    [
      "src/hosts/outlook/launchevent.ts",
      "launchevent.html and launchevent.js (event runtime)",
      launchEventFunctions,
    ],
  ])("are exactly those %s registers for %s", (entry, _page, contract) => {
    expect(associatedNames(entry).sort()).toEqual([...contract].sort());
  });
});
