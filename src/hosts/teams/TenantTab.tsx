import { useCallback, useEffect, useMemo, useState } from "react";
import { AuthError } from "../../auth";
import { GraphError } from "../../graph";
import type { Mailbox } from "../../core";
import type { TenantConnection } from "./connectTenant";
import { TabApp, type TabStartup } from "./TabApp";
import { useInterviewScan } from "./useInterviewScan";

export interface TenantTabProps {
  startup: TabStartup;
  connection: TenantConnection;
  now: string;
}

function problemText(error: unknown): string {
  if (error instanceof AuthError || error instanceof GraphError) return error.message;
  return "Something went wrong while reading your calendar. Try again in a minute.";
}

/** The tab against a real tenant: sign in on a click when MSAL needs it, then scan the calendar. */
export function TenantTab({ startup, connection, now }: TenantTabProps) {
  const { auth, settings, calendar } = connection;
  const [needsSignIn, setNeedsSignIn] = useState(auth.needsInteraction);
  const [owner, setOwner] = useState<Mailbox | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => auth.onNeedsInteractionChange(setNeedsSignIn), [auth]);
  useEffect(() => {
    const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    settings.timeSettings(deviceZone).then(
      (time) => setOwner({ name: null, address: auth.accountName(), timeZone: time.timeZone }),
      (error: unknown) => setProblem(problemText(error)),
    );
  }, [auth, settings, attempt]);

  const listWindow = useCallback(
    (start: string, end: string) => calendar.listWindow(start, end, { withBody: true }),
    [calendar],
  );
  const scan = useInterviewScan(owner ? listWindow : null, owner ?? {}, now);
  const signIn = useMemo(
    () =>
      needsSignIn
        ? {
            purpose: "to read your calendar and working hours",
            problem,
            busy,
            onSignIn: () => {
              setBusy(true);
              auth
                .signIn()
                .then(
                  () => {
                    setProblem(null);
                    setAttempt((n) => n + 1);
                  },
                  (error: unknown) => setProblem(problemText(error)),
                )
                .finally(() => setBusy(false));
            },
          }
        : null,
    [needsSignIn, problem, busy, auth],
  );
  return (
    <TabApp
      startup={startup}
      scan={problem && !needsSignIn ? { status: "error", message: problem } : scan}
      signIn={signIn}
    />
  );
}
