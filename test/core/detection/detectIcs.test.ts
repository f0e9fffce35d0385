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

  // Outlook names zones for people and sends their rules in a VTIMEZONE; no zone database
  // knows the name, so the rules decide the offset (CET in January, CEST in July).
  const outlookZone = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna";
  const vtimezone = [
    "BEGIN:VTIMEZONE",
    `TZID:${outlookZone.replace(/,/g, "\\,")}`,
    "BEGIN:STANDARD",
    "DTSTART:16011028T030000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010325T020000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
  ];
  it.each([
    ["20270112T143000", "2027-01-12T13:30:00+00:00"],
    ["20270713T143000", "2027-07-13T12:30:00+00:00"],
  ])("reads %s in a zone Outlook names for people by the calendar's own rules", (local, instant) => {
    const text = invite([], `DTSTART;TZID="${outlookZone}":${local}`)
      .replace("DTEND;TZID=Pacific Standard Time:20261210T120000", `DTEND;TZID="${outlookZone}":${local}`)
      .replace("METHOD:REQUEST", ["METHOD:REQUEST", ...vtimezone].join("\r\n"));
    const [d] = detectIcs(text, owner);
    expect(d?.start).toBe(instant);
  });

  it("keeps a zone name it knows even when the calendar defines it too", () => {
    const text = invite().replace(
      "METHOD:REQUEST",
      ["METHOD:REQUEST", ...vtimezone.map((l) => l.replace(/^TZID:.*/, "TZID:Pacific Standard Time"))].join(
        "\r\n",
      ),
    );
    expect(detectIcs(text, owner)[0]?.start).toBe("2026-12-10T11:00:00-08:00");
  });

  it("reads an unknown zone with no definition in the owner's zone", () => {
    const [d] = detectIcs(invite([], "DTSTART;TZID=Somewhere/Nowhere:20261210T110000"), owner);
    expect(d?.start).toBe("2026-12-10T11:00:00-05:00");
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
