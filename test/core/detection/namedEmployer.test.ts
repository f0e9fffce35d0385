import { namedEmployer } from "../../../src/core/detection/namedEmployer";

describe("namedEmployer", () => {
  it.each<[string, string, string | null]>([
    [
      "Your interview is confirmed.\nSent on behalf of Proseware by Workable",
      "noreply@workable.com",
      "Proseware",
    ],
    [
      "Votre entretien est confirmé, envoyé au nom de Banque Rhône.",
      "noreply@example-ats.com",
      "Banque Rhône",
    ],
    ["See you Tuesday!\nJane from Northwind Health", "jane@nwh.com", "Northwind Health"],
    ["Cheers,\nTom at Wingtip Toys", "tom@wt.com", "Wingtip Toys"],
    [
      "Kate Green\nHead of Talent\nGraphic Design Institute\nwww.gdi.org",
      "kate@gdi.org",
      "Graphic Design Institute",
    ],
    ["Kate Green\nHead of Talent", "kate@gdi.org", null],
    ["Best,\nJane from HR", "jane@nwh.com", null],
    ["Thanks, on behalf of the Hiring Team", "jane@nwh.com", null],
  ])("reads the employer from %j", (text, sender, expected) => {
    expect(namedEmployer(text, sender)).toBe(expected);
  });
});
