import { createAuth, type Auth } from "../../auth";
import { GraphClient, createAppDataStore, createDriveBackend } from "../../graph";
import { supportsNestedAppAuth } from "./officeHost";
import { createTaskPaneServices, type TaskPaneServices } from "./TaskPaneServices";

export interface OutlookConnection {
  auth: Auth;
  services: TaskPaneServices;
}

/**
 * The pane's Microsoft 365 connection, or null when this build has no app registration (GL_CLIENT_ID
 * is read at build time; see README, "Configure a real tenant"). Outlook brokers the token where it
 * can (nested app auth); elsewhere MSAL signs in with a popup.
 */
export function connectOutlook(loginHint: string | undefined): OutlookConnection | null {
  const clientId = process.env.GL_CLIENT_ID;
  if (!clientId) return null;
  const auth = createAuth(
    {
      clientId,
      authority: process.env.GL_AUTHORITY || undefined,
      redirectUri: `${window.location.origin}/redirect.html`,
    },
    { host: "outlook", nestedAppAuth: supportsNestedAppAuth(), ...(loginHint ? { loginHint } : {}) },
  );
  const client = new GraphClient({
    fetch: (input, init) => window.fetch(input, init),
    getToken: (scopes, options) => auth.getToken(scopes, options),
  });
  const services = createTaskPaneServices(client, {
    appData: createAppDataStore({ backend: createDriveBackend(client), now: () => Date.now() }),
    deviceZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: navigator.language || "en-US",
    now: () => Date.now(),
  });
  return { auth, services };
}
