/**
 * Live changes for every open stream. After any commit (in this process, or in another one on
 * the same PostgreSQL, via LISTEN/NOTIFY) the hub reads the new changes of that collection once
 * from the store and hands each subscriber the part it may read. Reads happen one at a time
 * per collection, and a cursor per collection moves only forward, so no change is sent twice
 * or skipped.
 */
import { COLLECTION_NAMES, type CollectionName } from '../../shared/schemas/index.ts';
import { SYNC_LIMITS, type SessionUser } from '../../shared/sync/protocol.ts';
import type { Store, WireRow } from '../store/store.ts';
import { pullResponseJson } from '../store/wire-json.ts';
import { canRead, readScope } from './access.ts';

export interface StreamSubscriber {
  user: SessionUser;
  collection: CollectionName;
  /** An event, already serialized: subscribers who see the same documents share one string. */
  send(json: string): void;
  /** Ends the subscriber's connection (server shutdown); the client reconnects elsewhere. */
  close(): void;
}

const PAGE = 500;

export class StreamHub {
  private readonly subscribers = new Map<CollectionName, Set<StreamSubscriber>>();
  private readonly cursors = new Map<CollectionName, number>();
  private readonly running = new Map<CollectionName, Promise<void>>();
  private readonly dirty = new Set<CollectionName>();
  /** Collections changed while nobody listened: the cursor moves to the present on next subscribe. */
  private readonly stale = new Set<CollectionName>();
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly store: Store,
    private readonly onError: (error: unknown) => void,
  ) {}

  async start(): Promise<void> {
    const latest = await this.store.latestSequence();
    for (const name of COLLECTION_NAMES) this.cursors.set(name, latest);
    this.stopListening = this.store.onChange((collection) => this.wake(collection));
  }

  stop(): void {
    this.stopListening?.();
    this.stopListening = null;
    for (const set of this.subscribers.values()) for (const subscriber of set) subscriber.close();
    this.subscribers.clear();
  }

  get size(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  /**
   * Adds a subscriber. Resolves once the hub follows the collection from the present, so a
   * client that pulls after this (on the RESYNC it is sent next) misses nothing in between.
   */
  async subscribe(subscriber: StreamSubscriber): Promise<() => void> {
    const { collection } = subscriber;
    if (this.stale.has(collection) && !this.running.has(collection)) {
      this.stale.delete(collection);
      this.cursors.set(collection, await this.store.latestSequence());
    }
    const set = this.subscribers.get(collection) ?? new Set();
    set.add(subscriber);
    this.subscribers.set(collection, set);
    return () => set.delete(subscriber);
  }

  /** Schedules a read of the collection's new changes; a wake during a read causes one more read. */
  wake(collection: CollectionName): Promise<void> {
    if (!this.subscribers.get(collection)?.size) {
      // Nobody to tell: skip reading the changes at all.
      this.stale.add(collection);
      return Promise.resolve();
    }
    this.dirty.add(collection);
    const current = this.running.get(collection);
    if (current) return current;
    const run = this.drain(collection)
      .catch(this.onError)
      .finally(() => this.running.delete(collection));
    this.running.set(collection, run);
    return run;
  }

  private async drain(collection: CollectionName): Promise<void> {
    while (this.dirty.delete(collection)) {
      for (;;) {
        const after = this.cursors.get(collection) ?? 0;
        // Live events stay within a pull page's size too: they carry what a push wrote.
        const { rows, more } = await this.store.pullWire({ collection, after, limit: PAGE, maxChars: SYNC_LIMITS.maxPullChars });
        const last = rows.at(-1);
        if (!last) break;
        this.cursors.set(collection, last.sequence);
        this.fanOut(collection, rows, last.sequence);
        if (rows.length < PAGE && !more) break;
      }
    }
  }

  private fanOut(collection: CollectionName, rows: WireRow[], sequence: number): void {
    // Subscribers with the same read scope (all managers, say) get the same event, built once
    // from the stored JSON (a PullResponse, never parsed and serialized again).
    const events = new Map<string, string | null>();
    for (const subscriber of this.subscribers.get(collection) ?? []) {
      const scope = readScope(subscriber.user, collection);
      const key = scope.all ? '*' : scope.ownerId;
      let json = events.get(key);
      if (json === undefined) {
        const visible = rows.filter((row) => canRead(scope, row.ownerId));
        json = visible.length === 0 ? null : pullResponseJson(visible.map((row) => row.json), { sequence });
        events.set(key, json);
      }
      if (json === null) continue;
      try {
        subscriber.send(json);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}
