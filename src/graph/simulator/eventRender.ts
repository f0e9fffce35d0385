import type { Event } from "@microsoft/microsoft-graph-types";
import type { SimulatorState } from "./SimulatorState";
import type { SimRequest } from "./SimRequest";
import type { StoredEvent } from "./simulatorTypes";
import { idEqualsFilter, parseExpandItem, project, selectedNames, splitTopLevel } from "./odataQuery";
import { expandSeries, occurrenceId, parseOccurrenceId } from "./recurrence";
import { formatGraphDateTime } from "./simTime";
import { applyBodyType, preferredTimeZone } from "./outlookPreferences";
import { badRequest, fail, graphError } from "./simResponse";

/** Exchange reports open-extension ids with this prefix on GET; the POST doc shows microsoft.graph.openTypeExtension. */
export const EXTENSION_ID_PREFIX = "Microsoft.OutlookServices.OpenTypeExtension.";

export function extensionMatches(ext: Record<string, unknown>, nameOrId: string): boolean {
  const name = String(ext.extensionName ?? "");
  return (
    nameOrId === name ||
    nameOrId === `${EXTENSION_ID_PREFIX}${name}` ||
    nameOrId === `microsoft.graph.openTypeExtension.${name}`
  );
}

/** A calendar item as served: a stored event, or an occurrence generated from its series master. */
export interface EventView {
  stored: StoredEvent;
  /** Present for generated occurrences. */
  occurrence?: { id: string; start: number; end: number };
}

/**
 * Renders an event the way Graph returns it, honouring Prefer: outlook.timezone and
 * outlook.body-content-type, $expand and $select.
 */
