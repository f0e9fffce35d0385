/** Upper bound for one wait: a Retry-After longer than this is still honoured, backoff never exceeds it. */
export const MAX_BACKOFF_MS = 30_000;
const BASE_BACKOFF_MS = 500;

/**
 * Retry-After is seconds (Graph sends fractions such as "2.128") or, per HTTP, a date.
 * Returns undefined when absent or unreadable so the caller falls back to backoff.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/**
 * Capped exponential backoff with "equal jitter": half the step is fixed so a retry never fires at
 * once, the other half is random so clients that failed together (task pane and tab) spread out.
 * Attempt 0 waits 250–500 ms, doubling, never above 30 s.
 */
export function backoffDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** attempt);
  return Math.floor(ceiling / 2 + (ceiling / 2) * random());
}
