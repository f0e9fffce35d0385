/** Half-open spans of time [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** Sorted, non-overlapping, with touching spans joined; empty spans dropped. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else merged.push({ start: next.start, end: next.end });
  }
  return merged;
}

/** Milliseconds of `a` covered by `b`, with both lists taken as unions. */
export function overlapMs(a: readonly Interval[], b: readonly Interval[]): number {
  return intersectIntervals(a, b).reduce((sum, i) => sum + (i.end - i.start), 0);
}

/** The parts of the union of `a` that are also in the union of `b`. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left = mergeIntervals(a);
  const right = mergeIntervals(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const x = left[i]!;
    const y = right[j]!;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** The parts of the union of `a` not covered by `b`. */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const cut = mergeIntervals(b);
  const out: Interval[] = [];
  for (const span of mergeIntervals(a)) {
    let cursor = span.start;
    for (const hole of cut) {
      if (hole.end <= cursor || hole.start >= span.end) continue;
      if (hole.start > cursor) out.push({ start: cursor, end: hole.start });
      cursor = Math.max(cursor, hole.end);
    }
    if (cursor < span.end) out.push({ start: cursor, end: span.end });
  }
  return out;
}
