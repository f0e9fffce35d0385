import type { DeltaState, SimulatorState } from "./SimulatorState";
import type { SimRequest } from "./SimRequest";
import { preference } from "./SimRequest";
import type { SimResponse } from "./simResponse";
import { graphError, json } from "./simResponse";
import { encodePath } from "./odataQuery";

let tokenCounter = 0;

/** Opaque tokens; unique across simulators so one test's token never resolves in another. */
function newToken(): string {
  tokenCounter += 1;
  return `R0usmc${tokenCounter.toString(36).padStart(6, "0")}sim`;
}

/**
 * One page of a delta round. The first call (no token) and every $deltatoken call start a round:
 * `changes(fromSeq)` lists what changed since the token's point in the change log; the rest of the
 * round is kept server-side behind a $skiptoken, as Graph keeps its sync state. Unknown (evicted)
 * tokens answer 410 SyncStateNotFound, the observed calendarView behaviour.
 */
export function deltaPage(
  state: SimulatorState,
  req: SimRequest,
  template: Omit<DeltaState, "fromSeq" | "remaining" | "roundSeq">,
  changes: (round: DeltaState) => Array<Record<string, unknown>>,
  context: string,
): SimResponse {
  const skipToken = req.query["$skiptoken"];
  const deltaToken = req.query["$deltatoken"];
  // Prefer: odata.maxpagesize wins; message delta also takes $top, fixed on the first call.
  const known0 = state.deltaStates.get(req.query["$skiptoken"] ?? req.query["$deltatoken"] ?? "");
  const top = Number(req.query["$top"] ?? known0?.options["$top"] ?? "");
  const size = Number(preference(req, "odata.maxpagesize") ?? "");
  const pageSize = Number.isInteger(size) && size > 0 ? size : Number.isInteger(top) && top > 0 ? top : 10;
  let round: DeltaState;
  let items: Array<Record<string, unknown>>;
  if (skipToken !== undefined || deltaToken !== undefined) {
    const known = state.deltaStates.get((skipToken ?? deltaToken)!);
    if (!known || known.kind !== template.kind) {
      return graphError(
        410,
        "SyncStateNotFound",
        `The sync state generation is not found; generation=${state.currentSeq};[highest=${state.currentSeq}]`,
      );
    }
    round = known;
    if (skipToken !== undefined) {
      items = known.remaining ?? [];
    } else {
      items = changes(known);
      round = { ...known, roundSeq: state.currentSeq };
    }
  } else {
    round = { ...template, fromSeq: 0, roundSeq: state.currentSeq };
    items = changes(round);
  }
  const page = items.slice(0, pageSize);
  const rest = items.slice(pageSize);
  const body: Record<string, unknown> = { "@odata.context": `${req.root}/$metadata#${context}` };
  const base = `${req.root}${encodePath(req.path)}`;
  const token = newToken();
  if (rest.length > 0) {
    state.deltaStates.set(token, { ...round, remaining: rest });
    body["@odata.nextLink"] = `${base}?$skiptoken=${token}`;
  } else {
    const { remaining: _remaining, roundSeq, ...kept } = round;
    state.deltaStates.set(token, { ...kept, fromSeq: roundSeq ?? state.currentSeq });
    body["@odata.deltaLink"] = `${base}?$deltatoken=${token}`;
  }
  body.value = page;
  return json(200, body);
}

/** The `@removed` entry Graph sends for deleted (or out-of-range) items. */
export function removedEntry(type: "event" | "message", id: string): Record<string, unknown> {
  return { "@odata.type": `#microsoft.graph.${type}`, id, "@removed": { reason: "deleted" } };
}
