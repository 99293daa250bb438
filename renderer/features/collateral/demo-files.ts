/**
 * The demo workspace's collateral files, bundled with the app (the demo chunk only) and put into
 * the file cache as "available offline" when the rep loads the demo, so its PDFs and images open
 * with no server and no network, as synced files would.
 */
import { DEMO_FILE_LIST } from '../../../shared/demo/index.ts';
import { fileCache } from './collateral-files.ts';
import { finish } from './collateral.store.ts';

// `no-inline`: small files would otherwise become data: URLs, which the desktop's
// Content-Security-Policy (connect-src) does not let fetch() read.
const FILE_URLS = import.meta.glob<string>('../../../shared/demo/files/*.{pdf,svg,md,csv,txt}', {
  query: '?url&no-inline',
  import: 'default',
});

function urlLoaderFor(path: string): (() => Promise<string>) | undefined {
  const match = Object.entries(FILE_URLS).find(([key]) => key.endsWith(`/shared/demo/${path}`));
  return match?.[1];
}

/** Stores every demo file not already on the laptop; returns how many were added. */
export async function storeDemoFiles(): Promise<number> {
  const cache = fileCache();
  let added = 0;
  for (const file of Object.values(DEMO_FILE_LIST)) {
    const existing = await cache.get(file.sha256);
    if (existing?.bytes) continue;
    const load = urlLoaderFor(file.path);
    if (!load) throw new Error(`The demo file ${file.path} is missing from this build.`);
    const response = await fetch(await load());
    if (!response.ok) throw new Error(`The demo file ${file.fileName} could not be read (HTTP ${response.status}).`);
    const bytes = await response.blob();
    if (existing) await cache.discard(file.sha256);
    await cache.evictFor(bytes.size);
    await cache.putPartial(file.sha256, bytes, { size: file.size, mimeType: file.mimeType, offset: 0 });
    await cache.complete(file.sha256);
    await cache.pin(file.sha256, true);
    finish(file.sha256, null);
    added += 1;
  }
  return added;
}
