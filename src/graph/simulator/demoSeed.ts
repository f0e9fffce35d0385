import type { Attendee } from "@microsoft/microsoft-graph-types";
import type { SeedEvent, SimulatorSeed } from "./simulatorTypes";

/**
 * The demo mailbox `npm start` runs against: one working week seen from `nowMs`, with the kinds of
 * invites job-hunters actually get (recruiter phone screen, agency-arranged client interview, a
 * Teams technical round with a CoderPad link, a French-language invite) next to an internal loop in
 * which the owner is the interviewer and ordinary meetings. All names and companies are invented;
 * every domain is under .example except the owner's own tenant.
 */
const ZONE = "GMT Standard Time";
const OWNER = { name: "Sam Rivera", address: "sam.rivera@contoso.com" };

export function demoSeed(nowMs: number): SimulatorSeed {
  const days = nextWorkdays(nowMs, 5);
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const at = (date: string, time: string, zone = ZONE) => ({
    dateTime: `${date}T${time}:00`,
    timeZone: zone,
  });
  const received = (hoursAgo: number) =>
    new Date(nowMs - hoursAgo * 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");

  const invite = (
    id: string,
    e: Partial<SeedEvent>,
    organizer: { name: string; address: string },
  ): SeedEvent => ({
    id,
    isOrganizer: false,
    showAs: "tentative",
    responseStatus: { response: "notResponded", time: "0001-01-01T00:00:00Z" },
    organizer: { emailAddress: organizer },
    attendees: [attendee(OWNER), attendee(organizer)],
    ...e,
  });
  const own = (id: string, e: Partial<SeedEvent>): SeedEvent => ({
    id,
    isOrganizer: true,
    organizer: { emailAddress: OWNER },
    ...e,
  });

  const recruiter = { name: "Priya Natarajan", address: "priya.natarajan@talentbridge-recruiting.example" };
  const agency = { name: "Mark Ellison", address: "mark.ellison@brightpath-staffing.example" };
  const bank = { name: "Lena Hoffmann", address: "lena.hoffmann@woodgrovebank.example" };
  const paris = { name: "Camille Durand", address: "camille.durand@tailspin-toys.example" };
  const manager = { name: "Jordan Lee", address: "jordan.lee@contoso.com" };
  const talent = { name: "Contoso Talent Acquisition", address: "talent@contoso.com" };

  const events: SeedEvent[] = [
    invite(
      "AAMkAGDemoPhoneScreen01AAA=",
      {
        subject: "Phone screen: Senior Backend Engineer (Northwind Traders)",
        start: at(days[0]!, "12:30"),
        end: at(days[0]!, "13:00"),
        location: { displayName: "Phone: Priya will call +44 20 7946 0958" },
        body: {
          contentType: "text",
          content:
            "Hi Sam,\n\nAs discussed, here is a 30-minute phone screen for the Senior Backend Engineer role at Northwind Traders, " +
            "my client. I will call you on your mobile. We will go through your background, the team and the salary range.\n\n" +
            "Best,\nPriya Natarajan\nSenior Recruiter, TalentBridge Recruiting",
        },
      },
      recruiter,
    ),
    invite(
      "AAMkAGDemoClientInterview01AAA=",
      {
        subject: "Client interview: Fabrikam Ltd, Contract .NET Developer",
        start: at(days[1]!, "15:00"),
        end: at(days[1]!, "16:00"),
        location: { displayName: "Fabrikam Ltd, 12 Harbour Street, London" },
        body: {
          contentType: "text",
          content:
            "Hello Sam,\n\nOur client Fabrikam would like to meet you for the 6-month .NET contract (outside IR35, day rate as agreed). " +
            "You will meet the engineering lead and a product manager at their office; please bring photo ID for reception.\n\n" +
            "Kind regards,\nMark Ellison\nBrightPath Staffing",
        },
      },
      agency,
    ),
    invite(
      "AAMkAGDemoTechRound01AAA=",
      {
        subject: "Woodgrove Bank: technical interview (round 2)",
        start: at(days[2]!, "10:00"),
        end: at(days[2]!, "11:30"),
        isOnlineMeeting: true,
        onlineMeetingProvider: "teamsForBusiness",
        onlineMeeting: {
          joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_DemoWoodgroveRound2%40thread.v2/0",
        },
        location: { displayName: "Microsoft Teams Meeting" },
        body: {
          contentType: "text",
          content:
            "Hi Sam,\n\nThanks for your time last week. The second round is a 90-minute technical interview with two of our engineers: " +
            "live coding, then system design.\n\nCoding pad: https://app.coderpad.io/DEMO7QX2\n" +
            "Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_DemoWoodgroveRound2%40thread.v2/0\n\n" +
            "Lena Hoffmann\nTalent Partner, Woodgrove Bank",
        },
      },
      bank,
    ),
    invite(
      "AAMkAGDemoEntretien01AAA=",
      {
        subject: "Entretien d'embauche : Développeur Full Stack (Tailspin Toys)",
        start: at(days[3]!, "15:00", "Romance Standard Time"),
        end: at(days[3]!, "16:00", "Romance Standard Time"),
        location: { displayName: "Visioconférence (lien ci-dessous)" },
        body: {
          contentType: "text",
          content:
            "Bonjour Sam,\n\nSuite à notre échange, je vous propose un entretien d'une heure avec notre directeur technique " +
            "pour le poste de développeur full stack. Lien de la visio : https://meet.tailspin-toys.example/entretien-sam\n\n" +
            "Bien cordialement,\nCamille Durand\nResponsable recrutement, Tailspin Toys",
        },
      },
      paris,
    ),
    invite(
      "AAMkAGDemoInternalLoop01AAA=",
      {
        subject: "Interview loop: Backend Engineer candidate, system design (you are interviewing)",
        start: at(days[1]!, "11:00"),
        end: at(days[1]!, "12:00"),
        location: { displayName: "Meeting room 4.12" },
        attendees: [attendee(OWNER), attendee(talent), attendee(manager)],
        body: {
          contentType: "text",
          content:
            "Hi Sam, thanks for joining the panel. You will run the system design interview with our candidate for the " +
            "Backend Engineer opening. Scorecard link in the hiring portal; please submit feedback within 24 hours.",
        },
      },
      talent,
    ),
    own("AAMkAGDemoStandup01AAA=", {
      subject: "Team stand-up",
      start: at(today, "09:30"),
      end: at(today, "09:45"),
      recurrence: {
        pattern: {
          type: "weekly",
          interval: 1,
          daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
        },
        range: { type: "noEnd", startDate: today },
      },
      isOnlineMeeting: true,
      location: { displayName: "Microsoft Teams Meeting" },
    }),
    invite(
      "AAMkAGDemoOneOnOne01AAA=",
      {
        subject: "1:1 Sam / Jordan",
        start: at(days[2]!, "14:00"),
        end: at(days[2]!, "14:30"),
        showAs: "busy",
      },
      manager,
    ),
    own("AAMkAGDemoPlanning01AAA=", {
      subject: "Sprint planning",
      start: at(days[0]!, "14:00"),
      end: at(days[0]!, "15:30"),
      location: { displayName: "Meeting room 3.02" },
    }),
    own("AAMkAGDemoDentist01AAA=", {
      subject: "Dentist",
      start: at(days[4]!, "08:15"),
      end: at(days[4]!, "09:00"),
      sensitivity: "private",
      showAs: "oof",
    }),
    invite(
      "AAMkAGDemoQbr01AAA=",
      {
        subject: "Quarterly business review",
        start: at(days[4]!, "16:00"),
        end: at(days[4]!, "17:00"),
        showAs: "busy",
      },
      manager,
    ),
  ];

  return {
    user: {
      id: "3c7e9a10-4b2f-4d8e-9f61-0a5b7c2d8e90",
      displayName: OWNER.name,
      mail: OWNER.address,
      userPrincipalName: OWNER.address,
      jobTitle: "Software Engineer",
      preferredLanguage: "en-GB",
      businessPhones: [],
    },
    mailboxSettings: {
      timeZone: ZONE,
      dateFormat: "dd/MM/yyyy",
      timeFormat: "HH:mm",
      language: { locale: "en-GB", displayName: "English (United Kingdom)" },
      workingHours: {
        daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
        startTime: "09:00:00.0000000",
        endTime: "17:30:00.0000000",
        timeZone: { name: ZONE },
      },
    },
    manager: {
      id: "8f2d4c61-1e3b-4a7f-b5c9-6d0e2a9f1b34",
      displayName: manager.name,
      mail: manager.address,
      userPrincipalName: manager.address,
      jobTitle: "Engineering Manager",
    },
    calendarPermissions: [
      {
        id: "RGVmYXVsdA==",
        isRemovable: false,
        isInsideOrganization: true,
        role: "freeBusyRead",
        allowedRoles: ["none", "freeBusyRead", "limitedRead", "read", "write"],
        emailAddress: { name: "My Organization" },
      },
      {
        id: "RGVsZWdhdGVKb3JkYW4=",
        isRemovable: true,
        isInsideOrganization: true,
        role: "delegateWithPrivateEventAccess",
        allowedRoles: [
          "none",
          "freeBusyRead",
          "limitedRead",
          "read",
          "write",
          "delegateWithoutPrivateEventAccess",
          "delegateWithPrivateEventAccess",
        ],
        emailAddress: { name: "Morgan Patel (assistant)", address: "morgan.patel@contoso.com" },
      },
    ],
    events,
    messages: [
      {
        message: {
          subject: "Opportunity: Senior Backend Engineer at Northwind Traders",
          from: { emailAddress: recruiter },
          toRecipients: [{ emailAddress: OWNER }],
          receivedDateTime: received(50),
          body: {
            contentType: "text",
            content:
              "Hi Sam,\n\nI came across your profile and think you would be a strong fit for a Senior Backend Engineer role " +
              "with my client Northwind Traders (hybrid, London). Would you have 30 minutes for a quick call this week? " +
              "Let me know a few times that suit you.\n\nPriya",
          },
        },
      },
      {
        message: {
          subject: "Second interview with Fabrikam: your availability?",
          from: { emailAddress: agency },
          toRecipients: [{ emailAddress: OWNER }],
          receivedDateTime: received(5),
          body: {
            contentType: "text",
            content:
              "Hi Sam,\n\nGreat news: Fabrikam would like a second, shorter interview with their CTO next week. " +
              "Could you send me two or three 45-minute slots between Tuesday and Thursday?\n\nThanks,\nMark",
          },
        },
      },
      {
        message: {
          "@odata.type": "#microsoft.graph.eventMessage",
          subject: "Woodgrove Bank: technical interview (round 2)",
          from: { emailAddress: bank },
          toRecipients: [{ emailAddress: OWNER }],
          receivedDateTime: received(20),
          meetingMessageType: "meetingRequest",
          body: {
            contentType: "text",
            content: "Please find the invitation for your second-round interview.",
          },
        },
        eventId: "AAMkAGDemoTechRound01AAA=",
      },
      {
        message: {
          subject: "Build pipeline failures this morning",
          from: { emailAddress: { name: "DevOps Alerts", address: "devops-alerts@contoso.com" } },
          toRecipients: [{ emailAddress: OWNER }],
          receivedDateTime: received(2),
          body: {
            contentType: "text",
            content: "Three nightly builds failed on the integration stage; see the dashboard.",
          },
        },
      },
    ],
  };
}

function attendee(person: { name: string; address: string }): Attendee {
  return {
    type: "required",
    emailAddress: person,
    status: { response: "none", time: "0001-01-01T00:00:00Z" },
  };
}

/** The next `count` Monday–Friday dates after `nowMs` (UTC calendar), so interviews never land on a weekend. */
function nextWorkdays(nowMs: number, count: number): string[] {
  const out: string[] = [];
  for (let day = 1; out.length < count; day += 1) {
    const date = new Date(nowMs + day * 86_400_000);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) out.push(date.toISOString().slice(0, 10));
  }
  return out;
}
