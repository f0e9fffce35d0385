import { AuthError as MsalAuthError, InteractionRequiredAuthError } from "@azure/msal-browser";
import { AuthError, type AuthErrorKind } from "./AuthError";

// AADSTS65001: the user (or admin) has not consented. AADSTS90094 / AADSTS90099 / AADSTS65004:
// the tenant requires an administrator to approve, which the user cannot fix with a click.
const adminConsentCodes = ["AADSTS90094", "AADSTS90099", "AADSTS65004"];
const userConsentCodes = ["AADSTS65001", "consent_required"];

const byCode: Record<string, AuthErrorKind> = {
  // No cached account, or the hidden-iframe renewal timed out: only a sign-in window can fix it.
  no_account_error: "interaction_required",
  no_account_in_silent_request: "interaction_required",
  no_account_found: "interaction_required",
  timed_out: "interaction_required",
  popup_window_error: "popup_blocked",
  block_nested_popups: "popup_blocked",
  empty_window_error: "popup_blocked",
  user_cancelled: "cancelled",
  interaction_in_progress: "busy",
  no_network_connectivity: "network",
  endpoints_resolution_error: "network",
  network_error: "network",
  post_request_failed: "network",
  get_request_failed: "network",
  invalid_client_id: "configuration",
  empty_url_error: "configuration",
  invalid_authority: "configuration",
  url_parse_error: "configuration",
};

function mentions(text: string, codes: string[]): boolean {
  return codes.some((code) => text.includes(code));
}

/** Maps anything MSAL (or the nested-app bridge) throws onto the one typed AuthError. */
export function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof MsalAuthError) {
    const text = `${error.errorCode} ${error.subError} ${error.errorMessage}`;
    if (mentions(text, adminConsentCodes))
      return new AuthError("admin_consent_required", error.errorCode, { cause: error });
    if (mentions(text, userConsentCodes))
      return new AuthError("consent_required", error.errorCode, { cause: error });
    if (error instanceof InteractionRequiredAuthError)
      return new AuthError("interaction_required", error.errorCode, { cause: error });
    return new AuthError(byCode[error.errorCode] ?? "unknown", error.errorCode, { cause: error });
  }
  return new AuthError("unknown", "unexpected", { cause: error });
}
