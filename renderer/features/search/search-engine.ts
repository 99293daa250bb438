/**
 * Keeps a SearchIndex equal to the database: built once from the searchable collections, a slice
 * of documents at a time with a pause for the UI between slices (so it never slows the app's
 * start), then updated from RxDB's change stream. Changes that happen during the build are held
 * and applied after it, in order, so a read that predates a change can never overwrite it.
 */
import type { Subscription } from 'rxjs';
import type { FieldcaseDatabase } from '../../db/database.ts';
import {
  SEARCHABLE_COLLECTIONS,
  observeSearchableChanges,
  readSearchable,
  type SearchableChange,
  type SearchableRecord,
} from '../../db/repos/search.repo.ts';
import { searchIdForDeleted, toSearchDocument } from './search-documents.ts';
import { SearchIndex } from './search-index.ts';

export interface SearchEngineOptions {
  /** Documents indexed at a time; as many slices run per pause as its idle time allows. */
  sliceSize?: number;
  /**
   * Waits until the UI has a moment to spare, and says how long that moment lasts (ms left now);
   * tests pass an immediate, endless one.
   */
  pause?: () => Promise<TimeLeft>;
  /** After each slice of the build, with the number of documents indexed so far. */
  onProgress?: (indexed: number) => void;
  /** Once the build is done, and after every change applied since. */
  onChange?: (index: SearchIndex) => void;
  onError?: (error: unknown) => void;
}

export interface SearchEngine {
  readonly index: SearchIndex;
  /** Resolves when the initial build and the changes held during it are in the index. */
  readonly ready: Promise<void>;
  stop(): void;
}

/** Milliseconds of the current idle period still free. */
export type TimeLeft = () => number;

const NO_TIME_LEFT: TimeLeft = () => 0;

/**
 * The browser's idle time where there is such a thing (its deadline says how much work fits),
 * else a macrotask with room for one slice.
 */
export function pauseForIdle(): Promise<TimeLeft> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback((deadline) => resolve(() => deadline.timeRemaining()), { timeout: 200 });
    else setTimeout(() => resolve(NO_TIME_LEFT), 0);
  });
}

function apply(index: SearchIndex, change: SearchableChange): void {
  if (change.operation === 'delete') index.remove(searchIdForDeleted(change.collection, change.id));
  else index.upsert([toSearchDocument(change)]);
}

export function startSearchEngine(db: FieldcaseDatabase, options: SearchEngineOptions = {}): SearchEngine {
  const sliceSize = options.sliceSize ?? 50;
  const pause = options.pause ?? pauseForIdle;
  const index = new SearchIndex();
  let held: SearchableChange[] | null = [];
  let isStopped = false;

  const subscription: Subscription = observeSearchableChanges(db).subscribe({
    next(change) {
      if (held) held.push(change);
      else {
        apply(index, change);
        options.onChange?.(index);
      }
    },
    error: (error: unknown) => options.onError?.(error),
  });

  async function build(): Promise<void> {
    for (const collection of SEARCHABLE_COLLECTIONS) {
      await pause();
      if (isStopped) return;
      const docs: SearchableRecord['doc'][] = await readSearchable(db, collection);
      let timeLeft = NO_TIME_LEFT;
      for (let start = 0; start < docs.length; start += sliceSize) {
        // At least one slice per pause, more while the idle period lasts.
        if (timeLeft() <= 0) timeLeft = await pause();
        if (isStopped) return;
        index.upsert(docs.slice(start, start + sliceSize).map((doc) => toSearchDocument({ collection, doc } as SearchableRecord)));
        options.onProgress?.(index.size);
      }
    }
    const pending = held ?? [];
    held = null;
    for (const change of pending) apply(index, change);
    options.onChange?.(index);
  }

  const ready = build().catch((error: unknown) => {
    // A closed database (sign-out, a test's teardown) ends the build; that is not a failure.
    if (!isStopped) options.onError?.(error);
  });

  return {
    index,
    ready,
    stop() {
      isStopped = true;
      subscription.unsubscribe();
    },
  };
}
