/**
 * Numbered SQL migrations (`NNN_name.sql`), one folder per store kind, applied in order at
 * start. Each store records what it applied in its own `schema_migrations` table.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export async function loadMigrations(kind: 'sqlite' | 'postgres'): Promise<Migration[]> {
  const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations', kind);
  const files = (await readdir(folder)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = MIGRATION_FILE.exec(file);
    if (!match?.[1] || !match[2]) throw new Error(`migration file name ${file} is not NNN_name.sql`);
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) throw new Error(`two migrations numbered ${version}`);
    migrations.push({ version, name: match[2], sql: await readFile(path.join(folder, file), 'utf8') });
  }
  return migrations;
}
