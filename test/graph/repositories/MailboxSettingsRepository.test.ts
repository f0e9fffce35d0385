import type { MailboxSettings } from "@microsoft/microsoft-graph-types";
import { createMailboxSettingsRepository, toUserTimeSettings } from "../../../src/graph";
import { simClient } from "./simClient";

const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"] as const;

function settings(timeZone: string | null, hoursZone: Record<string, unknown> | null): MailboxSettings {
  return {
    timeZone,
    workingHours: {
      daysOfWeek: [...weekdays],
      startTime: "08:30:00.0000000",
      endTime: "17:00:00.0000000",
      ...(hoursZone ? { timeZone: hoursZone } : {}),
    },
  };
}

describe("toUserTimeSettings", () => {
  it.each<[string, MailboxSettings, string, string, boolean]>([
    [
      "maps Windows zone names to IANA",
      settings("Pacific Standard Time", { name: "Pacific Standard Time" }),
      "America/Los_Angeles",
      "America/Los_Angeles",
      false,
    ],
    [
      "keeps IANA names as they are",
      settings("Europe/Paris", { name: "Europe/Paris" }),
      "Europe/Paris",
      "Europe/Paris",
      false,
    ],
    [
      "maps working hours and mailbox zones separately",
      settings("W. Europe Standard Time", { name: "Eastern Standard Time" }),
      "America/New_York",
      "Europe/Berlin",
      false,
    ],
    [
      "turns a custom zone without daylight saving into a fixed zone",
      settings("UTC", {
        "@odata.type": "#microsoft.graph.customTimeZone",
        name: "Customized Time Zone",
        bias: 300,
      }),
      "Etc/GMT-5",
      "UTC",
      false,
    ],
    [
      "falls back to the mailbox zone, and says so, for a custom zone with daylight saving",
      settings("GMT Standard Time", {
        "@odata.type": "#microsoft.graph.customTimeZone",
        name: "Customized Time Zone",
        bias: 0,
        daylightOffset: {
          daylightBias: 60,
          time: "01:00:00.0000000",
          dayOccurrence: 5,
          dayOfWeek: "sunday",
          month: 3,
        },
      }),
      "Europe/London",
      "Europe/London",
      true,
    ],
    [
      "falls back to the device zone, and says so, when nothing maps",
      settings("Nowhere Standard Time", { name: "Nowhere Standard Time" }),
      "Asia/Tokyo",
      "Asia/Tokyo",
      true,
    ],
  ])("%s", (_name, input, hoursZone, mailboxZone, fellBack) => {
    const result = toUserTimeSettings(input, "Asia/Tokyo");
    expect(result.workingHours.timeZone).toBe(hoursZone);
    expect(result.timeZone).toBe(mailboxZone);
    expect(result.fallback !== null).toBe(fellBack);
  });

  it("normalises Graph's times to HH:mm and keeps the working days", () => {
    const result = toUserTimeSettings(settings("UTC", { name: "UTC" }), "UTC");
    expect(result.workingHours).toEqual({
      daysOfWeek: [...weekdays],
      startTime: "08:30",
      endTime: "17:00",
      timeZone: "UTC",
    });
  });

  it("assumes office hours, and says so, when none are set", () => {
    const result = toUserTimeSettings({ timeZone: "Tokyo Standard Time" }, "UTC");
    expect(result.workingHours).toMatchObject({
      startTime: "09:00",
      endTime: "17:00",
      timeZone: "Asia/Tokyo",
    });
    expect(result.fallback).toMatch(/No working hours/);
  });
});

describe("MailboxSettingsRepository", () => {
  it("reads the mailbox's working hours through Graph", async () => {
    const { client, tokens } = simClient({
      mailboxSettings: settings("Romance Standard Time", { name: "Romance Standard Time" }),
    });
    const result = await createMailboxSettingsRepository(client).timeSettings("UTC");
    expect(result.workingHours.timeZone).toBe("Europe/Paris");
    expect(tokens[0]?.scopes).toEqual(["MailboxSettings.Read"]);
  });
});
