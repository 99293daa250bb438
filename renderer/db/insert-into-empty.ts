/**
 * Stores a page of a first sync in RxDB's Dexie storage without RxDB's read before writing.
 *
 * RxDB's storage reads every id of a write before writing, to tell inserts from updates and to
 * find conflicts. Into a collection that was empty when the first sync began, the sync's pages
 * are all inserts: about 7% of a first sync's main-thread time went to reading ids that are
 * not there (bench/sync, CPU profile). This adds the documents with IndexedDB's add, which
 * refuses an id that exists (and then nothing of the page is written, and the caller writes it
 * through RxDB instead), and reports the change exactly as RxDB's storage reports an insert, so
 * queries, other windows and the replication see it as usual.
 *
 * It works on RxDB 17.6's Dexie storage instance itself; on any other (a wrapped one, or one
 * whose write development checks replaced) it does nothing and says so.
 */
import type { BulkWriteRow, EventBulk, RxDocumentData, RxStorageChangeEvent, RxStorageDefaultCheckpoint, RxStorageInstance } from 'rxdb';
import { fromStorageToDexie, RxStorageInstanceDexie } from 'rxdb/plugins/storage-dexie';
import type { Subject } from 'rxjs';

let eventBulks = 0;

/** Whether a key at any depth starts with '|', which RxDB's Dexie storage renames before storing. */
function hasPipeKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasPipeKey);
  const object = value as Record<string, unknown>;
  // Keys only: this runs over every document of a page, so nothing is copied for it.
  for (const key of Object.keys(object)) if (key.startsWith('|') || hasPipeKey(object[key])) return true;
  return false;
}

/**
 * A document as RxDB's Dexie storage stores it (fromStorageToDexie): boolean index fields as
 * '1' or '0', keys starting with '|' renamed. Documents have no such keys here (key compression
 * is off): a shallow copy with the booleans set stores the same, without RxDB's copy of every
 * nested object of every document of a page.
 */
export function asStoredByDexie<D>(booleanIndexes: string[], doc: RxDocumentData<D>): unknown {
  if (booleanIndexes.some((path) => path.includes('.')) || hasPipeKey(doc)) return fromStorageToDexie(booleanIndexes, doc);
  const stored: Record<string, unknown> = { ...doc };
  for (const path of booleanIndexes) stored[path] = stored[path] ? '1' : '0';
  return stored;
}

/** Resolves true once added and reported; false when this storage cannot be written this way. */
export async function insertIntoEmpty<D>(instance: RxStorageInstance<D, unknown, unknown>, rows: BulkWriteRow<D>[], context: string): Promise<boolean> {
  // Dexie's own instance, with its own write: development checks replace the write in place.
  if (!(instance instanceof RxStorageInstanceDexie) || instance.bulkWrite !== RxStorageInstanceDexie.prototype.bulkWrite || instance.closed) return false;
  const dexie = instance as RxStorageInstanceDexie<D>;
  if (rows.length === 0) return true;
  const { dexieDb, dexieTable, booleanIndexes } = await dexie.internals;
  const documents = rows.map((row) => row.document as RxDocumentData<D>);
  const stored = documents.map((doc) => asStoredByDexie(booleanIndexes, doc));
  await dexieDb.transaction('rw', dexieTable, () => dexieTable.bulkAdd(stored));

  const primaryPath = dexie.primaryPath;
  const last = documents[documents.length - 1] as RxDocumentData<D>;
  const eventBulk: EventBulk<RxStorageChangeEvent<RxDocumentData<D>>, RxStorageDefaultCheckpoint> = {
    id: `fieldcase-insert-into-empty-${++eventBulks}`,
    context,
    checkpoint: { id: last[primaryPath] as string, lwt: last._meta.lwt },
    // As RxDB's storage: an inserted deleted document is stored, but no one is told.
    events: documents
      .filter((doc) => !doc._deleted)
      .map((doc) => ({ documentId: doc[primaryPath] as string, operation: 'INSERT' as const, documentData: doc, previousDocumentData: undefined })),
  };
  if (eventBulk.events.length > 0) (dexie as unknown as { changes$: Subject<typeof eventBulk> }).changes$.next(eventBulk);
  return true;
}
