/**
 * One collection's replication with the sync server: RxDB's replicateRxCollection with our
 * transport as pull and push handlers. Live changes arrive through the shared live stream
 * (live-stream.ts), which hands them to `receive`.
 */
import { getAssumedMasterState, getChangedDocumentsSince, getComposedPrimaryKeyOfDocumentData, writeDocToDocState, type RxReplicationWriteToMasterRow, type RxStorageInstanceReplicationState } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { filter, firstValueFrom } from 'rxjs';
import type { CollectionName, DocumentTypes } from '../../shared/schemas/index.ts';
import { SYNC_LIMITS, type PullResponse, type SyncCheckpoint, type WireDocument } from '../../shared/sync/protocol.ts';
import type { FieldcaseDatabase } from '../db/database.ts';
import { createFirstLoad, type FirstLoad } from './first-load.ts';
import { prefetchingPull } from './prefetch-pull.ts';
import { isolatingRefusals, isRefusalOfRows } from './push-refusals.ts';
import { createPushRetry } from './push-retry.ts';
import type { Transport } from './transport.ts';

export interface CollectionReplication {
  readonly collection: CollectionName;
  /** RxDB's replication now: a push refused for its rows starts it afresh (see startAgain()). */
  readonly state: RxReplicationState<DocumentTypes[CollectionName], SyncCheckpoint>;
  /** Calls `listener` with the replication now, and again each time it is started afresh. */
  onState(listener: (state: CollectionReplication['state']) => void): () => void;
  /** Settles once the replication (the one running by then) has caught up the first time, both ways. */
  initialReplication(): Promise<void>;
  /** Settles once its first pull is over: everything the server held then is here. */
  firstPull(): Promise<void>;
  /** Settles once it has started, or will not (stopped, or paused for an update, first). */
  started(): Promise<void>;
  /** Stops sending and receiving until the app is updated (a server holding newer schemas). */
  pause(): Promise<void>;
  /** Live changes from the server for this collection. */
  receive(event: PullResponse): void;
  /**
   * Pull from the last checkpoint. Asked twice: RxDB 17.6 can drop a RESYNC queued behind
   * stream events still waiting, and then report "in sync" while missing changes; the second,
   * once the queue has drained, closes that gap.
   */
  resync(): void;
  /** Local changes not yet accepted by the server (counted up to 1,000). */
  pendingCount(): Promise<number>;
  /** Where its pulls stand, once the replication has started: null before its first page. */
  pullCheckpoint(): Promise<SyncCheckpoint | null>;
  /** Pushes waiting to be tried again (the server could not take them) are tried now. */
  retryNow(): void;
  stop(): Promise<void>;
}

const PENDING_COUNT_LIMIT = 1_000;

/**
 * A replication's checkpoint as stored, read without touching RxDB's own cached copy of it
 * (getLastCheckpointDoc keeps what it reads).
 */
async function storedCheckpoint<D>(internal: RxStorageInstanceReplicationState<D>, direction: 'up' | 'down'): Promise<unknown> {
  const { metaInstance } = internal.input;
  const checkpointId = getComposedPrimaryKeyOfDocumentData(metaInstance.schema, { isCheckpoint: '1', itemId: direction });
  const [checkpointDoc] = await metaInstance.findDocumentsById([checkpointId], false);
  return checkpointDoc?.checkpointData;
}

export interface ReplicationOptions {
  /** Distinguishes checkpoints per server and user, so switching either starts afresh. */
  identity: string;
  pullBatchSize?: number;
  pushBatchSize?: number;
  /** Told how many documents a first sync stored in bulk (RxDB's `received$` reports the others). */
  onBulkReceived?(count: number): void;
  /** A first sync stores pages in bulk (first-load.ts); false leaves every pull to RxDB. */
  isBulkFirstLoad?: boolean;
  /** Told when a push failed and waits to be tried again (push-retry.ts). */
  onPushFailure?(error: unknown): void;
  /** Told when a push that had failed went through. */
  onPushRecovered?(): void;
  /** Told when the server refused rows of a push (isRefusalOfRows): they wait for the rep. */
  onRefused?(error: unknown): void;
  /** Told when a push went through whole: nothing of it was refused. */
  onPushThrough?(): void;
  /** The wait before a failed push is tried again, after this many failures in a row. */
  pushRetryDelay?(failures: number): number;
  /**
   * Starts once this settles, rather than at once: kinds that start together set up together,
   * and a first sync's largest kind is stored sooner when it sets up before the rest.
   */
  startAfter?: Promise<unknown>;
}

