/**
 * globalTeardown: the contract check for the whole run. Every request shape the code sent to the
 * simulator must resolve against Graph v1.0's CSDL; an unknown path, option or property fails the run.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { CSDL_PATH, ContractChecker, loadCsdl } from "./graphContract";
import { requestShape } from "./graphContractShape";
import type { RecordedRequest } from "../../src/graph/simulator";

type Shape = Pick<RecordedRequest, "method" | "path" | "query" | "bodyProperties"> & { testFile?: string };

export default function graphContractTeardown(): void {
  const log = process.env.GRAPH_CONTRACT_LOG;
  if (!log || !existsSync(log)) return;
  const lines = readFileSync(log, "utf8").split("\n").filter(Boolean);
  rmSync(dirname(log), { recursive: true, force: true });
  const shapes = new Map<string, Shape>();
  for (const line of lines) {
    const shape = JSON.parse(line) as Shape;
    shapes.set(requestShape(shape), shape);
  }
  const model = loadCsdl();
  if (!model) {
    console.warn(
      `Graph contract check skipped: ${CSDL_PATH} is absent (it lives in ../shared, outside the repo).`,
    );
    return;
  }
  const checker = new ContractChecker(model);
  const problems = [...shapes.values()].flatMap((shape) =>
    checker.check(shape).map((p) => `${p}  (sent by ${shape.testFile ?? "?"})`),
  );
  console.log(
    `Graph contract: ${shapes.size} distinct request shapes resolved against v1.0 CSDL (parsed in ${Math.round(model.parseMs)} ms).`,
  );
  if (problems.length > 0) {
    throw new Error(
      `Graph contract check failed: names Graph v1.0 does not define:\n  ${problems.join("\n  ")}`,
    );
  }
}
