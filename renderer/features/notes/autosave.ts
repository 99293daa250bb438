/**
 * Saves a rep's typing without a save button. The first unsaved change starts a timer; when
 * it fires, the latest value is written. Continuous typing therefore still saves every
 * `delayMs` (a debounce would wait until the rep pauses). Writes never overlap: a change made
 * during a write is saved right after it, so the last value typed is always the last one
 * stored. A failed write keeps the value pending and reports the error; the next change or
 * flush tries again, so nothing typed is dropped.
 */
/** The User Timing measure of each note write (read by `npm run bench` and the browser's profiler). */
export const NOTE_SAVE_MEASURE = 'fieldcase:note-save';

export type SaveStatus = { state: 'saved' } | { state: 'pending' } | { state: 'saving' } | { state: 'failed'; message: string };

export interface Autosave<T> {
  /** Record the latest value; it is written within delayMs. */
  change(value: T): void;
  /** Write any pending value now (on blur, on leaving the screen, before the page hides). */
  flush(): Promise<void>;
  /** Drop what is pending (the note was deleted on purpose). */
  discard(): void;
  readonly status: SaveStatus;
  dispose(): Promise<void>;
}

export interface AutosaveOptions<T> {
  delayMs: number;
  save(value: T): Promise<void>;
  onStatus?(status: SaveStatus): void;
}

export function createAutosave<T>({ delayMs, save, onStatus }: AutosaveOptions<T>): Autosave<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> | null = null;
  let status: SaveStatus = { state: 'saved' };

  const setStatus = (next: SaveStatus) => {
    status = next;
    onStatus?.(next);
  };

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  async function writeLoop(): Promise<void> {
    while (pending) {
      const { value } = pending;
      pending = null;
      setStatus({ state: 'saving' });
      try {
        await save(value);
      } catch (error) {
        // Keep the newest value: a change made during the failed write wins over the one that failed.
        pending ??= { value };
        setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
        return;
      }
    }
    setStatus({ state: 'saved' });
  }

  function flush(): Promise<void> {
    clearTimer();
    if (!writing && pending) {
      writing = writeLoop().finally(() => {
        writing = null;
      });
    }
    // A write in progress picks up any newer pending value before it finishes.
    return writing ?? Promise.resolve();
  }

  return {
    change(value) {
      pending = { value };
      if (status.state !== 'saving') setStatus({ state: 'pending' });
      timer ??= setTimeout(() => {
        timer = null;
        void flush();
      }, delayMs);
    },
    flush,
    discard() {
      clearTimer();
      pending = null;
    },
    get status() {
      return status;
    },
    async dispose() {
      await flush();
    },
  };
}
