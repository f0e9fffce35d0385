/**
 * PTO benchmark: a year of biweekly accruals with 20 interview absences. Each run prices the 20
 * absences against working hours (Intl zone math), projects twelve months and computes warnings.
 * Target: under 5 ms per run. Prints figures; exits non-zero when the median misses the target.
 *
 *   npm run bench:pto
 */
import { performance } from "node:perf_hooks";
import {
  leastCostSlots,
  project,
  ptoHoursFor,
  warnings,
  type LedgerEntry,
  type PtoPolicy,
  type WorkingHours,
} from "../src/core";

const TARGET_MS = 5;

const workingHours: WorkingHours = {
  daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
  startTime: "09:00",
  endTime: "17:30",
  timeZone: "America/New_York",
  breaks: [{ startTime: "12:30", endTime: "13:00" }],
};

const policy: PtoPolicy = {
  balanceHours: 24,
  asOf: "2026-11-30",
  accrual: { hours: 120, per: "year", period: "biweekly", timing: "end", anchorDate: "2026-11-23" },
  capHours: 160,
  carryover: { maxHours: 40, expiresOn: "03-31" },
  negativeLimitHours: 16,
  incrementHours: 0.25,
  minimumHours: 1,
  holidays: ["2026-12-25", "2027-01-01", "2027-05-31", "2027-07-05", "2027-09-06", "2027-11-25"],
};

// 20 interviews spread over the year, at varied times, some in other zones, with travel buffers.
const absences = Array.from({ length: 20 }, (_, i) => {
  const day = 3 + i * 17;
  const start = Date.UTC(2026, 11, day, 14 + (i % 5), (i % 4) * 15);
  return {
    id: `i${i}`,
    block: {
      start,
      end: start + (60 + (i % 3) * 30) * 60_000,
      bufferBeforeMinutes: 30,
      bufferAfterMinutes: 30,
    },
  };
});

function run(): number {
  const ledger: LedgerEntry[] = absences.map(({ id, block }) => ({
    id,
    kind: "planned",
    date: new Date(block.start).toISOString().slice(0, 10),
    hours: -ptoHoursFor(block, workingHours, policy).hours,
    source: { type: "interview", interviewId: id },
  }));
  const projection = project(policy, ledger, policy.asOf, 12);
  return projection.closing + warnings(policy, ledger, policy.asOf, 12).length;
}

function measure(label: string, fn: () => unknown, iterations: number): number {
  for (let i = 0; i < 20; i++) fn(); // warm-up: JIT and Intl formatter caches
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(
    `${label}: median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${at(1).toFixed(3)} ms over ${iterations} runs`,
  );
  return at(0.5);
}

const median = measure(
  "year of biweekly accruals + 20 absences (price, project 12 months, warnings)",
  run,
  500,
);
measure(
  "least-cost slots over two working weeks, 15-minute steps",
  () =>
    leastCostSlots({
      busy: [],
      workingHours,
      policy,
      durationMinutes: 60,
      from: "2026-12-07T00:00:00Z",
      to: "2026-12-19T00:00:00Z",
      count: 5,
    }),
  100,
);
console.log(`target: year run under ${TARGET_MS} ms (median) — ${median < TARGET_MS ? "met" : "MISSED"}`);
if (median >= TARGET_MS) process.exitCode = 1;
