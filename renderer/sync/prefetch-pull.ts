/**
 * Pulls with the next page already on its way: while RxDB stores one page in IndexedDB, the
 * server reads and sends the next, so a large catch-up is not network + server + disk in turn
 * for every page. Only after a full page, or one the server stopped at its size (any other short
 * page means "caught up", and then nothing is fetched ahead), and a page fetched ahead is used once, for exactly the checkpoint and size it
 * was fetched for; anything else fetches afresh. A page fetched ahead that failed is fetched
 * again when asked for, so its error reaches RxDB's retry like any other.
 */
import type { PullResponse, SyncCheckpoint } from '../../shared/sync/protocol.ts';

export type FetchPage<D> = (checkpoint: SyncCheckpoint | null, limit: number, priority?: RequestPriority) => Promise<PullResponse<D>>;

/** A pull that can also be told which page will be asked for next, to fetch it meanwhile. */
export interface PrefetchingPull<D> extends FetchPage<D> {
  /** Starts fetching this page now, unless it is on its way already; the next pull of it takes it. */
  fetchAhead(checkpoint: SyncCheckpoint | null, limit: number, priority?: RequestPriority): void;
}

/**
 * How urgent a page is, for the browser's few connections to the server: one after a full page
 * most likely holds changes, and a catch-up waits on it; any other may well be empty (most kinds
 * hold little), and goes after. Only the order of requests waiting for a connection changes.
 */
const HOLDS_CHANGES: RequestPriority = 'high';
const MAYBE_EMPTY: RequestPriority = 'low';

export function prefetchingPull<D>(fetchPage: FetchPage<D>): PrefetchingPull<D> {
  let ahead: { key: string; page: Promise<PullResponse<D>>; priority: RequestPriority } | null = null;
  const keyOf = (checkpoint: SyncCheckpoint | null, limit: number) => `${limit}:${checkpoint?.sequence ?? ''}`;
  const fetchAhead = (checkpoint: SyncCheckpoint | null, limit: number, priority: RequestPriority = MAYBE_EMPTY) => {
    const key = keyOf(checkpoint, limit);
    if (ahead?.key === key) return;
    const fetched = fetchPage(checkpoint, limit, priority);
    // Not awaited here: a failure is seen (and retried) only if the page is asked for.
    fetched.catch(() => {});
    ahead = { key, page: fetched, priority };
  };

  const pull = async (checkpoint: SyncCheckpoint | null, limit: number) => {
    const key = keyOf(checkpoint, limit);
    const fetched = ahead?.key === key ? ahead : null;
    const page = fetched ? fetched.page.catch(() => fetchPage(checkpoint, limit, fetched.priority)) : fetchPage(checkpoint, limit, MAYBE_EMPTY);
    ahead = null;
    const result = await page;
    // After a full page (or one the server stopped at its size) the next one holds changes too,
    // and a catch-up waits on it: it goes ahead of first pulls that may well be empty.
    if ((result.documents.length >= limit || result.more) && result.checkpoint) fetchAhead(result.checkpoint, limit, HOLDS_CHANGES);
    return result;
  };
  return Object.assign(pull, { fetchAhead });
}
