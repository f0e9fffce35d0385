import type { Message } from "@microsoft/microsoft-graph-types";
import type { GraphClient } from "../client";
import { deltaRound, type DeltaRound } from "./deltaRound";
import { GraphScopes, scopes } from "./scopes";

/** What the detector reads from a message. */
export const MESSAGE_SELECT = [
  "id",
  "subject",
  "from",
  "sender",
  "toRecipients",
  "receivedDateTime",
  "bodyPreview",
  "hasAttachments",
  "internetMessageId",
].join(",");

export type InboxScan = DeltaRound<Message>;

export interface DraftRequest {
  to: string;
  subject: string;
  /** Plain text the user reviews before sending; never sent by us. */
  text: string;
}

export interface MessageRepository {
  /** Recent inbox changes for the detector; the first round starts at `sinceUtc`. */
  scanInbox(sinceUtc: string, deltaLink?: string | null): Promise<InboxScan>;
  /** Saves the time-off note as a draft in the user's Drafts folder and returns its id and web link. */
  createDraft(draft: DraftRequest): Promise<{ id: string; webLink: string | null }>;
  /** One message with its body, for the detector to read in full. */
  getMessage(messageId: string): Promise<Message>;
}

export function createMessageRepository(client: GraphClient): MessageRepository {
  return {
    async getMessage(messageId) {
      const response = await client.request<Message>({
        method: "GET",
        path: `/me/messages/${encodeURIComponent(messageId)}`,
        query: { $select: `${MESSAGE_SELECT},body,ccRecipients` },
        scopes: scopes(GraphScopes.mailRead),
      });
      return response.body;
    },

    async scanInbox(sinceUtc, deltaLink) {
      const first = {
        method: "GET" as const,
        path: "/me/mailFolders/inbox/messages/delta",
        // receivedDateTime ge is the one filter message delta accepts; it bounds the first round.
        query: { $select: MESSAGE_SELECT, $filter: `receivedDateTime ge ${sinceUtc}` },
        headers: { Prefer: "odata.maxpagesize=50" },
        scopes: scopes(GraphScopes.mailRead),
      };
      return deltaRound<Message>(client, first, deltaLink);
    },

    async createDraft(draft) {
      const response = await client.request<Message>({
        method: "POST",
        path: "/me/messages",
        body: {
          subject: draft.subject,
          body: { contentType: "text", content: draft.text },
          toRecipients: [{ emailAddress: { address: draft.to } }],
        },
        scopes: scopes(GraphScopes.mailDraft),
      });
      return { id: response.body.id ?? "", webLink: response.body.webLink ?? null };
    },
  };
}
