import type { SimulatorState } from "./SimulatorState";
import type { SimRequest } from "./SimRequest";
import type { SimResponse } from "./simResponse";
import { badRequest, graphError } from "./simResponse";
import {
  createEvent,
  createExtension,
  deleteEvent,
  deleteExtension,
  getEvent,
  getExtension,
  listEvents,
  listExtensions,
  updateEvent,
  updateExtension,
} from "./eventRoutes";
import { calendarView, calendarViewDelta } from "./calendarViewRoutes";
import { getMailboxSettings, getManager, getMe, listCalendarPermissions } from "./mailboxRoutes";
import { createDraft, deleteMessage, getMessage, messagesDelta } from "./messageRoutes";
import {
  deleteAppFile,
  getAppFile,
  getAppFileContent,
  getAppRoot,
  listAppRoot,
  putAppFileContent,
} from "./driveRoutes";

type Handler = (state: SimulatorState, req: SimRequest, params: string[]) => SimResponse;
type Route = [RegExp, Partial<Record<string, Handler>>];

const ID = "([^/]+)";

/**
 * The Graph subset the product uses. Fixed segments match case-insensitively (Graph's do); ids keep
 * their case. /me/calendar/… is the primary calendar, the same one /me/events and /me/calendarView use. Anything else answers like Graph: 400 "Resource not found for the segment".
 */
const ROUTES: Route[] = [
  [/^\/me$/i, { GET: (s, r) => getMe(s, r) }],
  [/^\/me\/mailboxSettings(?:\/([^/]+))?$/i, { GET: (s, r, [sub]) => getMailboxSettings(s, r, sub) }],
  [/^\/me\/manager$/i, { GET: (s, r) => getManager(s, r) }],
  [/^\/me\/calendar\/calendarPermissions$/i, { GET: (s, r) => listCalendarPermissions(s, r) }],
  [/^\/me(?:\/calendar)?\/calendarView\/delta$/i, { GET: (s, r) => calendarViewDelta(s, r) }],
  [/^\/me(?:\/calendar)?\/calendarView$/i, { GET: (s, r) => calendarView(s, r) }],
  [/^\/me(?:\/calendar)?\/events$/i, { GET: (s, r) => listEvents(s, r), POST: (s, r) => createEvent(s, r) }],
  [
    new RegExp(`^/me(?:/calendar)?/events/${ID}/extensions$`, "i"),
    { GET: (s, r, [id]) => listExtensions(s, r, id!), POST: (s, r, [id]) => createExtension(s, r, id!) },
  ],
  [
    new RegExp(`^/me(?:/calendar)?/events/${ID}/extensions/${ID}$`, "i"),
    {
      GET: (s, r, [id, name]) => getExtension(s, r, id!, name!),
      PATCH: (s, r, [id, name]) => updateExtension(s, r, id!, name!),
      DELETE: (s, _r, [id, name]) => deleteExtension(s, id!, name!),
    },
  ],
  [
    new RegExp(`^/me(?:/calendar)?/events/${ID}$`, "i"),
    {
      GET: (s, r, [id]) => getEvent(s, r, id!),
      PATCH: (s, r, [id]) => updateEvent(s, r, id!),
      DELETE: (s, r, [id]) => deleteEvent(s, r, id!),
    },
  ],
  [/^\/me\/messages$/i, { POST: (s, r) => createDraft(s, r) }],
  [
    new RegExp(`^/me/messages/${ID}$`, "i"),
    { GET: (s, r, [id]) => getMessage(s, r, id!), DELETE: (s, _r, [id]) => deleteMessage(s, id!) },
  ],
  [
    new RegExp(`^/me/mailFolders/${ID}/messages/delta$`, "i"),
    { GET: (s, r, [folder]) => messagesDelta(s, r, folder!) },
  ],
  [/^\/me\/drive\/special\/approot$/, { GET: (s, r) => getAppRoot(s, r) }],
  [/^\/me\/drive\/special\/approot\/children$/, { GET: (s, r) => listAppRoot(s, r) }],
  [
    /^\/me\/drive\/special\/approot:\/(.+?):\/content$/,
    {
      GET: (s, r, [name]) => getAppFileContent(s, r, name!),
      PUT: (s, r, [name]) => putAppFileContent(s, r, name!),
    },
  ],
  [
    /^\/me\/drive\/special\/approot:\/(.+?):?$/,
    { GET: (s, r, [name]) => getAppFile(s, r, name!), DELETE: (s, r, [name]) => deleteAppFile(s, r, name!) },
  ],
];

export function routeRequest(state: SimulatorState, req: SimRequest): SimResponse {
  for (const [pattern, handlers] of ROUTES) {
    const match = pattern.exec(req.path);
    if (!match) continue;
    const handler = handlers[req.method];
    if (!handler)
      return graphError(
        405,
        "Request_BadRequest",
        `The HTTP method '${req.method}' is not allowed on this resource.`,
      );
    return handler(state, req, match.slice(1) as string[]);
  }
  const segment = req.path.split("/").filter(Boolean).pop() ?? "";
  return badRequest(`Resource not found for the segment '${segment}'.`);
}
