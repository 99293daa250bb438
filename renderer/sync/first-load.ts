/**
 * A first sync in bulk. RxDB's own pull stores each page by reading every document twice (the
 * local copy and the replication's record of the server's copy), then writing both and
 * reporting each document on its own: about four IndexedDB reads and two writes per document.
 * For a collection with no pull checkpoint and nothing stored locally there is nothing to
 * compare against, so this stores each page with one bulk write of the documents, then moves
 * the checkpoint on (renderer/sync/latest-checkpoint.ts), and nothing else.
 *
 * It runs inside RxDB's pull (the pull handler hands it the first call) and writes what RxDB's
 * pull would write, in the same order: the documents (tagged as written by the pull, so they are
 * not pushed back, and carrying RxDB's origin mark), then the checkpoint. The replication's
 * records of the server's state of each document are not written: a document as pulled stands
 * for its own server state until the rep first changes it, and its record is written then
 * (renderer/db/server-states.ts). The load marks the replication's records so, before its first
 * document. RxDB then carries on from the checkpoint, so changes that reach the server during the
 * load come in by the normal pull or the live stream.
 *
 * When an earlier load left records behind (it stopped before its checkpoint), or the database
 * cannot derive records, each page's records are written too, as RxDB's pull writes them.
 *
 * A document that comes twice in one load (changed on the server meanwhile) may have been edited
 * here since its first copy arrived: from that page on RxDB's own pull takes over, which
 * compares before it writes.
 */
import {
  getChangedDocumentsSince,
  getLastCheckpointDoc,
  getMetaWriteRow,
  getWrittenDocumentsFromBulkWriteResponse,
  setCheckpoint,
  createRevision,
  now,
  type BulkWriteRow,
  type RxDocumentData,
  type RxStorageBulkWriteResponse,
  type RxStorageInstanceReplicationState,
  type RxStorageReplicationMeta,
  type WithDeleted,
} from 'rxdb';
import type { SyncCheckpoint } from '../../shared/sync/protocol.ts';
import { insertIntoEmpty } from '../db/insert-into-empty.ts';
import { bulkLoadMarkRow, derivesServerStates } from '../db/server-states.ts';
import { latestCheckpoint } from './latest-checkpoint.ts';
import type { FetchPage } from './prefetch-pull.ts';

export interface LoadedPages<D> {
  documents: D[];
  checkpoint: SyncCheckpoint | undefined;
}

export interface FirstLoad<D> {
  /**
   * Pulls from the start in bulk when this replication may (no pull checkpoint yet and an empty
   * collection, or carrying on with its own load after a page failed). Resolves to what RxDB is
   * to make of it (nothing left to store, or the page from which its own pull takes over), or
   * null when a bulk load does not apply and RxDB pulls as usual.
   */
  run(batchSize: number): Promise<LoadedPages<D> | null>;
  /**
   * Settles once no bulk load is under way. Until then local changes wait to be pushed (they
   * may be edits of documents whose server state is not recorded yet) and so do catch-up scans.
   */
  idle(): Promise<unknown>;
}

export interface FirstLoadOptions<D> {
  /** The running replication's internal state (null before it starts). */
  replication(): RxStorageInstanceReplicationState<D> | undefined;
  fetchPage: FetchPage<WithDeleted<D>>;
  /** Told the page a pull from the start asks for first, so it can be on its way meanwhile. */
  fetchAhead?(checkpoint: null, limit: number): void;
  isStopped(): boolean;
  /** Told how many documents each page stored, for the rep's progress bar. */
  onStored(count: number): void;
}

type Meta<D> = RxStorageReplicationMeta<D, SyncCheckpoint>;

const idIn =
  <D>(state: RxStorageInstanceReplicationState<D>) =>
  (doc: D): string =>
    (doc as Record<string, unknown>)[state.primaryPath] as string;

const asMaster = <D>(doc: WithDeleted<D>): WithDeleted<D> => ({ ...doc, _deleted: Boolean(doc._deleted) });

function throwWriteErrors<T>(result: RxStorageBulkWriteResponse<T>, what: string): void {
  // 409: a document written meanwhile by someone else; RxDB's push and pull settle those.
  const failed = result.error.filter((error) => error.status !== 409);
  if (failed.length > 0) throw new Error(`Storing the first sync's ${what} failed for ${failed.length} documents (status ${failed[0]?.status}).`);
}

