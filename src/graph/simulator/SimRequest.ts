/** A request as the routes see it: decoded path segments, query and parsed JSON body. */
export interface SimRequest {
  method: string;
  /** Origin + version root, e.g. "https://graph.microsoft.com/v1.0": links are built from it. */
  root: string;
  /** Decoded path after the version root, e.g. "/me/events/AAMk…". */
  path: string;
  query: Record<string, string>;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  bodyBytes?: Uint8Array;
  /** Parsed when the body is JSON; undefined otherwise. */
  json?: unknown;
}

/** `Prefer` can hold several preferences, comma-separated: `odata.maxpagesize=5, outlook.timezone="…"`. */
export function preference(req: SimRequest, name: string): string | undefined {
  const prefer = req.headers["prefer"];
  if (!prefer) return undefined;
  for (const part of prefer.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
    const [key, ...rest] = part.trim().split("=");
    if (key?.trim().toLowerCase() === name.toLowerCase()) {
      return rest
        .join("=")
        .trim()
        .replace(/^"(.*)"$/, "$1");
    }
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
