/**
 * Whole-workspace operations across collections: loading a prepared workspace (the demo, a
 * benchmark dataset) and counting what the laptop holds.
 */
import { combineLatest, map, type Observable } from 'rxjs';
import { COLLECTION_NAMES, OWNED_COLLECTIONS } from '../../../shared/schemas/index.ts';
import type { CollectionName, DocumentTypes } from '../../../shared/schemas/index.ts';
import type { FieldcaseCollections, FieldcaseDatabase } from '../database.ts';

export type WorkspaceDocuments = { [C in CollectionName]?: DocumentTypes[C][] };
export type CollectionCounts = Record<CollectionName, number>;

export class WorkspaceImportError extends Error {
  constructor(readonly collection: CollectionName, readonly failures: number, detail: string) {
    super(`${failures} ${collection} could not be stored: ${detail}`);
    this.name = 'WorkspaceImportError';
  }
}

/**
 * Upserts every document, collection by collection; loading the same workspace twice changes
 * nothing. Reports progress after each collection so a long import never looks frozen.
 */
export async function importWorkspace(
  db: FieldcaseDatabase,
  workspace: WorkspaceDocuments,
  onProgress?: (done: number, total: number) => void,
): Promise<CollectionCounts> {
  const counts = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, 0])) as CollectionCounts;
  const total = COLLECTION_NAMES.reduce((sum, name) => sum + (workspace[name]?.length ?? 0), 0);
  let done = 0;
  for (const name of COLLECTION_NAMES) {
    const docs: DocumentTypes[typeof name][] = workspace[name] ?? [];
    if (docs.length === 0) continue;
    counts[name] = await upsertAll(db, name, docs);
    done += docs.length;
    onProgress?.(done, total);
  }
  return counts;
}

async function upsertAll<C extends CollectionName>(db: FieldcaseDatabase, name: C, docs: DocumentTypes[C][]): Promise<number> {
  const collection: FieldcaseCollections[C] = db.collections[name];
  const result = await collection.bulkUpsert(docs);
  const [firstError] = result.error;
  if (firstError) {
    const detail = 'validationErrors' in firstError ? JSON.stringify(firstError.validationErrors) : `status ${firstError.status}`;
    throw new WorkspaceImportError(name, result.error.length, detail);
  }
  return result.success.length;
}

export function observeCollectionCounts(db: FieldcaseDatabase): Observable<CollectionCounts> {
  const counts = COLLECTION_NAMES.map((name) =>
    db.collections[name].count().$.pipe(map((count) => [name, count] as const)),
  );
  return combineLatest(counts).pipe(map((entries) => Object.fromEntries(entries) as CollectionCounts));
}

/** True while the laptop holds no content and no notes: the rep has not started yet. */
export function observeIsWorkspaceEmpty(db: FieldcaseDatabase): Observable<boolean> {
  return observeCollectionCounts(db).pipe(
    map((counts) => Object.values(counts).every((count) => count === 0)),
  );
}

/**
 * Gives the rep's documents written before sign-in (owned by the local rep) to the signed-in
 * user, so they sync as theirs instead of being refused by the server.
 */
export async function adoptLocalDocuments(db: FieldcaseDatabase, fromOwner: string, toOwner: string): Promise<number> {
  let adopted = 0;
  for (const name of OWNED_COLLECTIONS) {
    const collection = db.collections[name] as FieldcaseCollections['call_notes'] | undefined;
    if (!collection) continue;
    const docs = await collection.find({ selector: { ownerId: fromOwner } }).exec();
    for (const doc of docs) await doc.incrementalPatch({ ownerId: toOwner });
    adopted += docs.length;
  }
  return adopted;
}
