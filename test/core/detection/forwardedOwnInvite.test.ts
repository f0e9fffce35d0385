import { forwardedOwnInvite } from "../../../src/core/detection/forwardedOwnInvite";
import type { MailItem } from "../../../src/core/detection/types";

const friend = { name: "Léa Morel", address: "lea.morel@gmail.com", via: "sender" as const };
const recruiter = { name: "Sam Price", address: "sam.price@northgate-search.com", via: "sender" as const };
const message = (content: string): MailItem => ({ kind: "message", body: { contentType: "text", content } });
const owner = ["Hugo Martin", "hugo.martin@contoso.fr"] as const;

describe("forwardedOwnInvite", () => {
  it.each([
    [
      "TR: Invitation à un entretien",
      "Hugo, tu as des conseils ?\n\nDe : Recrutement Brisach <jobs@brisach.fr>\nEnvoyé : lundi 8 mars 2027\nÀ : Léa Morel <lea.morel@gmail.com>\nObjet : Invitation à un entretien\n\nBonjour Léa, nous vous invitons à un entretien jeudi à 10h.",
    ],
    [
      "Fwd: Interview invitation",
      "Any tips?\n---------- Forwarded message ---------\nFrom: Priya <priya@acme.io>\nTo: Léa Morel <lea.morel@gmail.com>\n\nHi Léa, we'd like to invite you to a case study on Tuesday at 14:00.",
    ],
  ])("takes %j, addressed to the friend who forwards it, for the friend's own", (subject, body) => {
    expect(forwardedOwnInvite(message(body), subject, friend, false, ...owner)).toBe(true);
  });

  it("keeps a recruiter's forward of a client's mail that names the owner", () => {
    const body =
      "Hugo, see below!\n---------- Forwarded message ---------\nFrom: Dana <dana@brisach.fr>\nTo: Sam Price <sam.price@northgate-search.com>\n\nHi Sam, we'd love to meet Hugo on Thursday at 10:00.";
    expect(
      forwardedOwnInvite(message(body), "Fwd: Hugo Martin – interview", recruiter, false, ...owner),
    ).toBe(false);
  });

  it("keeps a recruiter's forward of a client's letter that names the owner by surname", () => {
    const body =
      "Wie besprochen, unten die Einladung.\nVon: Reto Amstutz <reto@rigimedtech.ch>\nAn: Sam Price <sam.price@northgate-search.com>\n\nGerne laden wir Herrn Martin am Dienstag um 13:30 Uhr ein.";
    expect(
      forwardedOwnInvite(message(body), "WG: Einladung Vor-Ort-Termin", recruiter, false, ...owner),
    ).toBe(false);
  });

  it("still takes a relative's forward of her own invitation, addressed by the surname they share, for hers", () => {
    const sister = { name: "Léa Martin", address: "lea.martin@gmail.com", via: "sender" as const };
    const body =
      "Des conseils ?\nDe : Recrutement Brisach <jobs@brisach.fr>\nÀ : Léa Martin <lea.martin@gmail.com>\n\nMadame Martin, nous vous invitons à un entretien jeudi à 10h.";
    expect(forwardedOwnInvite(message(body), "TR: Entretien", sister, false, ...owner)).toBe(true);
  });

  it.each([
    "Bonne nouvelle !\nDe : Recrutement Brisach <jobs@brisach.fr>\nÀ : Sam Price <sam.price@northgate-search.com>\n\nPourriez-vous confirmer à votre candidat l'entretien final de jeudi à 10h ?",
    "See below.\nFrom: Dana <dana@brisach.fr>\nTo: Sam Price <sam.price@northgate-search.com>\n\nCould you confirm Thursday 10:00 with your candidate?",
  ])("keeps a recruiter's forward of a client's mail about 'your candidate': %j", (body) => {
    expect(forwardedOwnInvite(message(body), "TR: Entretien final", recruiter, false, ...owner)).toBe(false);
  });

  it("keeps a forward addressed to the owner, and replies that forward nothing", () => {
    const toOwner =
      "FYI\nFrom: Dana <dana@brisach.fr>\nTo: hugo.martin@contoso.fr\n\nInterview Thursday at 10:00.";
    expect(forwardedOwnInvite(message(toOwner), "Fwd: Interview", friend, false, ...owner)).toBe(false);
    expect(
      forwardedOwnInvite(message("To: Léa Morel\nInterview."), "Re: Interview", friend, false, ...owner),
    ).toBe(false);
  });
});
