import { createAppDataStore, createDriveBackend, GraphClient, GraphError } from "../../../src/graph";
import { createGraphSimulator } from "../../../src/graph/simulator";

const NOW = Date.parse("2026-11-25T12:00:00.000Z");

/** A mailbox whose access token expires after `validFor` requests; each silent refresh issues a new one. */
function expiringSetup(options: { refreshWorks: boolean }) {
  const sim = createGraphSimulator({ now: () => NOW });
  let issued = 0;
  let seen = 0;
  const refreshes: string[][] = [];
  sim.state.acceptToken = (token) => {
    seen += 1;
    // The first token works for one request only: it expires in the middle of the save.
    if (token === "token-0") return seen <= 1;
    return options.refreshWorks;
  };
  const client = new GraphClient({
    fetch: sim.fetch,
    getToken: async (scopes, opts) => {
      if (opts?.forceRefresh) {
        refreshes.push(scopes);
        issued += 1;
      }
      return `token-${issued}`;
    },
    sleep: async () => undefined,
  });
  const store = createAppDataStore({ backend: createDriveBackend(client), now: () => NOW });
  return { sim, store, refreshes };
}

describe("token expiry in the middle of a save", () => {
  it("refreshes the token silently once and completes the save", async () => {
    const { sim, store, refreshes } = expiringSetup({ refreshWorks: true });
    const result = await store.save((doc) => ({
      ...doc,
      settings: { ...doc.settings, neutralWord: "Errand" },
    }));
    expect(result.status).toBe("saved");
    expect(refreshes).toEqual([["Files.ReadWrite.AppFolder"]]);
    expect(sim.state.files.size).toBe(1);
  });

  it("gives up with a 401 GraphError, without looping, when the refreshed token is refused too", async () => {
    const { sim, store, refreshes } = expiringSetup({ refreshWorks: false });
    await expect(
      store.save((doc) => ({ ...doc, settings: { ...doc.settings, neutralWord: "Errand" } })),
    ).rejects.toMatchObject({
      constructor: GraphError,
      status: 401,
    });
    expect(refreshes).toHaveLength(1);
    expect(sim.state.files.size).toBe(0);
  });
});
