/**
 * The behaviour every Store implementation must show, run by each implementation's test file
 * (`describeStoreSuite('SQLite store', harness)`). The sync layer relies on exactly this.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CollectionName } from '../../shared/schemas/index.ts';
import { UniqueViolationError } from './store.ts';
import type { DocumentWrite, Store, StoredDocument, TokenRecord, UserRecord } from './store.ts';

export interface StoreHarness {
  /** Opens a fresh, empty store. */
  open(): Promise<Store>;
  /** Opens another store over the same data as `store` (same file or schema); `store` may be closed already. */
  reopen(store: Store): Promise<Store>;
  /** Runs after each test once every store of the test is closed: remove what `open` created. */
  cleanup?(): Promise<void>;
}

/** A realistic epoch-millisecond time: beyond 32 bits, as every stored timestamp is. */
const T = 1_750_000_000_000;

export function docWrite(
  id: string,
  fields: Record<string, unknown> = {},
  ownerId: string | null = null,
  deleted = false,
): DocumentWrite {
  return { id, ownerId, deleted, doc: { id, ...fields } };
}

/** Writes documents unconditionally and returns them as stored. */
export async function writeAll(store: Store, collection: CollectionName, writes: DocumentWrite[]): Promise<StoredDocument[]> {
  await store.writeDocuments(collection, [], () => ({ writes, result: undefined }));
  const stored = await store.getDocuments(collection, writes.map((w) => w.id));
  return writes.map((w) => stored.get(w.id)).filter((d): d is StoredDocument => d !== undefined);
}

/** Polls observable state (never a fixed sleep); false if it did not come true in time. */
export async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/** Writes to a probe collection until `heard` shows the listener is live (a remote one connects lazily). */
export async function untilListening(writer: Store, heard: CollectionName[]): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await writeAll(writer, 'battle_cards', [docWrite(`probe-${attempt}`)]);
    if (await waitFor(() => heard.includes('battle_cards'), 200)) return;
  }
  throw new Error('the change listener never became live');
}

/**
 * The no-skip rule under load: 8 writers run 25 batches of 4 documents (3 new ones and one
 * counter shared by all writers) while a reader pulls from its checkpoint. Writers take turns
 * over `writers` (several instances share one database in production).
 */
