/**
 * Seeded, randomized convergence: several laptops (real RxDB databases) of one rep edit notes
 * against one real server while going offline, while the server restarts, and while pushes are
 * delivered twice or their answers lost. In the end every laptop equals the server, and every
 * word a laptop typed into a note that still exists is in that note or in one of its kept
 * conflict versions. FIELDCASE_SEED=n replays a run; a failure prints its seed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { FieldcaseDatabase } from '../../renderer/db/database.ts';
import { createNote, deleteNote, getNote, saveNoteDraft } from '../../renderer/db/repos/notes.repo.ts';
import { createTestDatabase } from '../../renderer/db/test-database.ts';
import { connectLiveStream, type LiveStream } from '../../renderer/sync/live-stream.ts';
import { replicateCollection, type CollectionReplication } from '../../renderer/sync/replication.ts';
import { createTransport, type Transport } from '../../renderer/sync/transport.ts';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import type { CallNote } from '../../shared/schemas/index.ts';
import { addUser, signIn, startTestServer, type TestServer } from '../helpers/server.ts';

const SEED = Number(process.env['FIELDCASE_SEED'] ?? 20261129);
const LAPTOPS = 3;
const STEPS = 80;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A transport whose pushes are sometimes delivered twice, or delivered with the answer lost. */
function unreliable(inner: Transport, rand: () => number): Transport {
  return {
    ...inner,
    async push(collection, rows) {
      const roll = rand();
      if (roll < 0.1) {
        await inner.push(collection, rows);
        return inner.push(collection, rows);
      }
      if (roll < 0.2) {
        await inner.push(collection, rows);
        throw new TypeError('the answer was lost on the way back');
      }
      return inner.push(collection, rows);
    },
  };
}

interface Laptop {
  connection: string[];
  db: FieldcaseDatabase;
  transport: Transport;
  replication: CollectionReplication | null;
  live: LiveStream | null;
}

function goOnline(laptop: Laptop, index: number): void {
  const replication = replicateCollection(laptop.db, 'call_notes', laptop.transport, { identity: `laptop-${index}` });
  laptop.replication = replication;
  laptop.live = connectLiveStream(laptop.transport, ['call_notes'], {
    onChanges: (_collection, event) => replication.receive(event),
    onResync: () => replication.resync(),
    onConnectionChange: (isConnected) => laptop.connection.push(`${Date.now() % 100_000}:${isConnected ? 'up' : 'down'}`),
  });
}

async function goOffline(laptop: Laptop): Promise<void> {
  laptop.live?.stop();
  await laptop.replication?.stop();
  laptop.live = null;
  laptop.replication = null;
}

