import { GraphError, type GraphClient, type GraphRequest } from "../client";

export interface DeltaRound<T> {
  changed: T[];
  removedIds: string[];
  deltaLink: string;
  /** True when the stored delta link had expired and the first round was read again. */
  restarted: boolean;
}

type WithRemoved<T> = T & { id?: string | null; "@removed"?: unknown };

/**
 * One delta round from a stored link, or from `first` when there is none. Graph forgets sync state
 * after a while (410 Gone / syncStateNotFound): the scan then starts again from `first`.
 */
export async function deltaRound<T extends { id?: string | null }>(
  client: GraphClient,
  first: GraphRequest,
  deltaLink?: string | null,
): Promise<DeltaRound<T>> {
  let restarted = false;
  let round: { items: WithRemoved<T>[]; deltaLink: string };
  try {
    round = await client.delta<WithRemoved<T>>(deltaLink ? { ...first, path: deltaLink, query: {} } : first);
  } catch (error) {
    const expired =
      error instanceof GraphError && (error.status === 410 || error.code === "syncStateNotFound");
    if (!deltaLink || !expired) throw error;
    restarted = true;
    round = await client.delta<WithRemoved<T>>(first);
  }
  const changed: T[] = [];
  const removedIds: string[] = [];
  for (const item of round.items) {
    if (item["@removed"] !== undefined) {
      if (item.id) removedIds.push(item.id);
    } else changed.push(item);
  }
  return { changed, removedIds, deltaLink: round.deltaLink, restarted };
}
