/** Jest: unit tests run in node; component tests opt into jsdom with a docblock. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock 4 requires office-addin-manifest at load time, which pulls in
    // network-only tooling; Jest 30 on Node 20 cannot load it. The mock never calls it.
    "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifestStub.ts",
    "\\.(css|png|svg)$": "<rootDir>/test/support/fileStub.ts",
  },
  setupFiles: ["<rootDir>/test/support/setupNode.ts"],
  // Graph contract check: every request sent to the simulator during the run is resolved against
  // ../shared/graph/v1.0-Prod.csdl at the end (test/support/graphContract*.ts).
  setupFilesAfterEnv: ["<rootDir>/test/support/graphContractRecorder.ts"],
  globalSetup: "<rootDir>/test/support/graphContractSetup.ts",
  globalTeardown: "<rootDir>/test/support/graphContractTeardown.ts",
};
