/**
 * Applies the numbered PostgreSQL migrations. Several server processes may start at once
 * against one database, so migrating happens under a session advisory lock: the first process
 * migrates, the others wait and then find nothing pending.
 */
import type pg from 'pg';
import { loadMigrations, type Migration } from './migrations.ts';

/** Fixed key of the advisory lock held while migrating (any constant: "fieldcas" in ASCII). */
const MIGRATION_LOCK_KEY = '7379540980638376307';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema names are spliced into SQL and connection options, so only plain identifiers pass. */
export function assertSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`schema name "${schema}" must match ${SCHEMA_NAME.source}`);
  }
}

/**
 * Creates the schema (if one is named), applies pending migrations each in its own
 * transaction, and returns the schema the tables live in.
 */
export async function migratePostgres(pool: pg.Pool, schema: string | undefined): Promise<string> {
  if (schema !== undefined) assertSchemaName(schema);
  const migrations = await loadMigrations('postgres');
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const current = await migrateLocked(client, schema, migrations);
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    client.release();
    return current;
  } catch (error) {
    // Destroying the connection ends its session, which frees the advisory lock: a pooled
    // connection must never go back to the pool still holding it.
    client.release(true);
    throw error;
  }
}

async function migrateLocked(client: pg.PoolClient, schema: string | undefined, migrations: Migration[]): Promise<string> {
  if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const { rows } = await client.query<{ schema: string | null }>('SELECT current_schema() AS schema');
  const current = rows[0]?.schema ?? null;
  // Guards against a connection string whose own `options` replaced our search_path.
  if (current === null || (schema !== undefined && current !== schema)) {
    throw new Error(`tables would be created in schema ${current ?? '(none)'}, not ${schema ?? 'the default'}`);
  }
  await client.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)',
  );
  const applied = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
  const done = new Set(applied.rows.map((row) => row.version));
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    await client.query('BEGIN');
    try {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        Date.now(),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      // No ROLLBACK here: the caller destroys the connection, which aborts the transaction.
      throw new Error(`migration ${migration.version}_${migration.name} failed`, { cause: error });
    }
  }
  return current;
}
