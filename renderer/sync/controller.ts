/**
 * Runs sync for the signed-in rep: one replication per collection, the rep-visible status,
 * and the reactions to the world: back online, waking from sleep, "Sync now". Online is known,
 * not guessed: the browser's events say when the network changes, and a health probe of the
 * server says whether sync can actually reach it.
 */
import type { Subscription } from 'rxjs';
import { COLLECTION_NAMES, SCHEMAS, type CollectionName } from '../../shared/schemas/index.ts';
import { newerOnServer } from '../../shared/sync/protocol.ts';
import type { FieldcaseDatabase } from '../db/database.ts';
import { connectLiveStream } from './live-stream.ts';
import { replicateCollection, type CollectionReplication } from './replication.ts';
import { schedulePendingCounts } from './pending-counts.ts';
import { derivePhase } from './sync-phase.ts';
import { INITIAL_SYNC_STATE, useSyncStatus, type SyncState } from './sync.store.ts';
import { SyncHttpError, type Transport } from './transport.ts';

const CATCH_UP_BAR_THRESHOLD = 200;
/** The code the server gives a 401 (server/errors.ts). */
const UNAUTHORIZED_CODE = 'unauthorized';
/** How RxDB 17's replication names its pulls' writes (replication-protocol: downstreamBulkWriteFlag). */
const PULL_WRITE_CONTEXT = 'replication-downstream-';

export interface SyncController {
  syncNow(): void;
  stop(): Promise<void>;
}

export interface ControllerOptions {
  db: FieldcaseDatabase;
  transport: Transport;
  /** Server and user: replication checkpoints belong to both. */
  identity: string;
  /** Subscribes to "the computer woke up" (desktop); returns an unsubscribe. */
  onResumed?(listener: () => void): () => void;
  /** Told when the server refuses the session (401): the rep must sign in again. */
  onSignedOut?(): void;
  healthIntervalMs?: number;
  /** The least time between two counts of what waits to be sent (pending-counts.ts). */
  pendingCountGapMs?: number;
  collections?: CollectionName[];
}

/**
 * An error as RxDB hands on what a pull or push handler threw: a plain copy of its name, message
 * and code (errorToPlainJson), no longer the error itself.
 */
interface ErrorCopy {
  name: string;
  message: string;
  code?: unknown;
}

function errorCopy(value: unknown): ErrorCopy | null {
  const copy = value as Partial<ErrorCopy> | null;
  return typeof copy === 'object' && copy !== null && typeof copy.name === 'string' && typeof copy.message === 'string' ? (copy as ErrorCopy) : null;
}

/** The innermost cause of an RxDB replication error, in words a rep can act on. */
export function describeSyncError(error: unknown): { message: string; isAuth: boolean } {
  let cause: unknown = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const inner = (cause as { parameters?: { errors?: unknown[] } } | null)?.parameters?.errors?.[0];
    if (!inner) break;
    cause = inner;
  }
  if (cause instanceof SyncHttpError) return { message: cause.message, isAuth: cause.isAuthError };
  const copy = errorCopy(cause);
  // The server's answer, copied: its code says what its status did (401: "unauthorized").
  if (copy?.name === 'SyncHttpError') return { message: copy.message, isAuth: copy.code === UNAUTHORIZED_CODE };
  if (copy?.name === 'TypeError') return { message: 'The sync server cannot be reached.', isAuth: false };
  if (copy?.name === 'TimeoutError' || copy?.name === 'AbortError') return { message: 'The sync server did not answer in time.', isAuth: false };
  return { message: copy ? copy.message : String(cause), isAuth: false };
}

/** The total of a count answer; anything but a count (from a server gone wrong) adds nothing. */
export function sumOfCounts(counts: unknown): number {
  if (typeof counts !== 'object' || counts === null) return 0;
  return Object.values(counts).reduce<number>((sum, n) => (Number.isSafeInteger(n) && (n as number) > 0 ? sum + (n as number) : sum), 0);
}

