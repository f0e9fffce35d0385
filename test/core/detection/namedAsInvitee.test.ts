import { namedAsInvitee } from "../../../src/core/detection/people";

// A booking tool names the one who booked a slot; a calendar reply lists everyone invited.
describe("namedAsInvitee", () => {
  it("reads the owner as the one who booked when the label names the owner alone", () => {
    expect(
      namedAsInvitee("event type: intro call\ninvitee: hannah kim\nhannah.kim@example.com", "hannah kim"),
    ).toBe(true);
  });

  it("does not read one of a list of invitees as the booker", () => {
    expect(
      namedAsInvitee("when: 2027-02-09 10:00\ninvitees: hannah kim, marco alvarez, devin shah", "hannah kim"),
    ).toBe(false);
  });
});
