import { GraphClient, GraphError } from "../../../src/graph";
import { createGraphSimulator, seededRandom } from "../../../src/graph/simulator";
import { CAL, FIXED_NOW, eventAt } from "../../support/graphHarness";

const RUNS = 1_000;
const WINDOW = {
  startDateTime: new Date(FIXED_NOW).toISOString(),
  endDateTime: new Date(FIXED_NOW + 7 * 86_400_000).toISOString(),
};

interface Outcome {
  created: "acknowledged" | "failed";
  duplicates: number;
  listed: "complete" | "failed" | "wrong";
  patched: "acknowledged" | "conflict" | "failed";
  faults: number;
}

/**
 * One seeded run: create a block idempotently, page through the week, make it private with If-Match,
 * all while the simulator throttles (429), fails (503) and drops connections before or after applying
 * writes. Whatever happens, nothing may be created twice and nothing acknowledged may be missing.
 */
async function run(seed: number): Promise<Outcome> {
  const sim = createGraphSimulator({ now: () => FIXED_NOW, random: seededRandom(seed) });
  for (let i = 0; i < 12; i += 1) sim.state.insertEvent(eventAt(i * 6 + 1, `Meeting ${i}`));
  sim.faults.set({ p429: 0.15, p503: 0.1, pDrop: 0.1, retryAfterSeconds: 1 });
  const client = new GraphClient({
    fetch: sim.fetch,
    getToken: async () => "t",
    sleep: async () => undefined,
    random: seededRandom(seed ^ 0x9e3779b9),
  });
  const outcome: Outcome = {
    created: "failed",
    duplicates: 0,
    listed: "failed",
    patched: "failed",
    faults: 0,
  };
  let id: string | undefined;
  let etag: string | undefined;
  try {
    const res = await client.request<{ id: string; "@odata.etag": string }>({
      method: "POST",
      path: "/me/events",
      body: { ...eventAt(30, "Appointment"), sensitivity: "private", transactionId: `block-${seed}` },
      scopes: CAL,
    });
    outcome.created = "acknowledged";
    id = res.body.id;
    etag = res.body["@odata.etag"];
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
  }
  try {
    const items = await client.getAll<{ id: string }>({
      method: "GET",
      path: "/me/calendarView",
      query: { ...WINDOW, $select: "subject" },
      scopes: CAL,
    });
    const ids = new Set(items.map((e) => e.id));
    const expected = sim.state.events.size;
    outcome.listed = ids.size === items.length && ids.size === expected ? "complete" : "wrong";
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
  }
  if (id && etag) {
    try {
      await client.request({
        method: "PATCH",
        path: `/me/events/${id}`,
        headers: { "If-Match": etag },
        body: { isReminderOn: false },
        scopes: CAL,
      });
      outcome.patched = "acknowledged";
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      // A PATCH dropped after it was applied comes back as 412 on the retry: the write did land.
      outcome.patched = error.status === 412 ? "conflict" : "failed";
    }
    if (outcome.patched !== "failed" && sim.state.events.get(id)?.event.isReminderOn !== false)
      outcome.patched = "failed";
  }
  const blocks = [...sim.state.events.values()].filter((e) => e.event.transactionId === `block-${seed}`);
  outcome.duplicates = Math.max(0, blocks.length - 1);
  if (outcome.created === "acknowledged" && blocks.length !== 1) outcome.duplicates = -1;
  outcome.faults = sim.requests.filter((r) => r.status === 429 || r.status === 503 || r.status === 0).length;
  return outcome;
}

describe(`GraphClient under ${RUNS} seeded fault runs`, () => {
  test("no event is ever created twice, acknowledged writes are present and listings are complete or fail loudly", async () => {
    const outcomes: Outcome[] = [];
    for (let seed = 1; seed <= RUNS; seed += 1) outcomes.push(await run(seed));
    const count = (f: (o: Outcome) => boolean): number => outcomes.filter(f).length;
    const figures = {
      runs: RUNS,
      faultsInjected: outcomes.reduce((n, o) => n + o.faults, 0),
      createsAcknowledged: count((o) => o.created === "acknowledged"),
      listingsComplete: count((o) => o.listed === "complete"),
      listingsFailedLoudly: count((o) => o.listed === "failed"),
      patchesLandedAfterDrop412: count((o) => o.patched === "conflict"),
    };
    console.info(`client fault soak: ${JSON.stringify(figures)}`);
    expect(count((o) => o.duplicates !== 0)).toBe(0);
    expect(count((o) => o.listed === "wrong")).toBe(0);
    expect(count((o) => o.created === "acknowledged" && o.patched === "failed")).toBeLessThan(RUNS / 50);
    // The fault mix must actually have bitten, or this test proves nothing.
    expect(figures.faultsInjected).toBeGreaterThan(RUNS);
    expect(figures.createsAcknowledged).toBeGreaterThan(RUNS * 0.9);
  }, 120_000);
});
