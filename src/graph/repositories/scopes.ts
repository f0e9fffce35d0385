/**
 * The delegated scopes each repository asks for, at the moment a feature first needs it.
 * Calendars.ReadWrite covers reads too, so reading and blocking time share one consent.
 */
export const GraphScopes = {
  profile: ["User.Read"],
  calendar: ["Calendars.ReadWrite"],
  mailboxSettings: ["MailboxSettings.Read"],
  appFolder: ["Files.ReadWrite.AppFolder"],
  mailRead: ["Mail.Read"],
  /** Only to save the time-off note as a draft the user reviews and sends. */
  mailDraft: ["Mail.ReadWrite"],
  /** Optional: many tenants require admin consent for it, so the UI falls back to a typed address. */
  manager: ["User.Read.All"],
} as const satisfies Record<string, readonly string[]>;

export function scopes(list: readonly string[]): string[] {
  return [...list];
}
