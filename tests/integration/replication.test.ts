/**
 * Two laptops of one rep (two real RxDB databases) replicating through a real server: live
 * delivery, offline edits caught up on reconnect, and a server that comes back.
 */
import { firstValueFrom, filter } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldcaseDatabase } from '../../renderer/db/database.ts';
import type { CallNote } from '../../shared/schemas/index.ts';
import { createNote, getNote, saveNoteDraft, updateNote } from '../../renderer/db/repos/notes.repo.ts';
import { createTestDatabase } from '../../renderer/db/test-database.ts';
import { describeSyncError } from '../../renderer/sync/controller.ts';
import { connectLiveStream, type LiveStream } from '../../renderer/sync/live-stream.ts';
import { replicateCollection, type CollectionReplication, type ReplicationOptions } from '../../renderer/sync/replication.ts';
import { createTransport, type Transport } from '../../renderer/sync/transport.ts';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import type { Store } from '../../server/store/store.ts';
import { addUser, signIn, startTestServer, type TestServer } from '../helpers/server.ts';

interface Laptop {
  db: FieldcaseDatabase;
  replication: CollectionReplication;
  live: LiveStream;
}

let store: Store;
let server: TestServer;
const laptops: Laptop[] = [];

async function laptop(url: string, token: string, identity: string, existing?: FieldcaseDatabase, options: Partial<ReplicationOptions> & { wrap?(t: Transport): Transport } = {}): Promise<Laptop> {
  const db = existing ?? (await createTestDatabase(['call_notes']));
  const plain = createTransport({ baseUrl: url, getToken: () => token });
  const transport = options.wrap?.(plain) ?? plain;
  const replication = replicateCollection(db, 'call_notes', transport, { identity, ...options });
  const live = connectLiveStream(transport, ['call_notes'], {
    onChanges: (_collection, event) => replication.receive(event),
    onResync: () => replication.resync(),
    onConnectionChange: () => {},
  });
  const created = { db, replication, live };
  laptops.push(created);
  return created;
}

async function waitForNote(db: FieldcaseDatabase, id: string, predicate: (body: string) => boolean): Promise<void> {
  await firstValueFrom(
    db.call_notes.findOne(id).$.pipe(filter((doc) => doc !== null && predicate(doc.body))),
  );
}

beforeEach(async () => {
  store = await createSqliteStore({ file: ':memory:' });
  server = await startTestServer(store);
});

afterEach(async () => {
  const dbs = new Set<FieldcaseDatabase>();
  for (const { db, replication, live } of laptops.splice(0)) {
    live.stop();
    await replication.stop();
    dbs.add(db);
  }
  for (const db of dbs) await db.remove();
  await server.close();
  await store.close();
});

/** A rep with a session on the server. */
async function signedInRep() {
  const rep = await addUser(store, 'rep');
  const { token } = await signIn(server, rep.email);
  return { rep, token };
}

/** A rep signed in on two laptops, both caught up. */
async function twoLaptopsOfOneRep() {
  const { rep, token } = await signedInRep();
  const a = await laptop(server.url, token, 'a');
  const b = await laptop(server.url, token, 'b');
  await a.replication.state.awaitInitialReplication();
  await b.replication.state.awaitInitialReplication();
  return { rep, token, a, b };
}

