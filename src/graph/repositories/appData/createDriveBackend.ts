import type { DriveItem } from "@microsoft/microsoft-graph-types";
import { GraphError, type GraphClient } from "../../client";
import { GraphScopes, scopes } from "../scopes";
import { DOCUMENT_NAME, type DocumentBackend } from "./DocumentBackend";

const APP_FOLDER = "/me/drive/special/approot";

/**
 * The document in the OneDrive app folder (Files.ReadWrite.AppFolder sees only this folder). The
 * same code serves the work OneDrive and a personal one: the host passes a GraphClient whose token
 * provider signs in the right account.
 */
export function createDriveBackend(
  client: GraphClient,
  options: { label?: string; fileName?: string } = {},
): DocumentBackend {
  const fileName = options.fileName ?? DOCUMENT_NAME;
  const appScopes = scopes(GraphScopes.appFolder);
  const itemPath = (name: string) => `${APP_FOLDER}:/${encodeURIComponent(name)}:`;

  return {
    label: options.label ?? "your OneDrive app folder",

    async read() {
      // Metadata first, content second: if another writer slips in between, our eTag is the older
      // one and the next write fails with 412 instead of silently dropping that writer's edit.
      let item: DriveItem;
      try {
        item = (
          await client.request<DriveItem>({
            method: "GET",
            path: itemPath(fileName),
            query: { $select: "id,eTag" },
            scopes: appScopes,
          })
        ).body;
      } catch (error) {
        if (error instanceof GraphError && error.status === 404) return null;
        throw error;
      }
      if (!item.id || !item.eTag)
        throw new GraphError({
          status: 200,
          code: "missingETag",
          message: "The stored document has no id or eTag.",
        });
      const content = await client.request<Uint8Array>({
        method: "GET",
        path: `${itemPath(fileName)}/content`,
        // Bytes, not JSON: a damaged file must reach the schema check (and be kept aside) verbatim.
        responseType: "bytes",
        scopes: appScopes,
      });
      return { raw: content.body ?? new Uint8Array(), etag: item.eTag };
    },

    async write(text, etag) {
      try {
        const response = await client.request<DriveItem>({
          method: "PUT",
          path: `${itemPath(fileName)}/content`,
          ...(etag === null ? { query: { "@microsoft.graph.conflictBehavior": "fail" } } : {}),
          headers: { "Content-Type": "application/json", ...(etag === null ? {} : { "If-Match": etag }) },
          body: text,
          scopes: appScopes,
        });
        if (!response.body?.eTag)
          throw new GraphError({
            status: response.status,
            code: "missingETag",
            message: "The write returned no eTag.",
          });
        return { ok: true, etag: response.body.eTag };
      } catch (error) {
        // 412: someone wrote since our read. 409: someone created the file since we saw none.
        if (error instanceof GraphError && (error.status === 412 || error.status === 409))
          return { ok: false, conflict: true };
        throw error;
      }
    },

    async keepAside(raw, name) {
      try {
        await client.request<DriveItem>({
          method: "PUT",
          path: `${itemPath(name)}/content`,
          query: { "@microsoft.graph.conflictBehavior": "fail" },
          headers: { "Content-Type": "application/octet-stream" },
          body: raw,
          scopes: appScopes,
        });
      } catch (error) {
        // 409: the copy is already there (another pane kept it first).
        if (!(error instanceof GraphError && error.status === 409)) throw error;
      }
      return name;
    },
  };
}