export function replicateCollection<C extends CollectionName>(
  db: FieldcaseDatabase,
  collection: C,
  transport: Transport,
  options: ReplicationOptions,
): CollectionReplication {
  const pullPage = prefetchingPull((checkpoint, limit, priority) => transport.pull(collection, checkpoint, limit, priority));
  /**
   * RxDB takes a batch shorter than it asked for as "caught up". Pages the server stopped at
   * their size (long documents) are joined until the batch is full or the server has no more:
   * each response stays small, and the laptop holds at most a batch, as before.
   */
  const pullBatch = async (checkpoint: SyncCheckpoint | null, batchSize: number) => {
    const documents: WireDocument<C>[] = [];
    let next = checkpoint;
    for (;;) {
      const page = await pullPage(next, batchSize);
      documents.push(...page.documents);
      next = page.checkpoint ?? next;
      if (!page.more || page.documents.length === 0 || documents.length >= batchSize) return { documents, checkpoint: next };
    }
  };
  let firstLoad: FirstLoad<WireDocument<C>> | undefined;
  let isStopping = false;
  /** Paused until the app is updated (a server holding newer schemas): it does not start either. */
  let isPausedForUpdate = false;
  const pushRetry = createPushRetry({
    onFailure: (error) => options.onPushFailure?.(error),
    onRecovered: () => options.onPushRecovered?.(),
    isStopped: () => isStopping,
    ...(options.pushRetryDelay ? { delay: options.pushRetryDelay } : {}),
  });
  /**
   * Documents the server took in a push it refused for another of its rows: RxDB records nothing
   * of a failed push, so until it pushes them again its records hold their older state. The
   * state the server took, by id, so they are not counted as waiting to be sent meanwhile.
   */
  const takenDespiteRefusal = new Map<string, WireDocument<C>>();
  const idOfRow = (row: RxReplicationWriteToMasterRow<DocumentTypes[C]>) => (row.newDocumentState as { id: string }).id;
  /**
   * A row of such a document goes with the state the server took as its base, as RxDB's record
   * would hold it had that push gone through: an edit made since is then no conflict.
   */
  const withTakenBase = (rows: RxReplicationWriteToMasterRow<DocumentTypes[C]>[]) =>
    takenDespiteRefusal.size === 0
      ? rows
      : rows.map((row) => {
          const taken = takenDespiteRefusal.get(idOfRow(row));
          return taken ? { ...row, assumedMasterState: taken as unknown as typeof row.newDocumentState } : row;
        });
  // What the server cannot take yet waits in the retry; what it refuses is sent apart from the rest.
  const pushRows = isolatingRefusals((rows: RxReplicationWriteToMasterRow<DocumentTypes[C]>[]) => pushRetry.run(() => transport.push(collection, withTakenBase(rows))), {
    idOfRow,
    idOfConflict: (conflict) => (conflict as { id: string }).id,
    onAccepted: (rows) => {
      for (const row of rows) takenDespiteRefusal.set(idOfRow(row), row.newDocumentState as WireDocument<C>);
    },
  });
  /** The last push passed on as refused, and why: RxDB tries exactly these rows again, and again. */
  let refused: { rows: RxReplicationWriteToMasterRow<DocumentTypes[C]>[]; error: unknown } | null = null;
  const stateListeners = new Set<(state: CollectionReplication['state']) => void>();
  const start = (autoStart = true) => replicateRxCollection<DocumentTypes[C], SyncCheckpoint>({
    replicationIdentifier: `fieldcase:${options.identity}:${collection}`,
    collection: db.collections[collection],
    live: true,
    retryTime: 5_000,
    // One window replicates; the others see its writes through the shared IndexedDB.
    waitForLeadership: true,
    // Background sync: keep going while the window is hidden or minimised.
    toggleOnDocumentVisible: false,
    autoStart,
    pull: {
      // The largest page the server gives: a first sync makes fewer round trips and writes
      // fewer, larger IndexedDB transactions.
      batchSize: options.pullBatchSize ?? SYNC_LIMITS.maxPullLimit,
      async handler(checkpoint, batchSize) {
        // No checkpoint: maybe a first sync, stored in bulk (first-load.ts).
        const loaded = checkpoint ? null : await firstLoad?.run(batchSize);
        if (loaded) return loaded;
        const batch = await pullBatch(checkpoint ?? null, batchSize);
        return { documents: batch.documents, checkpoint: batch.checkpoint ?? checkpoint };
      },
    },
    push: {
      // As many rows as the server takes in one push: 2,000 notes written offline go in two
      // round trips, not ten (bench/sync). The transport keeps each request within the
      // server's body limit, splitting a batch of long notes.
      batchSize: options.pushBatchSize ?? SYNC_LIMITS.maxPushRows,
      // A local edit during a bulk first load waits until its document's server state is recorded.
      waitBeforePersist: () => firstLoad?.idle() ?? Promise.resolve(),
      async handler(rows) {
        if (refused?.rows === rows) {
          // RxDB trying the very rows it first built again (see startAgain()): the rep still
          // sees why they were refused meanwhile.
          const { error } = refused;
          refused = null;
          setTimeout(() => void startAgain(), 0);
          throw error;
        }
        try {
          const conflicts = await pushRows(rows);
          // Through as a whole: RxDB records these rows (or settles their conflicts) now.
          for (const row of rows) takenDespiteRefusal.delete(idOfRow(row));
          options.onPushThrough?.();
          return conflicts;
        } catch (error) {
          if (isRefusalOfRows(error)) {
            refused = { rows, error };
            options.onRefused?.(error);
          }
          throw error;
        }
      },
    },
  });
  // Started here rather than by RxDB, so that `started` also settles when starting fails (its
  // errors arrive on error$ all the same): kinds waiting for this one then start anyway.
  let state = start(false);
  const started = (async () => {
    await options.startAfter;
    // Only the window that leads replicates: RxDB waits for leadership only when it starts by itself.
    await db.waitForLeadership();
    if (isStopping || isPausedForUpdate) return;
    await state.start();
  })().catch(() => {});
  /** The replication running now, as the rest of the app sees it. */
  const current = () => state as unknown as CollectionReplication['state'];
  // A server state pulled since is newer than the one the server took from a refused push.
  const forgetPulled = (current: typeof state) => current.received$.subscribe((doc) => takenDespiteRefusal.delete((doc as { id: string }).id));
  forgetPulled(state);

  /**
   * RxDB tries a failed push again with the very rows it first built, however long it fails: edits
   * made since (a fix of the refused document too) would wait behind it all session. So the
   * replication is stopped, which records nothing of a push under way (no checkpoint moves), and
   * started afresh from its checkpoint: its push is built from what is stored now, the refused
   * rows go apart again (push-refusals.ts) and the rest through. Not while paused (an app too old
   * for the server) or stopping.
   */
  let restarting: Promise<void> | null = null;
  const startAgain = () =>
    (restarting ??= (async () => {
      try {
        if (isStopping || isPausedForUpdate || state.isStoppedOrPaused()) return;
        await state.cancel();
        if (isStopping) return;
        state = start();
        forgetPulled(state);
        if (isPausedForUpdate) await state.pause();
        for (const listener of stateListeners) listener(current());
      } finally {
        restarting = null;
      }
    })());

  const onState = (listener: (state: CollectionReplication['state']) => void) => {
    stateListeners.add(listener);
    listener(current());
    return () => stateListeners.delete(listener);
  };
  /** Settles when `caughtUp` does for the replication running by then (see startAgain()). */
  const untilCaughtUp = (caughtUp: (state: CollectionReplication['state']) => Promise<void>) =>
    new Promise<void>((resolve, reject) => {
      // A replication stopped to start afresh never catches up: its successor does.
      const stop = onState((running) =>
        caughtUp(running).then(
          () => {
            stop();
            resolve();
          },
          (error: unknown) => {
            if (running !== current()) return;
            stop();
            reject(error);
          },
        ),
      );
    });

  if (options.isBulkFirstLoad !== false) firstLoad = createFirstLoad<DocumentTypes[C]>({
    replication: () => state.internalReplicationState,
    fetchPage: pullPage,
    fetchAhead: pullPage.fetchAhead,
    isStopped: () => state.isStopped(),
    onStored: (count) => options.onBulkReceived?.(count),
  });

  return {
    collection,
    get state() {
      return current();
    },
    onState,
    initialReplication() {
      return untilCaughtUp((running) => running.awaitInitialReplication());
    },
    firstPull() {
      return untilCaughtUp(async (running) => {
        await running.startPromise;
        const internal = running.internalReplicationState;
        if (!internal) throw new Error('The replication stopped before it started.');
        await firstValueFrom(internal.firstSyncDone.down.pipe(filter(Boolean)));
      });
    },
    started: () => started,
    pause() {
      isPausedForUpdate = true;
      return state.pause();
    },
    receive(event) {
      if (!event.checkpoint) return;
      // The live stream is routed by collection: these are this collection's documents.
      const documents = event.documents as unknown as WireDocument<C>[];
      state.emitEvent({ documents, checkpoint: event.checkpoint });
    },
    resync() {
      // Asked when the server answers again (the live stream is back): waiting pushes go now.
      pushRetry.now();
      // A bulk first load pulls until caught up, and RxDB's catch-up scan for local changes
      // must not run over documents whose server state is not recorded yet: ask once it is over.
      void (firstLoad?.idle() ?? Promise.resolve()).then(() => {
        if (state.isStopped()) return;
        state.reSync();
        void state.awaitInSync().then(
          () => !state.isStopped() && state.reSync(),
          () => {},
        );
      });
    },
    async pendingCount() {
      const internal = state.internalReplicationState;
      if (!internal) return 0;
      // The upstream checkpoint marks how far local changes have been sent.
      const changed = await getChangedDocumentsSince(internal.input.forkInstance, PENDING_COUNT_LIMIT, await storedCheckpoint(internal, 'up'));
      if (changed.documents.length === 0) return 0;
      // Changes written by pulls are already what the server holds: only differing ones wait.
      const idOf = (doc: object) => (doc as { id: string }).id;
      const assumed = await getAssumedMasterState(internal, changed.documents.map(idOf));
      const isEqual = (a: unknown, b: unknown) => internal.input.conflictHandler.isEqual(a as never, b as never, 'pending-count');
      return changed.documents.filter((doc) => {
        const id = idOf(doc);
        const local = writeDocToDocState(doc, false, false);
        const master = assumed[id];
        if (master && isEqual(master.docData, local)) {
          // RxDB's record caught up: what the server took is on record now.
          takenDespiteRefusal.delete(id);
          return false;
        }
        const taken = takenDespiteRefusal.get(id);
        return !taken || !isEqual(taken, local);
      }).length;
    },
    async pullCheckpoint() {
      await state.startPromise;
      const internal = state.internalReplicationState;
      return internal ? ((await storedCheckpoint(internal, 'down')) as SyncCheckpoint | undefined) ?? null : null;
    },
    retryNow: () => pushRetry.now(),
    async stop() {
      isStopping = true;
      pushRetry.now();
      await restarting;
      await state.cancel();
    },
  };
}
