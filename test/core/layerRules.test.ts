import { spawnSync } from "node:child_process";
import { join } from "node:path";
import ts from "typescript";

const root = join(__dirname, "../..");

/**
 * Lints source as if it were a file at `path`, with the project's own config. The CLI runs in a child
 * process because ESLint loads the flat config with a dynamic import, which Jest's VM cannot do.
 */
async function lintAs(path: string, source: string): Promise<string[]> {
  const eslintBin = join(root, "node_modules/eslint/bin/eslint.js");
  const run = spawnSync(
    process.execPath,
    [eslintBin, "--format", "json", "--stdin", "--stdin-filename", path],
    {
      cwd: root,
      input: source,
      encoding: "utf8",
    },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

/** Type-checks one virtual file with tsconfig.core.json's options (ES2022 lib only, no ambient types). */
function typeCheckAsCore(source: string): string[] {
  const configPath = join(root, "tsconfig.core.json");
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const file = join(root, "src/core/__virtual__.ts");
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) =>
    name === file
      ? ts.createSourceFile(name, source, languageVersion)
      : getSourceFile(name, languageVersion, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("layer rules", () => {
  jest.setTimeout(60_000);

  it("lint rejects React in src/core and says where it belongs", async () => {
    const messages = await lintAs(
      "src/core/example.ts",
      'import { useState } from "react";\nexport const x = useState;\n',
    );
    expect(messages).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/core is pure.*src\/ui/)]);
  });

  it("lint rejects window, fetch and the clock in src/core", async () => {
    const messages = await lintAs(
      "src/core/example.ts",
      "export const w = window.innerWidth;\nexport const f = fetch;\nexport const now = Date.now();\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'window'/),
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'fetch'/),
      expect.stringMatching(/^no-restricted-syntax: src\/core takes 'now' as a parameter/),
    ]);
  });

  it("lint rejects MSAL in src/ui and Graph in src/core", async () => {
    expect(
      await lintAs(
        "src/ui/Example.tsx",
        'import { PublicClientApplication } from "@azure/msal-browser";\nexport const p = PublicClientApplication;\n',
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/ui is props in, events out/)]);
    expect(
      await lintAs(
        "src/core/example.ts",
        'import { GraphClient } from "../graph";\nexport const g = GraphClient;\n',
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/core is pure/)]);
  });

  it("lint accepts the same code in the layer where it belongs", async () => {
    expect(await lintAs("src/hosts/teams/example.ts", "export const w = window.innerWidth;\n")).toEqual([]);
  });

  it("the core-only type-check has no DOM: touching window fails to compile", () => {
    expect(typeCheckAsCore("export const w = window.innerWidth;\n")).toEqual([
      expect.stringContaining("Cannot find name 'window'"),
    ]);
  });

  it("the core-only type-check accepts pure code", () => {
    expect(typeCheckAsCore("export const twice = (n: number): number => n * 2;\n")).toEqual([]);
  });
});
