import { live, parseStoredDocument, type AppDocument } from "../../../src/core";
import {
  createAppDataStore,
  createBlockRepository,
  createDriveBackend,
  DOCUMENT_NAME,
  GraphClient,
  transactionIdFor,
} from "../../../src/graph";
import { createGraphSimulator, seededRandom, type GraphSimulator } from "../../../src/graph/simulator";

/**
 * Issue 4's fault-injection target: over 1,000 seeded runs mixing 429, 503, dropped connections
 * (before and after Graph applied the write) and 412 conflicts between two concurrent writers,
 * every acknowledged edit is present at the end, none is duplicated, and no event is created twice.
 */
const RUNS = 1000;
const PARALLEL = 50;
const OPS_PER_WRITER = 4;
const T0 = Date.parse("2026-11-25T12:00:00.000Z");
const BLOCK = {
  interviewId: "int-shared",
  startUtc: "2026-12-03T13:30:00.000Z",
  endUtc: "2026-12-03T15:00:00.000Z",
};

interface Attempt {
  text: string;
  acknowledged: boolean;
}

interface RunOutcome {
  faults: { dropped: number; throttled: number; unavailable: number; preconditionFailed: number };
  acknowledged: number;
  unacknowledged: number;
  conflictsResolved: number;
  blockAcknowledged: boolean;
  problems: string[];
}

function writer(
  name: string,
  sim: GraphSimulator,
  rng: () => number,
  now: () => number,
  log: Map<string, Attempt[]>,
  stats: { conflicts: number; block: boolean },
) {
  const client = new GraphClient({
    fetch: sim.fetch,
    getToken: async () => `${name}-token`,
    sleep: async () => undefined,
    random: rng,
  });
  const store = createAppDataStore({ backend: createDriveBackend(client), now });
  const blocks = createBlockRepository(client);
  return async () => {
    const mine: string[] = [];
    for (let k = 0; k < OPS_PER_WRITER; k += 1) {
      const roll = rng();
      if (roll < 0.15) {
        try {
          await blocks.createPrivateBlock({
            ...BLOCK,
            role: "main",
            subject: "Appointment",
            mustNotMention: ["Fabrikam"],
            showAs: "busy",
            reminderMinutes: 15,
          });
          stats.block = true;
        } catch {
          // Not acknowledged: the run still checks there is at most one block.
        }
        continue;
      }
      const update = mine.length > 0 && roll < 0.45;
      const id = update ? mine[Math.floor(rng() * mine.length)]! : `${name}-${k}`;
      const text = `${name} edit ${k}`;
      const attempts = log.get(id) ?? [];
      const attempt: Attempt = { text, acknowledged: false };
      attempts.push(attempt);
      log.set(id, attempts);
      try {
        const result = await store.save((doc: AppDocument) => {
          const others = doc.notes.filter((n) => n.id !== id);
          return {
            ...doc,
            notes: [
              ...others,
              { id, updatedAt: doc.settings.updatedAt, interviewId: null, kind: "general", text },
            ],
          };
        });
        if (result.status === "saved") {
          attempt.acknowledged = true;
          if (result.attempts > 1) stats.conflicts += 1;
          if (!update) mine.push(id);
        }
      } catch {
        // A request that failed after all retries: the edit is not acknowledged (it may or may not have landed).
      }
    }
  };
}

