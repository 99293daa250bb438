import { addConnectedStorageToCollection, createRevision, getRxReplicationMetaInstanceSchema, now, type RxDocumentData, type RxStorageInstance, type RxStorageReplicationMeta } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallNote } from '../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from './database.ts';
import { note as serverNote } from '../../tests/helpers/server.ts';
import { bulkLoadMarkRow, derivesServerStates, isAsPulled, storedRecords } from './server-states.ts';
import { createTestDatabase } from './test-database.ts';

type Meta = RxDocumentData<RxStorageReplicationMeta<CallNote, unknown>>;
type Fork = RxStorageInstance<CallNote, unknown, unknown>;

const HASH = 'replication-hash';

describe('isAsPulled', () => {
  const doc = (rev: string, meta: Record<string, unknown>) => ({ id: 'n1', _rev: rev, _meta: { lwt: 1, ...meta }, _deleted: false, _attachments: {} });
  it.each([
    ['pulled by this replication, unchanged', doc('1-abc', { o: { hash: HASH, _rev: 1 } }), true],
    ['pulled, then updated by the pull', doc('3-abc', { o: { hash: HASH, _rev: 3 } }), true],
    ['pulled, then changed here (revision moved on)', doc('2-abc', { o: { hash: HASH, _rev: 1 } }), false],
    ['pulled by another replication (another server or user)', doc('1-abc', { o: { hash: 'other', _rev: 1 } }), false],
    ['written here, never pulled', doc('1-abc', {}), false],
    ['an origin mark of the wrong shape', doc('1-abc', { o: 'replication-hash' }), false],
    ['an origin revision given as text', doc('1-abc', { o: { hash: HASH, _rev: '1' } }), false],
  ])('%s', (_name, input, expected) => {
    expect(isAsPulled(input as RxDocumentData<unknown>, HASH)).toBe(expected);
  });
});

