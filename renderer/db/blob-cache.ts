/**
 * The on-device store of collateral files, keyed by sha256, in its own Dexie database (kept apart
 * from RxDB's so evicting megabytes of PDFs never touches a document collection). A download lands
 * here chunk by chunk, so an interrupted one resumes from what already arrived; a finished file is
 * one Blob. Unpinned files are evicted least recently used first to stay under a byte quota; files
 * the rep keeps offline (pinned) never are, and when nothing more can go the caller is told so.
 */
import { Dexie, type Table } from 'dexie';

export interface CachedFile {
  sha256: string;
  size: number;
  mimeType: string;
  /** The whole file once complete; null while chunks are still arriving. */
  bytes: Blob | null;
  receivedBytes: number;
  pinned: boolean;
  lastUsedAt: number;
}

/** Partial data lives in its own table: appending a chunk is one small write, not a rewrite. */
interface ChunkRecord {
  sha256: string;
  offset: number;
  data: Blob;
}

export interface PartialMeta {
  size: number;
  mimeType: string;
  /** Where this chunk starts; must equal the bytes already received, so two writers cannot interleave. */
  offset: number;
}

export interface CacheUsage {
  usedBytes: number;
  pinnedBytes: number;
  files: number;
  quotaBytes: number;
}

export interface BlobCache {
  /** The entry (complete or partial), marking it as just used. */
  get(sha256: string): Promise<CachedFile | undefined>;
  /** Appends one chunk; returns the bytes received so far. */
  putPartial(sha256: string, chunk: Blob, meta: PartialMeta): Promise<number>;
  /** The chunks received so far as one Blob (for hashing before `complete`). */
  readPartial(sha256: string): Promise<Blob>;
  /** Joins the chunks into the file's Blob and returns it; every byte must have arrived. */
  complete(sha256: string): Promise<Blob>;
  /** Forgets a file and any partial data. */
  discard(sha256: string): Promise<void>;
  /** Returns false when there is no such file. */
  pin(sha256: string, pinned: boolean): Promise<boolean>;
  usage(): Promise<CacheUsage>;
  /** Makes room for `incomingBytes`; returns the evicted addresses. Throws StorageFullError. */
  evictFor(incomingBytes: number): Promise<string[]>;
  close(): void;
}

export interface BlobCacheOptions {
  name?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  quotaBytes: number;
  /** The clock for lastUsedAt; tests pass their own to make LRU order deterministic. */
  now?: () => number;
}

export const BLOB_CACHE_NAME = 'fieldcase-files';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** There is no room for a file: the numbers say why, so the UI can tell the rep what to unpin. */
export class StorageFullError extends Error {
  readonly neededBytes: number;
  readonly usedBytes: number;
  readonly pinnedBytes: number;
  readonly quotaBytes: number;
  /** 'cache-quota': our own limit; 'device-quota': the browser refused the write. */
  readonly reason: 'cache-quota' | 'device-quota';

  constructor(
    numbers: { neededBytes: number; usedBytes: number; pinnedBytes: number; quotaBytes: number },
    reason: 'cache-quota' | 'device-quota',
    options?: { cause?: unknown },
  ) {
    const what =
      reason === 'cache-quota'
        ? `Not enough space for this file: it needs ${megabytes(numbers.neededBytes)}, and ${megabytes(numbers.pinnedBytes)} ` +
          `of the ${megabytes(numbers.quotaBytes)} file space is taken by files kept offline.`
        : `This device refused to store ${megabytes(numbers.neededBytes)} more (its storage is full).`;
    super(`${what} Remove some files from "available offline" to make room.`, options);
    this.name = 'StorageFullError';
    this.neededBytes = numbers.neededBytes;
    this.usedBytes = numbers.usedBytes;
    this.pinnedBytes = numbers.pinnedBytes;
    this.quotaBytes = numbers.quotaBytes;
    this.reason = reason;
  }
}

/** True for IndexedDB's quota error, raw or wrapped by Dexie (which keeps the original as `inner`). */
export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaExceeded(inner));
}

function bytesOnDisk(file: CachedFile): number {
  return file.bytes ? file.size : file.receivedBytes;
}

function summarize(files: CachedFile[], quotaBytes: number): CacheUsage {
  let usedBytes = 0;
  let pinnedBytes = 0;
  for (const file of files) {
    usedBytes += bytesOnDisk(file);
    if (file.pinned) pinnedBytes += bytesOnDisk(file);
  }
  return { usedBytes, pinnedBytes, files: files.length, quotaBytes };
}

