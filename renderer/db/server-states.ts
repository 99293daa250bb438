/**
 * The replication's record of each document's server state, kept by the document itself until
 * the rep first changes it.
 *
 * For every document RxDB's replication stores a second, full copy: the state the server last
 * sent (the "assumed master state"). A push sends it as the base the server checks against, and
 * conflicts merge three ways against it. Right after a pull, though, that copy equals the
 * document: storing both doubles a first sync's IndexedDB work for nothing. So a bulk first load
 * (renderer/sync/first-load.ts) stores the documents only, each tagged with RxDB's own origin
 * mark (`_meta.o`: written by this replication, at this revision), and marks the replication as
 * loaded that way. From then on:
 *
 * - Reads of the records (the replication's push, pull, catch-up scans, pending count) go
 *   through a view of the replication's storage: a missing record of a document that still
 *   carries its origin mark is the document itself (`withServerStatesDerived`).
 * - Before the rep's first change to such a document, its record is written for real, from the
 *   document as it was (`recordServerStatesBeforeLocalWrites`). A change clears the origin mark
 *   (it raises the revision), so the document no longer stands for the server's state, and the
 *   record now holds it. This runs in any window, whether or not it replicates, and whether or
 *   not the rep is signed in.
 *
 * RxDB's own pull treats a marked document without a record the same way (it was written by the
 * pull, whose record write did not happen), so the pull needs nothing from here.
 */
import {
  getComposedPrimaryKeyOfDocumentData,
  getHeightOfRevision,
  getPrimaryFieldOfPrimaryKey,
  META_INSTANCE_SCHEMA_TITLE,
  now,
  writeDocToDocState,
  type BulkWriteRow,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorage,
  type RxStorageBulkWriteResponse,
  type RxStorageInstance,
  type RxStorageInstanceCreationParams,
  type RxStorageReplicationMeta,
} from 'rxdb';
import type { Subscription } from 'rxjs';

type Meta = RxStorageReplicationMeta<unknown, unknown>;
type MetaDocument = RxDocumentData<Meta>;
// Replication records and collection documents alike: the view passes either through untouched.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a storage of any document type
type AnyInstance = RxStorageInstance<any, unknown, unknown, any>;

/** The item id of the replication record saying "this replication loaded without records". */
export const BULK_LOAD_MARK = 'bulk';

interface BulkLoadMark {
  /** Hash of the replication's identifier: the `hash` of the origin marks it wrote. */
  identifierHash: string;
  /** The collection it replicates. */
  collection: string;
}

/** The replication record saying that this replication's bulk load stores no records. */
export function bulkLoadMarkRow(metaSchema: RxJsonSchema<MetaDocument>, mark: BulkLoadMark, revision: string, writeTime: number): BulkWriteRow<Meta> {
  const document: MetaDocument = {
    id: '',
    isCheckpoint: '1',
    itemId: BULK_LOAD_MARK,
    checkpointData: { ...mark },
    _deleted: false,
    _attachments: {},
    _meta: { lwt: writeTime },
    _rev: revision,
  };
  document.id = getComposedPrimaryKeyOfDocumentData(metaSchema, document);
  return { document };
}

interface OriginMark {
  hash: string;
  _rev: number;
}

/** The identifier hash of the replication that pulled this revision of the document, if one did. */
export function pulledBy(doc: RxDocumentData<unknown>): string | null {
  const origin = (doc._meta as { o?: OriginMark }).o;
  return origin !== undefined && origin._rev === getHeightOfRevision(doc._rev) && typeof origin.hash === 'string' ? origin.hash : null;
}

/** Whether this document is exactly as the replication with this identifier hash pulled it. */
export function isAsPulled(doc: RxDocumentData<unknown>, identifierHash: string): boolean {
  return pulledBy(doc) === identifierHash;
}

/** The record RxDB would have stored for a document pulled and not changed since. */
export function recordOf(metaSchema: RxJsonSchema<MetaDocument>, doc: RxDocumentData<unknown>, primaryPath: string): MetaDocument {
  const record: MetaDocument = {
    id: '',
    isCheckpoint: '0',
    itemId: (doc as Record<string, unknown>)[primaryPath] as string,
    docData: writeDocToDocState(doc, false, false),
    _deleted: false,
    _attachments: {},
    _meta: { lwt: now() },
    _rev: doc._rev,
  };
  record.id = getComposedPrimaryKeyOfDocumentData(metaSchema, record);
  return record;
}

