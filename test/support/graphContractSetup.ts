/**
 * globalSetup: one contract log per jest run. Workers start after this and inherit the variable, so
 * every test file's recorder appends to the same file.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function graphContractSetup(): void {
  const dir = mkdtempSync(join(tmpdir(), "graceful-leave-graph-contract-"));
  process.env.GRAPH_CONTRACT_LOG = join(dir, "requests.jsonl");
}
