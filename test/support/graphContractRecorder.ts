/**
 * setupFilesAfterEnv: collects what every simulator in this test file received and appends the
 * distinct request shapes to the suite's contract log, which graphContractTeardown resolves against
 * the CSDL once for the whole run. A file that never creates a simulator writes nothing.
 */
import { appendFileSync } from "node:fs";
import { observeSimulatorRequests } from "../../src/graph/simulator/simulatorObservers";
import type { RecordedRequest } from "../../src/graph/simulator";
import { requestShape } from "./graphContractShape";

const log = process.env.GRAPH_CONTRACT_LOG;
if (log) {
  const shapes = new Map<string, Pick<RecordedRequest, "method" | "path" | "query" | "bodyProperties">>();
  const testFile = expect.getState().testPath ?? "";
  const stop = observeSimulatorRequests((r) => {
    const shape = { method: r.method, path: r.path, query: r.query, bodyProperties: r.bodyProperties };
    shapes.set(requestShape(shape), shape);
  });
  afterAll(() => {
    stop();
    if (shapes.size === 0) return;
    appendFileSync(
      log,
      [...shapes.values()].map((s) => JSON.stringify({ ...s, testFile })).join("\n") + "\n",
    );
  });
}
