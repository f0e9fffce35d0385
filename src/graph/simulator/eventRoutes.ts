import type { Event } from "@microsoft/microsoft-graph-types";
import type { SimulatorState } from "./SimulatorState";
import { normaliseTimes } from "./SimulatorState";
import type { SimRequest } from "./SimRequest";
import { isRecord } from "./SimRequest";
import type { ExtendedProperty, StoredEvent } from "./simulatorTypes";
import type { EventView } from "./eventRender";
import { EXTENSION_ID_PREFIX, eventFilter, extensionMatches, findEvent, renderEvent } from "./eventRender";
import { pageSize, pagedCollection } from "./odataQuery";
import { withPreferenceApplied } from "./outlookPreferences";
import { parseGraphDateTime } from "./simTime";
import type { SimResponse } from "./simResponse";
import { badRequest, graphError, json, notFound } from "./simResponse";

/** Properties an event PATCH may set (event-update doc), plus the two extension collections. */
const WRITABLE = new Set([
  "attendees",
  "body",
  "categories",
  "end",
  "hideAttendees",
  "importance",
  "isAllDay",
  "isOnlineMeeting",
  "isReminderOn",
  "location",
  "locations",
  "onlineMeetingProvider",
  "recurrence",
  "reminderMinutesBeforeStart",
  "responseRequested",
  "sensitivity",
  "showAs",
  "start",
  "subject",
  "allowNewTimeProposals",
]);

const SENSITIVITY = ["normal", "personal", "private", "confidential"];
const SHOW_AS = ["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"];

export function listEvents(state: SimulatorState, req: SimRequest): SimResponse {
  const filter = eventFilter(req.query["$filter"]);
  const size = pageSize(req, 1000);
  // /me/events returns single instances and series masters, not occurrences.
  const rendered: Array<Record<string, unknown>> = [];
  for (const stored of state.events.values()) {
    if (stored.event.type === "occurrence" || stored.event.type === "exception" || !filter(stored)) continue;
    rendered.push(renderEvent(state, { stored }, req));
  }
  return withPreferenceApplied(pagedCollection(req, rendered, size, "users('me')/events"), req);
}

export function getEvent(state: SimulatorState, req: SimRequest, id: string): SimResponse {
  const view = findEvent(state, id);
  if (!view) return notFound();
  return withPreferenceApplied(asResponse(renderEvent(state, view, req), 200), req);
}

/** POST /me/events. A repeated transactionId returns the event already created (no duplicate). */
export function createEvent(state: SimulatorState, req: SimRequest): SimResponse {
  const body = req.json;
  if (!isRecord(body)) return badRequest("Empty Payload. JSON content expected.", "BadRequest");
  const transactionId = typeof body.transactionId === "string" ? body.transactionId : undefined;
  if (transactionId !== undefined) {
    for (const stored of state.events.values()) {
      if (stored.event.transactionId === transactionId)
        return asResponse(renderCreated(state, stored, req), 201);
    }
  }
  const invalid = validateEventBody(body);
  if (invalid) return invalid;
  const { extensions, singleValueExtendedProperties, ...fields } = body;
  const exts = Array.isArray(extensions) ? extensions.filter(isRecord).map(toStoredExtension) : [];
  const props = Array.isArray(singleValueExtendedProperties)
    ? singleValueExtendedProperties.filter(isProperty)
    : [];
  const stored = state.insertEvent({ ...(fields as Event), id: undefined, isOrganizer: true }, exts, props);
  return asResponse(renderCreated(state, stored, req), 201, {
    location: `${req.root}/me/events('${stored.event.id}')`,
  });
}

