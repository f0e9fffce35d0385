import { GraphError, graphErrorFromResponse } from "./GraphError";
import { Semaphore } from "./Semaphore";
import { backoffDelay, parseRetryAfter } from "./retryDelay";

export type TokenProvider = (scopes: string[], options?: { forceRefresh?: boolean }) => Promise<string>;

export interface GraphClientOptions {
  /** The real fetch, or a simulator's. */
  fetch: typeof fetch;
  getToken: TokenProvider;
  /** Default "https://graph.microsoft.com/v1.0". */
  baseUrl?: string;
  /** Requests in flight per mailbox; default 4 (Outlook's per-app-per-mailbox concurrency limit). */
  maxConcurrent?: number;
  /** Retries after the first attempt for throttling, 5xx and network failures; default 5. */
  maxRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1). */
  random?: () => number;
  /** Clock for HTTP-date Retry-After values. */
  now?: () => number;
}

export interface GraphRequest {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Relative to the version root ("/me/calendarView") or an absolute @odata.nextLink / deltaLink. */
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** JSON-serialised unless a string or Uint8Array (sent as is). */
  body?: unknown;
  /** Delegated scopes this call needs; asked for when the feature first needs them. */
  scopes: string[];
  /**
   * How to read a 2xx body. Default "auto": JSON when the response says JSON, else text. Use "text"
   * for stored files so a truncated document reaches the schema check instead of failing here.
   */
  responseType?: "auto" | "json" | "text" | "bytes";
}

export interface GraphResponse<T> {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: T;
}

interface Page<T> {
  value?: T[];
  "@odata.nextLink"?: string;
  "@odata.deltaLink"?: string;
}

interface BatchResponseItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0";
const BATCH_LIMIT = 20; // Graph rejects a $batch of more than 20 requests.
const RETRYABLE = new Set([429, 503, 504]);

/**
 * A thin fetch client: the only code that knows Graph's base URL and the Authorization header.
 * One instance per mailbox, because the concurrency cap is counted per mailbox.
 *
 * Why not @microsoft/microsoft-graph-client: its middleware retries 429/503/504 but does not retry
 * the inner requests of a $batch (the case Graph documents as ours to handle), has no per-mailbox
 * concurrency cap, and takes neither a clock nor a random source, so retry timing could not be
 * tested deterministically. What we need is ~300 lines over fetch, which also keeps the add-in bundle small.
 */
export class GraphClient {
  private readonly fetchFn: typeof fetch;
  private readonly getToken: TokenProvider;
  private readonly baseUrl: string;
  private readonly maxRetries: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly slots: Semaphore;

  constructor(options: GraphClientOptions) {
    // Calling an unbound window.fetch throws "Illegal invocation" in browsers.
    const f = options.fetch;
    this.fetchFn = ((input: RequestInfo | URL, init?: RequestInit) => f(input, init)) as typeof fetch;
    this.getToken = options.getToken;
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.maxRetries = options.maxRetries ?? 5;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.slots = new Semaphore(options.maxConcurrent ?? 4);
  }

