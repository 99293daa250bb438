/**
 * What the one search reads: each searchable collection whole (to build the index), and one
 * stream of their changes (to keep it up to date afterwards).
 */
import { merge, map, type Observable } from 'rxjs';
import type { Account, BattleCard, CallNote, Collateral, Contact, DemoScript } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';

export interface SearchableTypes {
  battle_cards: BattleCard;
  call_notes: CallNote;
  accounts: Account;
  contacts: Contact;
  collateral: Collateral;
  demo_scripts: DemoScript;
}

export type SearchableCollection = keyof SearchableTypes;

export const SEARCHABLE_COLLECTIONS: readonly SearchableCollection[] = [
  'battle_cards',
  'call_notes',
  'accounts',
  'contacts',
  'collateral',
  'demo_scripts',
];

/** One document of one searchable collection. */
export type SearchableRecord = {
  [C in SearchableCollection]: { collection: C; doc: SearchableTypes[C] };
}[SearchableCollection];

/** A write seen by the database: the document as it now is, or `deleted` with its id. */
export type SearchableChange =
  | ({ operation: 'upsert' } & SearchableRecord)
  | { operation: 'delete'; collection: SearchableCollection; id: string };

/**
 * Every document of one collection, in one query. Not paged: RxDB's planner serves an `id > x`
 * page from another index and sorts in memory, so paging reads the collection once per page
 * (measured: 13 s instead of well under one for 10,000 notes). The IndexedDB cursor behind one
 * query does not hold the main thread; the caller indexes the result in slices.
 */
export async function readSearchable<C extends SearchableCollection>(db: FieldcaseDatabase, collection: C): Promise<SearchableTypes[C][]> {
  // Typed through one collection: every searchable collection has a string primary key `id`.
  const docs = await (db.collections[collection] as FieldcaseDatabase['accounts']).find().exec();
  return docs.map((doc) => doc.toMutableJSON() as unknown as SearchableTypes[C]);
}

/**
 * Every insert, update and delete of the searchable collections, including those made by sync
 * and by other windows of the app (RxDB's change stream covers all of them).
 */
export function observeSearchableChanges(db: FieldcaseDatabase): Observable<SearchableChange> {
  const streams = SEARCHABLE_COLLECTIONS.map((collection) =>
    (db.collections[collection] as FieldcaseDatabase['accounts']).$.pipe(
      map((event): SearchableChange => {
        if (event.operation === 'DELETE') return { operation: 'delete', collection, id: event.documentId };
        const { _deleted, _attachments, _meta, _rev, ...doc } = event.documentData;
        // A write of a tombstone (a delete that arrived by replication) is a delete too.
        if (_deleted) return { operation: 'delete', collection, id: event.documentId };
        return { operation: 'upsert', collection, doc } as SearchableChange;
      }),
    ),
  );
  return merge(...streams);
}
