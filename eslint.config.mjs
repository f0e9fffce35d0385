// ESLint flat config. The layer rules below are the architecture (../shared/STYLE.md):
// each message names the layer where the offending code belongs instead.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const ui = ["react", "react-dom", "react-dom/*", "@fluentui/*"];
const hostApis = ["@microsoft/teams-js", "@microsoft/office-js", "office-addin-mock"];
const auth = ["@azure/msal-browser", "@azure/msal-*"];

/** Builds a no-restricted-imports rule where every pattern carries its own explanation. */
function restrict(entries) {
  return ["error", { patterns: entries.map(([group, message]) => ({ group, message })) }];
}

const coreMessage =
  "src/core is pure TypeScript (no IO, UI or host APIs). Put this in src/graph, src/auth, src/ui or src/hosts and pass data into core instead.";

export default tseslint.config(
  {
    ignores: [".cache/**", "dist/**", "coverage/**", "node_modules/**", "assets/**/*.png", "test-results/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "office-addins/no-office-initialize": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": restrict([
        [[...ui, ...hostApis, ...auth], coreMessage],
        [["**/graph", "**/graph/*", "**/auth", "**/auth/*", "**/ui", "**/ui/*", "**/hosts/*"], coreMessage],
        [["node:*", "fs", "path", "http", "https", "child_process"], coreMessage],
      ]),
      "no-restricted-globals": [
        "error",
        ...[
          "window",
          "document",
          "navigator",
          "localStorage",
          "indexedDB",
          "fetch",
          "XMLHttpRequest",
          "Office",
          "microsoftTeams",
        ].map((name) => ({ name, message: coreMessage })),
      ],
    },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "src/core takes 'now' as a parameter; read the clock in src/hosts and pass it in.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "src/core takes 'now' as a parameter; read the clock in src/hosts and pass it in.",
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "src/core is deterministic; take randomness as a parameter.",
        },
      ],
    },
  },
  {
    files: ["src/graph/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict([
        [
          [...ui, ...hostApis],
          "src/graph does IO only. UI belongs in src/ui; host APIs (Office, TeamsJS) in src/hosts.",
        ],
        [
          [...auth, "**/auth", "**/auth/*"],
          "src/graph receives a token provider from src/hosts; it does not import src/auth.",
        ],
        [
          ["**/ui", "**/ui/*", "**/hosts/*"],
          "src/graph must not depend on src/ui or src/hosts; hosts wire the layers together.",
        ],
      ]),
    },
  },
  {
    files: ["src/auth/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict([
        [
          [...ui, "@microsoft/office-js"],
          "src/auth only signs in. UI belongs in src/ui; Office APIs in src/hosts/outlook.",
        ],
        [
          ["**/graph", "**/graph/*", "**/ui", "**/ui/*", "**/hosts/*"],
          "src/auth must not depend on src/graph, src/ui or src/hosts; hosts wire the layers together.",
        ],
      ]),
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict([
        [
          [...hostApis, ...auth],
          "src/ui is props in, events out. Office, TeamsJS and MSAL calls belong in src/hosts (or src/auth).",
        ],
        [
          ["**/graph", "**/graph/*", "**/auth", "**/auth/*", "**/hosts/*"],
          "src/ui never calls Graph, auth or hosts; take data and callbacks as props from src/hosts.",
        ],
      ]),
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Office.* belongs in the Outlook adapter in src/hosts/outlook." },
        { name: "microsoftTeams", message: "TeamsJS belongs in the Teams adapter in src/hosts/teams." },
        { name: "fetch", message: "UI never does IO; src/graph does, wired by src/hosts." },
      ],
    },
  },
  {
    files: ["test/**/*.{ts,tsx}", "scripts/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
