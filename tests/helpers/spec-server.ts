/**
 * A spec's own Fieldcase server on the embedded store, in a temporary data folder, and the real
 * admin CLI (`npm run admin`) run against that folder as product would run it.
 */
import { test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openStore } from '../../server/store/open-store.ts';
import type { Store } from '../../server/store/store.ts';
import { startTestServer, type TestServer } from './server.ts';

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Filled in by the spec file's beforeAll hook; read them inside tests and hooks only. */
export class SpecServer {
  dataDir!: string;
  store!: Store;
  server!: TestServer;

  /** Runs `admin …args` on this server's data folder and returns what it printed. */
  readonly admin = async (...args: string[]): Promise<string> => {
    const { stdout } = await run(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['server/cli/admin.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, FIELDCASE_DATA_DIR: this.dataDir, DATABASE_URL: '' },
    });
    return stdout;
  };
}

/** Starts the server before the spec file's tests and removes it, and its data, after them. */
export function useSpecServer(name: string): SpecServer {
  const spec = new SpecServer();
  test.beforeAll(async () => {
    spec.dataDir = mkdtempSync(path.join(tmpdir(), `fieldcase-e2e-${name}-`));
    ({ store: spec.store } = await openStore({ databaseUrl: null, dataDir: spec.dataDir }));
    spec.server = await startTestServer(spec.store);
  });
  test.afterAll(async () => {
    await spec.server?.close();
    await spec.store?.close();
    if (spec.dataDir) rmSync(spec.dataDir, { recursive: true, force: true });
  });
  return spec;
}
