/**
 * Downloads one collateral file into the blob cache: resumes from the bytes already stored (Range),
 * persists every chunk as it arrives (so an interruption loses nothing that arrived), reports
 * progress, and only marks the file complete once its bytes hash to its address.
 */
import type { BlobCache } from '../db/blob-cache.ts';

export type DownloadCache = Pick<BlobCache, 'get' | 'putPartial' | 'readPartial' | 'complete' | 'discard' | 'evictFor'>;

export interface DownloadOptions {
  baseUrl: string;
  token: string;
  sha256: string;
  size: number;
  mimeType: string;
  cache: DownloadCache;
  fetch?: typeof fetch;
  onProgress?(receivedBytes: number, totalBytes: number): void;
  signal?: AbortSignal;
}

export type DownloadErrorKind = 'unauthorized' | 'forbidden' | 'not-found' | 'offline' | 'aborted' | 'server' | 'hash-mismatch';

/** A download that did not finish; `kind` lets the UI choose what to offer (sign in, retry, nothing). */
export class DownloadError extends Error {
  constructor(
    readonly kind: DownloadErrorKind,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DownloadError';
  }
}

/** The bytes did not hash to the file's address; the partial data has been thrown away. */
export class HashMismatchError extends DownloadError {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super('hash-mismatch', 'The downloaded file was damaged on the way (its checksum does not match); download it again.');
    this.name = 'HashMismatchError';
  }
}

const SHA256 = /^[0-9a-f]{64}$/;
const CONTENT_RANGE = /^bytes (\d+)-\d+\/\d+$/;

function errorForStatus(status: number): DownloadError {
  if (status === 401) return new DownloadError('unauthorized', 'Your session has expired: sign in again to download this file.', status);
  if (status === 403) return new DownloadError('forbidden', 'Your account may not download this file.', status);
  if (status === 404) return new DownloadError('not-found', 'This file is no longer published.', status);
  return new DownloadError('server', `The server could not send this file (HTTP ${status}); try again later.`, status);
}

function interrupted(error: unknown, signal: AbortSignal | undefined, received: number): DownloadError {
  if (signal?.aborted) return new DownloadError('aborted', 'The download was stopped; it resumes where it left off.', undefined, { cause: error });
  return new DownloadError(
    'offline',
    `You seem to be offline: the download stopped at ${received} bytes and resumes from there when you reconnect.`,
    undefined,
    { cause: error },
  );
}

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Where a 206 answer starts, or null when its Content-Range is missing or malformed. */
function rangeStart(response: Response): number | null {
  const match = CONTENT_RANGE.exec(response.headers.get('content-range') ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * Opens the body at `received`. A 200 to a range request (a proxy that ignores Range), a 416 or a
 * 206 starting elsewhere all mean the stored part cannot be continued: it is dropped and the file
 * is fetched whole, once.
 */
async function openBody(options: DownloadOptions, received: number): Promise<{ body: ReadableStream<Uint8Array<ArrayBuffer>>; received: number }> {
  const { cache, sha256, signal } = options;
  const doFetch = options.fetch ?? fetch;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/api/v1/files/${sha256}`;
  let from = received;
  for (;;) {
    const headers: Record<string, string> = { authorization: `Bearer ${options.token}` };
    if (from > 0) headers.range = `bytes=${from}-`;
    let response: Response;
    try {
      response = await doFetch(url, { headers, ...(signal ? { signal } : {}) });
    } catch (error) {
      throw interrupted(error, signal, from);
    }
    const isResumed = response.status === 206 && rangeStart(response) === from;
    const isWhole = response.status === 200;
    if ((isResumed || isWhole) && response.body) {
      if (isWhole && from > 0) await cache.discard(sha256);
      return { body: response.body, received: isWhole ? 0 : from };
    }
    await response.body?.cancel();
    if (from > 0 && (response.status === 206 || response.status === 416)) {
      await cache.discard(sha256);
      from = 0;
      continue;
    }
    throw errorForStatus(response.status);
  }
}

/** Downloads (or resumes) one file into the cache and returns its verified bytes. */
export async function downloadFile(options: DownloadOptions): Promise<Blob> {
  const { cache, sha256, size, mimeType, signal } = options;
  if (!SHA256.test(sha256)) throw new Error('A file address is 64 lowercase hex characters (its sha256).');
  const existing = await cache.get(sha256);
  if (existing?.bytes) return existing.bytes;
  let received = existing?.receivedBytes ?? 0;
  // A partial entry recorded for another size is not this file's prefix.
  if (existing && existing.size !== size) {
    await cache.discard(sha256);
    received = 0;
  }
  await cache.evictFor(size - received);
  options.onProgress?.(received, size);

  if (received < size) {
    const opened = await openBody(options, received);
    received = opened.received;
    const reader = opened.body.getReader();
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array<ArrayBuffer>>;
        try {
          chunk = await reader.read();
        } catch (error) {
          throw interrupted(error, signal, received);
        }
        if (chunk.done) break;
        if (received + chunk.value.byteLength > size) {
          await cache.discard(sha256);
          throw new DownloadError('server', `The server sent more than the file's ${size} bytes; download it again.`);
        }
        received = await cache.putPartial(sha256, new Blob([chunk.value]), { size, mimeType, offset: received });
        options.onProgress?.(received, size);
        // Stop between chunks too: a body already buffered would otherwise run to the end.
        if (signal?.aborted) throw interrupted(signal.reason, signal, received);
      }
    } finally {
      // Releases the connection whether the body ended, broke or was refused.
      await reader.cancel().catch(() => {});
    }
    if (received < size) throw interrupted(new Error('The body ended early.'), signal, received);
  }

  const actual = await sha256Hex(await cache.readPartial(sha256));
  if (actual !== sha256) {
    await cache.discard(sha256);
    throw new HashMismatchError(sha256, actual);
  }
  return cache.complete(sha256);
}