export async function checkNoSkipUnderConcurrency(writers: Store[], reader: Store): Promise<void> {
  const collection = 'call_notes';
  const written = new Set<string>();
  const violations: string[] = [];
  const seen = new Map<string, StoredDocument>();
  let checkpoint = 0;
  let isWriting = true;

  const writing = Promise.all(
    Array.from({ length: 8 }, async (_, w) => {
      const store = writers[w % writers.length] ?? reader;
      for (let round = 0; round < 25; round += 1) {
        const fresh = [0, 1, 2].map((k) => `w${w}-r${round}-${k}`);
        const shared = `shared-${round % 4}`;
        await store.writeDocuments(collection, [shared, ...fresh], (current) => {
          const count = Number(current.get(shared)?.doc['count'] ?? 0);
          const writes = [docWrite(shared, { count: count + 1 }), ...fresh.map((id) => docWrite(id, { w, round }, `rep-${w}`))];
          return { writes, result: undefined };
        });
        for (const id of [shared, ...fresh]) written.add(id);
      }
    }),
  ).finally(() => {
    isWriting = false;
  });

  const pullPage = async (): Promise<number> => {
    const page = await reader.pull({ collection, after: checkpoint, limit: 20 });
    for (const doc of page) {
      if (doc.sequence <= checkpoint) violations.push(`seq ${doc.sequence} arrived after checkpoint ${checkpoint}`);
      checkpoint = doc.sequence;
      seen.set(doc.id, doc);
    }
    return page.length;
  };
  while (isWriting) {
    if ((await pullPage()) === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await writing;
  while ((await pullPage()) > 0);

  expect(violations).toEqual([]);
  expect(new Set(seen.keys())).toEqual(written);
  const final = await reader.getDocuments(collection, [...written]);
  for (const id of written) expect(seen.get(id), id).toEqual(final.get(id));
  // Each batch read the shared counter and wrote it back + 1: a lost update shows here.
  const counted = [0, 1, 2, 3].reduce((sum, k) => sum + Number(final.get(`shared-${k}`)?.doc['count']), 0);
  expect(counted).toBe(8 * 25);
}

function userRecord(id: string, email: string, patch: Partial<UserRecord> = {}): UserRecord {
  return { id, email, name: `User ${id}`, role: 'rep', passwordHash: `hash-${id}`, createdAt: T, disabledAt: null, ...patch };
}

function tokenRecord(tokenHash: string, userId: string, patch: Partial<TokenRecord> = {}): TokenRecord {
  return { tokenHash, userId, createdAt: T, expiresAt: T + 86_400_000, revokedAt: null, ...patch };
}

export function describeStoreSuite(name: string, harness: StoreHarness): void {
  describe(name, () => {
    const stores = new Set<Store>();
    const open = async (): Promise<Store> => track(await harness.open());
    const reopen = async (store: Store): Promise<Store> => track(await harness.reopen(store));
    function track(store: Store): Store {
      stores.add(store);
      return store;
    }
    async function close(store: Store): Promise<void> {
      stores.delete(store);
      await store.close();
    }
    afterEach(async () => {
      for (const store of [...stores]) await close(store);
      await harness.cleanup?.();
    });

    describe('documents', () => {
      it('round-trips a document with its metadata', async () => {
        const store = await open();
        const nested = { f: 1.5, neg: -3, t: true, z: null, deep: [{ k: 'v' }] };
        const fields = { title: 'Café ☕ 日本', body: 'a "quoted"\nline \\ ok', tags: ['x', 'y'], at: T, nested, empty: [] };
        const [stored] = await writeAll(store, 'call_notes', [docWrite('n1', fields, 'rep-1')]);
        const expected = { collection: 'call_notes', id: 'n1', ownerId: 'rep-1', deleted: false, doc: { id: 'n1', ...fields } };
        expect(stored).toEqual({ ...expected, sequence: expect.any(Number) });
        expect(stored?.sequence).toBeGreaterThan(0);
        expect(await store.pull({ collection: 'call_notes', after: 0, limit: 10 })).toEqual([stored]);
        expect(await store.getDocuments('call_notes', ['n1', 'missing'])).toEqual(new Map([['n1', stored]]));
      });

      it('pulls in sequence order, after a checkpoint, up to a limit', async () => {
        const store = await open();
        await writeAll(store, 'accounts', [docWrite('a'), docWrite('b')]);
        await writeAll(store, 'accounts', [docWrite('c'), docWrite('d'), docWrite('e')]);
        await writeAll(store, 'accounts', [docWrite('a', { v: 2 })]);
        const all = await store.pull({ collection: 'accounts', after: 0, limit: 100 });
        expect(all.map((d) => d.id)).toEqual(['b', 'c', 'd', 'e', 'a']);
        expect(all.find((d) => d.id === 'a')?.doc).toEqual({ id: 'a', v: 2 });
        const sequences = all.map((d) => d.sequence);
        expect(sequences).toEqual([...sequences].sort((x, y) => x - y));
        expect(new Set(sequences).size).toBe(5);
        const afterC = await store.pull({ collection: 'accounts', after: all[1]?.sequence ?? -1, limit: 100 });
        expect(afterC.map((d) => d.id)).toEqual(['d', 'e', 'a']);
        expect((await store.pull({ collection: 'accounts', after: 0, limit: 2 })).map((d) => d.id)).toEqual(['b', 'c']);
        expect(await store.pull({ collection: 'accounts', after: all[4]?.sequence ?? -1, limit: 100 })).toEqual([]);
      });

      it('filters by owner before the limit, so pages are full', async () => {
        const store = await open();
        for (let i = 0; i < 10; i += 1) await writeAll(store, 'meetings', [docWrite(`m${i}`, {}, i % 2 ? 'rep-b' : 'rep-a')]);
        const page = await store.pull({ collection: 'meetings', after: 0, limit: 3, ownerId: 'rep-b' });
        expect(page.map((d) => d.id)).toEqual(['m1', 'm3', 'm5']);
        const rest = await store.pull({ collection: 'meetings', after: page[2]?.sequence ?? -1, limit: 3, ownerId: 'rep-b' });
        expect(rest.map((d) => d.id)).toEqual(['m7', 'm9']);
        expect(await store.pull({ collection: 'meetings', after: 0, limit: 100 })).toHaveLength(10);
        expect(await store.pull({ collection: 'meetings', after: 0, limit: 100, ownerId: 'rep-c' })).toEqual([]);
      });

      it('pulls tombstones', async () => {
        const store = await open();
        const [first] = await writeAll(store, 'contacts', [docWrite('c1', { name: 'Ada' }, 'rep-a')]);
        await writeAll(store, 'contacts', [docWrite('c1', { name: 'Ada' }, 'rep-a', true)]);
        const pulled = await store.pull({ collection: 'contacts', after: first?.sequence ?? -1, limit: 10, ownerId: 'rep-a' });
        expect(pulled).toMatchObject([{ id: 'c1', deleted: true, doc: { id: 'c1', name: 'Ada' } }]);
        expect((await store.getDocuments('contacts', ['c1'])).get('c1')?.deleted).toBe(true);
      });

      it('pulls as wire JSON exactly what pull() returns, tombstones and owner filter included', async () => {
        const store = await open();
        await writeAll(store, 'contacts', [docWrite('k1', { name: 'Ada', tags: ['x'], nested: { n: 1 } }, 'rep-a'), docWrite('k2', {}, 'rep-b')]);
        await writeAll(store, 'contacts', [docWrite('k1', { name: 'Ada' }, 'rep-a', true), docWrite('k3', { body: 'a "quoted" } brace' }, 'rep-a')]);
        for (const query of [
          { collection: 'contacts' as const, after: 0, limit: 10 },
          { collection: 'contacts' as const, after: 0, limit: 2 },
          { collection: 'contacts' as const, after: 1, limit: 10, ownerId: 'rep-a' },
          { collection: 'contacts' as const, after: 0, limit: 10, ownerId: 'rep-c' },
        ]) {
          const expected = (await store.pull(query)).map((d) => ({ sequence: d.sequence, ownerId: d.ownerId, doc: { ...d.doc, _deleted: d.deleted } }));
          const page = await store.pullWire({ ...query, maxChars: 1_000_000 });
          const wire = page.rows.map((row) => ({ sequence: row.sequence, ownerId: row.ownerId, doc: JSON.parse(row.json) as unknown }));
          expect(wire).toEqual(expected);
          expect(page.more).toBe(false);
        }
      });

      it('stops a wire page at its size, says more follow, and never leaves a row out', async () => {
        const store = await open();
        // Documents of about 1,000, 2,000 and 5,000 characters, and a small one.
        const writes = [
          docWrite('s1', { body: 'a'.repeat(1_000) }, 'rep-a'),
          docWrite('s2', { body: 'b'.repeat(1_000) }, 'rep-a'),
          docWrite('s3', { body: 'c'.repeat(5_000) }, 'rep-a'),
          docWrite('s4', { body: 'd' }, 'rep-a'),
          docWrite('s5', { body: 'e'.repeat(2_000) }, 'rep-b'),
          docWrite('s6', { body: 'f'.repeat(1_000) }, 'rep-a'),
        ];
        for (const write of writes) await writeAll(store, 'contacts', [write]);
        const pages = async (query: { limit: number; maxChars: number; ownerId?: string }) => {
          const seen: { ids: string[]; more: boolean }[] = [];
          let after = 0;
          for (let guard = 0; guard < 20; guard += 1) {
            const page = await store.pullWire({ collection: 'contacts', after, ...query });
            seen.push({ ids: page.rows.map((row) => (JSON.parse(row.json) as { id: string }).id), more: page.more });
            const last = page.rows.at(-1);
            if (!last || (page.rows.length < query.limit && !page.more)) return seen;
            after = last.sequence;
          }
          throw new Error('the pages never ended');
        };
        expect(await pages({ limit: 10, maxChars: 2_500 })).toEqual([
          { ids: ['s1', 's2'], more: true },
          // Longer than a page alone: it travels alone.
          { ids: ['s3'], more: true },
          { ids: ['s4', 's5'], more: true },
          { ids: ['s6'], more: false },
        ]);
        // The owner filter comes first; a page full by count before it is full by size says nothing more.
        expect(await pages({ limit: 2, maxChars: 2_500, ownerId: 'rep-a' })).toEqual([
          { ids: ['s1', 's2'], more: false },
          { ids: ['s3'], more: true },
          { ids: ['s4', 's6'], more: false },
          { ids: [], more: false },
        ]);
      });

      it('numbers changes uniquely and increasingly across collections', async () => {
        const store = await open();
        expect(await store.latestSequence()).toBe(0);
        const order: CollectionName[] = ['call_notes', 'accounts', 'battle_cards', 'call_notes'];
        const sequences: number[] = [];
        for (const [i, collection] of order.entries()) {
          const stored = await writeAll(store, collection, [docWrite(`x${i}`), docWrite(`y${i}`)]);
          sequences.push(...stored.map((d) => d.sequence));
        }
        expect(sequences).toEqual([...sequences].sort((x, y) => x - y));
        expect(new Set(sequences).size).toBe(8);
        expect(await store.latestSequence()).toBe(sequences[7]);
        expect((await store.pull({ collection: 'accounts', after: 0, limit: 10 })).map((d) => d.id)).toEqual(['x1', 'y1']);
      });

      it('lets decide see the current rows, with missing ids absent, and returns its result', async () => {
        const store = await open();
        const [a] = await writeAll(store, 'opportunities', [docWrite('a', { stage: 'demo' }, 'rep-a'), docWrite('b')]);
        let seen: Map<string, StoredDocument> | undefined;
        const result = await store.writeDocuments('opportunities', ['a', 'nope'], (current) => {
          seen = current;
          return { writes: [], result: 'decided' };
        });
        expect(result).toBe('decided');
        expect(seen).toEqual(new Map([['a', a]]));
      });

      it('writes nothing when decide throws, and rethrows the same error', async () => {
        const store = await open();
        await writeAll(store, 'feedback', [docWrite('f1', { text: 'v1' })]);
        const before = await store.latestSequence();
        const failure = new Error('refused');
        const attempt = store.writeDocuments('feedback', ['f1'], () => {
          throw failure;
        });
        await expect(attempt).rejects.toBe(failure);
        expect(await store.latestSequence()).toBe(before);
        expect((await store.getDocuments('feedback', ['f1'])).get('f1')?.doc).toEqual({ id: 'f1', text: 'v1' });
      });

      it('consumes no sequence for zero writes', async () => {
        const store = await open();
        await writeAll(store, 'activities', [docWrite('a1')]);
        const before = await store.latestSequence();
        await store.writeDocuments('activities', ['a1'], () => ({ writes: [], result: null }));
        expect(await store.latestSequence()).toBe(before);
        expect(await store.pull({ collection: 'activities', after: before, limit: 10 })).toEqual([]);
      });

      it('never lets a pull skip a change that commits later with a lower sequence', async () => {
        const store = await open();
        await checkNoSkipUnderConcurrency([store], store);
      });

      it('keeps its data across close and reopen', async () => {
        const store = await open();
        const [note] = await writeAll(store, 'call_notes', [docWrite('n1', { title: 'kept' }, 'rep-a')]);
        await store.createUser(userRecord('u1', 'kept@example.com'));
        await store.saveToken(tokenRecord('t1', 'u1'));
        await store.putFile({ sha256: 'f'.repeat(64), size: 3, mimeType: 'text/plain', createdAt: T }, new Uint8Array([7, 8, 9]));
        const latest = await store.latestSequence();
        await close(store);
        const again = await reopen(store);
        expect(await again.latestSequence()).toBe(latest);
        expect(await again.pull({ collection: 'call_notes', after: 0, limit: 10 })).toEqual([note]);
        expect(await again.getUserById('u1')).toEqual(userRecord('u1', 'kept@example.com'));
        expect(await again.getToken('t1')).toEqual(tokenRecord('t1', 'u1'));
        expect(Array.from((await again.readFile('f'.repeat(64))) ?? [])).toEqual([7, 8, 9]);
        const [next] = await writeAll(again, 'call_notes', [docWrite('n2')]);
        expect(next?.sequence).toBeGreaterThan(latest);
      });
    });

    describe('users and tokens', () => {
      it('creates, finds case-insensitively, lists and updates users', async () => {
        const store = await open();
        await store.createUser(userRecord('u-ana', 'Ana@Example.com', { role: 'manager' }));
        await store.createUser(userRecord('u-bob', 'bob@example.com'));
        await expect(store.createUser(userRecord('u-other', 'ANA@example.COM'))).rejects.toBeInstanceOf(UniqueViolationError);
        await expect(store.createUser(userRecord('u-bob', 'new@example.com'))).rejects.toBeInstanceOf(UniqueViolationError);
        const ana = await store.getUserByEmail('aNA@example.com');
        expect(ana).toMatchObject({ id: 'u-ana', name: 'User u-ana', role: 'manager', passwordHash: 'hash-u-ana', createdAt: T });
        expect(ana?.email.toLowerCase()).toBe('ana@example.com');
        expect(ana?.disabledAt).toBeNull();
        expect(await store.getUserById('u-ana')).toEqual(ana);
        expect(await store.getUserByEmail('nobody@example.com')).toBeNull();
        expect(await store.getUserById('nobody')).toBeNull();
        expect((await store.listUsers()).map((u) => u.id).sort()).toEqual(['u-ana', 'u-bob']);

        expect(await store.updateUser('u-bob', { name: 'Robert', role: 'admin', passwordHash: 'h2' })).toBe(true);
        const robert = userRecord('u-bob', 'bob@example.com', { name: 'Robert', role: 'admin', passwordHash: 'h2' });
        expect(await store.getUserById('u-bob')).toEqual(robert);
        expect(await store.updateUser('u-bob', { disabledAt: T + 5 })).toBe(true);
        expect((await store.getUserById('u-bob'))?.disabledAt).toBe(T + 5);
        expect(await store.updateUser('u-bob', { disabledAt: null })).toBe(true);
        expect((await store.getUserById('u-bob'))?.disabledAt).toBeNull();
        expect(await store.updateUser('nobody', { name: 'x' })).toBe(false);
      });

      it('saves tokens, and revokes only the live ones of one user', async () => {
        const store = await open();
        await store.createUser(userRecord('u1', 'one@example.com'));
        await store.createUser(userRecord('u2', 'two@example.com'));
        const tokens = [
          tokenRecord('live-1', 'u1'),
          tokenRecord('live-2', 'u1'),
          tokenRecord('revoked', 'u1', { revokedAt: T + 50 }),
          tokenRecord('expired', 'u1', { expiresAt: T + 10 }),
          tokenRecord('other-user', 'u2'),
        ];
        for (const token of tokens) await store.saveToken(token);
        expect(await store.getToken('live-1')).toEqual(tokens[0]);
        expect(await store.getToken('unknown')).toBeNull();
        expect(await store.revokeTokens('u1', T + 100)).toBe(2);
        expect(await store.getToken('live-1')).toEqual({ ...tokens[0], revokedAt: T + 100 });
        expect((await store.getToken('live-2'))?.revokedAt).toBe(T + 100);
        expect((await store.getToken('revoked'))?.revokedAt).toBe(T + 50);
        expect((await store.getToken('other-user'))?.revokedAt).toBeNull();
        expect(await store.revokeTokens('u1', T + 200)).toBe(0);
      });
    });

    describe('files', () => {
      it('stores a file once and reads it whole or by range', async () => {
        const store = await open();
        const data = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 256);
        const info = { sha256: 'a'.repeat(64), size: 1000, mimeType: 'application/pdf', createdAt: T };
        await store.putFile(info, data);
        await store.putFile({ ...info, mimeType: 'text/plain', createdAt: T + 1 }, data);
        expect(await store.getFileInfo(info.sha256)).toEqual(info);
        expect(Array.from((await store.readFile(info.sha256)) ?? [])).toEqual(Array.from(data));
        for (const [start, end] of [[0, 0], [10, 19], [999, 999], [0, 999]] as const) {
          const part = await store.readFile(info.sha256, { start, end });
          expect(Array.from(part ?? []), `${start}-${end}`).toEqual(Array.from(data.subarray(start, end + 1)));
        }
        expect(await store.getFileInfo('b'.repeat(64))).toBeNull();
        expect(await store.readFile('b'.repeat(64))).toBeNull();
        expect(await store.readFile('b'.repeat(64), { start: 0, end: 1 })).toBeNull();
      });
    });

    describe('change notifications', () => {
      it('notifies after a commit, never for a write that did not happen, and stops on unsubscribe', async () => {
        const store = await open();
        const heard: CollectionName[] = [];
        let visible: Promise<boolean>[] = [];
        const stop = store.onChange((collection) => {
          heard.push(collection);
          if (collection === 'accounts') visible.push(store.getDocuments('accounts', ['acc-1']).then((m) => m.has('acc-1')));
        });
        await untilListening(store, heard);
        heard.length = 0;
        visible = [];
        await expect(store.writeDocuments('feedback', ['f1'], () => { throw new Error('refused'); })).rejects.toThrow('refused');
        await store.writeDocuments('opportunities', ['o1'], () => ({ writes: [], result: null }));
        await writeAll(store, 'accounts', [docWrite('acc-1')]);
        expect(await waitFor(() => heard.includes('accounts'))).toBe(true);
        expect(heard).not.toContain('feedback');
        expect(heard).not.toContain('opportunities');
        // Listeners run after the commit: the change is already readable when they hear of it.
        expect(await Promise.all(visible)).toEqual(visible.map(() => true));

        const other: CollectionName[] = [];
        store.onChange((collection) => other.push(collection));
        stop();
        await writeAll(store, 'meetings', [docWrite('m1')]);
        expect(await waitFor(() => other.includes('meetings'))).toBe(true);
        expect(heard).not.toContain('meetings');
      });
    });
  });
}
