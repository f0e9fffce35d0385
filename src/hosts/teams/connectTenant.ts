import { createAuth, type Auth } from "../../auth";
import {
  GraphClient,
  createCalendarRepository,
  createMailboxSettingsRepository,
  type CalendarRepository,
  type MailboxSettingsRepository,
} from "../../graph";
import type { TabStartup } from "./TabApp";

export interface TenantConnection {
  auth: Auth;
  calendar: CalendarRepository;
  settings: MailboxSettingsRepository;
}

/**
 * The real Microsoft 365 connection, or null when this build has no app registration (GL_CLIENT_ID
 * is read at build time; see README, "Configure a real tenant").
 */
export function connectTenant(startup: TabStartup): TenantConnection | null {
  const clientId = process.env.GL_CLIENT_ID;
  if (!clientId) return null;
  const inHost = startup.mode === "teams";
  const auth = createAuth(
    {
      clientId,
      authority: process.env.GL_AUTHORITY || undefined,
      redirectUri: `${window.location.origin}/redirect.html`,
    },
    { host: inHost ? "teams" : "browser", nestedAppAuth: inHost },
  );
  const client = new GraphClient({
    fetch: (input, init) => window.fetch(input, init),
    getToken: (scopes, options) => auth.getToken(scopes, options),
  });
  return {
    auth,
    calendar: createCalendarRepository(client),
    settings: createMailboxSettingsRepository(client),
  };
}
