/**
 * A pull: the changes after a checkpoint that the caller may read, in server change order,
 * filtered before the limit so a page is only short when no more visible changes exist (a
 * short page tells RxDB it has caught up), or when it reached SYNC_LIMITS.maxPullChars, and
 * then it says `more`.
 */
import type { CollectionName } from '../../shared/schemas/index.ts';
import { SYNC_LIMITS, type SessionUser, type SyncCheckpoint } from '../../shared/sync/protocol.ts';
import type { Store } from '../store/store.ts';
import { pullResponseJson } from '../store/wire-json.ts';
import { readScope } from './access.ts';

export interface PullAnswer {
  /** The PullResponse as JSON text, built from the stored JSON without parsing any document. */
  json: string;
  count: number;
}

export async function pullChanges(
  store: Store,
  user: SessionUser,
  collection: CollectionName,
  checkpoint: SyncCheckpoint | null,
  limit: number,
): Promise<PullAnswer> {
  const scope = readScope(user, collection);
  const { rows, more } = await store.pullWire({
    collection,
    after: checkpoint?.sequence ?? 0,
    limit,
    maxChars: SYNC_LIMITS.maxPullChars,
    ...(scope.all ? {} : { ownerId: scope.ownerId }),
  });
  const last = rows.at(-1);
  const next = last ? { sequence: last.sequence } : checkpoint;
  return { json: pullResponseJson(rows.map((row) => row.json), next, more), count: rows.length };
}

/** How many changes after the checkpoint the caller may read: the first sync's progress total. */
export function countChanges(store: Store, user: SessionUser, collection: CollectionName, checkpoint: SyncCheckpoint | null): Promise<number> {
  const scope = readScope(user, collection);
  return store.countChanges({ collection, after: checkpoint?.sequence ?? 0, ...(scope.all ? {} : { ownerId: scope.ownerId }) });
}