function comparable(note: Partial<CallNote> & { _deleted?: boolean }) {
  return { id: note.id, title: note.title, body: note.body, conflicts: note.conflicts ?? [], deleted: note._deleted ?? false };
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe(`convergence (seed ${SEED})`, () => {
  it('ends with every laptop equal to the server and no typed word lost', async () => {
    const rand = random(SEED);
    const store = await createSqliteStore({ file: ':memory:' });
    let server: TestServer = await startTestServer(store);
    const port = Number(new URL(server.url).port);
    cleanups.push(() => store.close(), () => server.close());
    const rep = await addUser(store, 'rep');
    const { token } = await signIn(server, rep.email);

    const laptops: Laptop[] = [];
    for (let i = 0; i < LAPTOPS; i += 1) {
      const db = await createTestDatabase(['call_notes']);
      const transport = unreliable(createTransport({ baseUrl: server.url, getToken: () => token }), rand);
      const laptop: Laptop = { connection: [], db, transport, replication: null, live: null };
      goOnline(laptop, i);
      laptops.push(laptop);
      cleanups.push(async () => {
        await goOffline(laptop);
        await db.remove();
      });
    }

    const serverState = async () =>
      (await store.pull({ collection: 'call_notes', after: 0, limit: 10_000 }))
        .map((row) => comparable({ ...(row.doc as CallNote), _deleted: row.deleted }))
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const laptopState = async (laptop: Laptop) =>
      (await laptop.db.call_notes.find().exec())
        .map((doc) => comparable(doc.toMutableJSON()))
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));

    /** Words typed into each note, by laptop; a laptop deleting the note withdraws its own words. */
    const typed = new Map<string, { text: string; laptop: number }[]>();
    const deleted = new Set<string>();
    let word = 0;
    const log: string[] = [];
    try {
      for (let step = 0; step < STEPS; step += 1) {
        const index = Math.floor(rand() * LAPTOPS);
        const laptop = laptops[index] as Laptop;
        const roll = rand();
        const notes = await laptop.db.call_notes.find().exec();
        if (roll < 0.2 || notes.length === 0) {
          const text = `w${(word += 1)}`;
          const note = await createNote(laptop.db, { ownerId: rep.id, title: `Note ${text}`, body: `${text}\n` });
          typed.set(note.id, [{ text, laptop: index }]);
          log.push(`${step}: laptop ${index} creates ${note.id}`);
        } else if (roll < 0.75) {
          const target = notes[Math.floor(rand() * notes.length)];
          if (!target) continue;
          const lines = target.body.split('\n');
          const at = Math.floor(rand() * lines.length);
          const text = `w${(word += 1)}`;
          lines.splice(at, 0, text);
          // The editor's path: the draft is saved onto whatever the note holds by then.
          const base = { title: target.title, body: target.body };
          await saveNoteDraft(laptop.db, target.id, base, { ...base, body: lines.join('\n') });
          typed.get(target.id)?.push({ text, laptop: index });
          log.push(`${step}: laptop ${index} types ${text} into ${target.id}`);
        } else if (roll < 0.8) {
          const target = notes[Math.floor(rand() * notes.length)];
          if (!target) continue;
          await deleteNote(laptop.db, target.id);
          deleted.add(target.id);
          typed.set(target.id, (typed.get(target.id) ?? []).filter((entry) => entry.laptop !== index));
          log.push(`${step}: laptop ${index} deletes ${target.id}`);
        } else if (roll < 0.93) {
          if (laptop.replication) await goOffline(laptop);
          else goOnline(laptop, index);
          log.push(`${step}: laptop ${index} goes ${laptop.replication ? 'online' : 'offline'}`);
        } else {
          await server.close();
          server = await startTestServer(store, { port });
          log.push(`${step}: the server restarts`);
        }
        await new Promise((resolve) => setTimeout(resolve, rand() * 40));
      }

      for (const [index, laptop] of laptops.entries()) {
        if (!laptop.replication) goOnline(laptop, index);
        // What the app's controller does when the network or the server comes back (Sync now).
        laptop.live?.reconnectNow();
        laptop.replication?.resync();
      }
      await expect
        .poll(
          async () => {
            const expected = (await serverState()).filter((note) => !note.deleted);
            const states = await Promise.all(laptops.map(laptopState));
            return states.every((state) => JSON.stringify(state) === JSON.stringify(expected));
          },
          { timeout: 60_000, interval: 500 },
        )
        .toBe(true);

      for (const [id, words] of typed) {
        const note = await getNote(laptops[0]!.db, id);
        if (!note) {
          // Gone everywhere only if a laptop deleted it on purpose.
          expect(deleted.has(id), `note ${id} vanished without being deleted`).toBe(true);
          continue;
        }
        const kept = [note.body, ...(note.conflicts ?? []).flatMap((c) => [c.ours, c.theirs])].join('\n');
        for (const { text } of words) expect(kept.split('\n'), `${text} in ${id}`).toContain(text);
      }
    } catch (error) {
      const expected = (await serverState()).filter((note) => !note.deleted);
      for (const [index, laptop] of laptops.entries()) {
        const state = await laptopState(laptop);
        const differing = state.filter((note) => JSON.stringify(note) !== JSON.stringify(expected.find((e) => e.id === note.id)));
        const missing = expected.filter((note) => !state.some((s) => s.id === note.id));
        if (differing.length + missing.length > 0) {
          console.error(`laptop ${index} differs:`, JSON.stringify({ differing: differing.length, missing: missing.length, connection: laptop.connection.slice(-8), now: Date.now() % 100_000, stopped: laptop.replication?.state.isStopped() }));
        }
      }
      console.error(`convergence failed with FIELDCASE_SEED=${SEED}\n${log.join('\n')}`);
      throw error;
    }
  }, 120_000);
});