export function createFirstLoad<D>(options: FirstLoadOptions<D>): FirstLoad<WithDeleted<D>> {
  /** Ids this load has stored; null until it starts. */
  let stored: Set<string> | null = null;
  let isOver = false;
  /**
   * The replication held no records of an earlier load and derives records from documents as
   * pulled: this load writes none.
   */
  let isLazy = false;
  /** The hash of the replication's identifier, as its origin marks carry it: hashed once. */
  let identifierHash: Promise<string> | null = null;
  const identifierHashOf = (state: RxStorageInstanceReplicationState<D>) => (identifierHash ??= state.input.hashFunction(state.input.identifier));
  /** From now on RxDB pulls as usual; the ids are no longer needed. */
  const finish = () => {
    isOver = true;
    stored = null;
  };

  /**
   * The collection's documents, as RxDB's pull writes new ones, each with RxDB's origin mark
   * (this replication wrote this revision). Written past the collection's storage wrapper, which
   * would give an insert its own revision and write time and so drop the mark, and as plain
   * inserts where the storage allows (renderer/db/insert-into-empty.ts): the collection was
   * empty when the load began, and the load writes each document once. Returns those stored.
   */
  async function writeDocuments(state: RxStorageInstanceReplicationState<D>, documents: WithDeleted<D>[]): Promise<WithDeleted<D>[]> {
    if (documents.length === 0) return [];
    const hash = await identifierHashOf(state);
    const revision = createRevision(hash);
    // One write time for the page, as RxDB's storage gives every insert of one write, so one
    // shared object serves all of them (a later change copies it before changing it).
    const meta = { lwt: now(), o: { _rev: 1, hash } };
    const rows: BulkWriteRow<D>[] = documents.map((doc) => ({
      document: { ...doc, _deleted: Boolean(doc._deleted), _attachments: {}, _rev: revision, _meta: meta } as unknown as RxDocumentData<D>,
    }));
    const fork = state.input.forkInstance as typeof state.input.forkInstance & { originalStorageInstance?: typeof state.input.forkInstance };
    const target = fork.originalStorageInstance ?? fork;
    const context = await state.downstreamBulkWriteFlag;
    // Refused (an id exists after all: a document the rep created meanwhile) or not possible
    // here: RxDB's own write sorts it out.
    if (await insertIntoEmpty(target, rows, context).catch(() => false)) return documents;
    const result = await target.bulkWrite(rows, context);
    throwWriteErrors(result, 'documents');
    const idOf = idIn(state);
    const written = new Set(getWrittenDocumentsFromBulkWriteResponse(state.primaryPath, rows, result).map(idOf));
    return documents.filter((doc) => written.has(idOf(doc)));
  }

  /** Written before the load's first document: from now on this replication derives records. */
  async function markBulkLoad(state: RxStorageInstanceReplicationState<D>): Promise<void> {
    const metaSchema = state.input.metaInstance.schema as Parameters<typeof bulkLoadMarkRow>[0];
    const row = bulkLoadMarkRow(metaSchema, { identifierHash: await identifierHashOf(state), collection: state.input.forkInstance.collectionName }, createRevision(await state.checkpointKey), now());
    const result = await state.input.metaInstance.bulkWrite([row as unknown as BulkWriteRow<Meta<D>>], 'replication-down-write-meta');
    // 409: an earlier load of this replication marked it already.
    throwWriteErrors(result, 'mark');
  }

  /** The records alone, replacing any left by an earlier load that stopped before its checkpoint. */
  async function writeServerStatesAlone(state: RxStorageInstanceReplicationState<D>, documents: WithDeleted<D>[]): Promise<void> {
    if (documents.length === 0) return;
    const rows = await Promise.all(documents.map((doc) => getMetaWriteRow(state, asMaster(doc))));
    const result = await state.input.metaInstance.bulkWrite(rows, 'replication-down-write-meta');
    throwWriteErrors(result, 'server states');
    // Records left by an earlier load that stopped before its checkpoint: replace them.
    const stale = result.error.flatMap((error) => (error.status === 409 && 'documentInDb' in error ? [error.documentInDb] : []));
    if (stale.length === 0) return;
    const idOf = idIn(state);
    const byId = new Map(documents.map((doc) => [idOf(doc), doc]));
    const retries = await Promise.all(
      stale.map((previous: RxDocumentData<Meta<D>>) => getMetaWriteRow(state, asMaster(byId.get(previous.itemId) as WithDeleted<D>), previous)),
    );
    const retried = await state.input.metaInstance.bulkWrite(retries, 'replication-down-write-meta');
    if (retried.error.length > 0) throw new Error(`Storing the first sync's server states failed for ${retried.error.length} documents.`);
  }

  /** Whether this replication may load in bulk, and from which checkpoint. */
  async function startingPoint(state: RxStorageInstanceReplicationState<D>): Promise<{ from: SyncCheckpoint | null } | null> {
    const checkpoint = await getLastCheckpointDoc<D, SyncCheckpoint>(state, 'down');
    // Carrying on after a failed page: its own checkpoint says how far it got.
    if (stored) return { from: checkpoint ?? null };
    if (checkpoint) return null;
    // Anything stored, even deleted, may be a local change waiting to be pushed: RxDB compares.
    const existing = await getChangedDocumentsSince(state.input.forkInstance, 1);
    if (existing.documents.length > 0) return null;
    // Only checkpoints (with no 'down' one, at most 'up' and an earlier load's mark): no record
    // of a document from an earlier load.
    const records = await getChangedDocumentsSince(state.input.metaInstance, 3);
    isLazy = records.documents.every((record) => record.isCheckpoint === '1') && derivesServerStates(state.input.metaInstance);
    if (isLazy) await markBulkLoad(state);
    stored = new Set();
    return { from: null };
  }

  /** Settles when the running load (if any) has stored everything and its checkpoint. */
  let running: Promise<unknown> = Promise.resolve();

  async function load(state: RxStorageInstanceReplicationState<D>, from: SyncCheckpoint | null, batchSize: number): Promise<LoadedPages<WithDeleted<D>>> {
    const seen = stored ?? new Set<string>();
    const idOf = idIn(state);
    let checkpoint = from;
    // Each page's server states and checkpoint are written while the next page's documents
    // are: different IndexedDB databases, so the two writes overlap. And a page's documents are
    // handed to IndexedDB while the page before is still being committed (IndexedDB commits
    // them in order), so the page is copied for IndexedDB meanwhile: at most two in flight.
    let serverStates: Promise<void> = Promise.resolve();
    let previousPage: Promise<unknown> = Promise.resolve();
    let failure: unknown = null;
    // The page counts as received (the rep's progress bar) once a checkpoint past it is stored:
    // only then is it really done.
    const checkpoints = latestCheckpoint<SyncCheckpoint | null>(
      (next) => setCheckpoint(state, 'down', next),
      (count) => {
        if (count > 0) options.onStored(count);
      },
    );
    const allStored = async () => {
      await serverStates;
      await checkpoints.settled();
    };
    // RxDB's scans for local changes (the first one, or one asked for before this load began)
    // must be over before documents whose server state is not recorded yet land: they would
    // be taken for local changes and pushed back. Later ones wait for idle().
    await state.streamQueue.up;
    try {
      while (!options.isStopped()) {
        const page = await options.fetchPage(checkpoint, batchSize);
        if (failure) throw failure;
        const next = page.checkpoint ?? checkpoint;
        if (page.documents.some((doc) => seen.has(idOf(doc)))) {
          await allStored();
          finish();
          return { documents: page.documents, checkpoint: next ?? undefined };
        }
        for (const doc of page.documents) seen.add(idOf(doc));
        const writing = writeDocuments(state, page.documents);
        // After a page's documents, the records of their server states, unless the documents
        // stand for them (see the header), and then its checkpoint.
        serverStates = serverStates
          .then(() => writing)
          .then(async (written) => {
            if (!isLazy) await writeServerStatesAlone(state, written);
            checkpoints.offer(next, written.length);
          });
        allStored().catch((error: unknown) => {
          failure = error;
        });
        await previousPage;
        previousPage = writing;
        checkpoint = next;
        // Short and not stopped at its size by the server: caught up.
        if (page.documents.length < batchSize && !page.more) break;
      }
      await allStored();
      finish();
      return { documents: [], checkpoint: checkpoint ?? undefined };
    } catch (error) {
      // Let the writes already under way finish, so a retry carries on from their checkpoint.
      await allStored().catch(() => {});
      throw error;
    }
  }

  return {
    run(batchSize) {
      const state = options.replication();
      if (isOver || !state || state.hasAttachments) return Promise.resolve(null);
      // RxDB pulls from the start: the first page is asked for next, whether this load or
      // RxDB's own pull takes it, so it comes while the checks below read the storage.
      if (!stored) options.fetchAhead?.(null, batchSize);
      const loading = startingPoint(state).then((start) => {
        if (start) return load(state, start.from, batchSize);
        finish();
        return null;
      });
      running = loading.catch(() => {});
      return loading;
    },
    idle: () => running,
  };
}
