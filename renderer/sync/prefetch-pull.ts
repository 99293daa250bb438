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

/** A pull that can also be told which page will be asked for next, to fetch it meanwhile. */
export interface PrefetchingPull<D> extends FetchPage<D> {
  /** Starts fetching this page now, unless it is on its way already; the next pull of it takes it. */
  fetchAhead(checkpoint: SyncCheckpoint | null, limit: number): void;
}

export function prefetchingPull<D>(fetchPage: FetchPage<D>): PrefetchingPull<D> {
  let ahead: { key: string; page: Promise<PullResponse<D>> } | null = null;
  const keyOf = (checkpoint: SyncCheckpoint | null, limit: number) => `${limit}:${checkpoint?.sequence ?? ''}`;
  const fetchAhead = (checkpoint: SyncCheckpoint | null, limit: number) => {
    const key = keyOf(checkpoint, limit);
    if (ahead?.key === key) return;
    const fetched = fetchPage(checkpoint, limit);
    // Not awaited here: a failure is seen (and retried) only if the page is asked for.
    fetched.catch(() => {});
    ahead = { key, page: fetched };
  };

  const pull = async (checkpoint: SyncCheckpoint | null, limit: number) => {
    const key = keyOf(checkpoint, limit);
    const page = ahead?.key === key ? ahead.page.catch(() => fetchPage(checkpoint, limit)) : fetchPage(checkpoint, limit);
    ahead = null;
    const result = await page;
    if (result.documents.length >= limit && result.checkpoint) fetchAhead(result.checkpoint, limit);
    return result;
  };
  return Object.assign(pull, { fetchAhead });
}
