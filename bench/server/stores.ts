/**
 * The stores the bench runs against: the embedded SQLite store in a temporary file, and
 * PostgreSQL in a schema of its own, dropped afterwards. Each comes with the one function
 * that removes every trace of it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresStore } from '../../server/store/postgres-store.ts';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import type { Store } from '../../server/store/store.ts';

export interface BenchStore {
  label: string;
  store: Store;
  /** Closes the store and deletes its data; safe to call once, after the server has stopped. */
  dispose(): Promise<void>;
}

export async function openSqliteBench(): Promise<BenchStore> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldcase-server-bench-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const store = await createSqliteStore({ file: join(dir, 'bench.sqlite') });
    return {
      label: 'embedded (SQLite)',
      store,
      async dispose() {
        try {
          await store.close();
        } finally {
          remove();
        }
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/** The connection string with any password masked, for printing. */
export function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(an unparsable connection string)';
  }
}

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000, application_name: 'fieldcase-bench' });
  try {
    await client.connect();
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export type PostgresProbe = { isReachable: true; version: string } | { isReachable: false; reason: string };

export async function probePostgres(connectionString: string): Promise<PostgresProbe> {
  try {
    const version = await withClient(connectionString, async (client) => {
      const { rows } = await client.query<{ version: string }>('SELECT version() AS version');
      return rows[0]?.version ?? 'unknown';
    });
    return { isReachable: true, version };
  } catch (error) {
    return { isReachable: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export async function openPostgresBench(connectionString: string): Promise<BenchStore> {
  // Unique per run, so parallel test suites and earlier runs on the same database are never touched.
  const schema = `bench_server_${Date.now().toString(36)}_${process.pid}`;
  const drop = () => withClient(connectionString, (client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
  let store: Store;
  try {
    store = await createPostgresStore({ connectionString, schema });
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
  return {
    label: 'PostgreSQL',
    store,
    async dispose() {
      try {
        await store.close();
      } finally {
        await drop();
      }
    },
  };
}
