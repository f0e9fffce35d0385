import { ownHold } from "../../../src/core/detection/ownHold";
import type { VetInput } from "../../../src/core/detection/vetInput";

const owner = { name: "Marcus Webb", address: "marcus.webb@tailspintoys.com", via: "sender" as const };
const hold = (subject: string, text = ""): VetInput => ({
  company: null,
  agency: null,
  subject,
  text,
  sender: owner,
  attendees: [],
  ownerName: "Marcus Webb",
  ownerAddress: owner.address,
});

describe("ownHold", () => {
  it.each([
    ["HOLD - Bloom interview (tech)", "", "Bloom"],
    ["Contoso – 2nd round", "", "Contoso"],
    ["Private", "Lumen Freight – interview w/ hiring manager (Teams link in Gmail).", "Lumen Freight"],
    ["Privat: Nordstern | Vorstellungsgespräch", "", "Nordstern"],
  ])("reads the firm in the owner's own hold %j", (subject, text, firm) => {
    expect(ownHold(hold(subject, text))).toBe(firm);
  });

  it.each([["Annulation – entretien du 18/12"], ["Dentist"]])("reads no firm in %j", (subject) => {
    expect(ownHold(hold(subject))).toBeNull();
  });

  it("reads only the owner's own holds", () => {
    expect(ownHold({ ...hold("Contoso – 2nd round"), sender: { ...owner, name: "Dana Kriel" } })).toBeNull();
  });
});
