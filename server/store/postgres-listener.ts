/**
 * Change notifications across server processes: one dedicated connection (outside the pool,
 * which would otherwise hand it out for queries) LISTENs on the changes channel. Every store on
 * the database NOTIFYs there when a write commits, whichever process it runs in.
 */
import pg from 'pg';
import { COLLECTION_NAMES, isCollectionName, type CollectionName } from '../../shared/schemas/index.ts';

/** One channel per database; the payload names the schema, so stores in other schemas are ignored. */
export const CHANGES_CHANNEL = 'fieldcase_changes';

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

type Listener = (collection: CollectionName) => void;

export function changePayload(schema: string, collection: CollectionName): string {
  return `${schema}:${collection}`;
}

export interface ChangeFeed {
  subscribe(listener: Listener): () => void;
  close(): Promise<void>;
}

export function createChangeFeed(config: pg.ClientConfig, schema: string): ChangeFeed {
  const listeners = new Set<Listener>();
  let client: pg.Client | null = null;
  let started = false;
  let closed = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | null = null;

  function emit(collections: readonly CollectionName[]): void {
    for (const listener of [...listeners]) {
      for (const collection of collections) {
        try {
          listener(collection);
        } catch (error) {
          // One failing subscriber must not keep the others from hearing about the change.
          console.error('change listener failed', error);
        }
      }
    }
  }

  function onNotification(message: pg.Notification): void {
    const payload = message.payload ?? '';
    const split = payload.lastIndexOf(':');
    if (message.channel !== CHANGES_CHANNEL || payload.slice(0, split) !== schema) return;
    const collection = payload.slice(split + 1);
    if (isCollectionName(collection)) emit([collection]);
  }

  function scheduleReconnect(): void {
    if (closed || retryTimer !== null) return;
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** failures);
    failures += 1;
    // Jitter keeps several processes from reconnecting in lockstep after a database restart.
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay * (0.5 + Math.random() / 2));
  }

  async function connect(): Promise<void> {
    const next = new pg.Client(config);
    client = next;
    let isListening = false;
    const pending: pg.Notification[] = [];
    const lost = (error?: Error): void => {
      if (client !== next) return;
      client = null;
      if (error && !closed) console.error('change feed connection lost; reconnecting', error.message);
      next.end().catch(() => undefined);
      scheduleReconnect();
    };
    next.on('error', lost);
    next.on('end', () => lost());
    next.on('notification', (message) => {
      // Held back until the catch-up below has run, so a subscriber never sees a live change
      // before the catch-up that precedes it.
      if (isListening) onNotification(message);
      else pending.push(message);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      lost(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (client !== next) return;
    failures = 0;
    isListening = true;
    // Changes that committed before LISTEN took effect (since the first subscriber arrived,
    // or while the connection was down) were not heard: tell every subscriber about every
    // collection, so each pulls from its checkpoint. A spurious wake-up costs one empty pull.
    emit(COLLECTION_NAMES);
    for (const message of pending.splice(0)) onNotification(message);
  }

  return {
    subscribe(listener) {
      if (closed) throw new Error('the store is closed');
      listeners.add(listener);
      if (!started) {
        started = true;
        void connect();
      }
      return () => {
        listeners.delete(listener);
      };
    },
    async close() {
      closed = true;
      listeners.clear();
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
      const current = client;
      client = null;
      if (current) await current.end().catch(() => undefined);
    },
  };
}
