import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBlobCache, type BlobCache } from '../db/blob-cache.ts';
import { DownloadError, downloadFile, HashMismatchError, type DownloadOptions } from './file-download.ts';

const SIZE = 10_000;
const CHUNK = 1_000;
const file = Uint8Array.from({ length: SIZE }, (_, i) => (i * 31) % 251);
let sha256 = '';

let cache: BlobCache;
let requests: { range: string | null; authorization: string | null }[];

/** How the fake server answers one request: the response to send for a given Range start. */
type Answer = (start: number) => Response;

/** A body served CHUNK bytes at a time; `breakAfter` chunks in, the connection "drops". */
function body(bytes: Uint8Array, breakAfter = Infinity): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= breakAfter) return controller.error(new TypeError('network connection lost'));
      const chunk = bytes.subarray(sent * CHUNK, (sent + 1) * CHUNK);
      if (chunk.byteLength === 0) return controller.close();
      sent += 1;
      controller.enqueue(chunk);
    },
  });
}

const partial = (start: number, bytes = file) =>
  new Response(body(bytes.subarray(start)), { status: 206, headers: { 'content-range': `bytes ${start}-${SIZE - 1}/${SIZE}` } });

function fakeFetch(...answers: Answer[]): typeof fetch {
  return async (_url, init) => {
    const headers = new Headers(init?.headers);
    requests.push({ range: headers.get('range'), authorization: headers.get('authorization') });
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    const start = Number(/^bytes=(\d+)-$/.exec(headers.get('range') ?? '')?.[1] ?? 0);
    return answer(start);
  };
}

function options(fetcher: typeof fetch, patch: Partial<DownloadOptions> = {}): DownloadOptions {
  return { baseUrl: 'https://sync.example.com/', token: 'T', sha256, size: SIZE, mimeType: 'application/pdf', cache, fetch: fetcher, ...patch };
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

beforeEach(async () => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', file));
  sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  cache = openBlobCache({ name: `dl-${crypto.randomUUID()}`, indexedDB, IDBKeyRange, quotaBytes: 1_000_000 });
  requests = [];
});
afterEach(() => cache.close());

describe('downloadFile', () => {
  it('keeps what arrived before the connection broke, then resumes with Range to the verified bytes', async () => {
    const progress: number[] = [];
    const onProgress = (received: number) => progress.push(received);
    const broken = () => new Response(body(file, 3), { status: 200 });
    const first = await downloadFile(options(fakeFetch(broken), { onProgress })).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(DownloadError);
    expect(first).toMatchObject({ kind: 'offline', message: expect.stringMatching(/offline.*3000 bytes/) });
    expect(await cache.get(sha256)).toMatchObject({ receivedBytes: 3 * CHUNK, bytes: null });

    progress.length = 0;
    const blob = await downloadFile(options(fakeFetch((start) => partial(start)), { onProgress }));
    expect(requests.map((r) => r.range)).toEqual([null, 'bytes=3000-']);
    expect(requests[1]?.authorization).toBe('Bearer T');
    expect(progress).toEqual([3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000]);
    expect(await bytesOf(blob)).toEqual(file);
    expect(blob.type).toBe('application/pdf');
    expect((await cache.get(sha256))?.bytes?.size).toBe(SIZE);
  });

  it('throws HashMismatchError on a corrupted byte and keeps nothing', async () => {
    const corrupted = file.slice();
    corrupted[4_321] = (corrupted[4_321] ?? 0) ^ 0xff;
    const error = await downloadFile(options(fakeFetch(() => new Response(body(corrupted))))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HashMismatchError);
    expect(error).toMatchObject({ kind: 'hash-mismatch', expected: sha256, message: expect.stringMatching(/damaged/) });
    expect(await cache.get(sha256)).toBeUndefined();
    expect((await cache.usage()).usedBytes).toBe(0);
  });

  it('restarts from zero when the server answers a range request with the whole file', async () => {
    await cache.putPartial(sha256, new Blob([file.subarray(0, 2_000)]), { size: SIZE, mimeType: 'application/pdf', offset: 0 });
    const blob = await downloadFile(options(fakeFetch(() => new Response(body(file), { status: 200 }))));
    expect(requests[0]?.range).toBe('bytes=2000-');
    expect(await bytesOf(blob)).toEqual(file);
  });

  it.each([
    ['416', () => new Response(null, { status: 416 })],
    ['a 206 from the wrong offset', () => partial(0)],
  ])('drops the stored part and fetches the whole file after %s', async (_name, answer: Answer) => {
    await cache.putPartial(sha256, new Blob([file.subarray(0, 2_000)]), { size: SIZE, mimeType: 'application/pdf', offset: 0 });
    const blob = await downloadFile(options(fakeFetch(answer, () => new Response(body(file)))));
    expect(requests.map((r) => r.range)).toEqual(['bytes=2000-', null]);
    expect(await bytesOf(blob)).toEqual(file);
  });

  it('stops at an abort between chunks and keeps the chunks it stored', async () => {
    const controller = new AbortController();
    const onProgress = (received: number) => {
      if (received >= 2 * CHUNK) controller.abort();
    };
    const fetch = fakeFetch(() => new Response(body(file)));
    const error = await downloadFile(options(fetch, { onProgress, signal: controller.signal })).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'aborted' });
    expect((await cache.get(sha256))?.receivedBytes).toBe(2 * CHUNK);
  });

  it('returns a complete file from the cache without a request', async () => {
    await downloadFile(options(fakeFetch(() => new Response(body(file)))));
    const again = await downloadFile(options(fakeFetch()));
    expect(await bytesOf(again)).toEqual(file);
    expect(requests).toHaveLength(1);
  });

  it.each([
    [401, 'unauthorized', /sign in again/],
    [403, 'forbidden', /may not/],
    [404, 'not-found', /no longer published/],
    [500, 'server', /HTTP 500/],
  ])('turns HTTP %i into a %s error with a readable message', async (status, kind, message) => {
    const error = await downloadFile(options(fakeFetch(() => new Response('{}', { status })))).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind, status, message: expect.stringMatching(message) });
  });

  it('reports a failed request as offline, and refuses an address that is not a sha256', async () => {
    await expect(downloadFile(options(fakeFetch()))).rejects.toMatchObject({ kind: 'offline' });
    await expect(downloadFile(options(fakeFetch(), { sha256: '../../etc/passwd' }))).rejects.toThrow(/64 lowercase hex/);
  });

  it('refuses a body longer than the file and keeps nothing', async () => {
    const longer = new Uint8Array(SIZE + CHUNK);
    const error = await downloadFile(options(fakeFetch(() => new Response(body(longer))))).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'server', message: expect.stringMatching(/more than/) });
    expect(await cache.get(sha256)).toBeUndefined();
  });
});
