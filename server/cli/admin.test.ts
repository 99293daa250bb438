/**
 * End to end: the real `tsx server/cli/admin.ts` process against an embedded store in a
 * temporary FIELDCASE_DATA_DIR, as an admin runs it (stdin, stdout, stderr, exit status).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password.ts';
import { EMBEDDED_FILE_NAME } from '../store/open-store.ts';
import { createSqliteStore } from '../store/sqlite-store.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROCESS_TIMEOUT_MS = 60_000;

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'fieldcase-admin-e2e-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function admin(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // DATABASE_URL emptied: this test is about the embedded store even where PostgreSQL is configured.
    const child = spawn('npx', ['tsx', 'server/cli/admin.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, FIELDCASE_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('npm run admin', () => {
  it(
    'adds a user with a password piped to stdin, then lists it',
    async () => {
      const added = await admin(['user', 'add', '--email', 'Field.Rep@Example.com', '--name', 'Field Rep', '--role', 'rep', '--password-stdin'], 'correct horse battery\n');
      expect(added).toMatchObject({ code: 0, stderr: '' });
      expect(added.stdout).toMatch(/^Added rep field\.rep@example\.com \(Field Rep\), id u_[0-9a-f]{24}\.\n$/);

      const listed = await admin(['user', 'list']);
      expect(listed).toMatchObject({ code: 0, stderr: '' });
      expect(listed.stdout.split('\n')[0]).toMatch(/^EMAIL\s+NAME\s+ROLE\s+CREATED\s+DISABLED$/);
      expect(listed.stdout).toMatch(/\nfield\.rep@example\.com\s+Field Rep\s+rep\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC\s+—\n/);

      const store = await createSqliteStore({ file: path.join(dataDir, EMBEDDED_FILE_NAME) });
      try {
        const user = await store.getUserByEmail('field.rep@example.com');
        expect(await verifyPassword('correct horse battery', user?.passwordHash ?? '')).toBe(true);
      } finally {
        await store.close();
      }
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    'exits 2 with the usage text on a usage error, and 1 without a stack trace on a user error',
    async () => {
      const usage = await admin(['user', 'add', '--email', 'x@example.com']);
      expect(usage.code).toBe(2);
      expect(usage.stdout).toBe('');
      expect(usage.stderr).toMatch(/^error: user add needs --name, --role\n\n[\s\S]*\nUsage: npm run admin -- <command> \[options\]\n/);

      const missing = await admin(['user', 'set-role', '--email', 'nobody@example.com', '--role', 'rep']);
      expect(missing).toEqual({ code: 1, stdout: '', stderr: 'error: no user with email nobody@example.com\n' });
    },
    PROCESS_TIMEOUT_MS,
  );
});
