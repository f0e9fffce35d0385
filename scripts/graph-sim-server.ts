/**
 * Serves the Graph simulator over HTTP on 127.0.0.1 for the browser tests (the browser-side code
 * talks to it with plain fetch and never imports node modules). Same simulator, same behaviour as
 * in-process; only the transport differs.
 *
 *   npm run graph:sim -- [--port 4010] [--empty]      (or GRAPH_SIM_PORT=4010)
 *
 * Base URL for GraphClient: http://127.0.0.1:<port>/v1.0. Test controls (not Graph):
 *   POST /_sim/faults   {"failNext":{"status":429,"count":1,"retryAfterSeconds":2}} | {"set":{…}} | {"dropNext":{"count":1,"when":"after"}}
 *   POST /_sim/reset    fresh mailbox from the same seed
 *   GET  /_sim/requests what the simulator received so far
 */
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createGraphSimulator, demoSeed } from "../src/graph/simulator";
import type { GraphSimulator, SimulatorSeed } from "../src/graph/simulator";

export interface GraphSimServer {
  server: Server;
  /** e.g. "http://127.0.0.1:4010/v1.0" */
  baseUrl: string;
  simulator(): GraphSimulator;
  close(): Promise<void>;
}

const ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Prefer, client-request-id";
const EXPOSED_HEADERS =
  "request-id, client-request-id, ETag, Location, Preference-Applied, Retry-After, WWW-Authenticate";

export async function startGraphSimServer(
  options: { port?: number; seed?: SimulatorSeed } = {},
): Promise<GraphSimServer> {
  const seed = options.seed ?? demoSeed(Date.now());
  let sim = createGraphSimulator({ seed });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`simulator server error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Echo the origin so credentials-free CORS works from any test page, including file-less localhost ports.
    res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
    res.setHeader("Vary", "Origin");
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, PATCH, PUT, DELETE, OPTIONS");
    res.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    res.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    res.setHeader("Access-Control-Max-Age", "600");
    if (req.method === "OPTIONS") {
      res.writeHead(204).end();
      return;
    }
    const body = await readBody(req);
    const path = req.url ?? "/";
    // /_sim/download/… is the simulator's own preauthenticated download URL; other /_sim/ paths are controls.
    if (path.startsWith("/_sim/") && !path.startsWith("/_sim/download/")) {
      control(path, req.method ?? "GET", body, res);
      return;
    }
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === "string" && key !== "host" && key !== "content-length") headers[key] = value;
    }
    const response = await sim.fetch(`http://${req.headers.host ?? "127.0.0.1"}${path}`, {
      method: req.method ?? "GET",
      headers,
      ...(body.byteLength > 0 ? { body: body as BodyInit } : {}),
      // The browser follows the 302 to the download URL itself, as it does with OneDrive.
      redirect: "manual",
    });
    const out: Record<string, string> = {};
    response.headers.forEach((value, key) => (out[key] = value));
    const bytes = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, out);
    res.end(bytes);
  }

  function control(path: string, method: string, body: Uint8Array, res: ServerResponse): void {
    const json = (status: number, value: unknown): void => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(value));
    };
    if (path === "/_sim/requests" && method === "GET") return json(200, sim.requests);
    if (path === "/_sim/reset" && method === "POST") {
      sim = createGraphSimulator({ seed });
      return json(200, { reset: true });
    }
    if (path === "/_sim/faults" && method === "POST") {
      const f = JSON.parse(new TextDecoder().decode(body) || "{}") as {
        set?: Parameters<GraphSimulator["faults"]["set"]>[0];
        failNext?: { status: 429 | 503 | 504 | 401; count?: number; retryAfterSeconds?: number };
        dropNext?: { count?: number; when?: "before" | "after" };
      };
      if (f.set) sim.faults.set(f.set);
      if (f.failNext) sim.faults.failNext(f.failNext.status, f.failNext.count, f.failNext.retryAfterSeconds);
      if (f.dropNext) sim.faults.dropNext(f.dropNext.count, f.dropNext.when);
      return json(200, { ok: true });
    }
    json(404, { error: "unknown simulator control" });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 4010, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    baseUrl: `http://127.0.0.1:${port}/v1.0`,
    simulator: () => sim,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

function portFromArgs(argv: string[]): number {
  const flag = argv.indexOf("--port");
  const raw = flag >= 0 ? argv[flag + 1] : (process.env.GRAPH_SIM_PORT ?? process.env.PORT);
  const port = Number(raw ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${raw}`);
  return port;
}

if (process.argv[1]?.replace(/\\/g, "/").endsWith("scripts/graph-sim-server.ts")) {
  const argv = process.argv.slice(2);
  startGraphSimServer({ port: portFromArgs(argv), ...(argv.includes("--empty") ? { seed: {} } : {}) })
    .then((s) =>
      console.log(
        `Graph simulator on ${s.baseUrl} (demo mailbox${argv.includes("--empty") ? " off" : ""}); Ctrl+C to stop.`,
      ),
    )
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
