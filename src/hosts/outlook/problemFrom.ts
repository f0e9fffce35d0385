import { AuthError } from "../../auth";
import { RevealingTextError } from "../../core";
import { GraphError, RevealingSubjectError } from "../../graph";

/** What the pane shows in its one message bar: what happened, then what to do. */
export interface Problem {
  title: string;
  message: string;
}

/** Every failure of a pane action, caught once here and turned into words the user can act on. */
export function problemFrom(error: unknown, what: string): Problem {
  if (error instanceof RevealingTextError)
    return {
      title: "Nothing was written",
      message: `${error.message}. Others could read it, so Graceful Leave stopped before writing. Choose a neutral word (such as "Appointment") in the settings and try again.`,
    };
  if (error instanceof RevealingSubjectError) return { title: "Nothing was written", message: error.message };
  if (error instanceof AuthError)
    return { title: `Could not ${what}`, message: `${error.message} ${error.action}` };
  if (error instanceof GraphError) {
    const action =
      error.status === 403
        ? "Your organisation does not allow this; ask your IT administrator."
        : error.status === 404
          ? "The item is gone or moved; reopen it and try again."
          : error.status === 0 || error.status === 429 || error.status >= 500
            ? "Microsoft 365 is busy or unreachable; try again in a minute. Trying again never duplicates anything."
            : "Try again; if it keeps failing, reopen the item.";
    return {
      title: `Could not ${what}`,
      message: `Microsoft 365 answered ${error.status || "nothing"} (${error.code}). ${action}`,
    };
  }
  return {
    title: `Could not ${what}`,
    message: `${error instanceof Error ? error.message : String(error)}. Try again.`,
  };
}
