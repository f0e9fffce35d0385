import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import {
  AuthError,
  createAuth,
  createPersonalAuth,
  CONSUMERS_AUTHORITY,
  type HostInfo,
} from "../../src/auth";

// MSAL needs a real browser (crypto, iframes, popups), so its two factories are replaced at the
// module boundary; everything else (error classes, types) stays the real library.
jest.mock("@azure/msal-browser", () => ({
  ...jest.requireActual<object>("@azure/msal-browser"),
  createNestablePublicClientApplication: jest.fn(),
  createStandardPublicClientApplication: jest.fn(),
}));

const nestable = jest.mocked(createNestablePublicClientApplication);
const standard = jest.mocked(createStandardPublicClientApplication);

const WORK_TENANT = "72f988bf-0000-0000-0000-000000000000";
const CONSUMERS_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

function account(tenantId: string, username: string): AccountInfo {
  return {
    homeAccountId: `${username}.home`,
    environment: "login.microsoftonline.com",
    tenantId,
    username,
    localAccountId: username,
  };
}

function result(token: string, who: AccountInfo | null): AuthenticationResult {
  return { accessToken: token, account: who } as unknown as AuthenticationResult;
}

interface FakeClient {
  accounts: AccountInfo[];
  active: AccountInfo | null;
  acquireTokenSilent: jest.Mock;
  acquireTokenPopup: jest.Mock;
  ssoSilent: jest.Mock;
}

function fakeClient(accounts: AccountInfo[] = []): FakeClient & { pca: IPublicClientApplication } {
  const fake: FakeClient = {
    accounts,
    active: null,
    acquireTokenSilent: jest.fn(async () =>
      result("silent-token", accounts[0] ?? account(WORK_TENANT, "nested@contoso.com")),
    ),
    acquireTokenPopup: jest.fn(async () => result("popup-token", account(WORK_TENANT, "popup@contoso.com"))),
    ssoSilent: jest.fn(async () => result("sso-token", account(WORK_TENANT, "hinted@contoso.com"))),
  };
  const pca = {
    getActiveAccount: () => fake.active,
    setActiveAccount: (a: AccountInfo | null) => {
      fake.active = a;
    },
    getAllAccounts: () => fake.accounts,
    acquireTokenSilent: fake.acquireTokenSilent,
    acquireTokenPopup: fake.acquireTokenPopup,
    ssoSilent: fake.ssoSilent,
  } as unknown as IPublicClientApplication;
  return { ...fake, pca };
}

const config = {
  clientId: "00000000-1111-2222-3333-444444444444",
  authority: "https://login.microsoftonline.com/organizations",
};

beforeEach(() => {
  nestable.mockReset();
  standard.mockReset();
});

