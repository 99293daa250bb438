/** The server's environment, read once at start. */
import os from 'node:os';
import path from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  /** The embedded store's folder (unused with DATABASE_URL). */
  dataDir: string;
  databaseUrl: string | null;
  seedDemo: boolean;
  tokenTtlMs: number;
  logLevel: string;
  /** FIELDCASE_LOGINS_PER_MINUTE: sign-in attempts per minute per address (default 10). */
  loginsPerMinute: number;
  /** FIELDCASE_CORS_ORIGINS: comma-separated origins allowed besides the app's own. */
  corsOrigins: string | undefined;
}

/** Where a per-user application keeps its data on each platform. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), 'Fieldcase', 'server');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Fieldcase', 'server');
  return path.join(env['XDG_DATA_HOME'] || path.join(home, '.local', 'share'), 'fieldcase', 'server');
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8787;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, not "${raw}"`);
  return port;
}

function parsePositive(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not "${raw}"`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env['DATABASE_URL'] || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// URL');
  }
  return {
    host: env['HOST'] || '127.0.0.1',
    port: parsePort(env['PORT']),
    dataDir: path.resolve(env['FIELDCASE_DATA_DIR'] || defaultDataDir(env)),
    databaseUrl,
    seedDemo: env['FIELDCASE_SEED_DEMO'] === '1',
    tokenTtlMs: 30 * 24 * 60 * 60 * 1000,
    logLevel: env['LOG_LEVEL'] || 'info',
    corsOrigins: env['FIELDCASE_CORS_ORIGINS'],
    loginsPerMinute: parsePositive(env['FIELDCASE_LOGINS_PER_MINUTE'], 10, 'FIELDCASE_LOGINS_PER_MINUTE'),
  };
}
