import type { Instant } from "../time";

/** A timed block: the appointment itself plus optional travel buffers around it. */
export interface TimedBlock {
  start: Instant;
  end: Instant;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
}

/**
 * An all-day item covers whole calendar days in the user's working-hours zone, whatever zone it was
 * written in: Graph's all-day events run midnight to midnight, so `endDate` is exclusive.
 */
export interface AllDayBlock {
  allDay: true;
  startDate: string;
  /** Exclusive; omitted for a single day. */
  endDate?: string;
}

export type BlockedTime = TimedBlock | AllDayBlock;
