/**
 * One collection's replication with the sync server: RxDB's replicateRxCollection with our
 * transport as pull and push handlers, and the server's live stream feeding it changes. The
 * stream reconnects by itself with backoff; after every (re)connect the replication is told to
 * RESYNC, twice (RxDB 17.6 can drop a RESYNC queued behind stream events that are still
 * waiting, and then report "in sync" while missing changes; a second one after the queue
 * drains closes that gap).
 */
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { CollectionName, DocumentTypes } from '../../shared/schemas/index.ts';
import type { SyncCheckpoint } from '../../shared/sync/protocol.ts';
import type { FieldcaseDatabase } from '../db/database.ts';
import { nextDelay } from './backoff.ts';
import type { Transport } from './transport.ts';

export interface CollectionReplication {
  readonly collection: CollectionName;
  readonly state: RxReplicationState<DocumentTypes[CollectionName], SyncCheckpoint>;
  /** Pull now and reconnect the live stream if it is down. */
  resync(): void;
  stop(): Promise<void>;
}

export interface ReplicationOptions {
  /** Distinguishes checkpoints per server and user, so switching either starts afresh. */
  identity: string;
  pullBatchSize?: number;
  pushBatchSize?: number;
  /** Called with true while the live stream is connected. */
  onStreamChange?(isConnected: boolean): void;
}

export function replicateCollection<C extends CollectionName>(
  db: FieldcaseDatabase,
  collection: C,
  transport: Transport,
  options: ReplicationOptions,
): CollectionReplication {
  const state = replicateRxCollection<DocumentTypes[C], SyncCheckpoint>({
    replicationIdentifier: `fieldcase:${options.identity}:${collection}`,
    collection: db.collections[collection],
    live: true,
    retryTime: 5_000,
    // One window replicates; the others see its writes through the shared IndexedDB.
    waitForLeadership: true,
    // Background sync: keep going while the window is hidden or minimised.
    toggleOnDocumentVisible: false,
    pull: {
      batchSize: options.pullBatchSize ?? 500,
      async handler(checkpoint, batchSize) {
        const page = await transport.pull(collection, checkpoint ?? null, batchSize);
        return { documents: page.documents, checkpoint: page.checkpoint ?? checkpoint };
      },
    },
    push: {
      batchSize: options.pushBatchSize ?? 200,
      async handler(rows) {
        return transport.push(collection, rows);
      },
    },
  });

  let closeStream: (() => void) | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let isStopped = false;

  const connect = () => {
    if (isStopped || closeStream) return;
    closeStream = transport.stream(collection, {
      onEvent(event) {
        failures = 0;
        if (event === 'RESYNC') {
          options.onStreamChange?.(true);
          state.reSync();
          void state.awaitInitialReplication().then(() => !isStopped && state.reSync());
          return;
        }
        if (event.checkpoint) state.emitEvent({ documents: event.documents, checkpoint: event.checkpoint });
      },
      onClose() {
        closeStream = null;
        options.onStreamChange?.(false);
        if (isStopped) return;
        failures += 1;
        retryTimer = setTimeout(connect, nextDelay(failures));
      },
    });
  };

  void state.awaitInitialReplication().then(connect, () => {});
  // The initial pull may fail (offline): connect anyway, the stream's own retries take over.
  state.error$.subscribe(() => {
    if (!closeStream && !retryTimer) connect();
  });

  return {
    collection,
    state: state as unknown as CollectionReplication['state'],
    resync() {
      if (retryTimer) {
        clearTimeout(retryTimer);
        retryTimer = null;
      }
      failures = 0;
      connect();
      state.reSync();
    },
    async stop() {
      isStopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      closeStream?.();
      await state.cancel();
    },
  };
}
