/**
 * Collateral files on this laptop: downloaded into the blob cache with progress and resume,
 * verified by hash, pinned when the rep marks them "available offline".
 */
import type { Collateral } from '../../../shared/schemas/index.ts';
import { openBlobCache, type BlobCache } from '../../db/blob-cache.ts';
import { DownloadError, downloadFile } from '../../sync/file-download.ts';
import { fileAccess } from '../../sync/session.ts';
import { finish, setProgress } from './collateral.store.ts';
import { useFileSettings } from './file-settings.store.ts';

let cache: { quotaBytes: number; instance: BlobCache } | undefined;

/** The cache, with the rep's size limit (pinned files count towards it and are never evicted). */
export function fileCache(): BlobCache {
  const { quotaBytes } = useFileSettings.getState();
  if (cache?.quotaBytes !== quotaBytes) {
    cache?.instance.close();
    cache = { quotaBytes, instance: openBlobCache({ quotaBytes }) };
  }
  return cache.instance;
}

export type FileState = 'offline' | 'cached' | 'partial' | 'absent';

export async function fileState(item: Collateral): Promise<FileState> {
  const entry = await fileCache().get(item.sha256);
  if (!entry) return 'absent';
  if (!entry.bytes) return 'partial';
  return entry.pinned ? 'offline' : 'cached';
}

/** The file, from the laptop when it is there, downloaded (or resumed) when not. */
export async function obtainFile(item: Collateral): Promise<Blob> {
  const cached = await fileCache().get(item.sha256);
  if (cached?.bytes) return cached.bytes;
  const access = fileAccess();
  if (!access) throw new Error('Sign in on the Sync screen to download files.');
  setProgress(item.sha256, cached?.receivedBytes ?? 0, item.size);
  try {
    const blob = await downloadFile({
      ...access,
      sha256: item.sha256,
      size: item.size,
      mimeType: item.mimeType,
      cache: fileCache(),
      onProgress: (received, total) => setProgress(item.sha256, received, total),
    });
    finish(item.sha256, null);
    return blob;
  } catch (error) {
    finish(item.sha256, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

export async function setAvailableOffline(item: Collateral, isWanted: boolean): Promise<void> {
  if (isWanted) await obtainFile(item);
  await fileCache().pin(item.sha256, isWanted);
  finish(item.sha256, null);
}

/** The file cannot be had right now (not on this laptop, and no way to download it); says why. */
export class FileUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileUnavailableError';
  }
}

/**
 * The file for viewing or opening: from the laptop when it is there, else downloaded. With no
 * network, or no server to download from, the rep is told so plainly instead of waiting.
 */
export async function fileForViewing(item: Collateral, isOnline: boolean): Promise<Blob> {
  const cached = await fileCache().get(item.sha256);
  if (cached?.bytes) return cached.bytes;
  const offline = new FileUnavailableError(
    `“${item.title}” is not on this laptop, and there is no network to download it. ` +
      'Next time you are online, mark it “Available offline” to keep it here.',
  );
  if (!isOnline) throw offline;
  if (!fileAccess()) throw new FileUnavailableError(`“${item.title}” is not on this laptop yet. Sign in on the Sync screen to download it.`);
  try {
    return await obtainFile(item);
  } catch (error) {
    if (error instanceof DownloadError && error.kind === 'offline') throw offline;
    throw error;
  }
}

export type ViewerKind = 'pdf' | 'image' | 'system';

/** Which files the app shows itself; everything else goes to the system (or is downloaded). */
export function viewerFor(mimeType: string): ViewerKind {
  const type = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/pdf') return 'pdf';
  if (/^image\/(png|jpeg|gif|webp|avif|svg\+xml)$/.test(type)) return 'image';
  return 'system';
}
