import type { SimulatorState } from "./SimulatorState";
import type { SimRequest } from "./SimRequest";
import type { SimResponse } from "./simResponse";
import { badRequest, fail, graphError } from "./simResponse";
import { eventFilter, instancesInWindow, renderEvent, startOf } from "./eventRender";
import { withPreferenceApplied } from "./outlookPreferences";
import { pageSize, pagedCollection } from "./odataQuery";
import { parseQueryInstant } from "./simTime";
import { deltaPage, removedEntry } from "./deltaRounds";

function requireWindow(req: SimRequest): { from: number; to: number } {
  const start = req.query["startDateTime"];
  const end = req.query["endDateTime"];
  if (start === undefined || end === undefined) {
    fail(
      badRequest(
        "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
        "ErrorInvalidParameter",
      ),
    );
  }
  const from = parseQueryInstant(start);
  const to = parseQueryInstant(end);
  if (from === undefined || to === undefined) {
    fail(
      badRequest(
        `The value '${from === undefined ? start : end}' is not a valid ISO 8601 date and time.`,
        "ErrorInvalidParameter",
      ),
    );
  }
  return { from, to };
}

/** GET /me/calendarView: occurrences, exceptions and single instances overlapping the window. */
export function calendarView(state: SimulatorState, req: SimRequest): SimResponse {
  const { from, to } = requireWindow(req);
  const filter = eventFilter(req.query["$filter"]);
  const size = pageSize(req, 1000);
  let views = instancesInWindow(state, from, to).filter((v) => filter(v.stored));
  const orderBy = req.query["$orderby"];
  if (orderBy !== undefined) {
    const match = /^\s*start\/dateTime(?:\s+(asc|desc))?\s*$/i.exec(orderBy);
    if (!match)
      fail(
        graphError(
          501,
          "simulatorNotImplemented",
          `The Graph simulator orders calendarView only by start/dateTime, not: ${orderBy}`,
        ),
      );
    if (match[1]?.toLowerCase() === "desc")
      views = [...views].sort((a, b) => startOf(state, b) - startOf(state, a));
  }
  const rendered = views.map((view) => renderEvent(state, view, req));
  return withPreferenceApplied(pagedCollection(req, rendered, size, "users('me')/calendarView"), req);
}

/**
 * GET /me/calendarView/delta. Options are fixed on the first call; $select, $expand, $filter and
 * $orderby are refused because Graph does not support them here.
 */
export function calendarViewDelta(state: SimulatorState, req: SimRequest): SimResponse {
  for (const option of ["$select", "$expand", "$filter", "$orderby", "$search"]) {
    if (req.query[option] !== undefined) {
      return badRequest(
        `The query parameter '${option}' is not supported with change tracking over the 'CalendarView' resource.`,
        "ErrorInvalidUrlQuery",
      );
    }
  }
  const first = req.query["$skiptoken"] === undefined && req.query["$deltatoken"] === undefined;
  const window = first ? requireWindow(req) : undefined;
  const response = deltaPage(
    state,
    req,
    { kind: "calendarView", windowStart: window?.from, windowEnd: window?.to, options: {} },
    (round) => {
      const from = round.windowStart ?? 0;
      const to = round.windowEnd ?? 0;
      const items: Array<Record<string, unknown>> = [];
      const inWindow = new Set<string>();
      for (const view of instancesInWindow(state, from, to)) {
        inWindow.add(view.stored.event.id ?? "");
        if (view.stored.seq > round.fromSeq) items.push(renderEvent(state, view, { ...req, query: {} }));
      }
      if (round.fromSeq > 0) {
        // Deleted items, and items changed since the token that are now outside the window, come as @removed.
        for (const t of state.tombstones)
          if (t.kind === "event" && t.seq > round.fromSeq) items.push(removedEntry("event", t.id));
        for (const stored of state.events.values()) {
          if (stored.seq > round.fromSeq && !inWindow.has(stored.event.id ?? ""))
            items.push(removedEntry("event", stored.event.id ?? ""));
        }
      }
      return items;
    },
    "Collection(event)",
  );
  return withPreferenceApplied(response, req);
}
