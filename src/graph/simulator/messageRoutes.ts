import type { Message } from "@microsoft/microsoft-graph-types";
import type { SimulatorState } from "./SimulatorState";
import type { SimRequest } from "./SimRequest";
import { isRecord } from "./SimRequest";
import type { StoredMessage } from "./simulatorTypes";
import type { SimResponse } from "./simResponse";
import { badRequest, fail, graphError, json, notFound } from "./simResponse";
import { parseExpandItem, project, selectedNames, splitTopLevel } from "./odataQuery";
import { findEvent, renderEvent } from "./eventRender";
import { deltaPage, removedEntry } from "./deltaRounds";
import { applyBodyType, withPreferenceApplied } from "./outlookPreferences";

const EVENT_EXPAND = "microsoft.graph.eventMessage/event";

function renderMessage(
  state: SimulatorState,
  stored: StoredMessage,
  req: SimRequest,
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    "@odata.etag": `W/"${stored.message.changeKey ?? ""}"`,
    ...structuredClone(stored.message),
  };
  if (stored.message["@odata.type"] === "#microsoft.graph.eventMessage" && stored.eventId) {
    // v1.0 eventMessage carries the meeting's times and place itself, taken from its event.
    const event = findEvent(state, stored.eventId)?.stored.event;
    if (event) {
      out.startDateTime ??= event.start;
      out.endDateTime ??= event.end;
      out.location ??= event.location;
      out.isAllDay ??= event.isAllDay;
      out.type ??= event.type;
      out.meetingMessageType ??= "meetingRequest";
    }
  }
  applyBodyType(out, req);
  const expand = req.query["$expand"];
  if (expand !== undefined) {
    for (const item of splitTopLevel(expand)) {
      const { name } = parseExpandItem(item);
      if (name !== EVENT_EXPAND) {
        fail(
          badRequest(
            `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.message'.`,
          ),
        );
      }
      // The cast only applies to eventMessages; other messages come back without "event".
      if (stored.message["@odata.type"] !== "#microsoft.graph.eventMessage") continue;
      const view = stored.eventId ? findEvent(state, stored.eventId) : undefined;
      if (view) {
        out["event@odata.context"] =
          `${req.root}/$metadata#users('me')/messages('${stored.message.id}')/microsoft.graph.eventMessage/event/$entity`;
        out.event = renderEvent(state, view, { ...req, query: {} });
      }
    }
  }
  // Expanded navigations come back whether or not $select names them (OData's rule).
  const names = selectedNames(req);
  return project(out, names && ("event" in out ? [...names, "event"] : names));
}

/** GET /me/messages/{id}, optionally with $expand=microsoft.graph.eventMessage/event. */
export function getMessage(state: SimulatorState, req: SimRequest, id: string): SimResponse {
  const stored = state.messages.get(id);
  if (!stored) return notFound();
  return withPreferenceApplied(
    json(200, {
      "@odata.context": `${req.root}/$metadata#users('me')/messages/$entity`,
      ...renderMessage(state, stored, req),
    }),
    req,
  );
}

/** POST /me/messages creates a draft in Drafts; nothing is sent. */
export function createDraft(state: SimulatorState, req: SimRequest): SimResponse {
  if (!isRecord(req.json)) return badRequest("Empty Payload. JSON content expected.");
  const { id: _id, ...fields } = req.json;
  const stored = state.insertMessage({ ...(fields as Message), isDraft: true, isRead: true }, "drafts");
  return json(201, {
    "@odata.context": `${req.root}/$metadata#users('me')/messages/$entity`,
    ...renderMessage(state, stored, { ...req, query: {} }),
  });
}

export function deleteMessage(state: SimulatorState, id: string): SimResponse {
  return state.deleteMessage(id) ? { status: 204 } : notFound();
}

/**
 * GET /me/mailFolders/{folder}/messages/delta. $select, $top and $expand and the documented
 * `receivedDateTime ge|gt` filter and `changeType` option are fixed on the first call.
 */
export function messagesDelta(state: SimulatorState, req: SimRequest, folder: string): SimResponse {
  const folderName = folder.toLowerCase();
  const first = req.query["$skiptoken"] === undefined && req.query["$deltatoken"] === undefined;
  const options: Record<string, string> = {};
  if (first) {
    for (const key of ["$select", "$expand", "$filter", "$top", "changeType"]) {
      const value = req.query[key];
      if (value !== undefined) options[key] = value;
    }
    if (
      req.query["$orderby"] !== undefined &&
      !/^\s*receivedDateTime\s+desc\s*$/i.test(req.query["$orderby"])
    ) {
      return badRequest(
        "The only $orderby supported on message delta is receivedDateTime desc.",
        "ErrorInvalidUrlQuery",
      );
    }
    if (req.query["$search"] !== undefined)
      return badRequest("$search is not supported with change tracking.", "ErrorInvalidUrlQuery");
  }
  if (options["$filter"] !== undefined && receivedSince(options["$filter"]) === undefined) {
    return graphError(
      400,
      "ErrorInvalidUrlQuery",
      "The '$filter' parameter value is not supported for 'Messages' resource with change tracking.",
    );
  }
  const response = deltaPage(
    state,
    req,
    { kind: "messages", folder: folderName, options },
    (round) => {
      const opts = { ...round.options };
      const view: SimRequest = { ...req, query: opts };
      const changeType = opts["changeType"];
      const since = opts["$filter"] !== undefined ? receivedSince(opts["$filter"]) : undefined;
      const items: Array<Record<string, unknown>> = [];
      const messages = [...state.messages.values()]
        .filter((m) => m.folder === round.folder && m.seq > round.fromSeq)
        .filter((m) => since === undefined || Date.parse(m.message.receivedDateTime ?? "") >= since)
        .sort(
          (a, b) =>
            Date.parse(b.message.receivedDateTime ?? "") - Date.parse(a.message.receivedDateTime ?? ""),
        );
      if (changeType === undefined || changeType === "created" || changeType === "updated") {
        for (const m of messages) items.push(renderMessage(state, m, view));
      }
      if (round.fromSeq > 0 && (changeType === undefined || changeType === "deleted")) {
        for (const t of state.tombstones) {
          if (t.kind === "message" && t.folder === round.folder && t.seq > round.fromSeq)
            items.push(removedEntry("message", t.id));
        }
      }
      return items;
    },
    `users('me')/mailFolders('${folderName}')/messages/delta`,
  );
  return withPreferenceApplied(response, req);
}

/** The one $filter message delta supports: receivedDateTime ge|gt {value}. */
function receivedSince(filter: string): number | undefined {
  const match = /^\s*receivedDateTime\s+(ge|gt)\s+(\S+)\s*$/i.exec(filter);
  if (!match) return undefined;
  const ms = Date.parse(match[2]!);
  return Number.isNaN(ms) ? undefined : ms;
}
