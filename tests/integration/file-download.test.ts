/** The renderer's file download against a real server (embedded store): progress, interruption, resume. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBlobCache, type BlobCache } from '../../renderer/db/blob-cache.ts';
import { downloadFile } from '../../renderer/sync/file-download.ts';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import type { Store } from '../../server/store/store.ts';
import { startTestServer, userWithToken, type TestServer } from '../helpers/server.ts';

const SIZE = 300 * 1024;

let store: Store;
let server: TestServer;
let cache: BlobCache;
let repToken: string;
let file: Buffer;
let sha256: string;

beforeEach(async () => {
  store = await createSqliteStore({ file: ':memory:' });
  server = await startTestServer(store);
  cache = openBlobCache({ name: `files-${randomUUID()}`, indexedDB, IDBKeyRange, quotaBytes: 10 * SIZE });
  file = randomBytes(SIZE);
  sha256 = createHash('sha256').update(file).digest('hex');
  const marketing = await userWithToken(store, server, 'marketing');
  const upload = await fetch(`${server.url}/api/v1/files/${sha256}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${marketing.token}`, 'content-type': 'application/pdf' },
    body: new Uint8Array(file),
  });
  expect(upload.status).toBe(201);
  repToken = (await userWithToken(store, server, 'rep')).token;
});
afterEach(async () => {
  cache.close();
  await server.close();
  await store.close();
});

const download = (patch: Partial<Parameters<typeof downloadFile>[0]> = {}) =>
  downloadFile({ baseUrl: server.url, token: repToken, sha256, size: SIZE, mimeType: 'application/pdf', cache, ...patch });

async function hashOf(blob: Blob): Promise<string> {
  return createHash('sha256').update(new Uint8Array(await blob.arrayBuffer())).digest('hex');
}

describe('file download', () => {
  it('downloads a file with progress up to its size', async () => {
    const progress: number[] = [];
    const blob = await download({ onProgress: (received) => progress.push(received) });
    expect(await hashOf(blob)).toBe(sha256);
    expect(blob.type).toBe('application/pdf');
    expect(progress.at(-1)).toBe(SIZE);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await cache.usage()).toMatchObject({ usedBytes: SIZE, files: 1 });
  });

  it('resumes an interrupted download from the bytes already stored', async () => {
    const controller = new AbortController();
    let firstChunk = 0;
    const stopped = await download({
      signal: controller.signal,
      onProgress: (received) => {
        if (received > 0 && firstChunk === 0) {
          firstChunk = received;
          controller.abort();
        }
      },
    }).catch((e: unknown) => e);
    expect(stopped).toMatchObject({ kind: 'aborted' });
    expect(firstChunk).toBeGreaterThan(0);
    expect(firstChunk).toBeLessThan(SIZE);
    expect(await cache.get(sha256)).toMatchObject({ receivedBytes: firstChunk, bytes: null });

    const ranges: (string | null)[] = [];
    const watchingFetch: typeof fetch = (input, init) => {
      ranges.push(new Headers(init?.headers).get('range'));
      return fetch(input, init);
    };
    const progress: number[] = [];
    const blob = await download({ fetch: watchingFetch, onProgress: (received) => progress.push(received) });
    expect(ranges).toEqual([`bytes=${firstChunk}-`]);
    expect(progress[0]).toBe(firstChunk);
    expect(progress.at(-1)).toBe(SIZE);
    expect(await hashOf(blob)).toBe(sha256);
    expect((await cache.get(sha256))?.bytes?.size).toBe(SIZE);
  });

  it('tells the rep to sign in again, or that the file is gone', async () => {
    await expect(download({ token: 'not-a-token' })).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });
    await expect(download({ sha256: 'f'.repeat(64) })).rejects.toMatchObject({ kind: 'not-found', status: 404 });
  });
});