const ITEM_SUFFIX = '|0';
const markId = (metaSchema: RxJsonSchema<MetaDocument>) => getComposedPrimaryKeyOfDocumentData(metaSchema, { itemId: BULK_LOAD_MARK, isCheckpoint: '1' });

/** The bulk load's mark in a replication's records, if it loaded that way. */
export async function readBulkLoadMark(instance: AnyInstance): Promise<BulkLoadMark | null> {
  const [row] = (await instance.findDocumentsById([markId(instance.schema as RxJsonSchema<MetaDocument>)], false)) as MetaDocument[];
  return (row?.checkpointData as BulkLoadMark | undefined) ?? null;
}

/**
 * A replication's storage, as RxDB's replication sees it: a record that is not stored is the
 * document itself when the document still carries this replication's origin mark.
 */
class ServerStateView implements AnyInstance {
  readonly databaseName: string;
  readonly collectionName: string;
  readonly schema: AnyInstance['schema'];
  readonly internals: AnyInstance['internals'];
  readonly options: AnyInstance['options'];
  /** Only where the storage has it: RxDB falls back to a query otherwise. */
  readonly getChangedDocumentsSince?: AnyInstance['getChangedDocumentsSince'];
  /** Records handed out that are not stored. */
  private readonly derived = new WeakSet<object>();
  private mark: Promise<BulkLoadMark | null> | null = null;
  /**
   * Documents written in this session in a state that is not as pulled (the rep's changes, new
   * documents): no need to read them to know that they do not stand for their server state.
   * The push asks about exactly these, often thousands at once.
   */
  private readonly changed = new Set<string>();
  private watching: Subscription | null = null;

  constructor(
    /** The records actually stored. */
    readonly stored: AnyInstance,
    private readonly forkOf: (collection: string) => AnyInstance | undefined,
  ) {
    this.databaseName = stored.databaseName;
    this.collectionName = stored.collectionName;
    this.schema = stored.schema;
    this.internals = stored.internals;
    this.options = stored.options;
    if (stored.getChangedDocumentsSince) this.getChangedDocumentsSince = stored.getChangedDocumentsSince.bind(stored);
    // Early, so the rep's first changes are already watched.
    void this.bulkLoadMark().catch(() => {
      this.mark = null;
    });
  }

  /**
   * Read once. Only the bulk load writes the mark, at its start, through the replication's own
   * view: writing it makes this view read it again.
   */
  private bulkLoadMark(): Promise<BulkLoadMark | null> {
    this.mark ??= readBulkLoadMark(this.stored).then((mark) => {
      const fork = mark && this.forkOf(mark.collection);
      if (mark && fork) this.watch(fork, mark);
      return mark;
    });
    return this.mark;
  }

  async findDocumentsById(ids: string[], withDeleted: boolean): Promise<MetaDocument[]> {
    const reading = this.stored.findDocumentsById(ids, withDeleted) as Promise<MetaDocument[]>;
    // Awaited below, or returned; seen here so a failure while the mark is read is not unhandled.
    reading.catch(() => {});
    const mark = await this.bulkLoadMark();
    const fork = mark && this.forkOf(mark.collection);
    if (!mark || !fork) return reading;
    // The documents that may stand for their records are read alongside the records, not after
    // them: a live change from the server waits for one IndexedDB round trip, not two.
    const candidates = ids
      .filter((id) => id.endsWith(ITEM_SUFFIX))
      .map((id) => id.slice(0, -ITEM_SUFFIX.length))
      .filter((id) => !this.changed.has(id));
    const [found, docs] = await Promise.all([reading, candidates.length > 0 ? (fork.findDocumentsById(candidates, true) as Promise<RxDocumentData<unknown>[]>) : []]);
    if (found.length === ids.length) return found;
    const have = new Set(found.map((record) => record.itemId));
    const primaryPath = getPrimaryFieldOfPrimaryKey(fork.schema.primaryKey) as string;
    for (const doc of docs) {
      if (have.has((doc as Record<string, unknown>)[primaryPath] as string) || !isAsPulled(doc, mark.identifierHash)) continue;
      const record = recordOf(this.schema as RxJsonSchema<MetaDocument>, doc, primaryPath);
      this.derived.add(record);
      found.push(record);
    }
    return found;
  }

  private watch(fork: AnyInstance, mark: BulkLoadMark): void {
    if (this.watching) return;
    const primaryPath = getPrimaryFieldOfPrimaryKey(fork.schema.primaryKey) as string;
    this.watching = fork.changeStream().subscribe((bulk) => {
      for (const event of bulk.events) {
        const id = (event.documentData as Record<string, unknown>)[primaryPath] as string;
        if (isAsPulled(event.documentData, mark.identifierHash)) this.changed.delete(id);
        else this.changed.add(id);
      }
    });
  }

