import type { User } from "@microsoft/microsoft-graph-types";
import type { GraphClient } from "../client";
import { GraphScopes, scopes } from "./scopes";

export interface Profile {
  name: string;
  address: string;
}

export interface ProfileRepository {
  /** The signed-in user: the detector needs their name and address to tell their side of a hiring process. */
  me(): Promise<Profile>;
}

export function createProfileRepository(client: GraphClient): ProfileRepository {
  return {
    async me() {
      const response = await client.request<User>({
        method: "GET",
        path: "/me",
        query: { $select: "displayName,mail,userPrincipalName" },
        scopes: scopes(GraphScopes.profile),
      });
      const address = response.body.mail ?? response.body.userPrincipalName ?? "";
      return { name: response.body.displayName ?? address, address };
    },
  };
}
