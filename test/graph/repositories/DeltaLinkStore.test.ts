import {
  createCalendarRepository,
  createDeltaLinkStore,
  createMemoryKeyValueStore,
} from "../../../src/graph";
import { simClient } from "./simClient";

describe("DeltaLinkStore", () => {
  it("remembers a scan's delta link across sessions so the next scan is incremental", async () => {
    const kv = createMemoryKeyValueStore();
    const { sim, client } = simClient({
      events: [
        {
          id: "a",
          subject: "Screen",
          start: { dateTime: "2026-12-03T14:00:00", timeZone: "UTC" },
          end: { dateTime: "2026-12-03T15:00:00", timeZone: "UTC" },
        },
      ],
    });
    const window = { startUtc: "2026-12-01T00:00:00Z", endUtc: "2026-12-31T00:00:00Z" };
    const first = await createCalendarRepository(client).scanDelta(
      window,
      await createDeltaLinkStore(kv).get("calendar"),
    );
    await createDeltaLinkStore(kv).set("calendar", first.deltaLink);

    const later = await createCalendarRepository(client).scanDelta(
      window,
      await createDeltaLinkStore(kv).get("calendar"),
    );
    expect(first.changed).toHaveLength(1);
    expect(later.changed).toHaveLength(0);
    expect(sim.requests.at(-1)?.query.$deltatoken).toBeDefined();
  });

  it("forgets a link when told to, so the next scan starts over", async () => {
    const links = createDeltaLinkStore(createMemoryKeyValueStore());
    await links.set(
      "inbox",
      "https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta?$deltatoken=x",
    );
    await links.set("inbox", null);
    await expect(links.get("inbox")).resolves.toBeNull();
  });
});
