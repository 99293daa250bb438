/**
 * A real embedded store in a fresh temporary folder, for the CLI's tests: never a mock, so the
 * tests see the same sequences, uniqueness and transactions the server does.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

export interface TempStore {
  dir: string;
  file: string;
  /** Opens the store (again) over the same file; cleanup() closes every store opened here. */
  open(): Promise<Store>;
  /** Closes every store opened so far, leaving the file complete on disk (SQLite checkpoints on close). */
  closeAll(): Promise<void>;
  cleanup(): Promise<void>;
}

/** `copyOf`: start from a copy of a closed store's file (seeded once, used by many tests). */
export async function createTempStore(options: { copyOf?: string } = {}): Promise<TempStore> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fieldcase-cli-'));
  const file = path.join(dir, 'fieldcase.sqlite');
  if (options.copyOf) await copyFile(options.copyOf, file);
  const opened: Store[] = [];
  const closeAll = async () => {
    // Closing twice must be harmless: runCli closes the stores it is handed.
    await Promise.all(opened.splice(0).map((store) => store.close().catch(() => undefined)));
  };
  return {
    dir,
    file,
    async open() {
      const store = await createSqliteStore({ file });
      opened.push(store);
      return store;
    },
    closeAll,
    async cleanup() {
      await closeAll();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs an admin command line against `temp` at a fixed time, collecting its output. */
export async function runCliOn(temp: TempStore, argv: string[], now: number): Promise<CliRun> {
  // Imported here, not at the top: cli.ts imports every command, which some tests do not need.
  const { runCli } = await import('./cli.ts');
  const result: CliRun = { code: -1, stdout: '', stderr: '' };
  result.code = await runCli(argv, {
    stdout: (text) => (result.stdout += text),
    stderr: (text) => (result.stderr += text),
    openStore: () => temp.open(),
    readPassword: async () => '',
    now: () => now,
  });
  return result;
}

/**
 * Gives each test of the calling suite a fresh temporary store, opened, and removes it after;
 * `copyOf` names a closed store's file to start each one from.
 */
export function freshStorePerTest(copyOf?: () => string): { readonly temp: TempStore; readonly store: Store } {
  const current: { temp?: TempStore; store?: Store } = {};
  beforeEach(async () => {
    current.temp = await createTempStore(copyOf ? { copyOf: copyOf() } : {});
    current.store = await current.temp.open();
  });
  afterEach(async () => {
    await current.temp?.cleanup();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('freshStorePerTest: use the store inside a test');
    return value;
  };
  return {
    get temp() {
      return need(current.temp);
    },
    get store() {
      return need(current.store);
    },
  };
}

/**
 * For a suite over the demo workspace: seeds it once at `now` (seeding hashes the demo passwords
 * with scrypt) and gives every test its own copy, removed after it. Call at a suite's top level.
 */
export function useDemoStores(now: number): { readonly temp: TempStore; readonly store: Store } {
  let seeded: TempStore | undefined;
  beforeAll(async () => {
    seeded = await createTempStore();
    const { seedDemo } = await import('../seed/demo-seed.ts');
    await seedDemo(await seeded.open(), now);
    await seeded.closeAll();
  });
  afterAll(() => seeded?.cleanup());
  return freshStorePerTest(() => {
    if (!seeded) throw new Error('useDemoStores: the demo was not seeded');
    return seeded.file;
  });
}
