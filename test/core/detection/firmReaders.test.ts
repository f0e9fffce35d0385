import { clientNamed, fullerCompany } from "../../../src/core/detection/firmReaders";
import type { VetInput } from "../../../src/core/detection/vetInput";

describe("fullerCompany", () => {
  it.each([
    [
      "Aspenwood CU",
      "Aspenwood CU – phone screen\nAspenwood Credit Union's HR manager will call.",
      "Aspenwood Credit Union",
    ],
    [
      "Contoso FS",
      "Contoso FS\nThe team at Contoso Financial Services, Leeds.",
      "Contoso Financial Services",
    ],
    // The words must spell the acronym, each capitalised: no other reading of the tail.
    ["Aspenwood CU", "Aspenwood CU\nAspenwood credit union", "Aspenwood CU"],
    ["Fabrikam HR", "Fabrikam HR\nFabrikam Hiring Team", "Fabrikam HR"],
    [
      "CHU Montclair",
      "Direction des Ressources Humaines\nCentre Hospitalier Universitaire de Montclair",
      "Centre Hospitalier Universitaire de Montclair",
    ],
    [
      "UZ Scheldeland",
      "Met vriendelijke groet,\nUniversitair Ziekenhuis Scheldeland",
      "Universitair Ziekenhuis Scheldeland",
    ],
    ["ACME Logistics", "ACME Logistics\nThe Alpha Corporation Logistics team", "ACME Logistics"],
  ])("reads %j in full from the mail", (name, hay, full) => {
    expect(fullerCompany(name, hay)).toBe(full);
  });
});

describe("clientNamed", () => {
  const input: VetInput = {
    company: null,
    agency: "Calder Recruitment",
    subject: "Re: client revealed",
    text: "",
    sender: { name: "Sam Hollis", address: "sam@calderrecruitment.co.uk", via: "sender" },
    attendees: [],
    ownerName: "Oliver Grant",
  };
  it.each([
    [
      "I can now tell you the client is Ashgrove Logistics Group and they'd like to meet you.",
      "Ashgrove Logistics Group",
    ],
    ["Goed nieuws: de klant is Brouwerij Vandeputte en ze willen je spreken.", "Brouwerij Vandeputte"],
    [
      "Onze opdrachtgever is Zuivelcoöperatie De Eendracht U.A. in Friesland.",
      "Zuivelcoöperatie De Eendracht",
    ],
  ])("reads the client an agency names in %j", (hay, client) => {
    expect(clientNamed(hay, "Calder Recruitment", { ...input, text: hay })).toBe(client);
  });
});
