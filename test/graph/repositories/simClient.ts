import { GraphClient } from "../../../src/graph";
import { createGraphSimulator, type GraphSimulator, type SimulatorSeed } from "../../../src/graph/simulator";

export const NOW = Date.parse("2026-11-25T12:00:00.000Z");

/** A GraphClient wired to an in-process simulator, with no real waiting. */
export function simClient(
  seed: SimulatorSeed = {},
  options: { random?: () => number; sim?: GraphSimulator } = {},
) {
  const sim =
    options.sim ??
    createGraphSimulator({ seed, now: () => NOW, ...(options.random ? { random: options.random } : {}) });
  const tokens: Array<{ scopes: string[]; forceRefresh: boolean }> = [];
  const client = new GraphClient({
    fetch: sim.fetch,
    getToken: async (scopes, opts) => {
      tokens.push({ scopes, forceRefresh: opts?.forceRefresh === true });
      return "token";
    },
    sleep: async () => undefined,
    random: () => 0.5,
    now: () => NOW,
  });
  return { sim, client, tokens };
}

export function fileText(sim: GraphSimulator, name: string): string | undefined {
  const file = sim.state.files.get(name);
  return file === undefined ? undefined : new TextDecoder().decode(file.content);
}
