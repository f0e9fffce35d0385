import { detectIcs, icsToItems } from "../../../src/core/detection";

const owner = { name: "Sam Rivera", address: "sam.rivera@contoso.com", timeZone: "America/New_York" };

function ics(lines: string[]): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", ...lines, "END:VCALENDAR"].join("\r\n");
}

const invite = (extra: string[] = [], dtstart = "DTSTART;TZID=Pacific Standard Time:20261210T110000") =>
  ics([
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    "UID:abc-1",
    "SUMMARY:Technical Interview – Adventure Works – Senior Backend Engineer",
    dtstart,
    "DTEND;TZID=Pacific Standard Time:20261210T120000",
    "ORGANIZER;CN=Kelsey Tran:mailto:kelsey.tran@adventure-works.com",
    "ATTENDEE;CN=Sam Rivera;ROLE=REQ-PARTICIPANT:mailto:sam.rivera@contoso.com",
    "DESCRIPTION:Hi Sam\\, your technical interview (live coding) for the Senior Backend Engineer role is confirmed.",
    "LOCATION:https://adventure-works.zoom.us/j/85119394963",
    ...extra,
    "END:VEVENT",
  ]);

describe("detectIcs", () => {
  it("reads a forwarded invite with a Windows zone name as a candidate interview", () => {
    const [d] = detectIcs(invite(), owner);
    expect(d).toMatchObject({
      interview: true,
      role: "candidate",
      company: "Adventure Works",
      stage: "technical",
      start: "2026-12-10T11:00:00-08:00",
      end: "2026-12-10T12:00:00-08:00",
      joinUrl: "https://adventure-works.zoom.us/j/85119394963",
    });
  });

  it("reads a UTC start", () => {
    const [d] = detectIcs(invite([], "DTSTART:20261210T190000Z"), owner);
    expect(d?.start).toBe("2026-12-10T19:00:00+00:00");
  });

  it("does not call a cancelled invite an interview", () => {
    const text = invite(["STATUS:CANCELLED"]).replace("METHOD:REQUEST", "METHOD:CANCEL");
    const [d] = detectIcs(text, owner);
    expect(d?.interview).toBe(false);
    expect(d?.role).toBe("candidate");
  });

  it("maps organizer and attendees to the Graph shape", () => {
    const [item] = icsToItems(invite());
    expect(item?.organizer?.emailAddress).toEqual({
      name: "Kelsey Tran",
      address: "kelsey.tran@adventure-works.com",
    });
    expect(item?.attendees?.[0]?.emailAddress?.address).toBe("sam.rivera@contoso.com");
  });

  it.each(["", "not a calendar", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage"])(
    "returns no detections for the unreadable text %j",
    (text) => {
      expect(() => detectIcs(text, owner)).not.toThrow();
      expect(detectIcs(text, owner).every((d) => !d.interview)).toBe(true);
    },
  );
});
