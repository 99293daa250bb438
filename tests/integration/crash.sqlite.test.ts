/**
 * Pulling the plug mid-push: a process killed (SIGKILL) in the middle of writing a batch leaves
 * the embedded store with every committed batch and nothing of the interrupted one.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';

const writer = fileURLToPath(new URL('../helpers/crash-writer.ts', import.meta.url));
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('the embedded store when the process dies mid-push', () => {
  it('keeps committed batches and no part of the interrupted one', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'fieldcase-crash-'));
    folders.push(folder);
    const file = path.join(folder, 'fieldcase.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('writing')) resolve();
      });
      child.once('exit', () => reject(new Error(`writer exited early: ${output}`)));
    });
    // Let the big transaction get well under way, then pull the plug.
    await new Promise((resolve) => setTimeout(resolve, 150));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toContain('finished');

    const store = await createSqliteStore({ file });
    try {
      const rows = await store.pull({ collection: 'call_notes', after: 0, limit: 1_000 });
      expect(rows.map((row) => row.id).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `committed-${i}`).sort());
      expect(await store.latestSequence()).toBe(50);
    } finally {
      await store.close();
    }
  }, 60_000);
});
