import { BrowserAuthError, InteractionRequiredAuthError } from "@azure/msal-browser";
import { AuthError, toAuthError, type AuthErrorKind } from "../../src/auth";

describe("toAuthError", () => {
  it.each<[string, unknown, AuthErrorKind]>([
    [
      "consent_required from the silent flow asks the user to consent",
      new InteractionRequiredAuthError("consent_required", "c"),
      "consent_required",
    ],
    [
      "AADSTS65001 in the server message asks the user to consent",
      new InteractionRequiredAuthError(
        "invalid_grant",
        "c",
        "AADSTS65001: The user or administrator has not consented to use the application",
      ),
      "consent_required",
    ],
    [
      "AADSTS90094 tells the user an administrator must approve",
      new InteractionRequiredAuthError(
        "invalid_grant",
        "c",
        "AADSTS90094: An administrator of Contoso has set a policy",
      ),
      "admin_consent_required",
    ],
    [
      "interaction_required asks for sign-in",
      new InteractionRequiredAuthError("interaction_required", "c"),
      "interaction_required",
    ],
    [
      "login_required asks for sign-in",
      new InteractionRequiredAuthError("login_required", "c"),
      "interaction_required",
    ],
    [
      "popup_window_error is a blocked popup",
      new BrowserAuthError("popup_window_error", "c"),
      "popup_blocked",
    ],
    [
      "empty_window_error is a blocked popup",
      new BrowserAuthError("empty_window_error", "c"),
      "popup_blocked",
    ],
    [
      "no_account_error asks for sign-in",
      new BrowserAuthError("no_account_error", "c"),
      "interaction_required",
    ],
    [
      "a silent renewal that timed out asks for sign-in",
      new BrowserAuthError("timed_out", "c"),
      "interaction_required",
    ],
    [
      "block_nested_popups is a blocked popup",
      new BrowserAuthError("block_nested_popups", "c"),
      "popup_blocked",
    ],
    ["user_cancelled is a cancelled sign-in", new BrowserAuthError("user_cancelled", "c"), "cancelled"],
    [
      "interaction_in_progress means another window is open",
      new BrowserAuthError("interaction_in_progress", "c"),
      "busy",
    ],
    [
      "no_network_connectivity is a network problem",
      new BrowserAuthError("no_network_connectivity", "c"),
      "network",
    ],
    ["an unrelated exception is unknown", new TypeError("boom"), "unknown"],
  ])("%s", (_name, error, kind) => {
    const mapped = toAuthError(error);
    expect(mapped).toBeInstanceOf(AuthError);
    expect(mapped.kind).toBe(kind);
    expect(mapped.message.length).toBeGreaterThan(10);
    expect(mapped.action.length).toBeGreaterThan(10);
  });

  it.each<[AuthErrorKind, boolean]>([
    ["interaction_required", true],
    ["consent_required", true],
    ["popup_blocked", true],
    ["cancelled", true],
    ["admin_consent_required", false],
    ["network", false],
    ["busy", false],
  ])("marks %s as fixable by a click: %s", (kind, expected) => {
    expect(new AuthError(kind, "x").needsInteraction).toBe(expected);
  });

  it("keeps an AuthError as it is", () => {
    const original = new AuthError("network", "x");
    expect(toAuthError(original)).toBe(original);
  });
});
