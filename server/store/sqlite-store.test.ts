import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';
import { describeStoreAcrossSuite } from './store-across.suite.ts';
import { describeStoreSuite, type StoreHarness } from './store.suite.ts';

const files = new WeakMap<Store, string>();
const folders: string[] = [];

const harness = {
  async open() {
    const folder = await mkdtemp(path.join(tmpdir(), 'fieldcase-store-'));
    folders.push(folder);
    const file = path.join(folder, 'fieldcase.sqlite');
    const store = await createSqliteStore({ file });
    files.set(store, file);
    return store;
  },
  async reopen(previous) {
    const file = files.get(previous);
    if (!file) throw new Error('reopen: this store was not opened by the harness');
    const store = await createSqliteStore({ file });
    files.set(store, file);
    return store;
  },
  async cleanup() {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  },
} satisfies StoreHarness;

describeStoreSuite('the embedded SQLite store', harness);
describeStoreAcrossSuite('the embedded SQLite store, across collections and settings', harness);

describe('the embedded store shared with another process (the admin CLI)', () => {
  it('tells its listeners about commits made through another connection to the file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'fieldcase-store-'));
    const file = path.join(folder, 'fieldcase.sqlite');
    const server = await createSqliteStore({ file });
    const cli = await createSqliteStore({ file });
    try {
      const heard = new Set<string>();
      const stop = server.onChange((collection) => heard.add(collection));
      await cli.writeDocuments('battle_cards', ['card-1'], () => ({
        writes: [{ id: 'card-1', ownerId: null, deleted: false, doc: { id: 'card-1' } }],
        result: null,
      }));
      await vi.waitFor(() => expect(heard.has('battle_cards')).toBe(true), { timeout: 5_000 });
      stop();
    } finally {
      await cli.close();
      await server.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
