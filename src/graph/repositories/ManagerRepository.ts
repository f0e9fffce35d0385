import type { User } from "@microsoft/microsoft-graph-types";
import { GraphError, type GraphClient } from "../client";
import { GraphScopes, scopes } from "./scopes";

export interface Manager {
  name: string;
  address: string;
}

export interface ManagerRepository {
  /**
   * The user's manager, or null when there is none (404), the tenant does not let us read it (403)
   * or it has no mail address: the UI then asks the user to type the address once.
   */
  manager(): Promise<Manager | null>;
}

export function createManagerRepository(client: GraphClient): ManagerRepository {
  return {
    async manager() {
      try {
        const response = await client.request<User>({
          method: "GET",
          path: "/me/manager",
          // No $select: /me/manager is typed directoryObject, which has no displayName or mail to select.
          scopes: scopes(GraphScopes.manager),
        });
        const address = response.body.mail ?? null;
        if (!address) return null;
        return { name: response.body.displayName ?? address, address };
      } catch (error) {
        if (error instanceof GraphError && (error.status === 403 || error.status === 404)) return null;
        throw error;
      }
    },
  };
}
