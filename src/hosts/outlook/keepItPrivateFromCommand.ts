import { markOpenAppointmentPrivate } from "./officeHost";

/**
 * What the one-click command can do without a pane: on the user's own appointment in a host with
 * Mailbox 1.14 it sets the item private right here. Everything else (meeting requests, reminders,
 * creating a block) needs Microsoft Graph and a sign-in, which only the pane can prompt for.
 */
export async function keepItPrivateFromCommand(): Promise<string> {
  const outcome = await markOpenAppointmentPrivate();
  switch (outcome) {
    case "marked":
      return "Marked private. Only you (and delegates you allow to see private items) will see its details.";
    case "alreadyPrivate":
      return "This appointment is already private.";
    case "unsupported":
      return "Open the Graceful Leave pane to keep this private: it needs to sign in to change your calendar.";
  }
}
