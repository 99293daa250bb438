/**
 * The PostgreSQL that server tests run against. Each test works in a schema of its own in the
 * `test` database, so test files can run in parallel, and drops it afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DATABASE_URL_TEST = process.env['FIELDCASE_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** CI sets this so that an unreachable database fails the run instead of skipping a suite. */
export const isPostgresRequired = process.env['FIELDCASE_REQUIRE_POSTGRES'] === '1';

/** The URL without its password, for messages. */
export function describeDatabaseUrl(url: string = DATABASE_URL_TEST): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable database URL)';
  }
}

export async function isPostgresAvailable(url: string = DATABASE_URL_TEST): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs one piece of work on a short-lived connection. */
export async function withTestClient<T>(work: (client: pg.Client) => Promise<T>, url: string = DATABASE_URL_TEST): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Hands out unique schema names (short, so they fit in an application_name) and drops every
 * schema it handed out.
 */
export function createTestSchemas(prefix = 'fc_test') {
  const created = new Set<string>();
  return {
    next(): string {
      const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
      created.add(name);
      return name;
    },
    async dropAll(): Promise<void> {
      if (created.size === 0) return;
      const names = [...created];
      created.clear();
      await withTestClient(async (client) => {
        for (const name of names) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      });
    },
  };
}
