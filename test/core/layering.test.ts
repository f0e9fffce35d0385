import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const forbidden =
  /from\s+["'](react|react-dom|@fluentui\/[^"']+|@microsoft\/teams-js|@azure\/msal-browser|office-addin-mock|(\.\.\/)+(graph|auth|ui|hosts)(\/[^"']*)?)["']/;

describe("src/core", () => {
  it.each(filesUnder(join(__dirname, "../../src/core")).filter((f) => /\.tsx?$/.test(f)))(
    "%s imports nothing outside core",
    (file) => {
      expect(readFileSync(file, "utf8")).not.toMatch(forbidden);
    },
  );
});
