/**
 * A real RxDB on Dexie over fake-indexeddb, with dev-mode checks on unless asked (production
 * mode, as the app runs): for repository tests only.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { CollectionName } from '../../shared/schemas/index.ts';
import { createDatabase, type FieldcaseDatabase } from './database.ts';

let counter = 0;

export function createTestDatabase(collections?: CollectionName[], options: { devMode?: boolean } = {}): Promise<FieldcaseDatabase> {
  counter += 1;
  return createDatabase({
    name: `test-${counter}-${crypto.randomUUID()}`,
    storage: getRxStorageDexie({ indexedDB, IDBKeyRange }),
    devMode: options.devMode ?? true,
    multiInstance: false,
    ...(collections ? { collections } : {}),
  });
}
