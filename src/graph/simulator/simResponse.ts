/** What a route handler returns; createGraphSimulator turns it into a fetch Response. */
export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON, strings as text, bytes as application/octet-stream. */
  body?: unknown;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, body, headers };
}

/**
 * Graph's error body: code + message always, innerError with request-id and date (no fractional
 * seconds in the samples). The request-id is filled in by the dispatcher so it matches the header.
 */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): SimResponse {
  return { status, headers, body: { error: { code, message, innerError: {} } } };
}

export const notFound = (message = "The specified object was not found in the store."): SimResponse =>
  graphError(404, "ErrorItemNotFound", message);

export const badRequest = (message: string, code = "BadRequest"): SimResponse =>
  graphError(400, code, message);

/** Thrown by helpers deep in a route to answer with an error; the dispatcher turns it into the response. */
export class SimFailure extends Error {
  constructor(readonly response: SimResponse) {
    super(`simulated Graph error ${response.status}`);
  }
}

export function fail(response: SimResponse): never {
  throw new SimFailure(response);
}
