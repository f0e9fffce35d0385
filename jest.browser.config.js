/** Browser journeys: a real Chromium (Debian's) driven by playwright-core against a built bundle. */
/** @type {import('jest').Config} */
module.exports = {
  displayName: "browser",
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json", diagnostics: false }],
  },
  globalSetup: "<rootDir>/test/browser/support/globalSetup.ts",
  testTimeout: 60000,
  maxWorkers: 1,
};