  /**
   * Sends one request. Retries 429/503/504 (Retry-After, else backoff) and network failures of
   * requests that are safe to repeat; on 401 refreshes the token once; other non-2xx throw GraphError.
   */
  async request<T>(req: GraphRequest): Promise<GraphResponse<T>> {
    const url = this.urlFor(req.path, req.query);
    const idempotent = isSafeToRepeat(req);
    // A bearer token for Graph must never reach another host (a downloadUrl is preauthenticated).
    const toGraph = this.isGraphOrigin(url);
    let refreshed = !toGraph;
    let token = toGraph ? await this.getToken(req.scopes) : undefined;
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await this.slots.run(() => this.fetchFn(url, this.init(req, token)));
      } catch (cause) {
        // A dropped connection may or may not have reached Graph; only repeat what is harmless twice.
        if (idempotent && attempt < this.maxRetries) {
          await this.sleep(backoffDelay(attempt, this.random));
          continue;
        }
        throw new GraphError({
          status: 0,
          code: "networkError",
          message: `Could not reach Microsoft Graph (${cause instanceof Error ? cause.message : String(cause)}).`,
        });
      }
      const headers = headersToRecord(response.headers);
      if (response.status === 401 && !refreshed) {
        // Tokens can expire between getToken and the call (or be revoked); one silent refresh, then give up.
        await discard(response);
        refreshed = true;
        token = await this.getToken(req.scopes, { forceRefresh: true });
        continue;
      }
      if (RETRYABLE.has(response.status)) {
        const retryAfterMs = parseRetryAfter(headers["retry-after"], this.now());
        if (attempt < this.maxRetries) {
          await discard(response);
          await this.sleep(retryAfterMs ?? backoffDelay(attempt, this.random));
          continue;
        }
        throw graphErrorFromResponse(
          response.status,
          headers,
          await readBody(response, "auto"),
          retryAfterMs,
        );
      }
      if (response.status >= 400 || response.status < 200) {
        throw graphErrorFromResponse(response.status, headers, await readBody(response, "auto"));
      }
      const body = (await readBody(response, req.responseType ?? "auto")) as T;
      return { status: response.status, headers, body };
    }
  }

  /** Reads every page of a collection by following @odata.nextLink verbatim. */
  async getAll<T>(req: GraphRequest): Promise<T[]> {
    const items: T[] = [];
    let next: GraphRequest | undefined = req;
    while (next) {
      const page: GraphResponse<Page<T>> = await this.request<Page<T>>(next);
      items.push(...(page.body.value ?? []));
      const link = page.body["@odata.nextLink"];
      // The nextLink already carries every original query option; sending them again would duplicate them.
      next = link ? { ...req, path: link, query: undefined } : undefined;
    }
    return items;
  }

  /** Runs one delta round: follows nextLinks (pages may be empty) until Graph hands out a deltaLink. */
  async delta<T>(req: GraphRequest): Promise<{ items: T[]; deltaLink: string }> {
    const items: T[] = [];
    let next: GraphRequest = req;
    for (;;) {
      const page: GraphResponse<Page<T>> = await this.request<Page<T>>(next);
      items.push(...(page.body.value ?? []));
      const deltaLink = page.body["@odata.deltaLink"];
      if (deltaLink) return { items, deltaLink };
      const link = page.body["@odata.nextLink"];
      if (!link) {
        throw new GraphError({
          status: page.status,
          code: "deltaLinkMissing",
          message: "A delta page had neither @odata.nextLink nor @odata.deltaLink.",
          ...(page.headers["request-id"] ? { requestId: page.headers["request-id"] } : {}),
        });
      }
      next = { ...req, path: link, query: undefined };
    }
  }

  /**
   * Sends requests through /$batch, 20 at a time. Each inner answer keeps its own status (a 404 inside
   * is returned, not thrown); inner 429/503/504 are re-batched after the longest Retry-After, because
   * Graph throttles inner requests one by one and the SDKs do not retry them for us.
   */
  async batch(reqs: GraphRequest[]): Promise<GraphResponse<unknown>[]> {
    const results: GraphResponse<unknown>[] = new Array(reqs.length);
    for (let start = 0; start < reqs.length; start += BATCH_LIMIT) {
      const chunk = reqs.slice(start, start + BATCH_LIMIT).map((req, i) => ({ req, index: start + i }));
      await this.runBatchChunk(chunk, results);
    }
    return results;
  }

  private async runBatchChunk(
    chunk: Array<{ req: GraphRequest; index: number }>,
    results: GraphResponse<unknown>[],
  ): Promise<void> {
    let pending = chunk;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      const scopes = [...new Set(pending.flatMap((p) => p.req.scopes))];
      const outer = await this.request<{ responses?: BatchResponseItem[] }>({
        method: "POST",
        path: "/$batch",
        scopes,
        body: {
          requests: pending.map((p) => this.batchItem(p.req, String(p.index))),
        },
      });
      const byId = new Map((outer.body.responses ?? []).map((r) => [r.id, r]));
      const retry: typeof pending = [];
      let waitMs = 0;
      for (const p of pending) {
        const inner = byId.get(String(p.index));
        if (!inner) {
          throw new GraphError({
            status: outer.status,
            code: "batchResponseMissing",
            message: `The $batch answer had no response for request ${p.index}.`,
          });
        }
        const headers = lowerKeys(inner.headers ?? {});
        if (RETRYABLE.has(inner.status) && attempt < this.maxRetries) {
          retry.push(p);
          waitMs = Math.max(
            waitMs,
            parseRetryAfter(headers["retry-after"], this.now()) ?? backoffDelay(attempt, this.random),
          );
          continue;
        }
        results[p.index] = { status: inner.status, headers, body: inner.body ?? null };
      }
      if (retry.length > 0) await this.sleep(waitMs);
      pending = retry;
    }
  }

  private batchItem(req: GraphRequest, id: string): Record<string, unknown> {
    const url = this.urlFor(req.path, req.query);
    const relative = url.startsWith(this.baseUrl) ? url.slice(this.baseUrl.length) : url;
    const item: Record<string, unknown> = { id, method: req.method, url: relative };
    const headers: Record<string, string> = { ...(req.headers ?? {}) };
    if (req.body !== undefined) {
      // Graph requires Content-Type on every inner request that has a body.
      headers["Content-Type"] ??= "application/json";
      item.body = req.body;
    }
    if (Object.keys(headers).length > 0) item.headers = headers;
    return item;
  }

  private urlFor(path: string, query: Record<string, string> | undefined): string {
    const base = /^https?:\/\//i.test(path)
      ? path
      : `${this.baseUrl}${path.startsWith("/") ? "" : "/"}${path}`;
    if (!query || Object.keys(query).length === 0) return base;
    // Keep "$" literal in option names, as Graph documents them; values are fully encoded.
    const qs = Object.entries(query)
      .map(([k, v]) => `${encodeURIComponent(k).replace(/%24/g, "$")}=${encodeURIComponent(v)}`)
      .join("&");
    return `${base}${base.includes("?") ? "&" : "?"}${qs}`;
  }

  private isGraphOrigin(url: string): boolean {
    const origin = new URL(url).origin;
    return origin === new URL(this.baseUrl).origin || origin === new URL(DEFAULT_BASE_URL).origin;
  }

  private init(req: GraphRequest, token: string | undefined): RequestInit {
    const headers: Record<string, string> = { ...(req.headers ?? {}) };
    if (token !== undefined) headers.Authorization = `Bearer ${token}`;
    let body: BodyInit | undefined;
    if (typeof req.body === "string" || req.body instanceof Uint8Array) {
      body = req.body as BodyInit;
    } else if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
        headers["Content-Type"] = "application/json";
    }
    return { method: req.method, headers, ...(body !== undefined ? { body } : {}) };
  }
}

