const HOUR_MS = 3_600_000;

/**
 * Exact working time → hours charged: rounded up to the increment (never down: the user must not
 * come back to a balance smaller than the app promised), then raised to the per-absence minimum.
 * No working time means no charge, minimum or not.
 */
export function roundCharge(exactMs: number, incrementHours: number, minimumHours: number): number {
  if (exactMs <= 0) return 0;
  const incrementMs = Math.round(incrementHours * HOUR_MS);
  const roundedMs = incrementMs > 0 ? Math.ceil(exactMs / incrementMs) * incrementMs : exactMs;
  return Math.max(roundedMs / HOUR_MS, minimumHours);
}
