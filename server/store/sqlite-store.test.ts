import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';
import { describeStoreSuite } from './store.suite.ts';

const files = new WeakMap<Store, string>();
const folders: string[] = [];

describeStoreSuite('the embedded SQLite store', {
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
});