export function openBlobCache(options: BlobCacheOptions): BlobCache {
  const { quotaBytes } = options;
  const now = options.now ?? Date.now;
  const db = new Dexie(options.name ?? BLOB_CACHE_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  db.version(1).stores({ files: 'sha256, lastUsedAt', chunks: '[sha256+offset]' });
  const files: Table<CachedFile, string> = db.table('files');
  const chunks: Table<ChunkRecord, [string, number]> = db.table('chunks');

  const chunksOf = (sha256: string) => chunks.where('[sha256+offset]').between([sha256, Dexie.minKey], [sha256, Dexie.maxKey]);

  /** Every write goes through here: a browser quota error must reach the rep as StorageFullError. */
  async function write<T>(neededBytes: number, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (!isQuotaExceeded(error)) throw error;
      const usage = summarize(await files.toArray(), quotaBytes);
      throw new StorageFullError({ ...usage, neededBytes }, 'device-quota', { cause: error });
    }
  }

  return {
    get: (sha256) =>
      write(0, () =>
        db.transaction('rw', files, async () => {
          const file = await files.get(sha256);
          if (!file) return undefined;
          const touched = { ...file, lastUsedAt: now() };
          await files.put(touched);
          return touched;
        }),
      ),

    putPartial: (sha256, chunk, meta) =>
      write(chunk.size, () =>
        db.transaction('rw', files, chunks, async () => {
          const file = await files.get(sha256);
          if (file?.bytes) throw new Error(`File ${sha256} is already complete.`);
          const received = file?.receivedBytes ?? 0;
          if (meta.offset !== received) throw new Error(`A chunk for ${sha256} starts at ${meta.offset}, but ${received} bytes are stored.`);
          if (received + chunk.size > meta.size) throw new Error(`A chunk for ${sha256} goes past its ${meta.size} bytes.`);
          await chunks.add({ sha256, offset: received, data: chunk });
          const next: CachedFile = {
            sha256,
            size: meta.size,
            mimeType: meta.mimeType,
            bytes: null,
            receivedBytes: received + chunk.size,
            pinned: file?.pinned ?? false,
            lastUsedAt: now(),
          };
          await files.put(next);
          return next.receivedBytes;
        }),
      ),

    async readPartial(sha256) {
      const parts = await chunksOf(sha256).toArray();
      return new Blob(parts.map((part) => part.data));
    },

    complete: (sha256) =>
      write(0, () =>
        db.transaction('rw', files, chunks, async () => {
          const file = await files.get(sha256);
          if (!file) throw new Error(`There is no download of ${sha256} to complete.`);
          if (file.bytes) return file.bytes;
          if (file.receivedBytes !== file.size) throw new Error(`${sha256} has ${file.receivedBytes} of ${file.size} bytes.`);
          const parts = await chunksOf(sha256).toArray();
          const bytes = new Blob(parts.map((part) => part.data), { type: file.mimeType });
          await files.put({ ...file, bytes, lastUsedAt: now() });
          await chunksOf(sha256).delete();
          return bytes;
        }),
      ),

    discard: (sha256) =>
      db.transaction('rw', files, chunks, async () => {
        await chunksOf(sha256).delete();
        await files.delete(sha256);
      }),

    pin: (sha256, pinned) =>
      write(0, async () => (await files.update(sha256, { pinned })) === 1),

    async usage() {
      return summarize(await files.toArray(), quotaBytes);
    },

    evictFor: (incomingBytes) =>
      write(0, () =>
        db.transaction('rw', files, async () => {
          const all = await files.toArray();
          const usage = summarize(all, quotaBytes);
          if (usage.usedBytes + incomingBytes <= quotaBytes) return [];
          // Partial files are left alone: one of them may be the download asking for room.
          const candidates = all.filter((file) => !file.pinned && file.bytes).sort((a, b) => a.lastUsedAt - b.lastUsedAt);
          const evictable = candidates.reduce((sum, file) => sum + file.size, 0);
          // Checked before deleting anything: evicting files and still failing helps nobody.
          if (usage.usedBytes - evictable + incomingBytes > quotaBytes) {
            throw new StorageFullError({ ...usage, neededBytes: incomingBytes }, 'cache-quota');
          }
          const evicted: string[] = [];
          let used = usage.usedBytes;
          for (const file of candidates) {
            if (used + incomingBytes <= quotaBytes) break;
            evicted.push(file.sha256);
            used -= file.size;
          }
          await files.bulkDelete(evicted);
          return evicted;
        }),
      ),

    close: () => db.close(),
  };
}
