import type { DateTimeTimeZone } from "@microsoft/microsoft-graph-types";
import { GraphClient } from "../../src/graph";
import type { GraphClientOptions } from "../../src/graph";
import { createGraphSimulator } from "../../src/graph/simulator";
import type { GraphSimulator, GraphSimulatorOptions } from "../../src/graph/simulator";

export const FIXED_NOW = Date.parse("2026-11-25T09:00:00Z");

export interface GraphHarness {
  sim: GraphSimulator;
  client: GraphClient;
  /** Every wait the client asked for, in ms, in order (sleep resolves at once so tests stay fast). */
  sleeps: number[];
  /** Every getToken call's forceRefresh flag. */
  tokenCalls: Array<boolean | undefined>;
}

/** A simulator and a client wired together, with sleep and token calls recorded instead of waited. */
export function graphHarness(
  simOptions: GraphSimulatorOptions = {},
  clientOptions: Partial<GraphClientOptions> = {},
): GraphHarness {
  const sim = createGraphSimulator({ now: () => FIXED_NOW, ...simOptions });
  const sleeps: number[] = [];
  const tokenCalls: Array<boolean | undefined> = [];
  let tokenVersion = 0;
  const client = new GraphClient({
    fetch: sim.fetch,
    getToken: async (_scopes, options) => {
      tokenCalls.push(options?.forceRefresh);
      if (options?.forceRefresh) tokenVersion += 1;
      return `token-v${tokenVersion}`;
    },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    now: () => FIXED_NOW,
    ...clientOptions,
  });
  return { sim, client, sleeps, tokenCalls };
}

/** An event body in UTC starting `hours` after FIXED_NOW. */
export function eventAt(
  hours: number,
  subject = "Team sync",
  durationHours = 1,
): { subject: string; start: DateTimeTimeZone; end: DateTimeTimeZone } {
  const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 19);
  const start = FIXED_NOW + hours * 3_600_000;
  return {
    subject,
    start: { dateTime: iso(start), timeZone: "UTC" },
    end: { dateTime: iso(start + durationHours * 3_600_000), timeZone: "UTC" },
  };
}

export const CAL = ["Calendars.ReadWrite"];

export interface RawResult {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  text: string;
}

/** Calls the simulator's fetch directly, to see exactly what Graph would put on the wire. */
export async function rawCall(
  sim: GraphSimulator,
  method: string,
  path: string,
  options: {
    query?: Record<string, string>;
    headers?: Record<string, string>;
    body?: unknown;
    token?: string | null;
  } = {},
): Promise<RawResult> {
  const url = new URL(`https://graph.microsoft.com/v1.0${path}`);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token !== null) headers.Authorization = `Bearer ${options.token ?? "token"}`;
  let body: string | undefined;
  if (typeof options.body === "string") body = options.body;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] ??= "application/json";
  }
  const res = await sim.fetch(url.toString(), { method, headers, ...(body !== undefined ? { body } : {}) });
  const out: Record<string, string> = {};
  res.headers.forEach((v, k) => (out[k] = v));
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: res.status, headers: out, body: parsed, text };
}
