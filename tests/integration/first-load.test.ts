/**
 * A first sync stored in bulk (renderer/sync/first-load.ts) against a real server, with real
 * RxDB databases: it must leave a laptop exactly where RxDB's own pull would, so that later
 * pushes carry the right assumed server state, conflicts merge, and nothing that changed on the
 * server (or on the laptop) during the load is lost.
 */
import { getAssumedMasterState, getChangedDocumentsSince, type RxStorageInstanceReplicationState } from 'rxdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldcaseDatabase } from '../../renderer/db/database.ts';
import { createNote, deleteNote, updateNote } from '../../renderer/db/repos/notes.repo.ts';
import { BULK_LOAD_MARK, storedRecords } from '../../renderer/db/server-states.ts';
import { createTestDatabase } from '../../renderer/db/test-database.ts';
import { connectLiveStream, type LiveStream } from '../../renderer/sync/live-stream.ts';
import { replicateCollection, type CollectionReplication, type ReplicationOptions } from '../../renderer/sync/replication.ts';
import { createTransport, type Transport } from '../../renderer/sync/transport.ts';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import type { Store } from '../../server/store/store.ts';
import type { CallNote } from '../../shared/schemas/index.ts';
import type { PushRow, SyncCheckpoint, WireDocument } from '../../shared/sync/protocol.ts';
import { addUser, note, signIn, startTestServer, type TestServer } from '../helpers/server.ts';

const PAGE = 100;
const SEEDED = 250;

interface Laptop {
  db: FieldcaseDatabase;
  replication: CollectionReplication;
  live: LiveStream;
  pushed: PushRow<{ id: string }>[];
  bulkReceived: number[];
}

let store: Store;
let server: TestServer;
let rep: { id: string; token: string };
/** Another device of the same rep, writing straight to the server. */
let other: Transport;
const laptops: Laptop[] = [];
/** Development checks on (RxDB's storage writes every page), or off as the app runs (plain inserts). */
let devMode = true;
const databases = new Set<FieldcaseDatabase>();

type Wire = WireDocument<'call_notes'>;
const wire = (doc: CallNote): Wire => ({ ...doc, _deleted: false });

async function seed(count: number): Promise<Wire[]> {
  const notes = Array.from({ length: count }, (_, i) =>
    wire(note(rep.id, `note-${String(i).padStart(4, '0')}`, { title: `Visit ${i}`, body: `Agenda ${i}\n\nNotes ${i}\n\nNext steps ${i}\n`, updatedAt: 1_000 + i })),
  );
  for (let start = 0; start < notes.length; start += 200) {
    const conflicts = await other.push('call_notes', notes.slice(start, start + 200).map((doc) => ({ newDocumentState: doc })));
    expect(conflicts).toEqual([]);
  }
  return notes;
}

/** A laptop syncing call notes; `wrap` may change how its transport behaves. */
async function laptop(identity: string, options: Partial<ReplicationOptions> & { wrap?(t: Transport): Transport; db?: FieldcaseDatabase } = {}): Promise<Laptop> {
  const db = options.db ?? (await createTestDatabase(['call_notes'], { devMode }));
  databases.add(db);
  const pushed: PushRow<{ id: string }>[] = [];
  const bulkReceived: number[] = [];
  const plain = createTransport({ baseUrl: server.url, getToken: () => rep.token });
  const recording: Transport = {
    ...plain,
    push(collection, rows) {
      for (const row of rows) pushed.push(row);
      return plain.push(collection, rows);
    },
  };
  const transport = options.wrap?.(recording) ?? recording;
  const replication = replicateCollection(db, 'call_notes', transport, {
    identity,
    pullBatchSize: PAGE,
    onBulkReceived: (count) => bulkReceived.push(count),
    ...options,
  });
  const live = connectLiveStream(transport, ['call_notes'], {
    onChanges: (_collection, event) => replication.receive(event),
    onResync: () => replication.resync(),
    onConnectionChange: () => {},
  });
  const created = { db, replication, live, pushed, bulkReceived };
  laptops.push(created);
  return created;
}

/** A transport that records the checkpoint of every page pulled. */
const recordingPulls =
  (asked: (number | null)[], priorities: (RequestPriority | undefined)[] = []) =>
  (inner: Transport): Transport => ({
    ...inner,
    pull(collection, checkpoint, limit, priority) {
      asked.push(checkpoint?.sequence ?? null);
      priorities.push(priority);
      return inner.pull(collection, checkpoint, limit, priority);
    },
  });

async function offline(target: Laptop): Promise<void> {
  target.live.stop();
  await target.replication.stop();
}

