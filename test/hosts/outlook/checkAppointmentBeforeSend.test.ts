import { checkAppointmentBeforeSend } from "../../../src/hosts/outlook/checkAppointmentBeforeSend";
import type { OpenItem } from "../../../src/hosts/outlook/officeHost";

function appointment(subject: string, body = "", location = ""): OpenItem {
  return {
    kind: "event",
    itemClass: "IPM.Appointment",
    restId: null,
    subject,
    body: { contentType: "html", content: body },
    location: location ? { displayName: location } : undefined,
    isOrganizer: true,
  };
}

describe("checkAppointmentBeforeSend", () => {
  it.each([
    ["a subject", appointment("Interview with Fabrikam")],
    ["a German subject", appointment("Vorstellungsgespräch")],
    ["the body text", appointment("Appointment", "<p>Back after my <b>job interview</b></p>")],
    ["the location", appointment("Appointment", "", "Entretien d'embauche – Paris")],
  ])("stops an invitation that names an interview in %s, quoting the words", async (_where, item) => {
    const verdict = await checkAppointmentBeforeSend(async () => item);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok)
      expect(verdict.message).toMatch(/People who see this invitation or your calendar will read "/);
  });

  it("lets a neutral appointment go", async () => {
    await expect(
      checkAppointmentBeforeSend(async () => appointment("Appointment", "<p>Back at 4</p>")),
    ).resolves.toEqual({ ok: true });
  });

  it("does not read words hidden in markup as visible text", async () => {
    const item = appointment("Appointment", '<div class="interview-note" data-x="interview">See you</div>');
    await expect(checkAppointmentBeforeSend(async () => item)).resolves.toEqual({ ok: true });
  });

  it("lets the send go on when there is no item", async () => {
    await expect(checkAppointmentBeforeSend(async () => null)).resolves.toEqual({ ok: true });
  });
});
