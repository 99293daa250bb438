import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { isQuotaExceeded, openBlobCache, StorageFullError, type BlobCache } from './blob-cache.ts';

let clock = 0;
const open: BlobCache[] = [];

function cache(quotaBytes: number): BlobCache {
  const opened = openBlobCache({ name: `files-${crypto.randomUUID()}`, indexedDB, IDBKeyRange, quotaBytes, now: () => ++clock });
  open.push(opened);
  return opened;
}

function bytes(length: number, fill = 7): Blob {
  return new Blob([new Uint8Array(length).fill(fill)]);
}

/** Stores a whole file of `size` bytes in one chunk and completes it. */
async function addFile(target: BlobCache, sha256: string, size: number): Promise<void> {
  await target.putPartial(sha256, bytes(size), { size, mimeType: 'application/pdf', offset: 0 });
  await target.complete(sha256);
}

afterEach(() => {
  for (const opened of open.splice(0)) opened.close();
});

describe('blob cache', () => {
  it('keeps chunks until complete, then one typed Blob', async () => {
    const files = cache(1_000);
    await files.putPartial('a', new Blob([new Uint8Array([1, 2])]), { size: 4, mimeType: 'image/png', offset: 0 });
    expect(await files.putPartial('a', new Blob([new Uint8Array([3, 4])]), { size: 4, mimeType: 'image/png', offset: 2 })).toBe(4);
    expect(await files.get('a')).toMatchObject({ bytes: null, receivedBytes: 4, size: 4, pinned: false });
    const blob = await files.complete('a');
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3, 4]);
    expect((await files.get('a'))?.bytes?.size).toBe(4);
    expect((await files.readPartial('a')).size).toBe(0);
  });

  it('refuses a chunk at the wrong offset, past the end, or after completion', async () => {
    const files = cache(1_000);
    const meta = { size: 4, mimeType: 'text/plain' };
    await expect(files.putPartial('a', bytes(2), { ...meta, offset: 1 })).rejects.toThrow(/starts at 1, but 0/);
    await expect(files.putPartial('a', bytes(5), { ...meta, offset: 0 })).rejects.toThrow(/past its 4 bytes/);
    await files.putPartial('a', bytes(2), { ...meta, offset: 0 });
    await expect(files.complete('a')).rejects.toThrow(/2 of 4 bytes/);
    await files.putPartial('a', bytes(2), { ...meta, offset: 2 });
    await files.complete('a');
    await expect(files.putPartial('a', bytes(1), { ...meta, offset: 4 })).rejects.toThrow(/already complete/);
  });

  it('reports usage, counting partial files by what arrived', async () => {
    const files = cache(1_000);
    await addFile(files, 'a', 100);
    await addFile(files, 'b', 200);
    await files.putPartial('c', bytes(30), { size: 300, mimeType: 'video/mp4', offset: 0 });
    expect(await files.pin('b', true)).toBe(true);
    expect(await files.pin('missing', true)).toBe(false);
    expect(await files.usage()).toEqual({ usedBytes: 330, pinnedBytes: 200, files: 3, quotaBytes: 1_000 });
    await files.discard('c');
    expect(await files.usage()).toMatchObject({ usedBytes: 300, files: 2 });
    expect(await files.readPartial('c')).toMatchObject({ size: 0 });
  });

  it('evicts unpinned files least recently used first, only as many as needed', async () => {
    const files = cache(1_000);
    await addFile(files, 'old', 300);
    await addFile(files, 'middle', 300);
    await addFile(files, 'new', 300);
    await files.get('old');
    expect(await files.evictFor(100)).toEqual([]);
    expect(await files.evictFor(500)).toEqual(['middle', 'new']);
    expect((await files.get('old'))?.bytes).not.toBeNull();
    expect(await files.usage()).toMatchObject({ usedBytes: 300, files: 1 });
  });

  it('never evicts a pinned file or a partial download', async () => {
    const files = cache(1_000);
    await addFile(files, 'pinned-old', 400);
    await files.pin('pinned-old', true);
    await addFile(files, 'loose', 300);
    await files.putPartial('partial', bytes(100), { size: 500, mimeType: 'video/mp4', offset: 0 });
    expect(await files.evictFor(400)).toEqual(['loose']);
    expect(await files.get('pinned-old')).toBeDefined();
    expect(await files.get('partial')).toBeDefined();
  });

  it('throws StorageFullError with the numbers, evicting nothing, when even evicting all cannot fit', async () => {
    const files = cache(1_000);
    await addFile(files, 'pinned', 700);
    await files.pin('pinned', true);
    await addFile(files, 'loose', 200);
    const error = await files.evictFor(400).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect(error).toMatchObject({ neededBytes: 400, usedBytes: 900, pinnedBytes: 700, quotaBytes: 1_000, reason: 'cache-quota' });
    expect((error as Error).message).toMatch(/needs .* MB.*available offline/);
    expect(await files.usage()).toMatchObject({ files: 2, usedBytes: 900 });
  });

  it.each([
    [{ name: 'QuotaExceededError' }, true],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, true],
    [{ name: 'ConstraintError' }, false],
    [new Error('QuotaExceededError'), false],
    ['QuotaExceededError', false],
    [null, false],
  ])('recognizes a browser quota error: %j → %s', (error, expected) => {
    expect(isQuotaExceeded(error)).toBe(expected);
  });
});
