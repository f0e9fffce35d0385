import type { RecordedRequest } from "../../src/graph/simulator";

/** A stable key so the same request shape is checked once however often the suite sends it. */
export function requestShape(
  r: Pick<RecordedRequest, "method" | "path" | "query" | "bodyProperties">,
): string {
  // Ids differ per test but resolve the same way; the query values matter only for $-options.
  const path = r.path.replace(/\/(AAMk[^/]*)/g, "/{id}");
  return JSON.stringify([r.method, path, Object.entries(r.query).sort(), [...r.bodyProperties].sort()]);
}
