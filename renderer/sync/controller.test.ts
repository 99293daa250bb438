import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldcaseDatabase } from '../db/database.ts';
import { createNote, updateNote } from '../db/repos/notes.repo.ts';
import { createTestDatabase } from '../db/test-database.ts';
import type { CollectionCheckpoints } from '../../shared/sync/protocol.ts';
import { describeSyncError, startSyncController, sumOfCounts } from './controller.ts';
import { replicateCollection } from './replication.ts';
import { useSyncStatus } from './sync.store.ts';
import { SyncHttpError, type Transport } from './transport.ts';

function serverNote(n: number) {
  return {
    id: `n-${n}`, ownerId: 'rep', accountId: '', opportunityId: null, meetingId: null, title: `Note ${n}`, body: '',
    template: null, tags: [], competitors: [], createdAt: 1, updatedAt: 1, _deleted: false,
  };
}

/** A server holding `held` notes, served in pages from a sequence checkpoint. */
function fakeTransport(schemas: Record<string, number>, held = 0): Transport {
  return {
    countChanges: async (checkpoints) =>
      Object.fromEntries(Object.entries(checkpoints).map(([name, checkpoint]) => [name, Math.max(0, held - (checkpoint?.sequence ?? 0))])),
    baseUrl: 'http://127.0.0.1:1',
    login: () => Promise.reject(new Error('not used')),
    health: async () => true,
    serverInfo: async () => ({ status: 'ok', store: 'sqlite', schemas: schemas as never }),
    pull: async (_collection, checkpoint, limit) => {
      const from = checkpoint?.sequence ?? 0;
      const to = Math.min(held, from + limit);
      const documents = Array.from({ length: to - from }, (_, i) => serverNote(from + i + 1));
      return { documents: documents as never, checkpoint: to > from ? { sequence: to } : checkpoint };
    },
    push: async () => [],
    stream: () => () => {},
    streamAll: () => () => {},
  };
}

let db: FieldcaseDatabase;
beforeEach(async () => {
  // The controller listens to the browser's online/offline events.
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('navigator', { onLine: true });
  db = await createTestDatabase(['call_notes']);
});
afterEach(async () => {
  await db.remove();
  vi.unstubAllGlobals();
});

