import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Collateral } from '../../../shared/schemas/index.ts';
import { fileCache, fileForViewing, FileUnavailableError, viewerFor } from './collateral-files.ts';

const bytes = new TextEncoder().encode('%PDF-1.4 tiny');

function item(sha256: string): Collateral {
  return {
    id: `item-${sha256.slice(0, 4)}`,
    title: 'Greyhollow case study',
    kind: 'case_study',
    product: 'Beacon Analytics',
    stages: [],
    fileName: 'greyhollow.pdf',
    mimeType: 'application/pdf',
    size: bytes.length,
    sha256,
    version: 1,
    publishedAt: 1,
    updatedAt: 1,
  };
}

afterAll(() => fileCache().close());

describe('a collateral file for viewing', () => {
  it('comes from the laptop when it is there, online or not', async () => {
    const stored = item('1'.repeat(64));
    await fileCache().putPartial(stored.sha256, new Blob([bytes]), { size: bytes.length, mimeType: stored.mimeType, offset: 0 });
    await fileCache().complete(stored.sha256);
    const blob = await fileForViewing(stored, false);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });

  it('is unavailable, saying so plainly, when it is not here and there is no network', async () => {
    const missing = item('2'.repeat(64));
    const failure = fileForViewing(missing, false);
    await expect(failure).rejects.toBeInstanceOf(FileUnavailableError);
    await expect(failure).rejects.toThrow('“Greyhollow case study” is not on this laptop, and there is no network to download it.');
  });

  it('asks the rep to sign in when online with no server to download from', async () => {
    await expect(fileForViewing(item('3'.repeat(64)), true)).rejects.toThrow('Sign in on the Sync screen to download it.');
  });

  it('is unavailable when only part of it arrived and there is no network', async () => {
    const partial = item('4'.repeat(64));
    await fileCache().putPartial(partial.sha256, new Blob([bytes.slice(0, 4)]), { size: bytes.length, mimeType: partial.mimeType, offset: 0 });
    await expect(fileForViewing(partial, false)).rejects.toBeInstanceOf(FileUnavailableError);
  });
});

describe('which viewer a file gets', () => {
  it.each([
    ['application/pdf', 'pdf'],
    ['Application/PDF; charset=binary', 'pdf'],
    ['image/png', 'image'],
    ['image/svg+xml', 'image'],
    ['image/tiff', 'system'],
    ['text/html', 'system'],
    ['text/markdown', 'system'],
    ['', 'system'],
    ['application/pdf-but-not', 'system'],
  ])('%s → %s', (mimeType, expected) => {
    expect(viewerFor(mimeType)).toBe(expected);
  });
});