describe('replication between two laptops of one rep', () => {
  it('delivers a note written on one laptop to the other, live', async () => {
    const { rep, a, b } = await twoLaptopsOfOneRep();

    const created = await createNote(a.db, { ownerId: rep.id, title: 'Discovery', body: 'First draft' });
    await waitForNote(b.db, created.id, (body) => body === 'First draft');
    await updateNote(a.db, created.id, { body: 'Second draft' });
    await waitForNote(b.db, created.id, (body) => body === 'Second draft');
    expect((await getNote(b.db, created.id))?.title).toBe('Discovery');
  });

  it('loses nothing written while the server was down, once it is back', async () => {
    const { rep, a, b } = await twoLaptopsOfOneRep();

    const port = Number(new URL(server.url).port);
    await server.close();
    const written = [];
    for (let i = 0; i < 20; i += 1) written.push(await createNote(a.db, { ownerId: rep.id, title: `Offline ${i}`, body: `text ${i}` }));
    expect(await a.replication.pendingCount()).toBe(20);
    server = await startTestServer(store, { port });

    for (const note of written) await waitForNote(b.db, note.id, (body) => body === note.body);
    expect(await store.pull({ collection: 'call_notes', after: 0, limit: 100 })).toHaveLength(20);
    await expect.poll(() => a.replication.pendingCount(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => b.replication.pendingCount(), { timeout: 10_000 }).toBe(0);
  }, 30_000);

  it('pushes long notes written offline that together exceed the server’s request limit, and pulls them back in pages of bounded size', async () => {
    const { rep, token } = await signedInRep();
    const db = await createTestDatabase(['call_notes']);
    // 45 notes of 380,000 characters: about 17 MB, over the server's 16 MB per request.
    const written = [];
    for (let i = 0; i < 45; i += 1) written.push(await createNote(db, { ownerId: rep.id, title: `Workshop ${i}`, body: `${i} ${'x'.repeat(380_000)}` }));
    const requests: number[] = [];
    const a = await laptop(server.url, token, 'a', db, {
      wrap: (inner) => ({
        ...inner,
        push: (collection, rows) => {
          requests.push(rows.length);
          return inner.push(collection, rows);
        },
      }),
    });
    await a.replication.state.awaitInitialReplication();
    await expect.poll(() => a.replication.pendingCount(), { timeout: 20_000 }).toBe(0);
    const stored = await store.pull({ collection: 'call_notes', after: 0, limit: 100 });
    expect(stored.map((row) => row.doc.id).sort()).toEqual(written.map((note) => note.id).sort());
    expect(stored.every((row) => (row.doc as { body: string }).body.length > 380_000)).toBe(true);
    // All 45 in one push from RxDB, which the transport sent in several requests.
    expect(requests).toEqual([45]);

    // Pulled back in pages the server stops at their size: a fresh laptop loads them in bulk, one
    // that holds a note already leaves them to RxDB's own pull. Every note arrives either way.
    const recordPages =
      (pages: boolean[]) =>
      (inner: Transport): Transport => ({
        ...inner,
        async pull(collection, checkpoint, limit, priority) {
          const page = await inner.pull(collection, checkpoint, limit, priority);
          pages.push(page.more === true);
          return page;
        },
      });
    const freshPages: boolean[] = [];
    const fresh = await laptop(server.url, token, 'fresh', undefined, { wrap: recordPages(freshPages) });
    const busyDb = await createTestDatabase(['call_notes']);
    await createNote(busyDb, { ownerId: rep.id, title: 'Already here', body: 'short' });
    const busyPages: boolean[] = [];
    const busy = await laptop(server.url, token, 'busy', busyDb, { wrap: recordPages(busyPages) });
    for (const target of [fresh, busy]) {
      await target.replication.state.awaitInitialReplication();
      const long = (await target.db.call_notes.find().exec()).filter((doc) => doc.body.length > 380_000);
      expect(long.map((doc) => doc.id).sort()).toEqual(written.map((note) => note.id).sort());
    }
    // About 17 million characters in pages of at most 8 million: the first two stopped at their size.
    expect(freshPages.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(busyPages.filter(Boolean).length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('sends every note the server takes when it refuses one of the same push, and says why', async () => {
    const { rep, token } = await signedInRep();
    const db = await createTestDatabase(['call_notes']);
    const mine: CallNote[] = [];
    for (let i = 0; i < 6; i += 1) mine.push(await createNote(db, { ownerId: rep.id, title: `Visit ${i}`, body: `notes ${i}` }));
    // Not the rep's to write: the server refuses the whole push that holds it.
    await createNote(db, { ownerId: 'someone-else', title: 'Copied from a colleague', body: 'theirs' });
    const errors: unknown[] = [];
    const a = await laptop(server.url, token, 'a', db);
    a.replication.state.error$.subscribe((error) => errors.push(error));
    await expect
      .poll(async () => (await store.pull({ collection: 'call_notes', after: 0, limit: 100 })).map((row) => row.doc.id).sort(), { timeout: 20_000 })
      .toEqual(mine.map((note) => note.id).sort());
    await expect.poll(() => errors.length, { timeout: 20_000 }).toBeGreaterThan(0);
    // The rep is told why, in the server's words.
    expect(describeSyncError(errors[0]).message).toContain('can only be written by their owner');
    // Only the refused note waits to be sent: the six the server took are not counted with it.
    await expect.poll(() => a.replication.pendingCount(), { timeout: 10_000 }).toBe(1);
    // An edit made since does not wait behind the refused push for the session: it reaches the
    // server, and the refused note still waits (not taken for sent).
    await updateNote(db, mine[0]!.id, { title: 'Visit 0, revised' });
    await expect
      .poll(async () => (await store.getDocuments('call_notes', [mine[0]!.id])).get(mine[0]!.id)?.doc['title'], { timeout: 20_000 })
      .toBe('Visit 0, revised');
    await expect.poll(() => a.replication.pendingCount(), { timeout: 10_000 }).toBe(1);
    expect(describeSyncError(errors.at(-1)).message).toContain('can only be written by their owner');
  }, 60_000);

  it('sends a push that failed on a dropped connection as soon as asked, not after a fixed wait', async () => {
    const { rep, token } = await signedInRep();
    let isDown = false;
    const failures: unknown[] = [];
    const a = await laptop(server.url, token, 'a', undefined, {
      wrap: (inner) => ({
        ...inner,
        push: (collection, rows) => (isDown ? Promise.reject(new TypeError('fetch failed')) : inner.push(collection, rows)),
      }),
      onPushFailure: (error) => failures.push(error),
      // Far longer than the test: only being asked can send it in time.
      pushRetryDelay: () => 600_000,
    });
    await a.replication.state.awaitInitialReplication();

    isDown = true;
    const note = await createNote(a.db, { ownerId: rep.id, title: 'On the road', body: 'Written as the signal dropped' });
    await expect.poll(() => failures.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(failures[0]).toBeInstanceOf(TypeError);
    isDown = false;
    a.replication.retryNow();
    await expect.poll(async () => (await store.pull({ collection: 'call_notes', after: 0, limit: 10 })).map((row) => row.doc.id), { timeout: 10_000 }).toEqual([note.id]);
    await expect.poll(() => a.replication.pendingCount(), { timeout: 10_000 }).toBe(0);
  }, 30_000);

  it('merges offline edits to different paragraphs, and keeps both versions of an overlapping edit', async () => {
    const { rep, token, a, b: first } = await twoLaptopsOfOneRep();
    let b = first;
    const note = await createNote(a.db, { ownerId: rep.id, title: 'QBR', body: 'Budget\n\nTimeline\n\nRisks\n' });
    await waitForNote(b.db, note.id, (body) => body.startsWith('Budget'));

    // B goes offline; both edit.
    b.live.stop();
    await b.replication.stop();
    await updateNote(b.db, note.id, { body: 'Budget\n\nTimeline: Q3 rollout\n\nRisks: IT bandwidth\n' });
    await updateNote(a.db, note.id, { body: 'Budget: approved\n\nTimeline: Q4 at the latest\n\nRisks\n' });
    await a.replication.state.awaitInSync();

    // B comes back: its push conflicts, it merges, and both laptops end with the same note.
    b = await laptop(server.url, token, 'b', b.db);
    const settled = (body: string) => body.startsWith('Budget: approved') && body.includes('Risks: IT bandwidth');
    await waitForNote(b.db, note.id, settled);
    await waitForNote(a.db, note.id, settled);
    const [onA, onB] = [await getNote(a.db, note.id), await getNote(b.db, note.id)];
    expect(onA).toEqual(onB);
    expect(onB?.body).toBe('Budget: approved\n\nTimeline: Q3 rollout\n\nRisks: IT bandwidth\n');
    expect(onB?.conflicts).toEqual([
      expect.objectContaining({ field: 'body', base: 'Timeline\n', ours: 'Timeline: Q3 rollout\n', theirs: 'Timeline: Q4 at the latest\n' }),
    ]);
  }, 30_000);

  it('merges offline edits to a Discovery note’s fields key by key, keeping both texts of a field both changed', async () => {
    const { rep, token, a, b: first } = await twoLaptopsOfOneRep();
    let b = first;
    const note = await createNote(a.db, { ownerId: rep.id, title: 'Discovery', body: '', template: 'discovery' });
    const base = { title: 'Discovery', body: '', fields: { budget: '40k' } };
    await saveNoteDraft(a.db, note.id, { title: 'Discovery', body: '' }, base);
    await firstValueFrom(b.db.call_notes.findOne(note.id).$.pipe(filter((doc) => doc?.fields?.budget === '40k')));

    b.live.stop();
    await b.replication.stop();
    await saveNoteDraft(b.db, note.id, base, { ...base, fields: { budget: '45k', need: 'Less waste on line 3' } });
    await saveNoteDraft(a.db, note.id, base, { ...base, fields: { budget: '50k', timeline: 'June' } });
    await a.replication.state.awaitInSync();

    b = await laptop(server.url, token, 'b', b.db);
    const isMerged = (doc: { fields?: { need?: string; timeline?: string } } | null) => doc?.fields?.need !== undefined && doc.fields.timeline !== undefined;
    await firstValueFrom(b.db.call_notes.findOne(note.id).$.pipe(filter(isMerged)));
    await firstValueFrom(a.db.call_notes.findOne(note.id).$.pipe(filter(isMerged)));
    const [onA, onB] = [await getNote(a.db, note.id), await getNote(b.db, note.id)];
    expect(onA).toEqual(onB);
    expect(onB?.fields).toEqual({ budget: '45k', need: 'Less waste on line 3', timeline: 'June' });
    expect(onB?.conflicts).toEqual([expect.objectContaining({ field: 'templateField', fieldKey: 'budget', base: '40k', ours: '45k', theirs: '50k' })]);
  }, 30_000);
});
