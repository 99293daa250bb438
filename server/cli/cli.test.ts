import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password.ts';
import type { Store } from '../store/store.ts';
import { CliError } from './cli-errors.ts';
import { parseCommandLine, runCli } from './cli.ts';
import { createTempStore, type TempStore } from './store-for-tests.ts';
import { USAGE } from './usage.ts';

const SAMPLE = fileURLToPath(new URL('./fixtures/import-sample', import.meta.url));
const T = Date.UTC(2025, 5, 12, 9, 30);

let temp: TempStore;

beforeEach(async () => {
  temp = await createTempStore();
});

afterEach(async () => {
  await temp.cleanup();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  storesOpened: number;
  passwordsRead: number;
}

async function run(argv: string[], password = 'a long enough password'): Promise<Run> {
  const result: Run = { code: -1, stdout: '', stderr: '', storesOpened: 0, passwordsRead: 0 };
  result.code = await runCli(argv, {
    stdout: (text) => (result.stdout += text),
    stderr: (text) => (result.stderr += text),
    openStore: () => {
      result.storesOpened += 1;
      return temp.open();
    },
    readPassword: async () => {
      result.passwordsRead += 1;
      return password;
    },
    now: () => T,
  });
  return result;
}

async function inspect<T>(read: (store: Store) => Promise<T>): Promise<T> {
  return read(await temp.open());
}

describe('runCli', () => {
  it('prints the usage for --help, with exit code 0 and without opening the store', async () => {
    for (const argv of [['--help'], ['user', 'add', '-h'], ['import', '--help']]) {
      expect(await run(argv)).toMatchObject({ code: 0, stdout: USAGE, stderr: '', storesOpened: 0 });
    }
  });

  it.each([
    [[], 'missing command'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['user'], '"user" needs a subcommand'],
    [['user', 'delete', '--email', 'a@b.co'], 'unknown command "user delete"'],
    [['user', 'add', '--email', 'a@b.co', '--name', 'A'], 'user add needs --role'],
    [['user', 'add', '--email', 'a@b.co', '--name', 'A', '--role', 'rep', '--password', 'hunter2hunter2'], "Unknown option '--password'"],
    [['user', 'set-password', '--email'], "argument missing"],
    [['user', 'list', 'extra'], 'user list takes no arguments, got: extra'],
    [['import'], 'import takes FOLDER, got: none'],
    [['import', 'a', 'b'], 'import takes FOLDER, got: a b'],
    [['report', 'feedback', '--format'], 'argument missing'],
  ])('%j is a usage error: exit 2 with the usage text, store untouched', async (argv, message) => {
    const result = await run(argv);
    expect(result).toMatchObject({ code: 2, stdout: '', storesOpened: 0, passwordsRead: 0 });
    expect(result.stderr).toContain(message);
    expect(result.stderr.endsWith(USAGE)).toBe(true);
  });

  it('adds a user with a password from stdin and lists it', async () => {
    const added = await run(['user', 'add', '--email', 'Ada@Example.com', '--name', 'Ada Lovelace', '--role', 'manager', '--password-stdin']);
    expect(added).toMatchObject({ code: 0, stderr: '', passwordsRead: 1 });
    expect(added.stdout).toMatch(/^Added manager ada@example\.com \(Ada Lovelace\), id u_[0-9a-f]{24}\.\n$/);
    const hash = await inspect(async (store) => (await store.getUserByEmail('ada@example.com'))?.passwordHash ?? '');
    expect(await verifyPassword('a long enough password', hash)).toBe(true);

    const listed = await run(['user', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(
      [
        'EMAIL            NAME          ROLE     CREATED               DISABLED',
        '---------------  ------------  -------  --------------------  --------',
        'ada@example.com  Ada Lovelace  manager  2025-06-12 09:30 UTC  —',
        '',
      ].join('\n'),
    );
  });

  it('prints a generated password once when none is piped in', async () => {
    const added = await run(['user', 'add', '--email', 'rep@example.com', '--name', 'Riley', '--role', 'rep']);
    expect(added.passwordsRead).toBe(0);
    const password = /Password, shown only this once: (\S+)\n$/.exec(added.stdout)?.[1] ?? '';
    const hash = await inspect(async (store) => (await store.getUserByEmail('rep@example.com'))?.passwordHash ?? '');
    expect(await verifyPassword(password, hash)).toBe(true);
  });

  it('reports a clear error with exit code 1 and no stack trace', async () => {
    const result = await run(['user', 'set-role', '--email', 'ghost@example.com', '--role', 'rep']);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'error: no user with email ghost@example.com\n', storesOpened: 1, passwordsRead: 0 });
    expect((await run(['user', 'add', '--email', 'x@example.com', '--name', 'X', '--role', 'rep', '--password-stdin'], 'short')).stderr).toBe(
      'error: the password must be at least 10 characters long\n',
    );
    expect((await run(['report', 'feedback', '--since', 'last week'])).code).toBe(1);
  });

  it('revokes and disables, then enables again', async () => {
    await run(['user', 'add', '--email', 'ada@example.com', '--name', 'Ada', '--role', 'rep', '--password-stdin']);
    expect((await run(['user', 'revoke', '--email', 'ada@example.com', '--disable'])).stdout).toBe('Revoked 0 tokens of ada@example.com.\nThe account is disabled.\n');
    expect((await run(['user', 'list'])).stdout).toContain('2025-06-12 09:30 UTC  2025-06-12 09:30 UTC');
    expect((await run(['user', 'enable', '--email', 'ada@example.com'])).stdout).toBe('ada@example.com is enabled again.\n');
    expect((await run(['user', 'set-role', '--email', 'ada@example.com', '--role', 'admin'])).stdout).toBe('ada@example.com: role changed from rep to admin.\n');
    expect((await run(['user', 'set-password', '--email', 'ada@example.com'])).stdout).toBe(
      'Password set for ada@example.com; 0 tokens revoked, so every device signs in again.\n',
    );
  });

  it('imports a folder, printing the summary on stdout and progress on stderr', async () => {
    const first = await run(['import', SAMPLE]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('  battle cards   2 created, 0 updated, 0 unchanged\n');
    expect(first.stdout).toContain('  files          2 new files (564 B)\n');
    expect(first.stderr).toContain('read 6 documents from');
    expect(first.stdout).toContain('  kits           1 created, 0 updated, 0 unchanged\n');
    const again = await run(['import', '--', SAMPLE]);
    expect(again.stdout).toContain('  collateral     0 created, 0 updated, 2 unchanged\n');
  });

  it('prints the feedback report in the format asked for', async () => {
    expect((await run(['report', 'feedback'])).stdout).toContain('0 items, all time.');
    expect((await run(['report', 'feedback', '--format', 'csv'])).stdout).toBe(
      'id,created_at,updated_at,kind,status,competitor,product,account_id,note_id,owner,text,response\r\n',
    );
    expect(JSON.parse((await run(['report', 'feedback', '--format', 'json', '--since', '2025-06-01'])).stdout)).toMatchObject({ total: 0, since: '2025-06-01' });
  });

  it('reports an error from opening the store as a clear error', async () => {
    const result = await runCli(['user', 'list'], {
      stdout: () => undefined,
      stderr: (text) => expect(text).toBe('error: DATABASE_URL must be a postgres:// URL\n'),
      openStore: () => Promise.reject(new CliError('DATABASE_URL must be a postgres:// URL')),
      readPassword: () => Promise.resolve(''),
    });
    expect(result).toBe(1);
  });
});

describe('parseCommandLine', () => {
  it('treats --help after "--" as a positional, so a folder may be called that', () => {
    const parsed = parseCommandLine(['import', '--', '--help']);
    expect(parsed.kind === 'command' && parsed.positionals).toEqual(['--help']);
  });
});
