/**
 * Event-based activation handlers (manifest.xml LaunchEvents). Classic Outlook on Windows loads this
 * file alone in a JavaScript-only runtime, so webpack emits it self-contained and it uses no DOM.
 */
import { associateAction } from "./officeHost";
import { checkAppointmentBeforeSend } from "./checkAppointmentBeforeSend";

// A new appointment needs nothing from us until it is sent; completing at once keeps Outlook fast.
function onNewAppointmentOrganizerHandler(event: Office.MailboxEvent): void {
  event.completed();
}

// Before an appointment with attendees goes out, stop it if its visible text would reveal a job hunt.
// SendMode PromptUser lets the user send anyway.
function onAppointmentSendHandler(event: Office.MailboxEvent): void {
  checkAppointmentBeforeSend()
    .then((verdict) =>
      verdict.ok
        ? event.completed({ allowEvent: true })
        : event.completed({ allowEvent: false, errorMessage: verdict.message }),
    )
    // Never block sending because our own check failed.
    .catch(() => event.completed({ allowEvent: true }));
}

associateAction("onNewAppointmentOrganizerHandler", onNewAppointmentOrganizerHandler);
associateAction("onAppointmentSendHandler", onAppointmentSendHandler);
