import { readParties } from "../../../src/core/detection/readParties";

describe("readParties", () => {
  it("reads a name followed by a word that is also an Object.prototype property", () => {
    expect(
      readParties({
        subject: "Interview",
        text: "Hi, Acme Constructor team here",
        senders: [{ name: "Acme", address: "x@acme-builders.com", via: "sender" }],
        attendees: [],
        ownerAddress: "me@home.org",
        ownerName: "Sam Rivera",
      }).company,
    ).toBe("Acme");
  });
});
