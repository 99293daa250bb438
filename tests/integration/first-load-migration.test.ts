/**
 * A collection loaded in bulk (its documents standing for their own server states, see
 * renderer/db/server-states.ts) keeps syncing correctly across a schema migration: RxDB copies
 * the documents with their revisions and origin marks, and the replication's records with the
 * load's mark, into the new version.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { addRxPlugin, createRxDatabase, getChangedDocumentsSince, type RxJsonSchema } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { noteConflictHandler } from '../../renderer/db/conflict-handlers.ts';
import type { FieldcaseDatabase } from '../../renderer/db/database.ts';
import { MIGRATIONS } from '../../renderer/db/migrations.ts';
import { updateNote } from '../../renderer/db/repos/notes.repo.ts';
import { recordServerStatesBeforeLocalWrites } from '../../renderer/db/server-states-before-change.ts';
import { storedRecords, withServerStatesDerived } from '../../renderer/db/server-states.ts';
import { replicateCollection, type CollectionReplication } from '../../renderer/sync/replication.ts';
import { createTransport, type Transport } from '../../renderer/sync/transport.ts';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import type { Store } from '../../server/store/store.ts';
import { SCHEMAS, type CallNote } from '../../shared/schemas/index.ts';
import type { PushRow } from '../../shared/sync/protocol.ts';
import { addUser, note, signIn, startTestServer, type TestServer } from '../helpers/server.ts';

addRxPlugin(RxDBMigrationSchemaPlugin);

let store: Store;
let server: TestServer;
let transport: Transport;
let repId: string;
const NAME = `migration-${crypto.randomUUID()}`;

/** The app's database as it runs, with call notes at the current version or one above it. */
async function open(isNextVersion: boolean): Promise<FieldcaseDatabase> {
  const current = structuredClone(SCHEMAS.call_notes) as unknown as RxJsonSchema<CallNote>;
  const schema = isNextVersion ? { ...current, version: current.version + 1 } : current;
  const strategies = { ...MIGRATIONS.call_notes, ...(isNextVersion ? { [schema.version]: (doc: CallNote) => doc } : {}) };
  const db = await createRxDatabase({
    name: NAME,
    storage: withServerStatesDerived(getRxStorageDexie({ indexedDB, IDBKeyRange })),
    multiInstance: false,
  });
  await db.addCollections({ call_notes: { schema, migrationStrategies: strategies, conflictHandler: noteConflictHandler } });
  recordServerStatesBeforeLocalWrites(db as unknown as FieldcaseDatabase);
  return db as unknown as FieldcaseDatabase;
}

function replicate(db: FieldcaseDatabase, pushed: PushRow<{ id: string }>[]): CollectionReplication {
  const recording: Transport = {
    ...transport,
    push(collection, rows) {
      for (const row of rows) pushed.push(row);
      return transport.push(collection, rows);
    },
  };
  return replicateCollection(db, 'call_notes', recording, { identity: 'migration', pullBatchSize: 50 });
}

/** How many documents' server states the replication has stored (not derived). */
async function storedStates(replication: CollectionReplication): Promise<number> {
  const meta = replication.state.internalReplicationState?.input.metaInstance;
  if (!meta) throw new Error('the replication has not started');
  const { documents } = await getChangedDocumentsSince(storedRecords(meta), 1_000);
  return documents.filter((record) => record.isCheckpoint === '0').length;
}

beforeEach(async () => {
  store = await createSqliteStore({ file: ':memory:' });
  server = await startTestServer(store);
  const user = await addUser(store, 'rep');
  repId = user.id;
  const { token } = await signIn(server, user.email);
  transport = createTransport({ baseUrl: server.url, getToken: () => token });
});

afterEach(async () => {
  await server.close();
  await store.close();
});

it('keeps syncing a collection loaded in bulk after a schema migration: nothing pushed back, edits based on the server state', async () => {
  const seeded = Array.from({ length: 120 }, (_, i) => ({ ...note(repId, `note-${String(i).padStart(3, '0')}`, { title: `Visit ${i}` }), _deleted: false }));
  expect(await transport.push('call_notes', seeded.map((doc) => ({ newDocumentState: doc })))).toEqual([]);

  const before = await open(false);
  const firstPushes: PushRow<{ id: string }>[] = [];
  const first = replicate(before, firstPushes);
  await first.state.awaitInSync();
  expect(await before.call_notes.count().exec()).toBe(120);
  // Loaded in bulk: the documents stand for their server states.
  expect(await storedStates(first)).toBe(0);
  await first.stop();
  await before.close();

  const after = await open(true);
  const pushed: PushRow<{ id: string }>[] = [];
  const second = replicate(after, pushed);
  await second.state.awaitInSync();
  expect(await after.call_notes.count().exec()).toBe(120);
  expect(await second.pendingCount()).toBe(0);
  expect(await storedStates(second)).toBe(0);

  const target = seeded[77] as CallNote & { _deleted: boolean };
  await updateNote(after, target.id, { body: `${target.body} Signed.` });
  await expect.poll(async () => (await store.pull({ collection: 'call_notes', after: 0, limit: 500 })).find((row) => row.doc.id === target.id)?.doc.body, { timeout: 10_000 }).toBe(`${target.body} Signed.`);
  expect(firstPushes).toEqual([]);
  expect(pushed.map((row) => [row.newDocumentState.id, row.assumedMasterState])).toEqual([[target.id, target]]);
  expect(await storedStates(second)).toBe(1);
  await second.stop();
  await after.remove();
}, 60_000);
