/**
 * A bulk load's checkpoint, written as often as the storage keeps up and no more often.
 *
 * Each page of a first sync moves the pull's checkpoint on. Writing it once per page, each write
 * after the one before, fell behind: a checkpoint write is a small transaction of its own, and it
 * waits in IndexedDB's one queue behind the next page's thousand inserts (bench/sync: about
 * 400 ms each against 180 ms per page), so the first sync ended with a row of checkpoint writes
 * after the last document was stored. A checkpoint covers every page before it, so while one
 * write is under way only the newest checkpoint waits, and the pages it covers count as stored
 * once it is written.
 */
export interface LatestCheckpoint<C> {
  /** Offers a checkpoint whose pages, holding `count` documents, are stored; in page order. */
  offer(checkpoint: C, count: number): void;
  /**
   * Settles once every checkpoint offered so far is written (or passed over for a later one),
   * or rejects with the first write's failure: after one, nothing more is written.
   */
  settled(): Promise<void>;
}

export function latestCheckpoint<C>(write: (checkpoint: C) => Promise<void>, onWritten: (count: number) => void): LatestCheckpoint<C> {
  let waiting: { checkpoint: C; count: number } | null = null;
  let writing: Promise<void> = Promise.resolve();
  let isWriting = false;
  let failure: { error: unknown } | null = null;

  async function writeWaiting(): Promise<void> {
    try {
      while (waiting && !failure) {
        const { checkpoint, count } = waiting;
        waiting = null;
        await write(checkpoint);
        onWritten(count);
      }
    } catch (error) {
      failure = { error };
    } finally {
      isWriting = false;
    }
  }

  return {
    offer(checkpoint, count) {
      waiting = { checkpoint, count: (waiting?.count ?? 0) + count };
      if (isWriting || failure) return;
      isWriting = true;
      writing = writeWaiting();
    },
    async settled() {
      await writing;
      if (failure) throw failure.error;
    },
  };
}
