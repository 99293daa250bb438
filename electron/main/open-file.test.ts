import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileOpener } from './open-file.ts';

let tempDir: string;

beforeEach(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'fieldcase-open-test-'));
});

afterEach(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

describe('createFileOpener', () => {
  it('writes the bytes under the given name in its own folder and opens that file', async () => {
    const openPath = vi.fn(async (_filePath: string) => '');
    const opener = createFileOpener({ tempDir, openPath });
    const filePath = await opener.open({ name: 'Beacon deck.pdf', bytes: new Uint8Array([37, 80, 68, 70]) });

    expect(openPath.mock.calls).toEqual([[filePath]]);
    expect(path.basename(filePath)).toBe('Beacon deck.pdf');
    expect(filePath.startsWith(tempDir + path.sep)).toBe(true);
    expect([...(await readFile(filePath))]).toEqual([37, 80, 68, 70]);
    if (process.platform !== 'win32') {
      expect((await stat(filePath)).mode & 0o777).toBe(0o600);
      expect((await stat(path.dirname(filePath))).mode & 0o777).toBe(0o700);
    }
  });

  it('keeps two files of the same name apart and never overwrites one', async () => {
    const opener = createFileOpener({ tempDir, openPath: async () => '' });
    const first = await opener.open({ name: 'deck.pdf', bytes: new Uint8Array([1]) });
    const second = await opener.open({ name: 'deck.pdf', bytes: new Uint8Array([2]) });
    expect(first).not.toBe(second);
    expect([...(await readFile(first))]).toEqual([1]);
    expect([...(await readFile(second))]).toEqual([2]);
    expect(await readdir(tempDir)).toHaveLength(1);
  });

  it('fails with the OS message when the system cannot open the file', async () => {
    const opener = createFileOpener({ tempDir, openPath: async () => 'No application knows how to open this file' });
    await expect(opener.open({ name: 'deck.key', bytes: new Uint8Array([1]) })).rejects.toThrow(/No application/);
  });

  it('refuses a name that would leave its folder even if one got past validation', async () => {
    const openPath = vi.fn(async () => '');
    const opener = createFileOpener({ tempDir, openPath });
    await expect(opener.open({ name: '../escape.pdf', bytes: new Uint8Array([1]) })).rejects.toThrow(/escapes/);
    expect(openPath).not.toHaveBeenCalled();
  });

  it('removes everything it wrote on dispose, and tolerates being disposed twice or unused', async () => {
    createFileOpener({ tempDir, openPath: async () => '' }).dispose();
    const opener = createFileOpener({ tempDir, openPath: async () => '' });
    const filePath = await opener.open({ name: 'deck.pdf', bytes: new Uint8Array([1]) });
    opener.dispose();
    opener.dispose();
    expect(existsSync(filePath)).toBe(false);
    expect(await readdir(tempDir)).toEqual([]);
  });
});
