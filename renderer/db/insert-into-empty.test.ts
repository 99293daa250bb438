import { createRevision, now, type BulkWriteRow, type RxDocumentData, type RxStorageInstance } from 'rxdb';
import { fromStorageToDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallNote } from '../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from './database.ts';
import { note as serverNote } from '../../tests/helpers/server.ts';
import { asStoredByDexie, insertIntoEmpty } from './insert-into-empty.ts';
import { createTestDatabase } from './test-database.ts';

type Fork = RxStorageInstance<CallNote, unknown, unknown>;

const note = (id: string, patch: Partial<CallNote> = {}): CallNote => serverNote('rep-1', id, { title: `Visit ${id}`, ...patch });

const rowsOf = (docs: CallNote[], deleted: string[] = []): BulkWriteRow<CallNote>[] => {
  const meta = { lwt: now() };
  return docs.map((doc) => ({ document: { ...doc, _deleted: deleted.includes(doc.id), _attachments: {}, _rev: createRevision('test'), _meta: meta } as RxDocumentData<CallNote> }));
};

describe('insertIntoEmpty', () => {
  let db: FieldcaseDatabase | undefined;
  afterEach(async () => {
    await db?.remove();
    db = undefined;
  });

  async function open(devMode: boolean) {
    db = await createTestDatabase(['call_notes'], { devMode });
    const fork = (db.call_notes.storageInstance as unknown as { originalStorageInstance: Fork }).originalStorageInstance;
    return { collection: db.call_notes, fork };
  }

  it('adds the documents and tells queries about them, as RxDB’s own insert does', async () => {
    const { collection, fork } = await open(false);
    const told: string[] = [];
    const subscription = collection.insert$.subscribe((event) => told.push(event.documentId));
    const listed = collection.find({ sort: [{ id: 'asc' }] }).$;
    const seen: string[][] = [];
    const listing = listed.subscribe((docs) => seen.push(docs.map((doc) => doc.id)));

    expect(await insertIntoEmpty(fork, rowsOf([note('n1'), note('n2'), note('n3')], ['n3']), 'test-load')).toBe(true);
    await expect.poll(() => seen.at(-1)).toEqual(['n1', 'n2']);
    expect(told).toEqual(['n1', 'n2']);
    const stored = await fork.findDocumentsById(['n1', 'n3'], true);
    expect(stored.map((doc) => [doc.id, doc.title, doc._deleted])).toEqual([
      ['n1', 'Visit n1', false],
      ['n3', 'Visit n3', true],
    ]);
    // Found by its indexes, as any stored document.
    expect((await collection.find({ selector: { ownerId: 'rep-1' } }).exec()).map((doc) => doc.id).sort()).toEqual(['n1', 'n2']);
    subscription.unsubscribe();
    listing.unsubscribe();
  });

  it('refuses the whole page when one id is stored already, writing none of it', async () => {
    const { collection, fork } = await open(false);
    await collection.insert(note('n2', { title: 'Written here' }));
    await expect(insertIntoEmpty(fork, rowsOf([note('n1'), note('n2')]), 'test-load')).rejects.toThrow();
    const stored = await fork.findDocumentsById(['n1', 'n2'], true);
    expect(stored.map((doc) => [doc.id, doc.title])).toEqual([['n2', 'Written here']]);
  });

  it('leaves a storage it cannot write this way to RxDB (development checks wrap it)', async () => {
    const { fork } = await open(true);
    expect(await insertIntoEmpty(fork, rowsOf([note('n1')]), 'test-load')).toBe(false);
    expect(await fork.findDocumentsById(['n1'], true)).toEqual([]);
  });
});

describe('asStoredByDexie', () => {
  const base = { id: 'n1', _deleted: false, _rev: '1-a', _attachments: {}, _meta: { lwt: 5 }, tags: ['a', 'b'], steps: [{ id: 's1', done: true }] };

  it.each([
    ['a plain document', ['_deleted'], base],
    ['a deleted one', ['_deleted'], { ...base, _deleted: true }],
    ['a boolean index field, set and unset', ['_deleted', 'pinned'], { ...base, pinned: true }],
    ['a boolean index field missing', ['_deleted', 'pinned'], base],
    ['a boolean index on a nested field', ['_deleted', 'flags.hot'], { ...base, flags: { hot: true } }],
    ['a key starting with | at the top', ['_deleted'], { ...base, '|a': 1 }],
    ['a key starting with | deep inside', ['_deleted'], { ...base, steps: [{ id: 's1', meta: { '|x': 'y' } }] }],
    ['null and empty values', ['_deleted'], { ...base, opportunityId: null, body: '', nextSteps: [] }],
  ])('stores %s as RxDB’s Dexie storage does', (_, booleanIndexes, doc) => {
    const before = structuredClone(doc);
    const typed = doc as unknown as RxDocumentData<{ id: string }>;
    expect(asStoredByDexie(booleanIndexes, typed)).toEqual(fromStorageToDexie(booleanIndexes, typed));
    // The document RxDB reports to queries is left as it was.
    expect(doc).toEqual(before);
  });
});