export function renderEvent(
  state: SimulatorState,
  view: EventView,
  req: SimRequest,
  options: { select?: boolean; expand?: boolean } = {},
): Record<string, unknown> {
  const source = view.stored.event;
  const event = structuredClone(source) as Event & Record<string, unknown>;
  if (view.occurrence) {
    event.id = view.occurrence.id;
    event.type = "occurrence";
    event.seriesMasterId = source.id ?? null;
    event.recurrence = null;
    event.start = { dateTime: formatGraphDateTime(view.occurrence.start), timeZone: "UTC" };
    event.end = { dateTime: formatGraphDateTime(view.occurrence.end), timeZone: "UTC" };
    event.originalStart = new Date(view.occurrence.start).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  const zone = preferredTimeZone(req);
  if (zone && event.start?.dateTime && event.end?.dateTime) {
    const span = state.eventSpan(event);
    event.start = { dateTime: formatGraphDateTime(span.start, zone), timeZone: zone };
    event.end = { dateTime: formatGraphDateTime(span.end, zone), timeZone: zone };
  }
  if (event.transactionId === undefined || event.transactionId === null) delete event.transactionId;
  const out: Record<string, unknown> = { "@odata.etag": `W/"${source.changeKey ?? ""}"`, ...event };
  applyBodyType(out, req);
  if (options.expand !== false && req.query["$expand"] !== undefined) {
    for (const item of splitTopLevel(req.query["$expand"])) {
      const { name, options: inner } = parseExpandItem(item);
      const wanted = idEqualsFilter(inner["$filter"]);
      if (inner["$filter"] !== undefined && wanted === undefined) {
        fail(
          badRequest(
            `The simulator supports only "id eq '…'" inside $expand filters, not: ${inner["$filter"]}`,
          ),
        );
      }
      if (name.toLowerCase() === "extensions") {
        out.extensions = view.stored.extensions.filter(
          (e) => wanted === undefined || extensionMatches(e, wanted),
        );
      } else if (name === "singleValueExtendedProperties") {
        // Graph has no "get all" for extended properties: only the ones named in the filter come back.
        if (wanted === undefined)
          fail(badRequest("singleValueExtendedProperties must be expanded with $filter=id eq '…'."));
        const found = view.stored.singleValueExtendedProperties.filter(
          (p) => p.id.toLowerCase() === wanted.toLowerCase(),
        );
        if (found.length > 0) out.singleValueExtendedProperties = found;
      } else {
        fail(
          badRequest(
            `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.event'.`,
          ),
        );
      }
    }
  }
  // Expanded navigations come back whether or not $select names them (OData's rule).
  const expanded = ["extensions", "singleValueExtendedProperties"].filter((key) => key in out);
  const names = selectedNames(req);
  return options.select === false ? out : project(out, names && [...names, ...expanded]);
}

/** Instances in [from, to): single instances and exceptions as stored, series expanded into occurrences. */
export function instancesInWindow(state: SimulatorState, from: number, to: number): EventView[] {
  const views: EventView[] = [];
  const exceptions = new Set<string>();
  for (const stored of state.events.values()) {
    if (stored.event.type === "exception" && stored.event.seriesMasterId && stored.event.originalStart) {
      exceptions.add(`${stored.event.seriesMasterId}|${Date.parse(stored.event.originalStart)}`);
    }
  }
  for (const stored of state.events.values()) {
    if (stored.event.type === "seriesMaster") {
      const cancelled = new Set(stored.event.cancelledOccurrences ?? []);
      for (const occ of expandSeries(stored.event, from, to)) {
        const id = occurrenceId(stored.event.id ?? "", occ.start);
        if (cancelled.has(id) || exceptions.has(`${stored.event.id}|${occ.start}`)) continue;
        views.push({ stored, occurrence: { id, start: occ.start, end: occ.end } });
      }
      continue;
    }
    const span = state.eventSpan(stored.event);
    if (span.start < to && span.end > from) views.push({ stored });
  }
  return views.sort((a, b) => startOf(state, a) - startOf(state, b));
}

export function startOf(state: SimulatorState, view: EventView): number {
  return view.occurrence?.start ?? state.eventSpan(view.stored.event).start;
}

/** Finds a stored event or a generated occurrence by id. */
export function findEvent(state: SimulatorState, id: string): EventView | undefined {
  const stored = state.events.get(id);
  if (stored) return { stored };
  const occ = parseOccurrenceId(id);
  if (!occ) return undefined;
  const master = state.events.get(occ.masterId);
  if (!master || master.event.type !== "seriesMaster") return undefined;
  if ((master.event.cancelledOccurrences ?? []).includes(id)) return undefined;
  const duration = state.eventSpan(master.event).end - state.eventSpan(master.event).start;
  const match = expandSeries(master.event, occ.start, occ.start + 1).find((o) => o.start === occ.start);
  return match
    ? { stored: master, occurrence: { id, start: occ.start, end: occ.start + duration } }
    : undefined;
}

/**
 * The $filter forms Graph documents for finding our marker, plus simple comparisons. Anything else
 * is refused loudly (501) so a test never passes on a filter the simulator silently ignored.
 */
export function eventFilter(filter: string | undefined): (stored: StoredEvent) => boolean {
  if (filter === undefined) return () => true;
  const ext = /^\s*extensions\/any\(\s*(\w+)\s*:\s*\1\/id\s+eq\s+'([^']*)'\s*\)\s*$/i.exec(filter);
  if (ext) return (s) => s.extensions.some((e) => extensionMatches(e, ext[2]!));
  const prop =
    /^\s*singleValueExtendedProperties\/any\(\s*(\w+)\s*:\s*\1\/id\s+eq\s+'([^']*)'(?:\s+and\s+\1\/value\s+eq\s+'([^']*)')?\s*\)\s*$/i.exec(
      filter,
    );
  if (prop) {
    // The name part of the id is case-sensitive, the value comparison is not.
    return (s) =>
      s.singleValueExtendedProperties.some(
        (p) => p.id === prop[2] && (prop[3] === undefined || p.value.toLowerCase() === prop[3].toLowerCase()),
      );
  }
  const eq = /^\s*(subject|transactionId|sensitivity|showAs|iCalUId)\s+eq\s+'([^']*)'\s*$/.exec(filter);
  if (eq) return (s) => String((s.event as Record<string, unknown>)[eq[1]!] ?? "") === eq[2];
  return fail(
    graphError(
      501,
      "simulatorNotImplemented",
      `The Graph simulator does not implement this $filter: ${filter}`,
    ),
  );
}