describe("createAuth", () => {
  it.each<[string, HostInfo, "nestable" | "standard"]>([
    [
      "Outlook with NestedAppAuth 1.1 uses nested app authentication",
      { host: "outlook", nestedAppAuth: true },
      "nestable",
    ],
    [
      "Outlook without NestedAppAuth 1.1 falls back to the standard client",
      { host: "outlook", nestedAppAuth: false },
      "standard",
    ],
    [
      "Teams after TeamsJS initialised uses nested app authentication",
      { host: "teams", nestedAppAuth: true },
      "nestable",
    ],
    ["a plain browser uses the standard client", { host: "browser", nestedAppAuth: true }, "standard"],
  ])("%s", async (_name, hostInfo, expected) => {
    const fake = fakeClient([account(WORK_TENANT, "me@contoso.com")]);
    nestable.mockResolvedValue(fake.pca);
    standard.mockResolvedValue(fake.pca);
    await createAuth(config, hostInfo).getToken(["User.Read"]);
    expect(nestable).toHaveBeenCalledTimes(expected === "nestable" ? 1 : 0);
    expect(standard).toHaveBeenCalledTimes(expected === "standard" ? 1 : 0);
    const used = expected === "nestable" ? nestable : standard;
    expect(used.mock.calls[0]?.[0].auth).toMatchObject({
      clientId: config.clientId,
      authority: config.authority,
    });
  });

  it("returns the silent token and passes forceRefresh through to MSAL", async () => {
    const fake = fakeClient([account(WORK_TENANT, "me@contoso.com")]);
    standard.mockResolvedValue(fake.pca);
    const auth = createAuth(config, { host: "browser", nestedAppAuth: false });
    await expect(auth.getToken(["Calendars.ReadWrite"], { forceRefresh: true })).resolves.toBe(
      "silent-token",
    );
    expect(fake.acquireTokenSilent).toHaveBeenCalledWith(
      expect.objectContaining({ scopes: ["Calendars.ReadWrite"], forceRefresh: true }),
    );
    expect(auth.accountName()).toBe("me@contoso.com");
  });

  it("creates the MSAL client once for many concurrent token calls", async () => {
    const fake = fakeClient([account(WORK_TENANT, "me@contoso.com")]);
    standard.mockResolvedValue(fake.pca);
    const auth = createAuth(config, { host: "browser", nestedAppAuth: false });
    await Promise.all([
      auth.getToken(["User.Read"]),
      auth.getToken(["User.Read"]),
      auth.getToken(["User.Read"]),
    ]);
    expect(standard).toHaveBeenCalledTimes(1);
  });

  it("asks for nested tokens without an account because the host knows who is signed in", async () => {
    const fake = fakeClient([]);
    nestable.mockResolvedValue(fake.pca);
    await expect(
      createAuth(config, { host: "teams", nestedAppAuth: true }).getToken(["User.Read"]),
    ).resolves.toBe("silent-token");
    expect(fake.acquireTokenSilent.mock.calls[0]?.[0]).not.toHaveProperty("account");
  });

  it("uses the host's login hint for a silent single sign-on when no account is cached", async () => {
    const fake = fakeClient([]);
    standard.mockResolvedValue(fake.pca);
    const auth = createAuth(config, { host: "browser", nestedAppAuth: false, loginHint: "me@contoso.com" });
    await expect(auth.getToken(["User.Read"])).resolves.toBe("sso-token");
    expect(fake.ssoSilent).toHaveBeenCalledWith({ scopes: ["User.Read"], loginHint: "me@contoso.com" });
  });

  it("reports that sign-in is needed, without opening any window, when nobody is signed in", async () => {
    const fake = fakeClient([]);
    standard.mockResolvedValue(fake.pca);
    const auth = createAuth(config, { host: "browser", nestedAppAuth: false });
    await expect(auth.getToken(["User.Read"])).rejects.toMatchObject({ kind: "interaction_required" });
    expect(auth.needsInteraction).toBe(true);
    expect(fake.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("opens the popup only on signIn, with the scopes that failed silently, and clears needsInteraction", async () => {
    const fake = fakeClient([account(WORK_TENANT, "me@contoso.com")]);
    fake.acquireTokenSilent.mockRejectedValueOnce(
      new InteractionRequiredAuthError("interaction_required", "corr"),
    );
    standard.mockResolvedValue(fake.pca);
    const auth = createAuth(config, { host: "browser", nestedAppAuth: false });
    const seen: boolean[] = [];
    auth.onNeedsInteractionChange((needs) => seen.push(needs));

    await expect(auth.getToken(["Calendars.ReadWrite"])).rejects.toBeInstanceOf(AuthError);
    expect(auth.needsInteraction).toBe(true);
    expect(fake.acquireTokenPopup).not.toHaveBeenCalled();

    await auth.signIn(["User.Read"]);
    expect(fake.acquireTokenPopup).toHaveBeenCalledWith(
      expect.objectContaining({ scopes: ["User.Read", "Calendars.ReadWrite"] }),
    );
    expect(auth.needsInteraction).toBe(false);
    expect(seen).toEqual([true, false]);
  });

  it("keeps the Sign in button when the popup was blocked, and says so", async () => {
    const fake = fakeClient([]);
    fake.acquireTokenPopup.mockRejectedValueOnce(new BrowserAuthError("popup_window_error", "corr"));
    standard.mockResolvedValue(fake.pca);
    const auth = createAuth(config, { host: "browser", nestedAppAuth: false });
    await expect(auth.getToken(["User.Read"])).rejects.toMatchObject({ kind: "interaction_required" });
    await expect(auth.signIn()).rejects.toMatchObject({
      kind: "popup_blocked",
      action: expect.stringMatching(/pop-ups/),
    });
    expect(auth.needsInteraction).toBe(true);
  });

  it("tries to create the client again after a failed creation", async () => {
    const fake = fakeClient([account(WORK_TENANT, "me@contoso.com")]);
    standard.mockRejectedValueOnce(new Error("storage unavailable")).mockResolvedValue(fake.pca);
    const auth = createAuth(config, { host: "browser", nestedAppAuth: false });
    await expect(auth.getToken(["User.Read"])).rejects.toMatchObject({ kind: "unknown" });
    await expect(auth.getToken(["User.Read"])).resolves.toBe("silent-token");
  });
});

describe("createPersonalAuth", () => {
  it("signs in at the consumers authority and never uses a cached work account", async () => {
    const work = account(WORK_TENANT, "me@contoso.com");
    const personal = account(CONSUMERS_TENANT, "me@outlook.com");
    const fake = fakeClient([work, personal]);
    fake.acquireTokenSilent.mockImplementation(async (req: { account?: AccountInfo }) =>
      result("personal-token", req.account ?? null),
    );
    standard.mockResolvedValue(fake.pca);
    const auth = createPersonalAuth(config);
    await expect(auth.getToken(["Files.ReadWrite.AppFolder"])).resolves.toBe("personal-token");
    expect(standard.mock.calls[0]?.[0].auth.authority).toBe(CONSUMERS_AUTHORITY);
    expect(fake.acquireTokenSilent).toHaveBeenCalledWith(expect.objectContaining({ account: personal }));
    expect(nestable).not.toHaveBeenCalled();
  });
});
