/**
 * Sign-in configuration. Hosts fill it from build-time environment values; it never holds a
 * secret because Graceful Leave is a public client (SPA) with no server of its own.
 */
export interface AuthConfig {
  /** Application (client) id of the Entra app registration. */
  clientId: string;
  /** Work-account authority, e.g. "https://login.microsoftonline.com/organizations" or a tenant. */
  authority?: string;
  /** Redirect URI registered as a SPA platform; defaults to MSAL's current page. */
  redirectUri?: string;
  /**
   * Optional personal Microsoft account (consumers) used only to keep the data document in a
   * personal OneDrive. It may use its own app registration that allows personal accounts.
   */
  personal?: { clientId?: string; redirectUri?: string };
}

/** The consumers authority: only personal Microsoft accounts (outlook.com, hotmail...) sign in there. */
export const CONSUMERS_AUTHORITY = "https://login.microsoftonline.com/consumers";

/** Default work authority: any work or school account, never a personal one. */
export const ORGANIZATIONS_AUTHORITY = "https://login.microsoftonline.com/organizations";

/** What the host adapter found out before sign-in starts. */
export interface HostInfo {
  host: "outlook" | "teams" | "browser";
  /**
   * Outlook: Office.context.requirements.isSetSupported("NestedAppAuth", "1.1").
   * Teams: true once TeamsJS app.initialize() has resolved (Teams, Outlook and microsoft365.com
   * hosts of the tab all broker tokens for nested apps).
   */
  nestedAppAuth: boolean;
  /** The signed-in user's address from the host context, used as a login hint. */
  loginHint?: string;
}

/** The delegated scopes the product asks for, each at the moment a feature first needs it. */
export const Scopes = {
  user: ["User.Read"],
  calendar: ["Calendars.ReadWrite"],
  mailboxSettings: ["MailboxSettings.Read"],
  appFolder: ["Files.ReadWrite.AppFolder"],
} as const satisfies Record<string, readonly string[]>;