/** PATCH /me/events/{id}: If-Match on the eTag gives 412 ErrorIrresolvableConflict when stale. */
export function updateEvent(state: SimulatorState, req: SimRequest, id: string): SimResponse {
  const view = findEvent(state, id);
  if (!view) return notFound();
  const body = req.json;
  if (!isRecord(body)) return badRequest("Empty Payload. JSON content expected.");
  const conflict = checkIfMatch(req, view.stored);
  if (conflict) return conflict;
  if ("transactionId" in body)
    return badRequest(
      "The property 'transactionId' cannot be changed after creation.",
      "ErrorInvalidPropertyUpdate",
    );
  const invalid = validateEventBody(body);
  if (invalid) return invalid;
  const stored = view.occurrence ? materialiseException(state, view) : view.stored;
  for (const [key, value] of Object.entries(body)) {
    if (WRITABLE.has(key)) (stored.event as Record<string, unknown>)[key] = value;
  }
  if (Array.isArray(body.singleValueExtendedProperties)) {
    for (const prop of body.singleValueExtendedProperties.filter(isProperty)) {
      const existing = stored.singleValueExtendedProperties.find((p) => p.id === prop.id);
      if (existing) existing.value = prop.value;
      else stored.singleValueExtendedProperties.push({ id: prop.id, value: prop.value });
    }
  }
  if (Array.isArray(body.extensions)) {
    for (const ext of body.extensions.filter(isRecord).map(toStoredExtension)) {
      stored.extensions = stored.extensions.filter((e) => e.extensionName !== ext.extensionName);
      stored.extensions.push(ext);
    }
  }
  if ("start" in body || "end" in body) {
    stored.event.originalStartTimeZone = undefined;
    stored.event.originalEndTimeZone = undefined;
    normaliseTimes(stored.event);
  }
  state.touchEvent(stored);
  // The response never echoes extended properties, as Graph's does not.
  return asResponse(renderEvent(state, { stored }, req), 200);
}

export function deleteEvent(state: SimulatorState, req: SimRequest, id: string): SimResponse {
  const view = findEvent(state, id);
  if (!view) return notFound();
  const conflict = checkIfMatch(req, view.stored);
  if (conflict) return conflict;
  if (view.occurrence) {
    view.stored.event.cancelledOccurrences = [
      ...(view.stored.event.cancelledOccurrences ?? []),
      view.occurrence.id,
    ];
    state.touchEvent(view.stored);
  } else {
    state.deleteEvent(id);
  }
  return { status: 204 };
}

// ---- open extensions: /me/events/{id}/extensions[/{name}] ----

export function listExtensions(state: SimulatorState, req: SimRequest, id: string): SimResponse {
  const view = findEvent(state, id);
  if (!view) return notFound();
  return json(200, {
    "@odata.context": `${req.root}/$metadata#users('me')/events('${id}')/extensions`,
    value: view.stored.extensions,
  });
}

export function createExtension(state: SimulatorState, req: SimRequest, id: string): SimResponse {
  const view = findEvent(state, id);
  if (!view) return notFound();
  const body = req.json;
  if (!isRecord(body) || typeof body.extensionName !== "string" || body.extensionName === "") {
    return badRequest("The extensionName property is required.", "ErrorInvalidRequest");
  }
  if (/^com\.(microsoft|onmicrosoft)\b/i.test(body.extensionName)) {
    return badRequest(
      "Extension names may not use the com.microsoft or com.onmicrosoft prefixes.",
      "ErrorInvalidRequest",
    );
  }
  const stored = view.occurrence ? materialiseException(state, view) : view.stored;
  if (stored.extensions.some((e) => e.extensionName === body.extensionName)) {
    // Graph's exact answer for a duplicate name is not documented; a 409 is what a client must handle.
    return graphError(
      409,
      "NameAlreadyExists",
      `An extension named '${body.extensionName}' already exists on this item.`,
    );
  }
  const ext = toStoredExtension(body);
  stored.extensions.push(ext);
  state.touchEvent(stored);
  return json(201, {
    "@odata.context": `${req.root}/$metadata#users('me')/events('${id}')/extensions/$entity`,
    ...ext,
  });
}

export function getExtension(state: SimulatorState, req: SimRequest, id: string, name: string): SimResponse {
  const ext = findEvent(state, id)?.stored.extensions.find((e) => extensionMatches(e, name));
  if (!ext) return notFound();
  return json(200, {
    "@odata.context": `${req.root}/$metadata#users('me')/events('${id}')/extensions/$entity`,
    ...ext,
  });
}

/** PATCH replaces the custom data: properties not sent are deleted, null clears one. */
export function updateExtension(
  state: SimulatorState,
  req: SimRequest,
  id: string,
  name: string,
): SimResponse {
  const view = findEvent(state, id);
  const index = view?.stored.extensions.findIndex((e) => extensionMatches(e, name)) ?? -1;
  if (!view || index < 0) return notFound();
  const body = req.json;
  if (!isRecord(body)) return badRequest("Empty Payload. JSON content expected.");
  const current = view.stored.extensions[index]!;
  const next = Object.fromEntries(
    Object.entries(toStoredExtension({ ...body, extensionName: current.extensionName })).filter(
      ([, v]) => v !== null,
    ),
  );
  view.stored.extensions[index] = next;
  state.touchEvent(view.stored);
  return json(200, next);
}