describe('sync controller', () => {
  it('syncs, and reports being in sync once the first replication is done', async () => {
    const controller = startSyncController({ db, transport: fakeTransport({ call_notes: 1 }), identity: 't', collections: ['call_notes'] });
    await vi.waitFor(() => expect(useSyncStatus.getState().phase).toBe('in-sync'));
    expect(useSyncStatus.getState().lastSyncedAt).not.toBeNull();
    await controller.stop();
    expect(useSyncStatus.getState().phase).toBe('signed-out');
  });

  it('shows a catch-up total while a large first sync comes down, and clears it when done', async () => {
    const totals: (number | null)[] = [];
    const receivedCounts = new Set<number>();
    const unsubscribe = useSyncStatus.subscribe((state) => {
      totals.push(state.catchUpTotal);
      receivedCounts.add(state.received);
    });
    const controller = startSyncController({ db, transport: fakeTransport({ call_notes: 1 }, 1_200), identity: 't', collections: ['call_notes'] });
    // 1,200 notes into fake-indexeddb: seconds on a quiet machine, far more on a busy one.
    await vi.waitFor(() => expect(useSyncStatus.getState().phase).toBe('in-sync'), { timeout: 40_000 });
    unsubscribe();
    expect(await db.call_notes.count().exec()).toBe(1_200);
    // Counted while pages already arrive: received so far plus what the server still holds.
    const shown = totals.filter((total): total is number => total !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const total of shown) expect(total).toBeGreaterThanOrEqual(1_000);
    expect(useSyncStatus.getState().catchUpTotal).toBeNull();
    // Counted page by page (stored in bulk), not document by document.
    expect(useSyncStatus.getState().received).toBe(1_200);
    expect(receivedCounts.size).toBeLessThanOrEqual(3);
    await controller.stop();
  }, 60_000);

  it('asks for the counts of every collection in one request, each from its own checkpoint', async () => {
    const both = await createTestDatabase(['call_notes', 'accounts']);
    const asked: CollectionCheckpoints[] = [];
    const base = fakeTransport({ call_notes: 1, accounts: 0 }, 300);
    const transport: Transport = {
      ...base,
      // The fake server holds notes only.
      pull: (collection, checkpoint, limit) => (collection === 'call_notes' ? base.pull(collection, checkpoint, limit) : Promise.resolve({ documents: [], checkpoint })),
      countChanges: (checkpoints) => {
        asked.push(checkpoints);
        return base.countChanges(checkpoints);
      },
    };
    const controller = startSyncController({ db: both, transport, identity: 't', collections: ['call_notes', 'accounts'] });
    await vi.waitFor(() => expect(useSyncStatus.getState().phase).toBe('in-sync'), { timeout: 20_000 });
    expect(asked).toEqual([{ call_notes: null, accounts: null }]);
    await controller.stop();
    await both.remove();
  }, 30_000);

  it.each([
    ['counts', { call_notes: 1_200, accounts: 30 }, 1_230],
    ['no counts', {}, 0],
    ['null', null, 0],
    ['a number', 7, 0],
    ['junk among the counts', { call_notes: 5, accounts: '99', contacts: -4, meetings: 1.5, feedback: Number.MAX_VALUE, activities: null }, 5],
  ])('adds up a count answer of %s, and only real counts', (_, counts, total) => {
    expect(sumOfCounts(counts)).toBe(total);
  });

  /** A replication of 5 server notes that starts after go(), and the collections it pulled. */
  function gatedReplication() {
    const pulled: string[] = [];
    const base = fakeTransport({ call_notes: 1 }, 5);
    const transport: Transport = { ...base, pull: (collection, checkpoint, limit) => (pulled.push(collection), base.pull(collection, checkpoint, limit)) };
    let go: () => void = () => {};
    const replication = replicateCollection(db, 'call_notes', transport, { identity: 't', startAfter: new Promise<void>((resolve) => (go = resolve)) });
    return { replication, pulled, go: () => go() };
  }

  it('starts a replication told to start after another only once that has started, and then syncs it', async () => {
    const { replication, pulled, go } = gatedReplication();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pulled).toEqual([]);
    expect(replication.state.internalReplicationState).toBeUndefined();
    go();
    await replication.started();
    await replication.firstPull();
    expect(await db.call_notes.count().exec()).toBe(5);
    await replication.stop();
  });

  it('says a replication is done starting when starting failed, so the kinds after it still start', async () => {
    vi.spyOn(db.storage, 'createStorageInstance').mockRejectedValueOnce(new Error('The disk is full.'));
    const replication = replicateCollection(db, 'call_notes', fakeTransport({ call_notes: 1 }, 5), { identity: 't' });
    const errors: unknown[] = [];
    const subscription = replication.state.error$.subscribe((error) => errors.push(error));
    await replication.started();
    expect(replication.state.internalReplicationState).toBeUndefined();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    subscription.unsubscribe();
    await replication.stop();
  });

  it('does not start a replication paused for an update before its turn, and says it is done starting', async () => {
    const { replication, pulled, go } = gatedReplication();
    await replication.pause();
    go();
    await replication.started();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pulled).toEqual([]);
    expect(replication.state.internalReplicationState).toBeUndefined();
    await replication.stop();
  });

  it('pauses and asks for an update when the server holds a newer schema version', async () => {
    const controller = startSyncController({ db, transport: fakeTransport({ call_notes: 99 }), identity: 't', collections: ['call_notes'] });
    await vi.waitFor(() => expect(useSyncStatus.getState().phase).toBe('update-required'));
    expect(useSyncStatus.getState().newerOnServer).toEqual(['call_notes']);
    await controller.stop();
  });

  it('counts notes waiting to be sent while the server refuses them, and clears the count once they are accepted', async () => {
    let isRefusing = true;
    const transport: Transport = {
      ...fakeTransport({ call_notes: 1 }, 600),
      push: async () => {
        if (isRefusing) throw new SyncHttpError(503, 'unavailable', 'The server is busy.');
        return [];
      },
    };
    const controller = startSyncController({ db, transport, identity: 't', collections: ['call_notes'], pendingCountGapMs: 20 });
    await vi.waitFor(() => expect(useSyncStatus.getState().phase).toBe('in-sync'), { timeout: 15_000 });
    // The 600 notes of the first sync came from the server: none of them waits to be sent.
    expect(useSyncStatus.getState().pending).toEqual({});
    await createNote(db, { ownerId: 'rep', title: 'Typed while the server is busy' });
    await vi.waitFor(() => expect(useSyncStatus.getState().pending).toEqual({ call_notes: 1 }), { timeout: 10_000 });
    isRefusing = false;
    controller.syncNow();
    await vi.waitFor(() => expect(useSyncStatus.getState().pending).toEqual({}), { timeout: 15_000 });
    expect(useSyncStatus.getState().sent).toBe(1);
    expect(useSyncStatus.getState().errors).toEqual({});
    await controller.stop();
  }, 40_000);

  it('follows a replication started afresh past a refused note: a later edit is sent, the refusal stays in view until the note is fixed', async () => {
    const sent: string[] = [];
    const transport: Transport = {
      ...fakeTransport({ call_notes: 1 }),
      push: async (_collection, rows) => {
        if (rows.some((row) => (row.newDocumentState as { ownerId: string }).ownerId === 'someone-else')) {
          throw new SyncHttpError(403, 'forbidden', 'call_notes documents can only be written by their owner.');
        }
        sent.push(...rows.map((row) => (row.newDocumentState as { title: string }).title));
        return [];
      },
    };
    const controller = startSyncController({ db, transport, identity: 't', collections: ['call_notes'], pendingCountGapMs: 20 });
    await vi.waitFor(() => expect(useSyncStatus.getState().phase).toBe('in-sync'), { timeout: 15_000 });
    const mine = await createNote(db, { ownerId: 'rep', title: 'Mine' });
    const theirs = await createNote(db, { ownerId: 'someone-else', title: 'Theirs' });
    await vi.waitFor(() => expect(useSyncStatus.getState().refused['call_notes']).toContain('only be written by their owner'), { timeout: 15_000 });
    await vi.waitFor(() => expect(useSyncStatus.getState().pending).toEqual({ call_notes: 1 }), { timeout: 15_000 });
    // A refusal is no passing failure: it is not among the errors that the next success clears.
    expect(useSyncStatus.getState().errors).toEqual({});

    const phases: string[] = [];
    const unsubscribe = useSyncStatus.subscribe((state) => phases.push(state.phase));
    await updateNote(db, mine.id, { title: 'Mine, revised' });
    // RxDB alone would try the first push again and again; the edit would wait all session.
    await vi.waitFor(() => expect(sent).toContain('Mine, revised'), { timeout: 20_000 });
    await vi.waitFor(() => expect(useSyncStatus.getState().pending).toEqual({ call_notes: 1 }), { timeout: 15_000 });
    // The refused note still waits: the status said so all along, through the parts that went
    // through (which once took turns with it, "syncing" and "failing").
    expect(phases.length).toBeGreaterThan(0);
    expect(new Set(phases)).toEqual(new Set(['failing']));
    expect(useSyncStatus.getState().refused['call_notes']).toContain('only be written by their owner');
    expect(sent).not.toContain('Theirs');

    // Fixed by the rep: it goes through, and nothing is refused any more.
    await db.call_notes.findOne(theirs.id).exec().then((doc) => doc?.incrementalPatch({ ownerId: 'rep' }));
    await vi.waitFor(() => expect(sent).toContain('Theirs'), { timeout: 20_000 });
    await vi.waitFor(() => expect(useSyncStatus.getState().phase).toBe('in-sync'), { timeout: 15_000 });
    expect(useSyncStatus.getState().refused).toEqual({});
    await vi.waitFor(() => expect(useSyncStatus.getState().pending).toEqual({}), { timeout: 15_000 });
    unsubscribe();
    await controller.stop();
    expect(useSyncStatus.getState().phase).toBe('signed-out');
  }, 60_000);

  it('with the first push after sign-in refused, still counts what waits and ends the progress bar once all came down', async () => {
    await createNote(db, { ownerId: 'someone-else', title: 'Theirs' });
    await createNote(db, { ownerId: 'rep', title: 'Mine' });
    const transport: Transport = {
      ...fakeTransport({ call_notes: 1 }, 300),
      push: async (_collection, rows) => {
        if (rows.some((row) => (row.newDocumentState as { ownerId: string }).ownerId === 'someone-else')) {
          throw new SyncHttpError(403, 'forbidden', 'call_notes documents can only be written by their owner.');
        }
        return [];
      },
    };
    const totals: (number | null)[] = [];
    const unsubscribe = useSyncStatus.subscribe((state) => totals.push(state.catchUpTotal));
    const controller = startSyncController({ db, transport, identity: 't', collections: ['call_notes'], pendingCountGapMs: 20 });
    await vi.waitFor(() => expect(useSyncStatus.getState().refused['call_notes']).toContain('only be written by their owner'), { timeout: 15_000 });
    // RxDB never counts this replication caught up (its first push holds the refused note), yet
    // the 300 notes came down: the bar goes, and only the refused note waits.
    await vi.waitFor(() => expect(useSyncStatus.getState().pending).toEqual({ call_notes: 1 }), { timeout: 20_000 });
    expect(await db.call_notes.count().exec()).toBe(302);
    expect(totals).toContain(300);
    expect(useSyncStatus.getState().catchUpTotal).toBeNull();
    unsubscribe();
    await controller.stop();
  }, 60_000);

  it('counts what waits to be sent when the rep writes, and reads nothing for it while idle', async () => {
    const transport: Transport = { ...fakeTransport({ call_notes: 1 }, 30), push: () => Promise.reject(new SyncHttpError(422, 'invalid', 'Refused.')) };
    const controller = startSyncController({ db, transport, identity: 't', collections: ['call_notes'], pendingCountGapMs: 20 });
    await vi.waitFor(() => expect(useSyncStatus.getState().phase).toBe('in-sync'), { timeout: 15_000 });
    const fork = db.call_notes.storageInstance as { query: (...args: never[]) => unknown };
    const read = fork.query.bind(fork);
    let reads = 0;
    fork.query = (...args: never[]) => {
      reads += 1;
      return read(...args);
    };
    // The counts that follow catching up are over; from now on nothing happens.
    await new Promise((resolve) => setTimeout(resolve, 400));
    reads = 0;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(reads).toBe(0);

    await createNote(db, { ownerId: 'rep', title: 'Refused by the server' });
    await vi.waitFor(() => expect(useSyncStatus.getState().pending).toEqual({ call_notes: 1 }), { timeout: 10_000 });
    expect(reads).toBeGreaterThan(0);
    await controller.stop();
    expect(useSyncStatus.getState().pending).toEqual({});
  }, 30_000);

  it('signs the rep out, in the server’s words, when the server no longer takes the session', async () => {
    let signedOut = 0;
    const transport: Transport = { ...fakeTransport({ call_notes: 1 }, 10), pull: () => Promise.reject(new SyncHttpError(401, 'unauthorized', 'Sign in again: the token expired.')) };
    const controller = startSyncController({ db, transport, identity: 't', collections: ['call_notes'], onSignedOut: () => (signedOut += 1) });
    await vi.waitFor(() => expect(signedOut).toBeGreaterThan(0), { timeout: 15_000 });
    expect(useSyncStatus.getState().errors).toEqual({ call_notes: 'Sign in again: the token expired.' });
    await controller.stop();
  }, 30_000);

  it('goes offline and back with the browser’s events', async () => {
    const controller = startSyncController({ db, transport: fakeTransport({ call_notes: 1 }), identity: 't', collections: ['call_notes'] });
    window.dispatchEvent(new Event('offline'));
    expect(useSyncStatus.getState().phase).toBe('offline');
    window.dispatchEvent(new Event('online'));
    expect(useSyncStatus.getState().isOnline).toBe(true);
    await controller.stop();
  });
});

