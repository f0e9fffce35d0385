export { createAuth, createPersonalAuth } from "./createAuth";
export type { Auth, GetTokenOptions } from "./createAuth";
export { AuthError } from "./AuthError";
export type { AuthErrorKind } from "./AuthError";
export { toAuthError } from "./toAuthError";
export { CONSUMERS_AUTHORITY, ORGANIZATIONS_AUTHORITY, Scopes } from "./AuthConfig";
export type { AuthConfig, HostInfo } from "./AuthConfig";
export { completeSignInRedirect } from "./completeSignInRedirect";
