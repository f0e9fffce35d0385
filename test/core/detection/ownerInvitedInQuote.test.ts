import { ownerInvitedInQuote } from "../../../src/core/detection/ownerInvitedInQuote";

const owner = { address: "hana.kowalczyk@marlpit-dairy.com", name: "Hana Kowalczyk" };

describe("ownerInvitedInQuote", () => {
  it.each([
    [
      "a Gmail header naming the owner above her invitation",
      "On Tue, Jan 12, 2027 at 4:05 PM Hana Kowalczyk <hana.kowalczyk@marlpit-dairy.com> wrote:\n> Dear Tobias,\n> We would like to invite you to an interview on Friday at 10:30.",
      true,
    ],
    [
      "an Outlook header with the owner's name on the next line, thanking for an application",
      "From:\n Hana Kowalczyk\nSent:\n Tuesday, January 12, 2027 4:05 PM\nTo:\n Tobias Renner\nSubject:\n Quality Technician\nDear Tobias, thank you for applying for the Quality Technician position.",
      true,
    ],
    [
      "the owner's own quoted reply, which quotes the recruiter's invitation in turn",
      "On Thu, 25 Mar 2027 at 18:40, Hana Kowalczyk wrote:\n> Thanks Felix. Monday afternoon works.\n>\n> On Thu, 25 Mar 2027 at 10:11, Felix Wren wrote:\n>> We'd love to invite you to a second interview.",
      false,
    ],
    [
      "an Outlook thread whose older message, from the recruiter, thanks the owner for applying",
      "From:\n Hana Kowalczyk <hana.kowalczyk@marlpit-dairy.com>\nSent:\n Tuesday\nTo:\n Morgan Ellery\nSubject:\n RE: availability\nHi Morgan, Tuesday before noon works.\nFrom:\n Morgan Ellery\nSent:\n Monday\nSubject:\n availability\nHi Hana – thanks for applying to Fabrikam.",
      false,
    ],
    [
      "an invitation quoted from someone else",
      "On Mon, Jan 11, 2027 at 9:14 AM Natalie Brooks <natalie.brooks@cohowinery.com> wrote:\nI'd like to invite you for an interview on Thursday.",
      false,
    ],
    ["no quoted history", "", false],
  ])("%s", (_, quoted, expected) => {
    expect(ownerInvitedInQuote(quoted, owner.address, owner.name)).toBe(expected);
  });
});
