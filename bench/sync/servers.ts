/**
 * Each side's server as its own child process, so its memory is its own: the real Fieldcase
 * server (server/main.ts on the embedded store, in a fresh data folder) and the peer's
 * CouchDB-protocol server (couch-server.ts). Both are compiled by esbuild first and run on
 * plain node, as a deployment would: under tsx, its loader thread alone adds about 45 MiB to a
 * process. Both log at warn, so neither pays for per-request logging.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '../../server/auth/password.ts';
import { SERVER_NODE_FLAGS } from '../../server/node-flags.ts';
import { EMBEDDED_FILE_NAME } from '../../server/store/open-store.ts';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import type { UserRole } from '../../shared/sync/protocol.ts';
import { readProcessMemory, type ProcessMemory } from './memory.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(repoRoot, 'dist', 'bench-sync-servers');

/**
 * Bundles our code (packages stay in node_modules). The store finds its SQL migrations beside
 * the module that loads them, so the bundle gets a link to them beside itself.
 */
export async function buildServers(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: repoRoot,
    entryPoints: { main: 'server/main.ts', 'couch-server': 'bench/sync/couch-server.ts' },
    outdir: outDir,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(repoRoot, 'tsconfig.node.json'),
    logLevel: 'warning',
  });
  symlinkSync(join(repoRoot, 'server', 'store', 'migrations'), join(outDir, 'migrations'));
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** Reads the peak memory, then stops the process. */
  stop(): Promise<ProcessMemory>;
}

export interface BenchUser {
  id: string;
  email: string;
  role: UserRole;
}

export const BENCH_PASSWORD = 'bench password, long enough';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = address && typeof address === 'object' ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The last few kilobytes a process printed, to explain a failure. */
function tail(child: ChildProcess): () => string {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text;
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${output()}`);
    const answered = await fetch(url).then((response) => response.ok, () => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within 30 s: ${output()}`);
}

/**
 * Runs a bundle built by buildServers() with the Node flags its users start it with.
 * `profileDir`: a V8 CPU profile of the whole run goes there (on exit).
 */
async function startProcess(entry: string, nodeFlags: readonly string[], env: Record<string, string>, readyPath: string, profileDir?: string): Promise<ServerProcess> {
  const port = await freePort();
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profiling, ...nodeFlags, join(outDir, entry)], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = tail(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(`${url}${readyPath}`, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    pid: child.pid ?? -1,
    async stop() {
      const memory = await readProcessMemory(child.pid ?? -1);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      return memory;
    },
  };
}

/** Creates the bench's users in a fresh embedded store, as `npm run admin -- user add` would, then starts the server on it. */
export async function startFieldcaseServer(dataDir: string, users: BenchUser[], profileDir?: string): Promise<ServerProcess> {
  const store = await createSqliteStore({ file: join(dataDir, EMBEDDED_FILE_NAME) });
  try {
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    for (const user of users) {
      await store.createUser({ ...user, name: `Bench ${user.role}`, passwordHash, createdAt: Date.now(), disabledAt: null });
    }
  } finally {
    await store.close();
  }
  // As `npm run server` starts it (server/node-flags.ts).
  // bench:first-sync signs a fresh laptop in for every run, up to 20 within a minute: more than
  // the default of 10 sign-ins a minute from one address.
  return startProcess('main.js', SERVER_NODE_FLAGS, { FIELDCASE_DATA_DIR: dataDir, FIELDCASE_LOGINS_PER_MINUTE: '60' }, '/api/v1/health', profileDir);
}

export function startCouchServer(dataDir: string, profileDir?: string): Promise<ServerProcess> {
  // express-pouchdb's users start it plainly.
  return startProcess('couch-server.js', [], { COUCH_DATA_DIR: dataDir }, '/', profileDir);
}
