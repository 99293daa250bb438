/**
 * The PostgreSQL store against a real database: the shared suite, then what only a shared
 * database can show (several instances, as several server processes would run).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type CollectionName } from '../../shared/schemas/index.ts';
import {
  DATABASE_URL_TEST,
  createTestSchemas,
  describeDatabaseUrl,
  isPostgresAvailable,
  isPostgresRequired,
  withTestClient,
} from '../../tests/helpers/postgres.ts';
import { loadMigrations } from './migrations.ts';
import { createPostgresStore } from './postgres-store.ts';
import type { Store } from './store.ts';
import { describeStoreAcrossSuite } from './store-across.suite.ts';
import {
  checkNoSkipUnderConcurrency,
  describeStoreSuite,
  docWrite,
  untilListening,
  waitFor,
  writeAll,
  type StoreHarness,
} from './store.suite.ts';

const isAvailable = await isPostgresAvailable();
const unreachable = `PostgreSQL not reachable at ${describeDatabaseUrl()}`;
if (!isAvailable && !isPostgresRequired) {
  console.warn(`${unreachable} — the PostgreSQL suite did not run; the embedded store's suite always runs.`);
}

if (isPostgresRequired) {
  it('reaches PostgreSQL (required: FIELDCASE_REQUIRE_POSTGRES=1)', () => {
    expect(isAvailable, unreachable).toBe(true);
  });
}

const schemas = createTestSchemas();
const schemaOf = new WeakMap<Store, string>();

async function openIn(schema: string): Promise<Store> {
  const store = await createPostgresStore({ connectionString: DATABASE_URL_TEST, schema });
  schemaOf.set(store, schema);
  return store;
}

const harness: StoreHarness = {
  open: () => openIn(schemas.next()),
  reopen(store) {
    const schema = schemaOf.get(store);
    if (schema === undefined) throw new Error('reopen needs a store this harness opened');
    return openIn(schema);
  },
  cleanup: () => schemas.dropAll(),
};

describe.skipIf(!isAvailable)('PostgreSQL store', () => {
  describeStoreSuite('shared store suite', harness);
  describeStoreAcrossSuite('across collections and settings', harness);

  describe('several instances on one database', () => {
    const stores: Store[] = [];
    const open = async (schema = schemas.next()): Promise<Store> => {
      const store = await openIn(schema);
      stores.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of stores.splice(0)) await store.close();
      await schemas.dropAll();
    });

    it('delivers a write through one instance to the listeners of another', async () => {
      const writer = await open();
      const reader = await harness.reopen(writer);
      stores.push(reader);
      const heard: CollectionName[] = [];
      reader.onChange((collection) => heard.push(collection));
      await untilListening(writer, heard);
      heard.length = 0;
      await writeAll(writer, 'accounts', [docWrite('acc-1', { name: 'Initech' })]);
      expect(await waitFor(() => heard.includes('accounts'))).toBe(true);
      expect((await reader.getDocuments('accounts', ['acc-1'])).get('acc-1')?.doc).toEqual({ id: 'acc-1', name: 'Initech' });
    });

    it('keeps the no-skip rule with writers spread over two instances', async () => {
      const first = await open();
      const second = await harness.reopen(first);
      stores.push(second);
      await checkNoSkipUnderConcurrency([first, second], second);
    });

    it('ignores changes made in another schema', async () => {
      const elsewhere = await open();
      const store = await open();
      const heard: CollectionName[] = [];
      store.onChange((collection) => heard.push(collection));
      await untilListening(store, heard);
      heard.length = 0;
      await writeAll(elsewhere, 'accounts', [docWrite('acc-1')]);
      // Notifications arrive in commit order, so once this one is heard the other one would have been.
      await writeAll(store, 'meetings', [docWrite('m1')]);
      expect(await waitFor(() => heard.includes('meetings'))).toBe(true);
      expect(heard).not.toContain('accounts');
    });

    it('reconnects its listener and reports every collection as possibly changed', async () => {
      const schema = schemas.next();
      const store = await open(schema);
      const heard: CollectionName[] = [];
      store.onChange((collection) => heard.push(collection));
      await untilListening(store, heard);
      heard.length = 0;
      const cut = await withTestClient((client) =>
        client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
          `fieldcase-changes:${schema}`,
        ]),
      );
      expect(cut.rowCount).toBe(1);
      expect(await waitFor(() => COLLECTION_NAMES.every((c) => heard.includes(c)))).toBe(true);
      heard.length = 0;
      await writeAll(store, 'contacts', [docWrite('c1')]);
      expect(await waitFor(() => heard.includes('contacts'))).toBe(true);
    });

    it('migrates once when several processes start together', async () => {
      const schema = schemas.next();
      const [first, , third] = await Promise.all([open(schema), open(schema), open(schema)]);
      const migrations = await loadMigrations('postgres');
      const applied = await withTestClient((client) =>
        client.query<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`),
      );
      expect(applied.rows.map((row) => row.version)).toEqual(migrations.map((m) => m.version));
      await writeAll(first, 'call_notes', [docWrite('n1')]);
      expect(await third.latestSequence()).toBe(1);
      const again = await open(schema);
      expect(await again.latestSequence()).toBe(1);
    });

    it('refuses schema names that are not plain lowercase identifiers', async () => {
      for (const schema of ['', 'Public', 'a-b', '1abc', 'x; DROP TABLE users', 'a'.repeat(64)]) {
        await expect(createPostgresStore({ connectionString: DATABASE_URL_TEST, schema }), schema).rejects.toThrow(/schema name/);
      }
    });
  });
});