  async bulkWrite(rows: BulkWriteRow<Meta>[], context: string): Promise<RxStorageBulkWriteResponse<Meta>> {
    if (rows.some((row) => row.document.itemId === BULK_LOAD_MARK && row.document.isCheckpoint === '1')) this.mark = null;
    // Over a derived record, nothing stored is a first write (RxDB's storage takes a write whose
    // previous state is not stored as an insert), and a record stored since from the same
    // revision of the document has the same revision: both just work.
    const result = await this.stored.bulkWrite(rows, context);
    if (result.error.length === 0) return result;
    // A record stored meanwhile from a newer revision (the rep's first change came right after
    // a pull): this write, made from what the server sent, is newer still.
    const overDerived = new Set(rows.filter((row) => row.previous && this.derived.has(row.previous)).map((row) => row.document.id));
    const raced = result.error.filter((error) => error.status === 409 && overDerived.has(error.documentId) && 'documentInDb' in error);
    if (raced.length === 0) return result;
    const retries = raced.map((error) => ({ previous: (error as { documentInDb: MetaDocument }).documentInDb, document: error.writeRow.document }));
    const retried = await this.stored.bulkWrite(retries, context);
    return { error: [...result.error.filter((error) => !raced.includes(error)), ...retried.error] };
  }

  query(...args: Parameters<AnyInstance['query']>) {
    return this.stored.query(...args);
  }
  count(...args: Parameters<AnyInstance['count']>) {
    return this.stored.count(...args);
  }
  getAttachmentData(...args: Parameters<AnyInstance['getAttachmentData']>) {
    return this.stored.getAttachmentData(...args);
  }
  changeStream() {
    return this.stored.changeStream();
  }
  cleanup(minimumDeletedTime: number) {
    return this.stored.cleanup(minimumDeletedTime);
  }
  close() {
    this.watching?.unsubscribe();
    return this.stored.close();
  }
  remove() {
    this.watching?.unsubscribe();
    return this.stored.remove();
  }
}

/** The storage each wrapper wraps: for code that needs the stored records only, without a view. */
const wrapped = new WeakMap<object, RxStorage<unknown, unknown>>();

/** The storage behind the wrapper (the storage itself if it is not one). */
export function storageBehind<Internals, Options>(storage: RxStorage<Internals, Options>): RxStorage<Internals, Options> {
  return (wrapped.get(storage) as RxStorage<Internals, Options> | undefined) ?? storage;
}

const instanceKey = (databaseName: string, collectionName: string, version: number) => `${databaseName}\u0000${collectionName}\u0000${version}`;

/**
 * The storage with server states derived (see the header). Every replication's storage is seen
 * through a ServerStateView; everything else is the storage's own.
 */
export function withServerStatesDerived<Internals, Options>(storage: RxStorage<Internals, Options>): RxStorage<Internals, Options> {
  // The collections' storages by database, name and schema version (a migration opens two);
  // held weakly, so a closed database's are not kept alive by this map.
  const collections = new Map<string, WeakRef<AnyInstance>>();
  const wrapper: RxStorage<Internals, Options> = {
    name: storage.name,
    rxdbVersion: storage.rxdbVersion,
    async createStorageInstance<D>(params: RxStorageInstanceCreationParams<D, Options>) {
      const instance = await storage.createStorageInstance(params);
      const { databaseName, schema } = params;
      if (schema.title === META_INSTANCE_SCHEMA_TITLE) {
        const view = new ServerStateView(instance as AnyInstance, (collection) => collections.get(instanceKey(databaseName, collection, schema.version))?.deref());
        return view as unknown as RxStorageInstance<D, Internals, Options>;
      }
      collections.set(instanceKey(databaseName, params.collectionName, schema.version), new WeakRef(instance as AnyInstance));
      return instance;
    },
  };
  wrapped.set(wrapper, storage as RxStorage<unknown, unknown>);
  return wrapper;
}

/** Whether this replication storage derives missing records (it was opened through the wrapper). */
export function derivesServerStates(instance: unknown): boolean {
  return instance instanceof ServerStateView;
}

/** The records actually stored behind a replication's storage, if it is a view. */
export function storedRecords(instance: AnyInstance): AnyInstance {
  return instance instanceof ServerStateView ? instance.stored : instance;
}
