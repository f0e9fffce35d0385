/** Why a token could not be obtained, in terms the UI can act on. */
export type AuthErrorKind =
  | "interaction_required"
  | "consent_required"
  | "admin_consent_required"
  | "popup_blocked"
  | "cancelled"
  | "busy"
  | "network"
  | "configuration"
  | "unknown";

/** What to tell the user for each kind: what happened, then what to do. */
const guidance: Record<AuthErrorKind, { message: string; action: string }> = {
  interaction_required: {
    message: "You need to sign in to Microsoft 365 to continue.",
    action: "Select Sign in.",
  },
  consent_required: {
    message: "Graceful Leave needs your permission before it can use this feature.",
    action: "Select Sign in and accept the permissions it asks for.",
  },
  admin_consent_required: {
    message: "Your organisation requires an administrator to approve Graceful Leave's permissions.",
    action: "Ask your IT administrator to grant consent, or choose device-only storage in Settings.",
  },
  popup_blocked: {
    message: "Your browser blocked the sign-in window.",
    action: "Allow pop-ups for this page, then select Sign in again.",
  },
  cancelled: {
    message: "Sign-in was cancelled.",
    action: "Select Sign in when you are ready.",
  },
  busy: {
    message: "Another sign-in window is already open.",
    action: "Finish or close that window, then try again.",
  },
  network: {
    message: "Microsoft 365 could not be reached.",
    action: "Check your connection and try again.",
  },
  configuration: {
    message: "Sign-in is not configured for this deployment.",
    action: "Ask whoever installed Graceful Leave to set the client id and authority.",
  },
  unknown: {
    message: "Sign-in failed.",
    action: "Try again; if it keeps failing, sign out of Microsoft 365 and back in.",
  },
};

/** The one error src/auth throws; hosts catch it once and show `message` and `action`. */
export class AuthError extends Error {
  readonly kind: AuthErrorKind;
  /** What the user can do about it, as a sentence for the message bar. */
  readonly action: string;
  /** The MSAL error code, kept for diagnostics (never shown as the main text). */
  readonly code: string;

  constructor(kind: AuthErrorKind, code: string, options?: { cause?: unknown }) {
    super(guidance[kind].message, options);
    this.name = "AuthError";
    this.kind = kind;
    this.action = guidance[kind].action;
    this.code = code;
  }

  /** True when a click on a Sign in button (a user gesture that may open a popup) can fix it. */
  get needsInteraction(): boolean {
    return (
      this.kind === "interaction_required" ||
      this.kind === "consent_required" ||
      this.kind === "popup_blocked" ||
      this.kind === "cancelled"
    );
  }
}
