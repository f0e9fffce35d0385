import { createMessageRepository } from "../../../src/graph";
import { simClient } from "./simClient";

const at = (day: number) => `2026-11-${String(day).padStart(2, "0")}T10:00:00Z`;

describe("MessageRepository", () => {
  it("scans the inbox from a date, then reports only new messages", async () => {
    const { sim, client } = simClient({
      messages: [
        { message: { id: "old", subject: "Last month", receivedDateTime: at(1) } },
        { message: { id: "new", subject: "Phone screen?", receivedDateTime: at(20) } },
        { message: { id: "sent", subject: "Mine", receivedDateTime: at(21) }, folder: "sentitems" },
      ],
    });
    const repo = createMessageRepository(client);
    const first = await repo.scanInbox(at(10));
    expect(first.changed.map((m) => m.id)).toEqual(["new"]);
    sim.state.insertMessage({ id: "newer", subject: "Next steps", receivedDateTime: at(24) }, "inbox");
    const second = await repo.scanInbox(at(10), first.deltaLink);
    expect(second.changed.map((m) => m.id)).toEqual(["newer"]);
  });

  it("reads one message with its body for the detector", async () => {
    const { client } = simClient({
      messages: [
        {
          message: {
            id: "m1",
            subject: "Next steps",
            receivedDateTime: at(20),
            body: { contentType: "html", content: "<p>Tuesday at 3pm?</p>" },
          },
        },
      ],
    });
    const message = await createMessageRepository(client).getMessage("m1");
    expect(message.body?.content).toBe("<p>Tuesday at 3pm?</p>");
    expect(message.subject).toBe("Next steps");
  });

  it("saves the time-off note as a draft for the user to review, never sending it", async () => {
    const { sim, client } = simClient();
    const draft = await createMessageRepository(client).createDraft({
      to: "jordan.lee@contoso.example",
      subject: "PTO on Thursday 3 December",
      text: "I have an appointment on Thursday 3 December, 1:30–4:00 pm, and will take PTO for it.",
    });
    const stored = sim.state.messages.get(draft.id)!;
    expect(stored.folder).toBe("drafts");
    expect(stored.message.toRecipients?.[0]?.emailAddress?.address).toBe("jordan.lee@contoso.example");
    expect(sim.requests.some((r) => r.path.endsWith("/send"))).toBe(false);
  });
});
