/**
 * When to count what waits to be sent. Counting reads IndexedDB (every change since the last
 * push, and the replication's records of them), so it runs only for a kind whose documents may
 * have changed since its last count: written here or in another window, pushed, or settled by a
 * pull. Never on a timer while nothing happens: an idle laptop does no work for it (a count
 * every two seconds had cost the live sync its slowest tenth, bench/sync). Changes close
 * together are counted once, a short while after the last, and never more often than the
 * set gap, so a first sync or a long burst of edits counts no more than a timer would.
 */

export interface PendingCountSchedule<K> {
  /** The documents of this kind may have changed: count it again soon. */
  changed(kind: K): void;
  stop(): void;
}

export interface PendingCountOptions<K> {
  /** Counts these kinds. A failure is not retried until they change again. */
  count(kinds: ReadonlySet<K>): Promise<void>;
  /** The least time from the start of one count to the start of the next. */
  gapMs: number;
  /** How long after a change to wait for more before counting. */
  settleMs: number;
}

export function schedulePendingCounts<K>(options: PendingCountOptions<K>): PendingCountSchedule<K> {
  let stale = new Set<K>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let isCounting = false;
  let isStopped = false;
  let lastStartedAt = Number.NEGATIVE_INFINITY;

  const schedule = () => {
    if (timer || isCounting || isStopped || stale.size === 0) return;
    const wait = Math.max(options.settleMs, lastStartedAt + options.gapMs - Date.now());
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, wait);
  };

  const run = async () => {
    if (isStopped) return;
    const kinds = stale;
    stale = new Set();
    isCounting = true;
    lastStartedAt = Date.now();
    try {
      await options.count(kinds);
    } catch {
      // Shown counts stay as they were; the next change counts again.
    } finally {
      isCounting = false;
      // Changed while being counted: the count may have missed it.
      schedule();
    }
  };

  return {
    changed(kind) {
      stale.add(kind);
      schedule();
    },
    stop() {
      isStopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
