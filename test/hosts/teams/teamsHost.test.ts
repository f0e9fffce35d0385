import { appearanceOf, startTeams, type StartTeamsOptions } from "../../../src/hosts/teams/teamsHost";

type FakeTeams = NonNullable<StartTeamsOptions["teams"]>;

function fakeTeams(initialize: () => Promise<void>, theme = "dark"): FakeTeams & { notified: number } {
  const fake = {
    notified: 0,
    initialize,
    getContext: async () => ({
      app: { theme, locale: "fr-FR", host: { name: "Teams" } },
      page: { subPageId: "interview-42" },
    }),
    notifySuccess() {
      fake.notified += 1;
    },
  };
  return fake as unknown as FakeTeams & { notified: number };
}

describe("startTeams", () => {
  afterEach(() => jest.useRealTimers());

  it("starts standalone at once when the page is not framed", async () => {
    const teams = fakeTeams(() => new Promise(() => undefined));
    await expect(startTeams({ framed: false, teams })).resolves.toMatchObject({
      mode: "standalone",
      reason: "no-host",
    });
  });

  it("reads theme, locale and the deep-linked sub-page inside a host", async () => {
    const teams = fakeTeams(async () => undefined);
    const startup = await startTeams({ framed: true, teams });
    expect(startup).toEqual({
      mode: "teams",
      appearance: "dark",
      locale: "fr-FR",
      hostName: "Teams",
      subPageId: "interview-42",
    });
    expect(teams.notified).toBe(1);
  });

  it("falls back to standalone when a foreign frame never answers", async () => {
    jest.useFakeTimers();
    const teams = fakeTeams(() => new Promise(() => undefined));
    const pending = startTeams({ framed: true, teams, timeoutMs: 3000 });
    await jest.advanceTimersByTimeAsync(3000);
    await expect(pending).resolves.toEqual({
      mode: "standalone",
      reason: "timeout",
      detail: "The host did not answer within 3 s.",
    });
  });

  it("falls back to standalone with the reason when TeamsJS rejects", async () => {
    const teams = fakeTeams(() => Promise.reject(new Error("No Parent window found")));
    await expect(startTeams({ framed: true, teams })).resolves.toEqual({
      mode: "standalone",
      reason: "error",
      detail: "No Parent window found",
    });
  });
});

describe("appearanceOf", () => {
  it.each([
    ["default", "light"],
    ["dark", "dark"],
    ["contrast", "contrast"],
    [undefined, "light"],
  ])("maps the host theme %s to %s", (theme, expected) => {
    expect(appearanceOf(theme)).toBe(expected);
  });
});