export function deleteExtension(state: SimulatorState, id: string, name: string): SimResponse {
  const view = findEvent(state, id);
  const index = view?.stored.extensions.findIndex((e) => extensionMatches(e, name)) ?? -1;
  if (!view || index < 0) return notFound();
  view.stored.extensions.splice(index, 1);
  state.touchEvent(view.stored);
  return { status: 204 };
}

// ---- helpers ----

function renderCreated(state: SimulatorState, stored: StoredEvent, req: SimRequest): Record<string, unknown> {
  // The create response includes open extensions (not extended properties) and ignores $select.
  const out = renderEvent(state, { stored }, req, { select: false, expand: false });
  if (stored.extensions.length > 0) out.extensions = stored.extensions;
  return { "@odata.context": `${req.root}/$metadata#users('me')/events/$entity`, ...out };
}

function asResponse(
  rendered: Record<string, unknown>,
  status: number,
  headers: Record<string, string> = {},
): SimResponse {
  return json(status, rendered, { etag: String(rendered["@odata.etag"] ?? ""), ...headers });
}

function checkIfMatch(req: SimRequest, stored: StoredEvent): SimResponse | undefined {
  const ifMatch = req.headers["if-match"];
  if (ifMatch === undefined || ifMatch.trim() === "*") return undefined;
  const strip = (tag: string): string => tag.trim().replace(/^W\//, "").replace(/^"|"$/g, "");
  if (strip(ifMatch) === stored.event.changeKey) return undefined;
  return graphError(
    412,
    "ErrorIrresolvableConflict",
    "The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.",
  );
}

function validateEventBody(body: Record<string, unknown>): SimResponse | undefined {
  if (body.sensitivity !== undefined && !SENSITIVITY.includes(String(body.sensitivity))) {
    return badRequest(
      `Invalid value '${String(body.sensitivity)}' for property 'sensitivity'.`,
      "RequestBodyRead",
    );
  }
  if (body.showAs !== undefined && !SHOW_AS.includes(String(body.showAs))) {
    return badRequest(`Invalid value '${String(body.showAs)}' for property 'showAs'.`, "RequestBodyRead");
  }
  for (const key of ["start", "end"]) {
    const value = body[key];
    if (value === undefined) continue;
    if (!isRecord(value) || typeof value.dateTime !== "string" || typeof value.timeZone !== "string") {
      return badRequest(
        `The property '${key}' must be a dateTimeTimeZone with dateTime and timeZone.`,
        "RequestBodyRead",
      );
    }
    if (parseGraphDateTime(value.dateTime, value.timeZone) === undefined) {
      return badRequest(
        `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${value.timeZone}'.`,
        "TimeZoneNotSupportedException",
      );
    }
  }
  return undefined;
}

/** Turns an occurrence into a stored exception, as Exchange does when one instance is changed. */
function materialiseException(state: SimulatorState, view: EventView): StoredEvent {
  const master = view.stored.event;
  const occ = view.occurrence!;
  const { recurrence: _r, id: _id, ...rest } = master;
  const created = state.insertEvent(
    {
      ...structuredClone(rest),
      id: occ.id,
      type: "exception",
      seriesMasterId: master.id ?? null,
      originalStart: new Date(occ.start).toISOString().replace(/\.\d{3}Z$/, "Z"),
      start: { dateTime: new Date(occ.start).toISOString().slice(0, 19), timeZone: "UTC" },
      end: { dateTime: new Date(occ.end).toISOString().slice(0, 19), timeZone: "UTC" },
      originalStartTimeZone: "UTC",
      originalEndTimeZone: "UTC",
    },
    structuredClone(view.stored.extensions),
    structuredClone(view.stored.singleValueExtendedProperties),
  );
  return created;
}

function toStoredExtension(body: Record<string, unknown>): Record<string, unknown> {
  const name = String(body.extensionName ?? "");
  const { "@odata.type": _type, id: _id, ...data } = body;
  return {
    "@odata.type": "#microsoft.graph.openTypeExtension",
    id: `${EXTENSION_ID_PREFIX}${name}`,
    ...data,
    extensionName: name,
  };
}

function isProperty(value: unknown): value is ExtendedProperty {
  return isRecord(value) && typeof value.id === "string" && typeof value.value === "string";
}
