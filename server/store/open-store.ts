/** Opens the store the configuration asks for: PostgreSQL with DATABASE_URL, else the embedded one. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ServerConfig } from '../config.ts';
import type { Store } from './store.ts';

export const EMBEDDED_FILE_NAME = 'fieldcase.sqlite';

export async function openStore(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Promise<{ store: Store; where: string }> {
  if (config.databaseUrl) {
    const { createPostgresStore } = await import('./postgres-store.ts');
    const where = new URL(config.databaseUrl);
    where.password = where.password ? '***' : '';
    return { store: await createPostgresStore({ connectionString: config.databaseUrl }), where: `PostgreSQL ${where.href}` };
  }
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(config.dataDir, EMBEDDED_FILE_NAME);
  const { createSqliteStore } = await import('./sqlite-store.ts');
  return { store: await createSqliteStore({ file }), where: `embedded store ${file}` };
}
