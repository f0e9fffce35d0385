import type { RecordedRequest } from "./simulatorTypes";

/**
 * Listeners told about every request any simulator records. The contract check subscribes here once
 * per test file instead of reaching into each test's simulator; simulators created with
 * `observed: false` (tests that send wrong paths on purpose) are not reported.
 */
type Observer = (request: RecordedRequest) => void;
const observers = new Set<Observer>();

export function observeSimulatorRequests(observer: Observer): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

export function notifySimulatorObservers(request: RecordedRequest): void {
  for (const observer of observers) observer(request);
}
