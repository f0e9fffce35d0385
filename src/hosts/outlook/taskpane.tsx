import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { AppFrame, Notice, SignInPrompt } from "../../ui";
import { AuthError } from "../../auth";
import { toIanaZone } from "../../core";
import { connectOutlook, type OutlookConnection } from "./connectOutlook";
import { readAppearance, readMailboxOwner, whenOfficeReady } from "./officeHost";
import { TaskPaneApp } from "./TaskPaneApp";
import { useOpenItem } from "./useOpenItem";

const NOT_CONNECTED =
  'This build has no app registration (GL_CLIENT_ID), so it cannot change your calendar. Follow "Configure a real tenant" in the README, or run npm start for the demo.';

/** A Sign in button whenever a silent token attempt said a person must act (consent, expired session). */
function useSignIn(connection: OutlookConnection | null) {
  const [needed, setNeeded] = useState(connection?.auth.needsInteraction ?? false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => connection?.auth.onNeedsInteractionChange(setNeeded), [connection]);
  const signIn = () => {
    if (!connection) return;
    setBusy(true);
    connection.auth.signIn().then(
      () => {
        setBusy(false);
        setProblem(null);
      },
      (error: unknown) => {
        setBusy(false);
        setProblem(
          error instanceof AuthError ? `${error.message} ${error.action}` : "Sign-in failed. Try again.",
        );
      },
    );
  };
  return { needed, busy, problem, signIn };
}

function OutlookTaskPane({ connection }: { connection: OutlookConnection | null }) {
  const state = useOpenItem();
  const [owner] = useState(() => {
    const profile = readMailboxOwner();
    return { name: profile.name, address: profile.address, timeZone: toIanaZone(profile.windowsTimeZone) };
  });
  // The pane's clock for reading "tomorrow at 3" in an email that carries no received time.
  const [now] = useState(() => new Date().toISOString());
  const signIn = useSignIn(connection);
  return (
    <>
      {signIn.needed && (
        <SignInPrompt
          purpose="to keep this private"
          problem={signIn.problem}
          busy={signIn.busy}
          onSignIn={signIn.signIn}
        />
      )}
      <TaskPaneApp
        state={state}
        owner={owner}
        now={now}
        services={connection?.services ?? null}
        notConnected={NOT_CONNECTED}
      />
    </>
  );
}

async function main(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  const { inOutlook } = await whenOfficeReady();
  if (!inOutlook) {
    root.render(
      <AppFrame appearance="light" label="Graceful Leave task pane">
        <Notice intent="warning" title="Open this in Outlook">
          This page is Graceful Leave's Outlook task pane. Sideload manifest.xml into Outlook (see README), or
          run npm start for the demo.
        </Notice>
      </AppFrame>,
    );
    return;
  }
  const connection = connectOutlook(readMailboxOwner().address || undefined);
  root.render(
    <AppFrame appearance={readAppearance()} label="Graceful Leave task pane">
      <OutlookTaskPane connection={connection} />
    </AppFrame>,
  );
}

void main();
