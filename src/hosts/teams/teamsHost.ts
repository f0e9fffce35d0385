/**
 * The only code that touches TeamsJS (STYLE.md: one adapter per host API).
 *
 * TeamsJS rejects at once when the page has no parent frame, but inside a foreign iframe it can wait
 * about 60 s for a host that never answers, so initialisation races our own timeout and the tab falls
 * back to standalone mode with a notice.
 */
import { app } from "@microsoft/teams-js";

export type TeamsAppearance = "light" | "dark" | "contrast";

export type TeamsStartup =
  | { mode: "teams"; appearance: TeamsAppearance; locale: string; hostName: string; subPageId: string | null }
  | { mode: "standalone"; reason: "no-host" | "timeout" | "error"; detail: string };

/** Teams names its themes default/dark/contrast; Outlook and microsoft365.com use the same names. */
export function appearanceOf(theme: string | undefined): TeamsAppearance {
  if (theme === "dark") return "dark";
  if (theme === "contrast") return "contrast";
  return "light";
}

export interface StartTeamsOptions {
  timeoutMs?: number;
  /** Injectable for tests; the real TeamsJS app namespace by default. */
  teams?: Pick<typeof app, "initialize" | "getContext" | "notifySuccess">;
  /** Whether the page is framed at all: a top-level page can never be inside Teams. */
  framed?: boolean;
}

function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    // A cross-origin parent throws on access: that is exactly the framed case.
    return true;
  }
}

export async function startTeams(options: StartTeamsOptions = {}): Promise<TeamsStartup> {
  const { timeoutMs = 5000, teams = app, framed = isFramed() } = options;
  if (!framed)
    return {
      mode: "standalone",
      reason: "no-host",
      detail: "This page is not running inside Teams, Outlook or microsoft365.com.",
    };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([teams.initialize().then(() => "ready" as const), timeout]);
    if (outcome === "timeout") {
      return {
        mode: "standalone",
        reason: "timeout",
        detail: `The host did not answer within ${Math.round(timeoutMs / 1000)} s.`,
      };
    }
    const context = await teams.getContext();
    teams.notifySuccess();
    return {
      mode: "teams",
      appearance: appearanceOf(context.app.theme),
      locale: context.app.locale,
      hostName: String(context.app.host.name),
      subPageId: context.page.subPageId ?? null,
    };
  } catch (error) {
    return {
      mode: "standalone",
      reason: "error",
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Follows theme switches in the host. */
export function onTeamsThemeChange(callback: (appearance: TeamsAppearance) => void): void {
  if (app.isInitialized()) app.registerOnThemeChangeHandler((theme) => callback(appearanceOf(theme)));
}