async function run(seed: number): Promise<RunOutcome> {
  // Each device has its own clock, up to five minutes off; stamps must still order each record's edits.
  const skewed = (offset: number) => {
    let clock = T0 + offset;
    return () => (clock += 1 + (seed % 3));
  };
  const rng = seededRandom(seed);
  const paneNow = skewed(Math.floor((rng() - 0.5) * 600_000));
  const tabNow = skewed(Math.floor((rng() - 0.5) * 600_000));
  const sim = createGraphSimulator({ now: () => T0, random: seededRandom(seed * 7919 + 1) });
  sim.faults.set({ p429: 0.1, p503: 0.1, pDrop: 0.1, retryAfterSeconds: 1 });
  const log = new Map<string, Attempt[]>();
  const stats = { conflicts: 0, block: false };
  await Promise.all([
    writer("pane", sim, rng, paneNow, log, stats)(),
    writer("tab", sim, rng, tabNow, log, stats)(),
  ]);
  sim.faults.reset();

  const problems: string[] = [];
  const file = sim.state.files.get(DOCUMENT_NAME);
  const parsed = file ? parseStoredDocument(new TextDecoder().decode(file.content), T0) : null;
  const notes = parsed?.ok ? parsed.document.notes : [];
  if (parsed && !parsed.ok) problems.push(`stored document unreadable: ${parsed.reason}`);
  const ids = notes.map((n) => n.id);
  if (new Set(ids).size !== ids.length) problems.push(`duplicated records: ${ids.join(",")}`);
  let acknowledged = 0;
  let unacknowledged = 0;
  for (const [id, attempts] of log) {
    const lastAck = attempts.map((a) => a.acknowledged).lastIndexOf(true);
    acknowledged += attempts.filter((a) => a.acknowledged).length;
    unacknowledged += attempts.filter((a) => !a.acknowledged).length;
    if (lastAck < 0) continue;
    const stored = live(notes).find((n) => n.id === id);
    // The acknowledged text, or a later attempt of the same record that landed unacknowledged.
    const allowed = attempts.slice(lastAck).map((a) => a.text);
    if (stored === undefined) problems.push(`acknowledged record ${id} is missing`);
    else if (!allowed.includes(stored.text))
      problems.push(`record ${id} holds "${stored.text}", expected one of ${allowed.join(" | ")}`);
  }
  const tid = transactionIdFor(BLOCK.interviewId, "main", BLOCK.startUtc, BLOCK.endUtc);
  const created = [...sim.state.events.values()].filter((e) => e.event.transactionId === tid).length;
  if (created > 1) problems.push(`event created ${created} times`);
  if (stats.block && created !== 1) problems.push("acknowledged block is missing");
  const count = (status: number) => sim.requests.filter((r) => r.status === status).length;
  const faults = {
    dropped: count(0),
    throttled: count(429),
    unavailable: count(503),
    preconditionFailed: count(412) + count(409),
  };
  return {
    faults,
    acknowledged,
    unacknowledged,
    conflictsResolved: stats.conflicts,
    blockAcknowledged: stats.block,
    problems: problems.map((p) => `seed ${seed}: ${p}`),
  };
}

describe("two writers under faults", () => {
  it(`keep every acknowledged edit, once, and create no event twice over ${RUNS} seeded runs`, async () => {
    const started = performance.now();
    const outcomes: RunOutcome[] = [];
    for (let batch = 0; batch < RUNS; batch += PARALLEL) {
      const seeds = Array.from({ length: Math.min(PARALLEL, RUNS - batch) }, (_, i) => batch + i + 1);
      outcomes.push(...(await Promise.all(seeds.map(run))));
    }
    const problems = outcomes.flatMap((o) => o.problems);
    const total = (pick: (o: RunOutcome) => number) => outcomes.reduce((sum, o) => sum + pick(o), 0);
    const summary = {
      runs: outcomes.length,
      droppedConnections: total((o) => o.faults.dropped),
      answered429: total((o) => o.faults.throttled),
      answered503: total((o) => o.faults.unavailable),
      answered412or409: total((o) => o.faults.preconditionFailed),
      acknowledgedEdits: total((o) => o.acknowledged),
      unacknowledgedEdits: total((o) => o.unacknowledged),
      savesThatResolvedAConflict: total((o) => o.conflictsResolved),
      runsWithAnAcknowledgedBlock: outcomes.filter((o) => o.blockAcknowledged).length,
      seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    };
    console.info(`two-writer reliability: ${JSON.stringify(summary)}`);
    expect(problems.slice(0, 10)).toEqual([]);
    // The run must really exercise the hard paths, or passing would prove nothing.
    expect(summary.savesThatResolvedAConflict).toBeGreaterThan(RUNS / 10);
    expect(Math.min(summary.droppedConnections, summary.answered429, summary.answered503)).toBeGreaterThan(
      RUNS,
    );
    expect(summary.acknowledgedEdits).toBeGreaterThan(RUNS * 3);
    expect(summary.runsWithAnAcknowledgedBlock).toBeGreaterThan(RUNS / 10);
  }, 120_000);
});
