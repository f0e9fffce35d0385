import { interviewIdFor } from "../../../src/hosts/outlook/interviewIdFor";
import type { OpenItem } from "../../../src/hosts/outlook/officeHost";

const base: Pick<OpenItem, "restId" | "subject" | "start" | "from" | "organizer"> = {
  restId: "AAMkEvent1",
  subject: "Phone screen",
  start: { dateTime: "2026-12-03T14:00:00.0000000", timeZone: "UTC" },
};

describe("interviewIdFor", () => {
  it("names the same interview every time the item is opened", () => {
    expect(interviewIdFor({ ...base })).toBe(interviewIdFor({ ...base }));
  });

  it.each([
    ["another Graph id", { restId: "AAMkEvent2" }],
    ["an item without an id and another subject", { restId: null, subject: "Second round" }],
    [
      "an item without an id at another time",
      { restId: null, start: { dateTime: "2026-12-04T14:00:00", timeZone: "UTC" } },
    ],
  ])("gives %s a different id", (_case, change) => {
    const withoutId = { ...base, restId: null };
    expect(interviewIdFor({ ...base, ...change })).not.toBe(
      change.restId === null ? interviewIdFor(withoutId) : interviewIdFor(base),
    );
  });

  it("is a short id that holds none of the item's text", () => {
    const id = interviewIdFor({ ...base, restId: null, subject: "Interview at Fabrikam" });
    expect(id).toMatch(/^gl-[0-9a-f]{16}$/);
  });
});
