import {
  createBlockRepository,
  MARKER_EXTENSION_NAME,
  RevealingSubjectError,
  transactionIdFor,
  type PrivateBlockRequest,
} from "../../../src/graph";
import { simClient } from "./simClient";

const request: PrivateBlockRequest = {
  interviewId: "int-1",
  role: "main",
  subject: "Appointment",
  mustNotMention: ["Fabrikam", "Contoso Staffing"],
  startUtc: "2026-12-03T13:30:00.000Z",
  endUtc: "2026-12-03T16:00:00.000Z",
  showAs: "oof",
  reminderMinutes: 15,
};

describe("BlockRepository", () => {
  it("creates a private block with the neutral subject, no attendees, no body and the reminder", async () => {
    const { sim, client } = simClient();
    const created = await createBlockRepository(client).createPrivateBlock(request);
    const stored = sim.state.events.get(created.id!)!;
    expect(stored.event).toMatchObject({
      subject: "Appointment",
      sensitivity: "private",
      showAs: "oof",
      isReminderOn: true,
      reminderMinutesBeforeStart: 15,
      attendees: [],
      body: { content: "" },
    });
  });

  it("labels the block with our marker, which holds no words from the interview", async () => {
    const { sim, client } = simClient();
    const created = await createBlockRepository(client).createPrivateBlock(request);
    const markers = sim.state.events
      .get(created.id!)!
      .extensions.filter((e) => e.extensionName === MARKER_EXTENSION_NAME);
    expect(markers).toHaveLength(1);
    expect(JSON.stringify(markers[0])).not.toMatch(/fabrikam|contoso|interview|appointment/i);
  });

  it("derives the same transactionId for the same block and a different one when it moves", () => {
    const same = transactionIdFor("int-1", "main", request.startUtc, request.endUtc);
    expect(transactionIdFor("int-1", "main", request.startUtc, request.endUtc)).toBe(same);
    expect(transactionIdFor("int-1", "main", "2026-12-04T13:30:00.000Z", request.endUtc)).not.toBe(same);
    expect(transactionIdFor("int-1", "before", request.startUtc, request.endUtc)).not.toBe(same);
    expect(transactionIdFor("int-2", "main", request.startUtc, request.endUtc)).not.toBe(same);
  });

  it("never creates a second event when the same block is requested again", async () => {
    const { sim, client } = simClient();
    const repo = createBlockRepository(client);
    const first = await repo.createPrivateBlock(request);
    const second = await repo.createPrivateBlock(request);
    expect(second.id).toBe(first.id);
    expect(sim.state.events.size).toBe(1);
  });

  it("retries a create whose answer was lost after Graph applied it, without a duplicate", async () => {
    const { sim, client } = simClient();
    sim.faults.dropNext(1, "after");
    await createBlockRepository(client).createPrivateBlock(request);
    expect(sim.state.events.size).toBe(1);
  });

  it("can repeat a whole plan after a buffer failed, without duplicating the blocks already made", async () => {
    const { sim, client } = simClient();
    const plan = { ...request, bufferBeforeMinutes: 30, bufferAfterMinutes: 30 };
    // A client that loses the connection for good on its second request: the first buffer.
    let calls = 0;
    const flaky = Object.create(client) as typeof client;
    flaky.request = async (req) => {
      calls += 1;
      if (calls === 2) throw new Error("connection lost");
      return client.request(req);
    };
    await expect(createBlockRepository(flaky).createBlocks(plan)).rejects.toThrow("connection lost");
    expect(sim.state.events.size).toBe(1);
    await createBlockRepository(client).createBlocks(plan);
    expect(sim.state.events.size).toBe(3);
  });

  it.each([
    ["the word interview", "Interview prep"],
    ["the company", "Fabrikam"],
    ["the agency, in other case", "call with contoso staffing"],
    ["an empty subject", "  "],
    ["an interview word in German", "Vorstellungsgespräch"],
    ["an interview word in Spanish", "Entrevista de trabajo"],
  ])("refuses a subject with %s before sending anything", async (_name, subject) => {
    const { sim, client } = simClient();
    await expect(
      createBlockRepository(client).createPrivateBlock({ ...request, subject }),
    ).rejects.toBeInstanceOf(RevealingSubjectError);
    expect(sim.requests).toHaveLength(0);
  });

  it("adds travel buffers as separate private blocks next to the main one, and only the main one reminds", async () => {
    const { client } = simClient();
    const repo = createBlockRepository(client);
    const blocks = await repo.createBlocks({ ...request, bufferBeforeMinutes: 30, bufferAfterMinutes: 45 });
    expect(blocks.before).toMatchObject({ sensitivity: "private", isReminderOn: false });
    expect(blocks.after).toMatchObject({ sensitivity: "private", isReminderOn: false });
    expect(blocks.main.isReminderOn).toBe(true);
    expect(Date.parse(blocks.before!.end!.dateTime + "Z")).toBe(Date.parse(request.startUtc));
    expect(Date.parse(blocks.before!.start!.dateTime + "Z")).toBe(Date.parse(request.startUtc) - 30 * 60_000);
    expect(Date.parse(blocks.after!.end!.dateTime + "Z")).toBe(Date.parse(request.endUtc) + 45 * 60_000);
  });

  it("finds an interview's blocks by marker and deletes them, tolerating one already gone", async () => {
    const { sim, client } = simClient();
    const repo = createBlockRepository(client);
    await repo.createBlocks({ ...request, bufferBeforeMinutes: 15, bufferAfterMinutes: 0 });
    await createBlockRepository(client).createPrivateBlock({
      ...request,
      interviewId: "other",
      startUtc: "2026-12-03T09:00:00.000Z",
      endUtc: "2026-12-03T10:00:00.000Z",
    });
    const found = await repo.findBlocks("int-1", "2026-12-03T00:00:00Z", "2026-12-04T00:00:00Z");
    expect(found.map((b) => b.role).sort()).toEqual(["before", "main"]);
    for (const block of found) await repo.deleteBlock(block.event.id!);
    await repo.deleteBlock(found[0]!.event.id!);
    expect(sim.state.events.size).toBe(1);
  });
});
