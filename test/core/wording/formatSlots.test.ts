import { formatSlots } from "../../../src/core/wording";

const plain = (text: string) => text.replace(/[\u202f\u2009\u00a0]/g, " ");
const slot = (start: string, end: string) => ({ start: Date.parse(start), end: Date.parse(end) });

describe("formatSlots", () => {
  const slots = [
    slot("2026-12-07T08:00:00Z", "2026-12-07T09:00:00Z"),
    slot("2026-12-08T19:00:00Z", "2026-12-08T20:00:00Z"),
  ];

  it("lists slots in the user's zone with its name", () => {
    expect(plain(formatSlots(slots, { locale: "en-GB", timeZone: "Europe/London" }))).toBe(
      [
        "I could make any of these times:",
        "- Monday 7 December, 08:00–09:00 GMT",
        "- Tuesday 8 December, 19:00–20:00 GMT",
      ].join("\n"),
    );
  });

  it("adds the recruiter's time, with the date when theirs differs", () => {
    expect(
      plain(
        formatSlots(slots, { locale: "en-GB", timeZone: "Europe/London", otherTimeZone: "Asia/Kolkata" }),
      ),
    ).toBe(
      [
        "I could make any of these times:",
        "- Monday 7 December, 08:00–09:00 GMT (13:30–14:30 GMT+5:30)",
        "- Tuesday 8 December, 19:00–20:00 GMT (Wednesday 9 December, 00:30–01:30 GMT+5:30)",
      ].join("\n"),
    );
  });

  it("writes the opening line in the user's language", () => {
    expect(formatSlots(slots, { locale: "de-DE", timeZone: "Europe/Berlin" }).split("\n")[0]).toBe(
      "Mir würde einer dieser Zeitpunkte passen:",
    );
  });

  it("writes nothing for no slots", () => {
    expect(formatSlots([], { locale: "en-GB", timeZone: "Europe/London" })).toBe("");
  });
});
