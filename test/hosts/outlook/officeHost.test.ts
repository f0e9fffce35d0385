import {
  markOpenAppointmentPrivate,
  readAppearance,
  readMailboxOwner,
  readOpenItem,
  supportsMailbox,
  supportsNestedAppAuth,
} from "../../../src/hosts/outlook/officeHost";
import { installOffice, uninstallOffice } from "../../support/officeMock";

afterEach(uninstallOffice);

const recruiter = { displayName: "Dana Whitfield", emailAddress: "dana@fabrikam.com" };

describe("readOpenItem", () => {
  it("maps a meeting request to a Graph-shaped event with its sender as organizer", async () => {
    installOffice({
      itemType: "message",
      itemClass: "IPM.Schedule.Meeting.Request",
      itemId: "AAMk1",
      subject: "Fabrikam | Phone Screen",
      body: "<p>Hi Sam</p>",
      from: recruiter,
      start: new Date("2026-12-03T19:00:00Z"),
      end: new Date("2026-12-03T19:30:00Z"),
      location: "Microsoft Teams Meeting",
    });
    const item = await readOpenItem();
    expect(item).toMatchObject({
      kind: "event",
      subject: "Fabrikam | Phone Screen",
      restId: "rest-AAMk1",
      organizer: { emailAddress: { name: "Dana Whitfield", address: "dana@fabrikam.com" } },
      start: { dateTime: "2026-12-03T19:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2026-12-03T19:30:00.0000000", timeZone: "UTC" },
      location: { displayName: "Microsoft Teams Meeting" },
      body: { contentType: "html", content: "<p>Hi Sam</p>" },
      isOrganizer: false,
    });
  });

  it("maps a plain email to a message with sender and received time", async () => {
    installOffice({
      itemType: "message",
      itemClass: "IPM.Note",
      itemId: "AAMk2",
      subject: "Next steps",
      from: recruiter,
      to: [{ displayName: "Sam Rivera", emailAddress: "sam.rivera@contoso.com" }],
      dateTimeCreated: new Date("2026-11-28T16:05:00Z"),
    });
    const item = await readOpenItem();
    expect(item?.kind).toBe("message");
    expect(item?.from?.emailAddress.address).toBe("dana@fabrikam.com");
    expect(item?.receivedDateTime).toBe("2026-11-28T16:05:00.000Z");
    expect(item?.organizer).toBeUndefined();
  });

  it("reads compose-mode fields through getAsync on the organizer surface", async () => {
    installOffice({
      itemType: "appointment",
      subject: { value: "Appointment" },
      start: new Date("2026-12-03T18:30:00Z"),
      end: new Date("2026-12-03T21:00:00Z"),
    });
    const item = await readOpenItem();
    expect(item).toMatchObject({ kind: "event", subject: "Appointment", isOrganizer: true, restId: null });
    expect(item?.start?.dateTime).toBe("2026-12-03T18:30:00.0000000");
  });

  it("returns null when no item is selected", async () => {
    installOffice(null);
    await expect(readOpenItem()).resolves.toBeNull();
  });

  it("turns a failed body read into a message the user can act on", async () => {
    installOffice({ itemType: "message", subject: "x" }, { bodyError: "Internal error" });
    await expect(readOpenItem()).rejects.toThrow("Outlook could not read the body: Internal error");
  });
});

describe("host facts", () => {
  it("reads the mailbox owner with the Windows zone Office reports", () => {
    installOffice(null);
    expect(readMailboxOwner()).toEqual({
      name: "Sam Rivera",
      address: "sam.rivera@contoso.com",
      windowsTimeZone: "Eastern Standard Time",
    });
  });

  it.each([
    ["1.3", "1.3", true],
    ["1.3", "1.5", false],
    ["1.14", "1.5", true],
  ])("a host on Mailbox %s reports %s supported: %s", (host, asked, expected) => {
    installOffice(null, { mailboxVersion: host });
    expect(supportsMailbox(asked)).toBe(expected);
  });

  it("reads a light theme from a white body background", () => {
    installOffice(null);
    expect(readAppearance()).toBe("light");
  });
});

describe("markOpenAppointmentPrivate", () => {
  const appointment = {
    itemType: "appointment" as const,
    subject: { value: "Appointment" },
    start: new Date(),
    end: new Date(),
  };

  it("sets the appointment private on a host with Mailbox 1.14", async () => {
    const office = installOffice(appointment, { mailboxVersion: "1.14" });
    await expect(markOpenAppointmentPrivate()).resolves.toBe("marked");
    expect(office.sensitivity.value).toBe("Private");
  });

  it("says so when it is already private", async () => {
    installOffice({ ...appointment, sensitivity: "Private" }, { mailboxVersion: "1.14" });
    await expect(markOpenAppointmentPrivate()).resolves.toBe("alreadyPrivate");
  });

  it("does nothing on an older host instead of failing", async () => {
    const office = installOffice(appointment, { mailboxVersion: "1.3" });
    await expect(markOpenAppointmentPrivate()).resolves.toBe("unsupported");
    expect(office.sensitivity.value).toBe("Normal");
  });
});

describe("supportsNestedAppAuth", () => {
  it("is false on a host without NestedAppAuth 1.1, so sign-in falls back to a popup", () => {
    installOffice(null, { mailboxVersion: "1.13" });
    expect(supportsNestedAppAuth()).toBe(false);
  });

  it("asks Office for NestedAppAuth 1.1 exactly", () => {
    installOffice(null);
    const asked: Array<[string, string]> = [];
    const office = (
      globalThis as unknown as { Office: { context: { requirements: { isSetSupported: unknown } } } }
    ).Office;
    office.context.requirements.isSetSupported = (name: string, version: string) => {
      asked.push([name, version]);
      return name === "NestedAppAuth" && version === "1.1";
    };
    expect(supportsNestedAppAuth()).toBe(true);
    expect(asked).toEqual([["NestedAppAuth", "1.1"]]);
  });
});
