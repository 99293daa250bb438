/**
 * Before the rep's first change to a document that stands for its own server state (pulled by
 * a bulk first load and not changed since: see server-states.ts), its record is written for
 * real. The change then pushes with the server's state as its base, and conflicts merge against
 * it, exactly as if the load had stored every record.
 *
 * The replications' storages are found through RxDB's list of each collection's connected
 * storages, so this works in every window and while signed out, when no replication runs.
 */
import {
  getAllCollectionDocuments,
  isRxDocument,
  type RxCollection,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageInstance,
  type RxStorageReplicationMeta,
} from 'rxdb';
import type { FieldcaseDatabase } from './database.ts';
import { pulledBy, readBulkLoadMark, recordOf, storageBehind } from './server-states.ts';

type MetaDocument = RxDocumentData<RxStorageReplicationMeta<unknown, unknown>>;
type Records = RxStorageInstance<MetaDocument, unknown, unknown>;

const REPLICATION_STORAGE_PREFIX = 'rx-replication-meta-';

interface Source {
  records: Records;
  schema: RxJsonSchema<MetaDocument>;
}

/** The replications' stored records of one database, by identifier hash, opened on first need. */
class Sources {
  private readonly byHash = new Map<string, Source>();
  /** Each replication storage opened here. */
  private readonly opened = new Map<string, Promise<Records>>();
  /** Storages whose bulk-load mark has been read: a mark never changes. */
  private readonly marked = new Set<string>();
  /**
   * Replications found not to have loaded in bulk. That never changes either: a load marks its
   * replication before writing its first document, so by the time any document carries a
   * replication's origin mark, whether that replication loaded in bulk is settled.
   */
  private readonly unmarked = new Set<string>();

  constructor(private readonly db: FieldcaseDatabase) {
    db.onClose.push(() => this.close());
  }

  async find(collection: RxCollection, identifierHash: string): Promise<Source | null> {
    const known = this.byHash.get(identifierHash);
    if (known) return known;
    if (this.unmarked.has(identifierHash)) return null;
    // Not known yet: a replication started since the last look (a new sign-in), or one that
    // had not begun its bulk load then.
    const docs = await getAllCollectionDocuments(this.db.internalStore);
    const storages = docs
      .filter((doc) => doc.data.name === collection.name)
      .flatMap((doc) => doc.data.connectedStorages)
      .filter((storage) => storage.collectionName.startsWith(REPLICATION_STORAGE_PREFIX) && storage.schema.version === collection.schema.version);
    for (const { collectionName, schema } of storages) {
      if (this.marked.has(collectionName)) continue;
      let opening = this.opened.get(collectionName);
      if (!opening) {
        opening = this.open(collectionName, schema);
        this.opened.set(collectionName, opening);
      }
      const records = await opening;
      const mark = await readBulkLoadMark(records);
      if (!mark) continue;
      this.marked.add(collectionName);
      this.byHash.set(mark.identifierHash, { records, schema });
    }
    const found = this.byHash.get(identifierHash) ?? null;
    if (!found) this.unmarked.add(identifierHash);
    return found;
  }

  /** Its stored records only: the replication's view of them is not needed here. */
  private async open(collectionName: string, schema: RxJsonSchema<MetaDocument>): Promise<Records> {
    const instance = await storageBehind(this.db.storage).createStorageInstance<MetaDocument>({
      databaseName: this.db.name,
      collectionName,
      schema,
      databaseInstanceToken: this.db.token,
      multiInstance: this.db.multiInstance,
      options: {},
      devMode: false,
      password: this.db.password,
    });
    return instance as unknown as Records;
  }

  private async close(): Promise<void> {
    const all = [...this.opened.values()];
    this.opened.clear();
    this.marked.clear();
    this.unmarked.clear();
    this.byHash.clear();
    await Promise.all(all.map((opening) => opening.then((records) => records.close()).catch(() => {})));
  }
}

/** The stored document a change starts from: save hooks get it as data, remove hooks as a document. */
function storedStateOf(target: unknown): RxDocumentData<unknown> | null {
  const stored = isRxDocument(target) ? (target as unknown as { _data: RxDocumentData<unknown> })._data : target;
  return stored && typeof stored === 'object' && '_rev' in stored ? (stored as RxDocumentData<unknown>) : null;
}

async function recordBeforeChange(sources: Sources, collection: RxCollection, target: unknown): Promise<void> {
  const stored = storedStateOf(target);
  // Only a document still as a replication pulled it can be standing for its server state.
  const identifierHash = stored && pulledBy(stored);
  if (!stored || !identifierHash) return;
  const source = await sources.find(collection, identifierHash);
  if (!source) return;
  const record = recordOf(source.schema, stored, collection.schema.primaryPath as string);
  const [existing] = await source.records.findDocumentsById([record.id], true);
  if (existing) return;
  const result = await source.records.bulkWrite([{ document: record }], 'fieldcase-server-state-before-change');
  // 409: written meanwhile (by the replication, or this change's earlier try): it is there.
  const failed = result.error.filter((error) => error.status !== 409);
  if (failed.length > 0) throw new Error(`Keeping the server's copy of ${record.itemId} before changing it failed (status ${failed[0]?.status}).`);
}

/** Installs the hooks on every collection of the database. */
export function recordServerStatesBeforeLocalWrites(db: FieldcaseDatabase): void {
  const sources = new Sources(db);
  for (const collection of Object.values(db.collections) as RxCollection[]) {
    const before = (_data: unknown, target: unknown) => recordBeforeChange(sources, collection, target);
    collection.preSave(before, false);
    collection.preRemove(before, false);
  }
}