describe('describeSyncError', () => {
  it('finds the server’s answer inside RxDB’s wrapping, and tells a sign-in problem apart', () => {
    const wrapped = { parameters: { errors: [{ parameters: { errors: [new SyncHttpError(401, 'unauthorized', 'Sign in again.')] } }] } };
    expect(describeSyncError(wrapped)).toEqual({ message: 'Sign in again.', isAuth: true });
    expect(describeSyncError({ parameters: { errors: [new TypeError('fetch failed')] } })).toEqual({
      message: 'The sync server cannot be reached.',
      isAuth: false,
    });
    expect(describeSyncError('weird')).toEqual({ message: 'weird', isAuth: false });
  });

  it('reads the plain copies RxDB hands on of what its handlers threw', () => {
    const copied = (error: object) => ({ parameters: { errors: [JSON.parse(JSON.stringify({ name: (error as Error).name, message: (error as Error).message, code: (error as { code?: string }).code }))] } });
    expect(describeSyncError(copied(new SyncHttpError(403, 'forbidden', 'call_notes documents can only be written by their owner')))).toEqual({
      message: 'call_notes documents can only be written by their owner',
      isAuth: false,
    });
    expect(describeSyncError(copied(new SyncHttpError(401, 'unauthorized', 'Sign in again.')))).toEqual({ message: 'Sign in again.', isAuth: true });
    expect(describeSyncError(copied(new TypeError('Failed to fetch')))).toEqual({ message: 'The sync server cannot be reached.', isAuth: false });
    expect(describeSyncError(copied(new DOMException('signal timed out', 'TimeoutError')))).toEqual({ message: 'The sync server did not answer in time.', isAuth: false });
    // Not a copy of an error: said as it is, never taken for a sign-in problem.
    expect(describeSyncError({ parameters: { errors: [{ name: 'SyncHttpError', message: 42, code: 'unauthorized' }] } })).toEqual({ message: '[object Object]', isAuth: false });
    expect(describeSyncError({ parameters: { errors: [{ name: 'Error', message: 'IndexedDB is closing' }] } })).toEqual({ message: 'IndexedDB is closing', isAuth: false });
  });
});
