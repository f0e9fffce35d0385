import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";

export interface SignInPromptProps {
  /** Why sign-in is needed now, e.g. "to read your calendar". */
  purpose: string;
  /** The last sign-in problem in plain words, if any. */
  problem?: string | null;
  busy?: boolean;
  onSignIn(): void;
}

/** Sign-in happens on a click: browsers block sign-in popups that no click opened. */
export function SignInPrompt({ purpose, problem, busy = false, onSignIn }: SignInPromptProps) {
  return (
    <MessageBar intent={problem ? "warning" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Sign in to Microsoft 365</MessageBarTitle>
        {problem ?? `Graceful Leave needs you to sign in ${purpose}.`}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={onSignIn}>
          {busy ? "Signing in…" : "Sign in"}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
