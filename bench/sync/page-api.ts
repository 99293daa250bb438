/**
 * The contract between the sync comparison's driver (bench/sync/run.ts, in Node) and its page
 * (bench/sync/page, in Chromium): one laptop per browser process, either Fieldcase (the app's
 * own database and sync code) or PouchDB. Types only; the driver calls these through
 * Runtime.evaluate on `window.syncBench`.
 */

export type Side = 'fieldcase' | 'pouchdb';

export interface LaptopConfig {
  side: Side;
  /** Fieldcase: the sync server's base URL. PouchDB: the remote database's URL. */
  serverUrl: string;
  /** Fieldcase only: the rep's sign-in. */
  email?: string;
  password?: string;
  /** Local database name: a fresh one per laptop. */
  databaseName: string;
}

export interface FirstSyncFigures {
  /**
   * From opening the local database to the last expected document stored locally, as the sync
   * reports it (a page counts once written); a count of what is stored confirms it afterwards.
   */
  ms: number;
  /** The part before any document could arrive: opening the database, signing in, starting sync. */
  openMs: number;
  /** Documents in the local database at the end (all kinds). */
  stored: number;
}

export interface OfflinePushFigures {
  /** From the page's `online` event to the server acknowledging the last offline note. */
  ms: number;
  pushed: number;
}

export interface SyncBenchPage {
  /** Opens the local database, signs in and starts sync; resolves once `expected` documents are stored. */
  firstSync(config: LaptopConfig, expected: number): Promise<FirstSyncFigures>;
  /** Starts recording when each call note arrives in the local database (the receiving laptop). */
  watchArrivals(): void;
  /** Writes one call note locally; resolves with its id and the epoch time (ms, sub-ms precise) before the write. */
  writeNote(index: number, ownerId: string): Promise<{ id: string; at: number }>;
  /** Resolves with the epoch time the note arrived in the local database. */
  arrivalOf(id: string, timeoutMs: number): Promise<number>;
  /** Writes `count` notes locally in one bulk write (the laptop is offline meanwhile). */
  writeOfflineNotes(count: number, ownerId: string, idPrefix: string): Promise<void>;
  /** Starts waiting for the server to acknowledge `count` more notes, timed from the next `online` event. */
  armOnlinePush(count: number): void;
  /** The armed push's figures, once the server has acknowledged them all. */
  onlinePushResult(timeoutMs: number): Promise<OfflinePushFigures>;
  stop(): Promise<void>;
}