/**
 * The kinds that start syncing first; the others start once these have started. Setting up a
 * replication takes a few IndexedDB databases and round trips, and eleven setting up at once
 * held up every first pull: the rep's notes (most of what a first sync brings down, and what a
 * rep reads before a call) now come down while the other kinds set up. bench:first-sync, A/B in
 * turns: about 8% faster (three sets, 20 pairs, medians of the pair ratios 0.90 to 0.93).
 */
const FIRST_TO_SYNC: ReadonlySet<CollectionName> = new Set(['call_notes']);

export function startSyncController(options: ControllerOptions): SyncController {
  const collections = options.collections ?? COLLECTION_NAMES;
  const subscriptions: Subscription[] = [];
  const cleanups: (() => void)[] = [];
  let hasStarted = false;
  let isStopped = false;

  const update = (patch: Partial<SyncState>) => {
    const next = { ...useSyncStatus.getState(), ...patch };
    useSyncStatus.setState({ ...next, phase: derivePhase(next, hasStarted) });
  };
  update({ ...INITIAL_SYNC_STATE, isOnline: navigator.onLine });

  /** Sets (or, with null, clears) a kind's message in the status's errors or refusals. */
  const setMessage = (field: 'errors' | 'refused', collection: CollectionName, message: string | null) => {
    const current = useSyncStatus.getState()[field];
    if ((current[collection] ?? null) === message) return;
    const messages = { ...current };
    if (message === null) delete messages[collection];
    else messages[collection] = message;
    update({ [field]: messages });
  };
  const setError = (collection: CollectionName, message: string | null) => setMessage('errors', collection, message);
  const setRefused = (collection: CollectionName, message: string | null) => setMessage('refused', collection, message);
  /** RxDB's report of a push the server refused, which the replication told of already (onRefused). */
  const isShownRefusal = (collection: CollectionName, error: unknown, message: string) =>
    (error as { code?: unknown } | null)?.code === 'RC_PUSH' && useSyncStatus.getState().refused[collection] === message;

  // RxDB reports every document it receives or sends on its own, in bursts (a push of 200
  // answers 200 times in one go): the status takes a burst's counts in one update, at the end
  // of the burst, instead of re-rendering the header once per document.
  let burst: { received: number; sent: number; succeeded: Set<CollectionName> } | null = null;
  const count = (collection: CollectionName, kind: 'received' | 'sent', n: number) => {
    if (!burst) {
      burst = { received: 0, sent: 0, succeeded: new Set() };
      queueMicrotask(() => {
        const done = burst;
        burst = null;
        if (!done) return;
        const current = useSyncStatus.getState();
        const errors = { ...current.errors };
        for (const name of done.succeeded) delete errors[name];
        update({ received: current.received + done.received, sent: current.sent + done.sent, errors });
      });
    }
    burst[kind] += n;
    burst.succeeded.add(collection);
  };
  const received = (collection: CollectionName, n: number) => count(collection, 'received', n);
  const replicate = (collection: CollectionName, startAfter?: Promise<unknown>) =>
    replicateCollection(options.db, collection, options.transport, {
      identity: options.identity,
      ...(startAfter ? { startAfter } : {}),
      onBulkReceived: (count) => received(collection, count),
      // RxDB's own failures arrive through error$ below; these wait in our retry instead.
      onPushFailure: (error) => setError(collection, describeSyncError(error).message),
      onPushRecovered: () => setError(collection, null),
      // A refusal stays in view while the rest of that kind goes through, until it is settled.
      onRefused: (error) => setRefused(collection, describeSyncError(error).message),
      onPushThrough: () => setRefused(collection, null),
    });
  // The kinds to sync first start at once, the rest once those have started (see FIRST_TO_SYNC).
  const firsts = collections.filter((collection) => FIRST_TO_SYNC.has(collection)).map((collection) => replicate(collection));
  const firstsStarted = firsts.length > 0 ? Promise.all(firsts.map((replication) => replication.started())) : undefined;
  const replications: CollectionReplication[] = [
    ...firsts,
    ...collections.filter((collection) => !FIRST_TO_SYNC.has(collection)).map((collection) => replicate(collection, firstsStarted)),
  ];
  const byCollection = new Map(replications.map((r) => [r.collection, r]));
  const localVersions = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, SCHEMAS[name].version])) as Record<CollectionName, number>;
  /**
   * A server holding data in a schema version this app does not know would refuse or garble
   * what the app sends: sync pauses and the rep is told to update. The laptop keeps working.
   */
  const isServerCompatible = async (): Promise<boolean> => {
    const info = await options.transport.serverInfo();
    if (!info) return true;
    const newer = newerOnServer(localVersions, info.schemas ?? {});
    update({ newerOnServer: newer });
    if (newer.length > 0) for (const replication of replications) void replication.pause();
    return newer.length === 0;
  };
  void isServerCompatible();

  const live = connectLiveStream(options.transport, collections, {
    onChanges: (collection, event) => byCollection.get(collection)?.receive(event),
    onResync: () => {
      void isServerCompatible().then((isCompatible) => {
        if (isCompatible) for (const replication of replications) replication.resync();
      });
    },
    onConnectionChange: (isConnected) => {
      if (isConnected) update({ errors: {} });
    },
  });

  /** Subscribes to each replication's RxDB state now, and to the next one each time it starts afresh. */
  const forEachState = (replication: CollectionReplication, subscribe: (state: CollectionReplication['state']) => Subscription[]) => {
    let current: Subscription[] = [];
    cleanups.push(
      replication.onState((state) => {
        for (const subscription of current) subscription.unsubscribe();
        current = subscribe(state);
      }),
      () => current.forEach((subscription) => subscription.unsubscribe()),
    );
  };
  for (const replication of replications) {
    const { collection } = replication;
    forEachState(replication, (state) => [
      state.active$.subscribe((isActive) => {
        const active = new Set(useSyncStatus.getState().active);
        if (isActive) active.add(collection);
        else active.delete(collection);
        const isIdle = active.size === 0;
        if (isIdle && hasStarted && Object.keys(useSyncStatus.getState().errors).length === 0) {
          update({ active: [...active], lastSyncedAt: Date.now() });
        } else {
          update({ active: [...active] });
        }
      }),
      state.received$.subscribe(() => received(collection, 1)),
      state.sent$.subscribe(() => count(collection, 'sent', 1)),
      state.error$.subscribe((error) => {
        const { message, isAuth } = describeSyncError(error);
        if (isShownRefusal(collection, error, message)) return;
        setError(collection, message);
        if (isAuth) options.onSignedOut?.();
      }),
    ]);
  }

  /** Each kind's first pull, once: the progress bar and the counts of what waits follow it. */
  const firstPulls = new Map(replications.map((r) => [r.collection, r.firstPull()]));
  let hasPulledAll = false;
  // How much a catch-up has to receive, so a first sync shows a progress bar with counts. Only
  // worth showing when there is a lot; small catch-ups finish before a bar could be read. Asked
  // in one request: eleven would take the browser's few connections to the server from the
  // first pulls.
  void Promise.all(replications.map(async (r) => [r.collection, await r.pullCheckpoint()] as const))
    .then((checkpoints) => options.transport.countChanges(Object.fromEntries(checkpoints)))
    .then((counts) => {
      const total = sumOfCounts(counts) + useSyncStatus.getState().received;
      if (!hasPulledAll && total >= CATCH_UP_BAR_THRESHOLD) update({ catchUpTotal: total });
    })
    .catch(() => {});

  // The bar goes once every kind has received what the server held, even if a push is refused.
  void Promise.all(firstPulls.values()).then(() => {
    hasPulledAll = true;
    update({ catchUpTotal: null });
  }, () => {});
  // Caught up both ways (after the first pulls, so the bar is gone by then).
  void Promise.all(replications.map((r) => r.initialReplication())).then(() => {
    hasStarted = true;
    update({ lastSyncedAt: Date.now() });
  }, () => {});

  const syncNow = () => {
    live.reconnectNow();
    // resync() also ends the waits of failed pushes (push-retry.ts).
    for (const replication of replications) replication.resync();
  };

  const onOnline = () => {
    update({ isOnline: true });
    syncNow();
  };
  const onOffline = () => {
    update({ isOnline: false });
    // Offline, a collection still catching up is counted too (see the counts below).
    countAll();
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  cleanups.push(() => {
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
  });
  if (options.onResumed) cleanups.push(options.onResumed(syncNow));

  // What waits to be sent, per kind: what the rep needs to see before signing out or closing the
  // lid. Counted when a kind's documents may have changed (pending-counts.ts). Counting reads
  // every change since the last push, and during a first sync that is every document coming down
  // (all already on the server): a collection still catching up online keeps its last count
  // until its first pull is done, and is counted then.
  const caughtUp = new Set<CollectionName>();
  const pendingCounts = schedulePendingCounts<CollectionName>({
    gapMs: options.pendingCountGapMs ?? 2_000,
    settleMs: 100,
    async count(kinds) {
      // A collection still catching up online keeps its count (see above).
      const counted = replications.filter((r) => kinds.has(r.collection) && (caughtUp.has(r.collection) || !navigator.onLine));
      const counts = await Promise.all(counted.map(async (r) => [r.collection, await r.pendingCount()] as const));
      const pending = { ...useSyncStatus.getState().pending };
      const refused = { ...useSyncStatus.getState().refused };
      for (const [collection, count] of counts) {
        if (count > 0) pending[collection] = count;
        else delete pending[collection];
        // Nothing of that kind waits any more (the refused changes were replaced, or went
        // through): nothing of it is refused.
        if (count === 0) delete refused[collection];
      }
      // Signed out meanwhile: the status was reset, and stays so.
      if (isStopped) return;
      const shown = useSyncStatus.getState();
      if (JSON.stringify({ pending, refused }) !== JSON.stringify({ pending: shown.pending, refused: shown.refused })) update({ pending, refused });
    },
  });
  cleanups.push(() => pendingCounts.stop());
  const countAll = () => {
    for (const collection of collections) pendingCounts.changed(collection);
  };
  countAll();
  for (const replication of replications) {
    const { collection } = replication;
    void firstPulls.get(collection)?.then(
      () => {
        caughtUp.add(collection);
        pendingCounts.changed(collection);
      },
      () => {},
    );
    subscriptions.push(
      // Written here or in another window (told once per write, not per document). Not what a
      // pull wrote: that is the server's state, which waits for nothing; a pull that settled a
      // conflict ends the push that found it, and that is counted below.
      options.db.collections[collection].eventBulks$.subscribe(
        (bulk) => !bulk.context.startsWith(PULL_WRITE_CONTEXT) && pendingCounts.changed(collection),
      ),
    );
    // A push or pull just ended: what it sent no longer waits.
    forEachState(replication, (state) => [state.active$.subscribe((isActive) => !isActive && pendingCounts.changed(collection))]);
  }
  // Only the leader window replicates; a follower says so instead of "Connecting…" forever.
  const checkLeadership = async () => {
    if (!options.db.multiInstance) return;
    const elector = options.db.leaderElector();
    const isOtherWindowSyncing = !elector.isLeader && (await elector.hasLeader());
    if (isOtherWindowSyncing !== useSyncStatus.getState().isOtherWindowSyncing) update({ isOtherWindowSyncing });
  };
  const leadershipTimer = setInterval(() => void checkLeadership().catch(() => {}), 2_000);
  cleanups.push(() => clearInterval(leadershipTimer));

  // While sync is failing, probe the server: the moment it answers, retry at once instead of
  // waiting out the replication's own back-off. Not for refusals alone: the server answers, and
  // refuses those changes until the rep changes them.
  const probe = setInterval(() => {
    const { phase, errors } = useSyncStatus.getState();
    if (phase !== 'failing' || Object.keys(errors).length === 0) return;
    void options.transport.health().then((isUp) => isUp && syncNow());
  }, options.healthIntervalMs ?? 15_000);
  cleanups.push(() => clearInterval(probe));

  return {
    syncNow,
    async stop() {
      isStopped = true;
      for (const cleanup of cleanups) cleanup();
      live.stop();
      for (const subscription of subscriptions) subscription.unsubscribe();
      await Promise.all(replications.map((r) => r.stop()));
      useSyncStatus.setState(INITIAL_SYNC_STATE);
    },
  };
}