function internals(target: Laptop): RxStorageInstanceReplicationState<CallNote> {
  const state = target.replication.state.internalReplicationState;
  if (!state) throw new Error('the replication has not started');
  return state as unknown as RxStorageInstanceReplicationState<CallNote>;
}

/** Every stored note (deleted ones too), without RxDB's per-database revision and write time. */
async function storedNotes(target: Laptop) {
  const { documents } = await getChangedDocumentsSince(internals(target).input.forkInstance, 100_000);
  return new Map(
    documents.map(({ _rev, _meta, _attachments, ...doc }) => [doc.id, { doc, revisionHeight: Number(_rev.split('-')[0]), metaKeys: Object.keys(_meta).sort() }]),
  );
}

/**
 * The replication's records as stored: each document's assumed server state, and the pull
 * checkpoint. A bulk load stores none for documents not changed since (server-states.ts).
 */
async function replicationRecords(target: Laptop) {
  const { documents } = await getChangedDocumentsSince(storedRecords(internals(target).input.metaInstance), 100_000);
  const states = new Map(documents.filter((d) => d.isCheckpoint === '0').map((d) => [d.itemId, { docData: d.docData, isResolvedConflict: d.isResolvedConflict }]));
  const down = documents.find((d) => d.isCheckpoint === '1' && d.itemId === 'down')?.checkpointData as SyncCheckpoint | undefined;
  const up = documents.find((d) => d.isCheckpoint === '1' && d.itemId === 'up')?.checkpointData as { id: string } | undefined;
  const isBulkLoadMarked = documents.some((d) => d.isCheckpoint === '1' && d.itemId === BULK_LOAD_MARK);
  return { states, down, upId: up?.id, isBulkLoadMarked };
}

/** Each document's server state as the replication sees it: stored, or the document as pulled. */
async function serverStatesSeen(target: Laptop, ids: string[]) {
  const states = await getAssumedMasterState(internals(target), ids);
  return new Map(Object.entries(states).map(([id, state]) => [id, { docData: state.docData, isResolvedConflict: state.metaDocument.isResolvedConflict }]));
}

async function serverNotes(): Promise<Map<string, Wire>> {
  const rows = await store.pull({ collection: 'call_notes', after: 0, limit: 100_000 });
  return new Map(rows.map((row) => [row.doc.id as string, { ...(row.doc as CallNote), _deleted: row.deleted }]));
}

