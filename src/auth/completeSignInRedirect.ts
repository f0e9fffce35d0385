import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

/**
 * Runs on redirect.html, the page Entra sends the popup back to. MSAL v5 no longer reads the popup's
 * URL from the opener: this page must hand the response to the main window (over a
 * BroadcastChannel) and close itself.
 */
export async function completeSignInRedirect(): Promise<void> {
  await broadcastResponseToMainFrame();
}
