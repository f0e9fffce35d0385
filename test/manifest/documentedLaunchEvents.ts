/**
 * LaunchEvent Type values an add-in-only manifest may use in Outlook, as listed in "Activate add-ins
 * with events" (learn.microsoft.com/office/dev/add-ins/develop/event-based-activation, Outlook events
 * table, and the spam-reporting article for OnSpamReported). The XSD types LaunchEvent/@Type as a short
 * string, so a misspelt event validates and then never fires; this list is the second check.
 * Not included: OnMessageDecrypt, the earlier preview name of OnMessageRead, and the unified manifest's
 * camelCase names (appointmentSending, ...), which are not valid in XML.
 */
export const documentedLaunchEvents: ReadonlySet<string> = new Set([
  "OnNewMessageCompose",
  "OnNewAppointmentOrganizer",
  "OnMessageAttachmentsChanged",
  "OnAppointmentAttachmentsChanged",
  "OnMessageRecipientsChanged",
  "OnAppointmentAttendeesChanged",
  "OnAppointmentTimeChanged",
  "OnAppointmentRecurrenceChanged",
  "OnInfoBarDismissClicked",
  "OnMessageSend",
  "OnAppointmentSend",
  "OnMessageCompose",
  "OnAppointmentOrganizer",
  "OnMessageFromChanged",
  "OnAppointmentFromChanged",
  "OnSensitivityLabelChanged",
  "OnMessageReadWithCustomAttachment",
  "OnMessageReadWithCustomHeader",
  "OnMessageRead",
  "OnSpamReported",
]);
