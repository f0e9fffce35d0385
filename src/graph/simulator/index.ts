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
