import { SimulatorState } from "./SimulatorState";
import type { SimRequest } from "./SimRequest";
import { isRecord } from "./SimRequest";
import type { RecordedRequest, SimulatorSeed } from "./simulatorTypes";
import type { SimResponse } from "./simResponse";
import { SimFailure, graphError } from "./simResponse";
import { routeRequest } from "./routeRequest";
import { DOWNLOAD_PREFIX, download } from "./driveRoutes";
import { errorDate } from "./simTime";
import { notifySimulatorObservers } from "./simulatorObservers";

export interface GraphSimulatorOptions {
  seed?: SimulatorSeed;
  /** Clock, injectable. */
  now?: () => number;
  /** Seeded PRNG for random faults; a fixed default keeps runs reproducible. */
  random?: () => number;
  /**
   * Report requests to the contract check's observers (default true). Tests that send wrong paths or
   * property names on purpose turn it off; nothing else should.
   */
  observed?: boolean;
}

export type DropWhen = "before" | "after";

export interface SimulatorFaults {
  /** Probabilities per request, drawn from the seeded PRNG (inner $batch requests get 429/503 only). */
  set(f: { p429?: number; p503?: number; pDrop?: number; retryAfterSeconds?: number }): void;
  /** The next `count` requests (default 1) answer `status`; 429/503 carry Retry-After. */
  failNext(status: 429 | 503 | 504 | 401, count?: number, retryAfterSeconds?: number): void;
  /** Like failNext, for the next inner requests of a $batch (the batch itself succeeds). */
  failNextInBatch(status: 429 | 503 | 504, count?: number, retryAfterSeconds?: number): void;
  /**
   * The next `count` fetches reject with TypeError("Failed to fetch"): "before" the request reaches
   * the mailbox (nothing written) or "after" it was applied (written, but the client never knows).
   */
  dropNext(count?: number, when?: DropWhen): void;
  /** Clears every fault setting and queue. */
  reset(): void;
}

export interface GraphSimulator {
  /** In-process fetch: pass to GraphClient. Accepts any origin; the path must start with /v1.0. */
  fetch: typeof fetch;
  faults: SimulatorFaults;
  /** Every request received, in order, for the contract check and for assertions. */
  requests: RecordedRequest[];
  /** The mailbox: read or change it directly in tests. */
  state: SimulatorState;
  /** Most requests that were being handled at once (the in-process fetch yields once per request). */
  readonly maxInFlight: number;
}

interface Injected {
  status: number;
  retryAfterSeconds?: number;
}

/** Mulberry32: tiny, seedable, good enough for fault dice. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let requestCounter = 0;

/**
 * Yields to the event loop once. setImmediate (Node) has no 1 ms clamp, which keeps thousand-run
 * fault soaks fast; browsers fall back to setTimeout.
 */
function nextTurn(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}
const MAILBOX_CONCURRENCY = 4;

/** /users/{id or UPN}/… addresses the signed-in user's own mailbox the same way /me/… does. */
function aliasUsersPath(
  path: string,
  user: { id?: string | null; userPrincipalName?: string | null; mail?: string | null },
): string {
  const match = /^\/users\/([^/]+)(\/.*)?$/i.exec(path);
  if (!match) return path;
  const key = match[1]!.toLowerCase();
  const own = [user.id, user.userPrincipalName, user.mail].some((v) => v?.toLowerCase() === key);
  return own ? `/me${match[2] ?? ""}` : path;
}

