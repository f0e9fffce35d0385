// The simulator is deliberately not re-exported here: production bundles import this file.
export { GraphClient, GraphError } from "./client";
export type { GraphClientOptions, GraphRequest, GraphResponse, TokenProvider } from "./client";
export * from "./repositories";
