/**
 * The one error type the Graph layer throws. Hosts branch on `code` (Graph's codes are stable; its
 * messages are not localised and may change) and show `requestId` so a support ticket can quote it.
 */
export class GraphError extends Error {
  override readonly name = "GraphError";
  /** HTTP status; 0 when the request never got a response (network failure after all retries). */
  readonly status: number;
  /** Graph's `error.code`, e.g. "ErrorItemNotFound", "resourceModified"; synthesised when the body has none. */
  readonly code: string;
  /** `request-id` header or `innerError.request-id`: the id Microsoft support asks for. */
  readonly requestId?: string;
  /** How long Graph asked us to wait (Retry-After) when we gave up on a throttled request. */
  readonly retryAfterMs?: number;
  /** The parsed error body, kept for diagnostics (never shown to others). */
  readonly body?: unknown;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string;
    retryAfterMs?: number;
    body?: unknown;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.body !== undefined) this.body = init.body;
  }
}

/** Builds a GraphError from a non-2xx response body in Graph's `{"error":{code,message,innerError}}` shape. */
export function graphErrorFromResponse(
  status: number,
  headers: Record<string, string>,
  body: unknown,
  retryAfterMs?: number,
): GraphError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const inner = error && isRecord(error.innerError) ? error.innerError : undefined;
  const code = typeof error?.code === "string" ? error.code : `http${status}`;
  const message =
    typeof error?.message === "string" && error.message !== ""
      ? error.message
      : typeof body === "string" && body !== ""
        ? body.slice(0, 200)
        : `Microsoft Graph answered ${status}.`;
  const requestId =
    headers["request-id"] ?? (typeof inner?.["request-id"] === "string" ? inner["request-id"] : undefined);
  return new GraphError({
    status,
    code,
    message,
    ...(requestId !== undefined ? { requestId } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    body,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
