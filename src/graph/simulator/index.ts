/**
 * The Graph simulator: the v1.0 subset Graceful Leave uses, built to ../shared/graph/BEHAVIOR.md.
 * In-process (`sim.fetch` into GraphClient) for jest and the demo; over HTTP via
 * scripts/graph-sim-server.ts for browser tests. Where BEHAVIOR.md marks a fact unsourced, the
 * simulator picks the answer a client must cope with and says so at that spot (409 on a duplicate
 * extension name, 501 for $filter forms it does not implement, default page size 10).
 * Not exported from src/graph/index.ts: production bundles never carry it.
 */
export { createGraphSimulator, seededRandom, bodyPaths } from "./createGraphSimulator";
export type {
  GraphSimulator,
  GraphSimulatorOptions,
  SimulatorFaults,
  DropWhen,
} from "./createGraphSimulator";
export { SimulatorState } from "./SimulatorState";
export type {
  ExtendedProperty,
  MailItem,
  ManagerMode,
  RecordedRequest,
  SeedEvent,
  SimulatorSeed,
  StoredEvent,
  StoredFile,
  StoredMessage,
} from "./simulatorTypes";
export { observeSimulatorRequests } from "./simulatorObservers";
export { demoSeed } from "./demoSeed";