/** The laptop holds exactly what the server holds, deleted documents included. */
async function expectEqualToServer(target: Laptop): Promise<void> {
  await expect
    .poll(
      async () => {
        const [stored, onServer] = await Promise.all([storedNotes(target), serverNotes()]);
        const local = [...stored.values()].map(({ doc }) => doc).sort((a, b) => a.id.localeCompare(b.id));
        const remote = [...onServer.values()].sort((a, b) => a.id.localeCompare(b.id));
        return JSON.stringify(local) === JSON.stringify(remote);
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBe(true);
}

beforeEach(async () => {
  store = await createSqliteStore({ file: ':memory:' });
  server = await startTestServer(store);
  const user = await addUser(store, 'rep');
  rep = { id: user.id, token: (await signIn(server, user.email)).token };
  other = createTransport({ baseUrl: server.url, getToken: () => rep.token });
});

afterEach(async () => {
  for (const target of laptops.splice(0)) await offline(target);
  for (const db of databases) await db.remove();
  databases.clear();
  await server.close();
  await store.close();
});

// As the app runs first: RxDB's development checks, once loaded, stay on for the whole file.
describe.each([
  ['as the app runs', false],
  ['with development checks', true],
])('a first sync stored in bulk, %s', (_mode, isDevMode) => {
  beforeEach(() => {
    devMode = isDevMode;
  });

  it('leaves the laptop where RxDB’s own pull would, with no record stored per document, and pushes nothing back', async () => {
    const seeded = await seed(SEEDED);
    const asked: (number | null)[] = [];
    const priorities: (RequestPriority | undefined)[] = [];
    const bulk = await laptop('bulk', { wrap: recordingPulls(asked, priorities) });
    const plain = await laptop('plain', { isBulkFirstLoad: false });
    await bulk.replication.state.awaitInSync();
    await plain.replication.state.awaitInSync();

    // Each page fetched once, the first while the load checked where it stands; a page after a
    // full one ahead of other requests.
    expect(asked).toEqual([null, 100, 200, 250]);
    expect(priorities).toEqual(['low', 'high', 'high', 'low']);
    expect(bulk.bulkReceived).toEqual([100, 100, 50]);
    expect(plain.bulkReceived).toEqual([]);
    const [bulkNotes, plainNotes] = [await storedNotes(bulk), await storedNotes(plain)];
    expect(bulkNotes.size).toBe(SEEDED);
    for (const [id, stored] of bulkNotes) {
      const { doc, revisionHeight } = plainNotes.get(id) ?? {};
      expect({ doc: stored.doc, revisionHeight: stored.revisionHeight }).toEqual({ doc, revisionHeight });
      // RxDB's origin mark: written by this replication, unchanged since.
      expect(stored.metaKeys).toEqual(['lwt', 'o']);
    }
    const [bulkRecords, plainRecords] = [await replicationRecords(bulk), await replicationRecords(plain)];
    expect(plainRecords.states.size).toBe(SEEDED);
    expect(bulkRecords.states.size).toBe(0);
    expect(bulkRecords.down).toEqual(plainRecords.down);
    expect(bulkRecords.down).toEqual({ sequence: expect.any(Number) });
    // What the replication reads is what RxDB's own pull stored.
    expect(await serverStatesSeen(bulk, seeded.map((doc) => doc.id))).toEqual(plainRecords.states);
    expect(bulk.pushed).toEqual([]);
    expect(await bulk.replication.pendingCount()).toBe(0);
  }, 30_000);

  it('has the first page on its way while it checks where the replication stands', async () => {
    await seed(SEEDED);
    // Set once the laptop exists: its replication starts, and pulls, only after that.
    const seen: { target?: Laptop; wasMarked?: Promise<boolean> } = {};
    const target = await laptop('bulk', {
      wrap: (inner) => ({
        ...inner,
        pull(collection, checkpoint, limit) {
          // Read as the page is asked for: the load marks the replication once its checks are over.
          if (!checkpoint && seen.target) seen.wasMarked ??= replicationRecords(seen.target).then((records) => records.isBulkLoadMarked);
          return inner.pull(collection, checkpoint, limit);
        },
      }),
    });
    seen.target = target;
    await expectEqualToServer(target);
    expect(await seen.wasMarked).toBe(false);
    expect((await replicationRecords(target)).isBulkLoadMarked).toBe(true);
  }, 30_000);

  it('counts a page as received only once its documents and checkpoint are stored', async () => {
    const seeded = await seed(SEEDED);
    const seen: { received: number; states: number; hasCheckpoint: boolean }[] = [];
    let received = 0;
    const checks: Promise<void>[] = [];
    const target: Laptop = await laptop('bulk', {
      onBulkReceived(count) {
        received += count;
        const now = received;
        // Read at once: the next page may land meanwhile, never fewer than these.
        checks.push(
          Promise.all([replicationRecords(target), serverStatesSeen(target, seeded.map((doc) => doc.id))]).then(
            ([records, states]) => void seen.push({ received: now, states: states.size, hasCheckpoint: records.down !== undefined }),
          ),
        );
      },
    });
    await target.replication.state.awaitInSync();
    await Promise.all(checks);

    expect(seen.map((entry) => entry.received)).toEqual([100, 200, 250]);
    for (const entry of seen) {
      expect(entry.states).toBeGreaterThanOrEqual(entry.received);
      expect(entry.hasCheckpoint).toBe(true);
    }
  }, 30_000);

  it('pushes a later local edit with the server’s state as its assumed master state', async () => {
    const seeded = await seed(SEEDED);
    const bulk = await laptop('bulk');
    await bulk.replication.state.awaitInSync();

    const target = seeded[180] as Wire;
    await updateNote(bulk.db, target.id, { body: `${target.body}Signed.\n` });
    // Its record was written before the change, from the note as loaded.
    expect((await replicationRecords(bulk)).states.get(target.id)?.docData).toEqual(target);
    await expect.poll(async () => (await serverNotes()).get(target.id)?.body, { timeout: 10_000 }).toBe(`${target.body}Signed.\n`);
    expect(bulk.pushed).toHaveLength(1);
    expect(bulk.pushed[0]?.assumedMasterState).toEqual(target);
    await expectEqualToServer(bulk);
    expect(await bulk.replication.pendingCount()).toBe(0);
  }, 30_000);

  it('deletes a note as loaded with the server’s state as its base', async () => {
    const seeded = await seed(SEEDED);
    const bulk = await laptop('bulk');
    await bulk.replication.state.awaitInSync();

    const target = seeded[7] as Wire;
    await deleteNote(bulk.db, target.id);
    await expect.poll(async () => (await serverNotes()).get(target.id)?._deleted, { timeout: 10_000 }).toBe(true);
    expect(bulk.pushed.map((row) => [row.newDocumentState.id, row.assumedMasterState])).toEqual([[target.id, target]]);
  }, 30_000);

  it('takes a later server change to a note as loaded, and then keeps its record', async () => {
    const seeded = await seed(SEEDED);
    const bulk = await laptop('bulk');
    await bulk.replication.state.awaitInSync();

    const target = seeded[99] as Wire;
    const changed = { ...target, title: 'Renamed on the other laptop', updatedAt: 7_000 };
    expect(await other.push('call_notes', [{ assumedMasterState: target, newDocumentState: changed }])).toEqual([]);
    await expect.poll(async () => (await storedNotes(bulk)).get(target.id)?.doc.title, { timeout: 10_000 }).toBe(changed.title);
    await expect.poll(async () => (await replicationRecords(bulk)).states.get(target.id)?.docData, { timeout: 10_000 }).toEqual(changed);
    expect(bulk.pushed).toEqual([]);
  }, 30_000);

  it('pushes nothing back when it scans its documents again after a restart', async () => {
    await seed(SEEDED);
    let bulk = await laptop('bulk');
    await bulk.replication.state.awaitInSync();
    await offline(bulk);
    // As if the app had quit before its push side noted the load's documents as seen: the
    // restart scans every one of them for local changes.
    const { collectionName, schema } = await bulk.replication.state.metaInfoPromise;
    const opened = await bulk.db.storage.createStorageInstance({
      databaseName: bulk.db.name,
      collectionName,
      schema,
      databaseInstanceToken: bulk.db.token,
      multiInstance: false,
      options: {},
      devMode: false,
    });
    const records = storedRecords(opened);
    const { documents } = await getChangedDocumentsSince(records, 100);
    const up = documents.find((record) => record.isCheckpoint === '1' && record.itemId === 'up');
    expect(up).toBeDefined();
    expect((await records.bulkWrite([{ previous: up, document: { ...up, _deleted: true } }], 'test')).error).toEqual([]);
    await opened.close();

    bulk = await laptop('bulk', { db: bulk.db });
    await bulk.replication.state.awaitInSync();
    expect(bulk.pushed).toEqual([]);
    expect(await bulk.replication.pendingCount()).toBe(0);
  }, 30_000);

  it('merges a server edit made while the laptop was offline with the laptop’s own edit', async () => {
    const seeded = await seed(SEEDED);
    let bulk = await laptop('bulk');
    await bulk.replication.state.awaitInSync();
    await offline(bulk);

    const target = seeded[42] as Wire;
    const theirs = { ...target, body: 'Agenda 42: pricing first\n\nNotes 42\n\nNext steps 42\n', updatedAt: 5_000 };
    expect(await other.push('call_notes', [{ assumedMasterState: target, newDocumentState: theirs }])).toEqual([]);
    await updateNote(bulk.db, target.id, { body: 'Agenda 42\n\nNotes 42\n\nNext steps 42: send the quote\n' });

    bulk = await laptop('bulk', { db: bulk.db });
    const merged = 'Agenda 42: pricing first\n\nNotes 42\n\nNext steps 42: send the quote\n';
    await expect.poll(async () => (await serverNotes()).get(target.id)?.body, { timeout: 15_000 }).toBe(merged);
    await expectEqualToServer(bulk);
    const stored = (await storedNotes(bulk)).get(target.id)?.doc as CallNote | undefined;
    expect(stored?.conflicts ?? []).toEqual([]);
  }, 30_000);

  it('misses no change that reaches the server during the load, and loses no edit made on the laptop meanwhile', async () => {
    const seeded = await seed(SEEDED);
    const [loaded, notYet, edited] = [seeded[10] as Wire, seeded[220] as Wire, seeded[20] as Wire];
    let pulls = 0;
    // The laptop edits during its own load: its pull reaches it through here, once it is known
    // (the load may be under way before laptop() returns).
    let knowLaptop: (target: Laptop) => void = () => {};
    const during = new Promise<Laptop>((resolve) => {
      knowLaptop = resolve;
    });
    const bulk = await laptop('bulk', {
      wrap: (inner) => ({
        ...inner,
        async pull(collection, checkpoint, limit) {
          pulls += 1;
          // Once the first page is stored, while the next ones are on their way (pages are
          // fetched ahead, so the first may still be on its way to IndexedDB: wait for it).
          if (pulls === 3) {
            const { db } = await during;
            await expect.poll(() => db.call_notes.findOne(edited.id).exec(), { timeout: 10_000 }).not.toBeNull();
            await updateNote(db, edited.id, { body: `${edited.body}Edited on this laptop.\n` });
            const changes = [
              { assumedMasterState: loaded, newDocumentState: { ...loaded, title: 'Changed after it was loaded', updatedAt: 9_000 } },
              { assumedMasterState: notYet, newDocumentState: { ...notYet, title: 'Changed before it was loaded', updatedAt: 9_000 } },
              { newDocumentState: wire(note(rep.id, 'note-new', { title: 'Written during the load' })) },
            ];
            expect(await other.push('call_notes', changes)).toEqual([]);
          }
          return inner.pull(collection, checkpoint, limit);
        },
      }),
    });
    knowLaptop(bulk);
    await expectEqualToServer(bulk);

    const onServer = await serverNotes();
    expect(onServer.get(loaded.id)?.title).toBe('Changed after it was loaded');
    expect(onServer.get(notYet.id)?.title).toBe('Changed before it was loaded');
    expect(onServer.has('note-new')).toBe(true);
    expect(onServer.get(edited.id)?.body).toBe(`${edited.body}Edited on this laptop.\n`);
    // Only the laptop's own edit went up, based on the server's state it had stored.
    expect(bulk.pushed.map((row) => [row.newDocumentState.id, row.assumedMasterState])).toEqual([[edited.id, edited]]);
    // The page holding a document a second time was left to RxDB's own pull.
    expect(bulk.bulkReceived.reduce((sum, n) => sum + n, 0)).toBeLessThan(SEEDED);
    await expect.poll(() => bulk.replication.pendingCount(), { timeout: 10_000 }).toBe(0);
  }, 30_000);

  it('carries on from the last stored page after a page fails, without starting over', async () => {
    await seed(SEEDED);
    const asked: (number | null)[] = [];
    let failures = 0;
    const bulk = await laptop('bulk', {
      wrap: (inner) => ({
        ...inner,
        async pull(collection, checkpoint, limit) {
          asked.push(checkpoint?.sequence ?? null);
          // The third page fails when fetched ahead and again when asked for.
          if (asked.length >= 3 && failures < 2) {
            failures += 1;
            throw new TypeError('the network dropped');
          }
          return inner.pull(collection, checkpoint, limit);
        },
      }),
    });
    await expectEqualToServer(bulk);
    expect(asked.filter((checkpoint) => checkpoint === null)).toHaveLength(1);
    expect(bulk.bulkReceived.reduce((sum, n) => sum + n, 0)).toBe(SEEDED);
    expect(bulk.pushed).toEqual([]);
  }, 30_000);

  it('leaves a collection that already holds documents to RxDB’s own pull, which pushes them', async () => {
    await seed(SEEDED);
    const db = await createTestDatabase(['call_notes'], { devMode });
    const local = await createNote(db, { ownerId: rep.id, title: 'Written before signing in', body: 'Offline words' });
    const asked: (number | null)[] = [];
    const target = await laptop('bulk', { db, wrap: recordingPulls(asked) });
    await expectEqualToServer(target);
    expect(target.bulkReceived).toEqual([]);
    // The first page, fetched ahead while the load checked, served RxDB's own pull.
    expect(asked.filter((checkpoint) => checkpoint === null)).toHaveLength(1);
    expect(target.pushed.map((row) => row.newDocumentState.id)).toEqual([local.id]);


    // Server changes RxDB pulled itself carry its origin mark, yet this replication did not load
    // in bulk: the save hooks look that up once, not before each such note's first local change.
    const seeded = await serverNotes();
    const ids = ['note-0001', 'note-0002', 'note-0003'];
    const rows = ids.map((id) => {
      const before = seeded.get(id) as Wire;
      return { assumedMasterState: before, newDocumentState: { ...before, title: `Renamed elsewhere ${id}` } };
    });
    expect(await other.push('call_notes', rows)).toEqual([]);
    await expect.poll(async () => {
      const stored = await storedNotes(target);
      return ids.map((id) => stored.get(id)?.doc.title);
    }, { timeout: 10_000 }).toEqual(ids.map((id) => `Renamed elsewhere ${id}`));
    const internalStore = db.internalStore as { query: (...args: never[]) => unknown };
    const query = internalStore.query.bind(internalStore);
    let lookups = 0;
    internalStore.query = (...args: never[]) => {
      lookups += 1;
      return query(...args);
    };
    for (const id of ids) await updateNote(db, id, { title: `Edited ${id}` });
    expect(lookups).toBe(1);
    await expectEqualToServer(target);
    expect((await serverNotes()).get('note-0003')?.title).toBe('Edited note-0003');
  }, 30_000);
});
