import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { AuthError } from "./AuthError";
import { CONSUMERS_AUTHORITY, ORGANIZATIONS_AUTHORITY, type AuthConfig, type HostInfo } from "./AuthConfig";
import { toAuthError } from "./toAuthError";

/** The tenant id every personal Microsoft account carries (documented, fixed). */
const CONSUMERS_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";

export interface GetTokenOptions {
  /** Skip the cached token (Graph answered 401 with a token MSAL still thought valid). */
  forceRefresh?: boolean;
}

export interface Auth {
  /** Silent only: never opens a window. Throws AuthError; `needsInteraction` tells the UI why. */
  getToken(scopes: string[], options?: GetTokenOptions): Promise<string>;
  /** True once a silent attempt said a person must act; the UI then shows a Sign in button. */
  readonly needsInteraction: boolean;
  /** Called whenever `needsInteraction` changes; returns an unsubscribe function. */
  onNeedsInteractionChange(listener: (needs: boolean) => void): () => void;
  /**
   * Interactive sign-in and consent. Call it only from a click handler: browsers block popups
   * opened without a user gesture. Asks for `scopes` plus any that failed silently before.
   */
  signIn(scopes?: string[]): Promise<void>;
  /** The signed-in account's address, or null before sign-in. */
  accountName(): string | null;
}

interface ClientPlan {
  nested: boolean;
  configuration: Configuration;
  loginHint?: string;
  /** Keeps the work and personal accounts apart when both share one browser cache. */
  accepts(account: AccountInfo): boolean;
}

/**
 * The work-account sign-in. Nested app authentication when the host brokers tokens (Outlook with
 * NestedAppAuth 1.1, or Teams after TeamsJS initialised); a standard SPA client with popup otherwise.
 */
export function createAuth(config: AuthConfig, hostInfo: HostInfo): Auth {
  const nested = hostInfo.nestedAppAuth && hostInfo.host !== "browser";
  return createTokenSource({
    nested,
    loginHint: hostInfo.loginHint,
    configuration: {
      auth: {
        clientId: config.clientId,
        authority: config.authority ?? ORGANIZATIONS_AUTHORITY,
        ...(config.redirectUri === undefined ? {} : { redirectUri: config.redirectUri }),
      },
    },
    accepts: (account) => account.tenantId !== CONSUMERS_TENANT_ID,
  });
}

/**
 * The optional personal Microsoft account that keeps the data document out of the employer's
 * tenant. Always a standard client: hosts only broker the work account they run under.
 */
export function createPersonalAuth(config: AuthConfig): Auth {
  const clientId = config.personal?.clientId ?? config.clientId;
  const redirectUri = config.personal?.redirectUri ?? config.redirectUri;
  return createTokenSource({
    nested: false,
    configuration: {
      auth: {
        clientId,
        authority: CONSUMERS_AUTHORITY,
        ...(redirectUri === undefined ? {} : { redirectUri }),
      },
    },
    accepts: (account) => account.tenantId === CONSUMERS_TENANT_ID,
  });
}

function createTokenSource(plan: ClientPlan): Auth {
  let client: Promise<IPublicClientApplication> | null = null;
  let needsInteraction = false;
  let lastAccountName: string | null = null;
  const pendingScopes = new Set<string>();
  const listeners = new Set<(needs: boolean) => void>();

  function setNeedsInteraction(value: boolean): void {
    if (value === needsInteraction) return;
    needsInteraction = value;
    for (const listener of listeners) listener(value);
  }

  // One client per source, created lazily so a host that never needs Graph never loads MSAL's
  // iframe machinery; a failed creation is forgotten so the next call can try again.
  function getClient(): Promise<IPublicClientApplication> {
    if (client === null) {
      const created = plan.nested
        ? createNestablePublicClientApplication(plan.configuration)
        : createStandardPublicClientApplication(plan.configuration);
      client = created.catch((error: unknown) => {
        client = null;
        throw error;
      });
    }
    return client;
  }

  function currentAccount(pca: IPublicClientApplication): AccountInfo | undefined {
    const active = pca.getActiveAccount();
    if (active !== null && plan.accepts(active)) return active;
    return pca.getAllAccounts().find(plan.accepts);
  }

  function remember(pca: IPublicClientApplication, account: AccountInfo | null): void {
    if (account === null) return;
    pca.setActiveAccount(account);
    lastAccountName = account.username;
  }

  async function getToken(scopes: string[], options: GetTokenOptions = {}): Promise<string> {
    try {
      const pca = await getClient();
      const account = currentAccount(pca);
      const forceRefresh = options.forceRefresh === true;
      let result;
      if (account !== undefined || plan.nested) {
        // Nested app auth resolves the host's signed-in account itself, so no account is fine there.
        result = await pca.acquireTokenSilent({
          scopes,
          forceRefresh,
          ...(account === undefined ? {} : { account }),
        });
      } else if (plan.loginHint !== undefined) {
        result = await pca.ssoSilent({ scopes, loginHint: plan.loginHint });
      } else {
        throw new AuthError("interaction_required", "no_account");
      }
      remember(pca, result.account);
      for (const scope of scopes) pendingScopes.delete(scope);
      if (pendingScopes.size === 0) setNeedsInteraction(false);
      return result.accessToken;
    } catch (error) {
      const authError = toAuthError(error);
      if (authError.needsInteraction) {
        for (const scope of scopes) pendingScopes.add(scope);
        setNeedsInteraction(true);
      }
      throw authError;
    }
  }

  async function signIn(scopes: string[] = []): Promise<void> {
    const wanted = [...new Set([...scopes, ...pendingScopes])];
    try {
      const pca = await getClient();
      const account = currentAccount(pca);
      const result = await pca.acquireTokenPopup({
        scopes: wanted.length > 0 ? wanted : ["User.Read"],
        ...(account === undefined ? {} : { account }),
        ...(account === undefined && plan.loginHint !== undefined ? { loginHint: plan.loginHint } : {}),
      });
      remember(pca, result.account);
      pendingScopes.clear();
      setNeedsInteraction(false);
    } catch (error) {
      throw toAuthError(error);
    }
  }

  return {
    getToken,
    get needsInteraction() {
      return needsInteraction;
    },
    onNeedsInteractionChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn,
    accountName: () => lastAccountName,
  };
}
