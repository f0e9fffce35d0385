import type { SimulatorState } from "./SimulatorState";
import type { SimRequest } from "./SimRequest";
import type { SimResponse } from "./simResponse";
import { graphError, json, notFound } from "./simResponse";
import { project, selectedNames } from "./odataQuery";

export function getMe(state: SimulatorState, req: SimRequest): SimResponse {
  return json(200, {
    "@odata.context": `${req.root}/$metadata#users/$entity`,
    ...project({ ...state.user }, selectedNames(req), false),
  });
}

/** GET /me/mailboxSettings and its documented sub-paths (/workingHours, /timeZone, …). */
export function getMailboxSettings(state: SimulatorState, req: SimRequest, sub?: string): SimResponse {
  const settings = state.mailboxSettings as Record<string, unknown>;
  if (sub === undefined) {
    return json(200, {
      "@odata.context": `${req.root}/$metadata#users('me')/mailboxSettings`,
      ...project({ ...settings }, selectedNames(req)),
    });
  }
  if (!(sub in settings)) return notFound(`Resource not found for the segment '${sub}'.`);
  const value = settings[sub];
  const context = `${req.root}/$metadata#users('me')/mailboxSettings/${sub}`;
  return json(
    200,
    typeof value === "object" && value !== null
      ? { "@odata.context": context, ...value }
      : { "@odata.context": context, value },
  );
}

/** GET /me/manager: a user, 404 when none is set (by design), 403 without User.Read.All consent. */
export function getManager(state: SimulatorState, req: SimRequest): SimResponse {
  const manager = state.manager;
  if (manager === "none") {
    return graphError(
      404,
      "Request_ResourceNotFound",
      "Resource 'manager' does not exist or one of its queried reference-property objects are not present.",
    );
  }
  if (manager === "forbidden") {
    return graphError(
      403,
      "Authorization_RequestDenied",
      "Insufficient privileges to complete the operation.",
    );
  }
  return json(200, {
    "@odata.context": `${req.root}/$metadata#directoryObjects/$entity`,
    "@odata.type": "#microsoft.graph.user",
    ...project({ ...manager }, selectedNames(req), false),
  });
}

export function listCalendarPermissions(state: SimulatorState, req: SimRequest): SimResponse {
  return json(200, {
    "@odata.context": `${req.root}/$metadata#users('me')/calendar/calendarPermissions`,
    value: state.calendarPermissions.map((p) => project({ ...p }, selectedNames(req))),
  });
}
