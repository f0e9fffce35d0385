/** A Graph dateTimeTimeZone as the simulator, Graph (with Prefer UTC) and the Office adapter give it. */
export interface WallTime {
  dateTime: string;
  timeZone: string;
}

function instantOf(t: WallTime): Date {
  // Graph writes seven fractional digits; Date reads at most three.
  const trimmed = t.dateTime.replace(/(\.\d{3})\d*$/, "$1");
  return new Date(t.timeZone === "UTC" && !/[zZ]|[+-]\d\d:\d\d$/.test(trimmed) ? `${trimmed}Z` : trimmed);
}

/** "Thu, 3 Dec, 13:30 – 14:30" in the user's locale and zone; undefined when there is no valid time. */
export function whenLabel(
  span: { start?: WallTime | null; end?: WallTime | null },
  locale?: string,
  timeZone?: string,
): string | undefined {
  if (!span.start) return undefined;
  const start = instantOf(span.start);
  if (Number.isNaN(start.getTime())) return undefined;
  const fmt = new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  });
  const end = span.end ? instantOf(span.end) : null;
  return end && !Number.isNaN(end.getTime()) && end > start ? fmt.formatRange(start, end) : fmt.format(start);
}

/** The same, from ISO instants with offsets (what the detector returns). */
export function whenLabelIso(
  start: string | null,
  end: string | null,
  locale?: string,
  timeZone?: string,
): string | undefined {
  if (!start) return undefined;
  return whenLabel(
    { start: { dateTime: start, timeZone: "UTC" }, end: end ? { dateTime: end, timeZone: "UTC" } : null },
    locale,
    timeZone,
  );
}