/**
 * GET, PUT and DELETE are idempotent; PATCH sets properties so repeating it lands in the same state;
 * a POST is repeatable only when it carries a transactionId, which Graph uses to refuse a duplicate
 * event. A $batch counts as safe only if every request inside is.
 */
function isSafeToRepeat(req: GraphRequest): boolean {
  if (req.method !== "POST") return true;
  if (isRecord(req.body) && typeof req.body.transactionId === "string") return true;
  if (req.path.endsWith("/$batch") && isRecord(req.body) && Array.isArray(req.body.requests)) {
    return req.body.requests.every(
      (r: unknown) =>
        isRecord(r) &&
        (r.method !== "POST" || (isRecord(r.body) && typeof r.body.transactionId === "string")),
    );
  }
  return false;
}

async function readBody(response: Response, as: NonNullable<GraphRequest["responseType"]>): Promise<unknown> {
  if (response.status === 204 || response.status === 304) return undefined;
  if (as === "bytes") return new Uint8Array(await response.arrayBuffer());
  const text = await response.text();
  if (as === "text") return text;
  const type = response.headers.get("content-type") ?? "";
  if (as === "json" || type.includes("json")) {
    if (text === "") return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      if (as === "json")
        throw new GraphError({
          status: response.status,
          code: "invalidJson",
          message: "Graph returned a body that is not JSON.",
        });
      return text;
    }
  }
  return text;
}

async function discard(response: Response): Promise<void> {
  try {
    await response.arrayBuffer();
  } catch {
    // Nothing to free if the body is already gone.
  }
}

function headersToRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