describe('a replication storage seen through the view', () => {
  let db: FieldcaseDatabase | undefined;
  afterEach(async () => {
    await db?.remove();
    db = undefined;
  });

  async function setUp() {
    db = await createTestDatabase(['call_notes']);
    const collection = db.call_notes;
    const schema = getRxReplicationMetaInstanceSchema(collection.schema.jsonSchema, false);
    const view = (await db.storage.createStorageInstance<RxStorageReplicationMeta<CallNote, unknown>>({
      databaseName: db.name,
      collectionName: 'rx-replication-meta-test',
      schema,
      databaseInstanceToken: db.token,
      multiInstance: false,
      options: {},
      devMode: false,
    })) as RxStorageInstance<RxStorageReplicationMeta<CallNote, unknown>, unknown, unknown>;
    const fork = (collection.storageInstance as unknown as { originalStorageInstance: Fork }).originalStorageInstance;
    // Listed as the collection's replication storage, as RxDB lists its own.
    await addConnectedStorageToCollection(collection, 'rx-replication-meta-test', schema);
    const note = (id: string): CallNote => serverNote('rep-1', id, { title: `Visit ${id}` });
    /** Stores notes as a bulk load does: with the origin mark of this replication. */
    async function pulled(...ids: string[]) {
      const meta = { lwt: now(), o: { _rev: 1, hash: HASH } };
      const rows = ids.map((id) => ({ document: { ...note(id), _deleted: false, _attachments: {}, _rev: createRevision(HASH), _meta: meta } as RxDocumentData<CallNote> }));
      expect((await fork.bulkWrite(rows, 'test-pull')).error).toEqual([]);
    }
    async function mark() {
      const row = bulkLoadMarkRow(schema as never, { identifierHash: HASH, collection: 'call_notes' }, createRevision('test'), now());
      expect((await view.bulkWrite([row as never], 'test')).error).toEqual([]);
    }
    const recordId = (id: string) => `${id}|0`;
    const read = async (...ids: string[]) => (await view.findDocumentsById(ids.map(recordId), true)) as Meta[];
    return { view, records: storedRecords(view), note, pulled, mark, read, recordId, collection: db.call_notes };
  }

  it('is what every replication storage of the app database is', async () => {
    const { view } = await setUp();
    expect(derivesServerStates(view)).toBe(true);
  });

  it('derives nothing for a replication that did not load in bulk', async () => {
    const { pulled, read } = await setUp();
    await pulled('n1');
    expect(await read('n1')).toEqual([]);
  });

  it('answers for a document as pulled with the document itself, and for nothing else', async () => {
    const { pulled, mark, read, collection, note } = await setUp();
    await mark();
    await pulled('n1', 'n2');
    await collection.insert(note('n3'));
    const records = await read('n1', 'n2', 'n3', 'missing');
    expect(records.map((record) => [record.itemId, record.docData.title, record.docData._deleted])).toEqual([
      ['n1', 'Visit n1', false],
      ['n2', 'Visit n2', false],
    ]);
  });

  it('reads the documents alongside the records, and answers with a stored record over its document', async () => {
    const { pulled, mark, read, records, recordId } = await setUp();
    await mark();
    await pulled('n1', 'n2');
    const [derived] = await read('n1');
    // Stored meanwhile, the document still as pulled (RxDB's pull stores both).
    const stored = { ...(derived as Meta), docData: { ...(derived as Meta).docData, title: 'As stored' }, _rev: createRevision('test'), _meta: { lwt: now() } };
    expect((await records.bulkWrite([{ document: stored }], 'test')).error).toEqual([]);
    // The documents are asked for before the records have answered.
    const order: string[] = [];
    const fork = (db?.call_notes.storageInstance as unknown as { originalStorageInstance: Fork }).originalStorageInstance;
    const readRecords = records.findDocumentsById.bind(records);
    records.findDocumentsById = async (...args) => {
      order.push('records asked');
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('records answered');
      return readRecords(...args);
    };
    const readDocs = fork.findDocumentsById.bind(fork);
    fork.findDocumentsById = (...args) => {
      order.push('documents asked');
      return readDocs(...args);
    };
    const found = await read('n1', 'n2');
    expect(order).toEqual(['records asked', 'documents asked', 'records answered']);
    expect(found.map((record) => [record.itemId, record.docData.title])).toEqual([
      ['n1', 'As stored'],
      ['n2', 'Visit n2'],
    ]);
    expect(recordId('n1')).toBe(found[0]?.id);
  });

  it('keeps the server state before the first change, so the change is not taken for it', async () => {
    const { pulled, mark, read, records, collection, recordId } = await setUp();
    await mark();
    await pulled('n1');
    const doc = await collection.findOne('n1').exec();
    await doc?.incrementalPatch({ title: 'Changed here' });
    const [stored] = (await records.findDocumentsById([recordId('n1')], true)) as Meta[];
    expect(stored?.docData.title).toBe('Visit n1');
    expect((await read('n1')).map((record) => record.docData.title)).toEqual(['Visit n1']);
  });

  it('writes over a derived record as a first write, also when one was stored meanwhile', async () => {
    const { pulled, mark, read, records, view, recordId, collection } = await setUp();
    await mark();
    await pulled('n1', 'n2', 'n3');
    const [first, second, third] = await read('n1', 'n2', 'n3');
    // n2's record gets stored meanwhile, from the same revision (the rep's first change).
    const doc = await collection.findOne('n2').exec();
    await doc?.incrementalPatch({ title: 'Changed here' });
    // n3's from another revision (a pull came in between).
    const newer = { ...(third as Meta), docData: { ...(third as Meta).docData, title: 'Pulled meanwhile' }, _rev: createRevision('other'), _meta: { lwt: now() } };
    expect((await records.bulkWrite([{ document: newer }], 'test')).error).toEqual([]);
    const rows = [first, second, third].map((previous) => ({
      previous,
      document: { ...(previous as Meta), docData: { ...(previous as Meta).docData, title: 'Newer on the server' }, _rev: createRevision('test', previous), _meta: { lwt: now() } },
    }));
    expect((await view.bulkWrite(rows as never, 'test')).error).toEqual([]);
    const stored = (await records.findDocumentsById([recordId('n1'), recordId('n2'), recordId('n3')], true)) as Meta[];
    expect(stored.map((record) => [record.itemId, record.docData.title])).toEqual([
      ['n1', 'Newer on the server'],
      ['n2', 'Newer on the server'],
      ['n3', 'Newer on the server'],
    ]);
  });
});