/** A faithful in-process stand-in for the Graph v1.0 subset Graceful Leave uses (see shared/graph/BEHAVIOR.md). */
export function createGraphSimulator(options: GraphSimulatorOptions = {}): GraphSimulator {
  const now = options.now ?? Date.now;
  const random = options.random ?? seededRandom(0x5eed);
  const observed = options.observed ?? true;
  const state = new SimulatorState(options.seed ?? {}, now);
  const requests: RecordedRequest[] = [];
  let probabilities = { p429: 0, p503: 0, pDrop: 0, retryAfterSeconds: 1 };
  const failQueue: Injected[] = [];
  const batchFailQueue: Injected[] = [];
  const dropQueue: DropWhen[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const faults: SimulatorFaults = {
    set(f) {
      probabilities = { ...probabilities, ...f };
    },
    failNext(status, count = 1, retryAfterSeconds) {
      for (let i = 0; i < count; i += 1)
        failQueue.push({ status, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) });
    },
    failNextInBatch(status, count = 1, retryAfterSeconds) {
      for (let i = 0; i < count; i += 1)
        batchFailQueue.push({ status, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) });
    },
    dropNext(count = 1, when = "before") {
      for (let i = 0; i < count; i += 1) dropQueue.push(when);
    },
    reset() {
      probabilities = { p429: 0, p503: 0, pDrop: 0, retryAfterSeconds: 1 };
      failQueue.length = 0;
      batchFailQueue.length = 0;
      dropQueue.length = 0;
    },
  };

  function record(req: SimRequest, inBatch: boolean, status: number): void {
    const entry: RecordedRequest = {
      method: req.method,
      path: req.path,
      query: { ...req.query },
      bodyProperties: isContentUpload(req.path) || req.path === "/$batch" ? [] : bodyPaths(req.json),
      inBatch,
      status,
    };
    requests.push(entry);
    if (observed) notifySimulatorObservers(entry);
  }

  function injected(
    queue: Injected[],
    allowDrop: boolean,
  ): SimResponse | "drop-before" | "drop-after" | undefined {
    if (allowDrop && dropQueue.length > 0)
      return dropQueue.shift() === "after" ? "drop-after" : "drop-before";
    const next = queue.shift();
    // 429 always names a wait; 503 "may carry" Retry-After, so only when the test asked for one.
    if (next)
      return faultResponse(
        next.status,
        next.retryAfterSeconds ?? (next.status === 429 ? probabilities.retryAfterSeconds : undefined),
      );
    const { p429, p503, pDrop } = probabilities;
    if (p429 + p503 + (allowDrop ? pDrop : 0) === 0) return undefined;
    const dice = random();
    if (allowDrop && dice < pDrop) return random() < 0.5 ? "drop-before" : "drop-after";
    const offset = allowDrop ? pDrop : 0;
    if (dice < offset + p429) return faultResponse(429, probabilities.retryAfterSeconds);
    if (dice < offset + p429 + p503) return faultResponse(503, probabilities.retryAfterSeconds);
    return undefined;
  }

  function authorised(req: SimRequest): boolean {
    const match = /^Bearer\s+(.+)$/i.exec(req.headers["authorization"] ?? "");
    return match !== null && state.acceptToken(match[1]!);
  }

  function handle(req: SimRequest): SimResponse {
    try {
      if (req.method === "POST" && /^\/\$batch$/i.test(req.path)) return handleBatch(req);
      return routeRequest(state, req);
    } catch (error) {
      if (error instanceof SimFailure) return error.response;
      throw error;
    }
  }

  function handleBatch(req: SimRequest): SimResponse {
    const list = isRecord(req.json) && Array.isArray(req.json.requests) ? req.json.requests : undefined;
    if (!list) return graphError(400, "BadRequest", "Invalid batch payload format.");
    if (list.length > 20)
      return graphError(400, "BadRequest", "The number of batch requests cannot exceed 20.");
    const ids = new Set<string>();
    const statuses = new Map<string, number>();
    const responses: Array<Record<string, unknown>> = [];
    for (const raw of list) {
      if (
        !isRecord(raw) ||
        typeof raw.id !== "string" ||
        typeof raw.method !== "string" ||
        typeof raw.url !== "string"
      ) {
        return graphError(400, "BadRequest", "Each batch request needs id, method and url.");
      }
      if (ids.has(raw.id))
        return graphError(400, "BadRequest", `Batch request id '${raw.id}' is not unique.`);
      ids.add(raw.id);
      const headers = isRecord(raw.headers) ? lowerKeys(raw.headers) : {};
      if (raw.body !== undefined && headers["content-type"] === undefined) {
        return graphError(
          400,
          "BadRequest",
          "Content-Type header is required when a batch request has a body.",
        );
      }
      const depends = Array.isArray(raw.dependsOn) ? raw.dependsOn.map(String) : [];
      const failedDependency = depends.some(
        (d) => !((statuses.get(d) ?? 0) >= 200 && (statuses.get(d) ?? 0) < 300),
      );
      let inner: SimResponse;
      const url = new URL(raw.url.startsWith("/") ? raw.url : `/${raw.url}`, "https://batch.invalid");
      const innerReq: SimRequest = {
        method: raw.method.toUpperCase(),
        root: req.root,
        path: decodeURIComponent(url.pathname),
        query: queryOf(url),
        headers: { ...headers, authorization: req.headers["authorization"] ?? "" },
        ...(raw.body !== undefined
          ? { json: raw.body, bodyBytes: new TextEncoder().encode(JSON.stringify(raw.body)) }
          : {}),
      };
      if (failedDependency) {
        inner = graphError(424, "FailedDependency", "A request this one depends on failed.");
      } else {
        const fault = injected(batchFailQueue, false);
        inner = typeof fault === "object" ? fault : handle(innerReq);
      }
      const finished = finish(innerReq, inner);
      record(innerReq, true, finished.status);
      statuses.set(raw.id, finished.status);
      responses.push({
        id: raw.id,
        status: finished.status,
        headers: finished.headers ?? {},
        body: finished.body instanceof Uint8Array ? bytesToBase64(finished.body) : (finished.body ?? null),
      });
    }
    // Graph may answer in any order; reversing makes clients that match by position fail visibly.
    return { status: 200, body: { responses: responses.reverse() } };
  }

  /** Adds the headers every Graph answer carries and fills innerError with the same request id. */
  function finish(req: SimRequest, res: SimResponse): SimResponse {
    requestCounter += 1;
    const requestId = `00000000-5151-4000-8000-${requestCounter.toString(16).padStart(12, "0")}`;
    const clientRequestId = req.headers["client-request-id"] ?? requestId;
    const headers: Record<string, string> = {
      "request-id": requestId,
      "client-request-id": clientRequestId,
      "x-ms-ags-diagnostic":
        '{"ServerInfo":{"DataCenter":"Simulated","Slice":"E","Ring":"0","ScaleUnit":"000","RoleInstance":"SIM"}}',
      ...lowerKeys(res.headers ?? {}),
    };
    let body = res.body;
    if (isRecord(body) && isRecord(body.error) && isRecord(body.error.innerError)) {
      body = {
        error: {
          ...body.error,
          innerError: {
            ...body.error.innerError,
            date: errorDate(now()),
            "request-id": requestId,
            "client-request-id": clientRequestId,
          },
        },
      };
    }
    if (body !== undefined && !(body instanceof Uint8Array) && typeof body !== "string") {
      headers["content-type"] ??=
        "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";
      headers["odata-version"] = "4.0";
    }
    return { status: res.status, headers, ...(body !== undefined ? { body } : {}) };
  }

  const simFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = await toSimRequest(input, init);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // Outlook allows 4 concurrent requests per app and mailbox; one arriving while 4 are open is throttled.
    const overLimit = inFlight > MAILBOX_CONCURRENCY;
    try {
      // One macrotask per request, so concurrent callers really overlap as they would on the network.
      await nextTurn();
      if (req.path.startsWith(DOWNLOAD_PREFIX)) {
        return toResponse(
          finish(req, download(state, decodeURIComponent(req.path.slice(DOWNLOAD_PREFIX.length)))),
        );
      }
      if (!req.path.startsWith("/v1.0/") && req.path !== "/v1.0") {
        return toResponse(
          finish(req, graphError(400, "BadRequest", "Invalid version: the path must start with /v1.0.")),
        );
      }
      req.path = aliasUsersPath(req.path.slice("/v1.0".length) || "/", state.user);
      const fault = overLimit ? faultResponse(429, 1) : injected(failQueue, true);
      if (fault === "drop-before") {
        record(req, false, 0);
        throw new TypeError("Failed to fetch");
      }
      let res: SimResponse;
      if (typeof fault === "object") res = fault;
      else if (!authorised(req)) {
        res = {
          status: 401,
          headers: {
            "www-authenticate":
              'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
          },
          body: {
            error: {
              code: "InvalidAuthenticationToken",
              message: "Access token has expired or is not yet valid.",
              innerError: {},
            },
          },
        };
      } else res = handle(req);
      const finished = finish(req, res);
      record(req, false, fault === "drop-after" ? 0 : finished.status);
      if (fault === "drop-after") throw new TypeError("Failed to fetch");
      // fetch follows redirects by default (the 302 from …/content to the download URL).
      if (finished.status === 302 && init?.redirect !== "manual" && finished.headers?.["location"]) {
        const target = new URL(finished.headers["location"]);
        return toResponse(
          finish(req, download(state, decodeURIComponent(target.pathname.slice(DOWNLOAD_PREFIX.length)))),
        );
      }
      return toResponse(finished);
    } finally {
      inFlight -= 1;
    }
  };

  return {
    fetch: simFetch as typeof fetch,
    faults,
    requests,
    state,
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

function faultResponse(status: number, retryAfterSeconds: number | undefined): SimResponse {
  if (status === 401) {
    return {
      status,
      body: {
        error: {
          code: "InvalidAuthenticationToken",
          message: "Access token has expired or is not yet valid.",
          innerError: {},
        },
      },
    };
  }
  const headers: Record<string, string> =
    status === 504 || retryAfterSeconds === undefined ? {} : { "retry-after": String(retryAfterSeconds) };
  if (status === 429) {
    return {
      status,
      headers,
      body: {
        error: {
          code: "ApplicationThrottled",
          message: "Application is over its MailboxConcurrency limit.",
          innerError: {},
        },
      },
    };
  }
  if (status === 503) {
    return {
      status,
      headers,
      body: {
        error: {
          code: "serviceNotAvailable",
          message: "The service is temporarily unavailable. Please retry later.",
          innerError: {},
        },
      },
    };
  }
  return {
    status,
    headers,
    body: { error: { code: "UnknownError", message: "Gateway timeout.", innerError: {} } },
  };
}

async function toSimRequest(input: RequestInfo | URL, init?: RequestInit): Promise<SimRequest> {
  const request = typeof input === "object" && "url" in input && !(input instanceof URL) ? input : undefined;
  const url = new URL(request ? request.url : String(input));
  const headers: Record<string, string> = {};
  new Headers(request?.headers ?? undefined).forEach((v, k) => (headers[k.toLowerCase()] = v));
  new Headers(init?.headers ?? undefined).forEach((v, k) => (headers[k.toLowerCase()] = v));
  const method = (init?.method ?? request?.method ?? "GET").toUpperCase();
  let bodyBytes: Uint8Array | undefined;
  const body = init?.body ?? undefined;
  if (typeof body === "string") bodyBytes = new TextEncoder().encode(body);
  else if (body instanceof Uint8Array) bodyBytes = body;
  else if (body instanceof ArrayBuffer) bodyBytes = new Uint8Array(body);
  else if (body !== undefined && body !== null)
    bodyBytes = new Uint8Array(await new Response(body).arrayBuffer());
  else if (request && method !== "GET" && method !== "HEAD")
    bodyBytes = new Uint8Array(await request.arrayBuffer());
  let json: unknown;
  if (
    bodyBytes &&
    bodyBytes.byteLength > 0 &&
    (headers["content-type"] ?? "").includes("json") &&
    !isContentUpload(url.pathname)
  ) {
    try {
      json = JSON.parse(new TextDecoder().decode(bodyBytes));
    } catch {
      json = undefined;
    }
  }
  return {
    method,
    root: `${url.origin}/v1.0`,
    path: decodeURIComponent(url.pathname),
    query: queryOf(url),
    headers,
    ...(bodyBytes ? { bodyBytes } : {}),
    ...(json !== undefined ? { json } : {}),
  };
}

function queryOf(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  url.searchParams.forEach((v, k) => (query[k] = v));
  return query;
}

function toResponse(res: SimResponse): Response {
  const headers = new Headers(res.headers ?? {});
  let body: BodyInit | null = null;
  if (res.status !== 204 && res.status !== 304 && res.body !== undefined) {
    if (res.body instanceof Uint8Array) body = res.body as BodyInit;
    else if (typeof res.body === "string") body = res.body;
    else body = JSON.stringify(res.body);
  }
  return new Response(body, { status: res.status, headers });
}

function isContentUpload(path: string): boolean {
  return /:\/content$|\/content$/.test(path);
}

/** Property paths of a JSON body, for the contract check (see RecordedRequest.bodyProperties). */
export function bodyPaths(value: unknown, prefix = ""): string[] {
  const out = new Set<string>();
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, path);
      return;
    }
    if (!isRecord(node)) return;
    const type =
      typeof node["@odata.type"] === "string" ? String(node["@odata.type"]).replace(/^#/, "") : undefined;
    const base = type ? `${path}#${type}/` : path;
    for (const [key, child] of Object.entries(node)) {
      if (key.includes("@")) continue;
      out.add(`${base}${key}`);
      walk(child, `${base}${key}/`);
    }
  };
  walk(value, prefix);
  return [...out];
}

function lowerKeys(headers: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
