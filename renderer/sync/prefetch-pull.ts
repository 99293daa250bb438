/**
 * Pulls with the next page already on its way: while RxDB stores one page in IndexedDB, the
 * server reads and sends the next, so a large catch-up is not network + server + disk in turn
 * for every page. Only after a full page (a short page means "caught up", and then nothing is
 * fetched ahead), and a page fetched ahead is used once, for exactly the checkpoint and size it
 * was fetched for; anything else fetches afresh. A page fetched ahead that failed is fetched
 * again when asked for, so its error reaches RxDB's retry like any other.
 */
import type { PullResponse, SyncCheckpoint } from '../../shared/sync/protocol.ts';

export type FetchPage<D> = (checkpoint: SyncCheckpoint | null, limit: number) => Promise<PullResponse<D>>;

export function prefetchingPull<D>(fetchPage: FetchPage<D>): FetchPage<D> {
  let ahead: { key: string; page: Promise<PullResponse<D>> } | null = null;
  const keyOf = (checkpoint: SyncCheckpoint | null, limit: number) => `${limit}:${checkpoint?.sequence ?? ''}`;

  return async (checkpoint, limit) => {
    const key = keyOf(checkpoint, limit);
    const page = ahead?.key === key ? ahead.page.catch(() => fetchPage(checkpoint, limit)) : fetchPage(checkpoint, limit);
    ahead = null;
    const result = await page;
    if (result.documents.length >= limit && result.checkpoint) {
      const next = result.checkpoint;
      const fetched = fetchPage(next, limit);
      // Not awaited here: a failure is seen (and retried) only if the page is asked for.
      fetched.catch(() => {});
      ahead = { key: keyOf(next, limit), page: fetched };
    }
    return result;
  };
}
