import { useEffect, useState } from 'react';
import type { Collateral } from '../../../shared/schemas/index.ts';
import { fileForViewing, FileUnavailableError } from './collateral-files.ts';

export type FileLoad =
  | { status: 'loading' }
  | { status: 'ready'; blob: Blob }
  | { status: 'unavailable'; message: string }
  | { status: 'failed'; message: string };

/**
 * The item's file for viewing: from the laptop, or downloaded (progress shows in the files store).
 * Tried again when the network returns, or when the file arrives on the laptop by other means
 * (`isOnLaptop`: the demo's files being stored, "Available offline" ticked on the list).
 */
export function useCollateralFile(item: Collateral, isOnline: boolean, isOnLaptop: boolean): FileLoad {
  const key = `${item.sha256}:${isOnline}:${isOnLaptop}`;
  const [load, setLoad] = useState<{ key: string; result: FileLoad }>({ key, result: { status: 'loading' } });
  const isReady = load.key.startsWith(`${item.sha256}:`) && load.result.status === 'ready';
  useEffect(() => {
    // Once the file is here, going offline changes nothing.
    if (isReady) return;
    let isCurrent = true;
    fileForViewing(item, isOnline).then(
      (blob) => isCurrent && setLoad({ key, result: { status: 'ready', blob } }),
      (error: unknown) => {
        if (!isCurrent) return;
        const message = error instanceof Error ? error.message : String(error);
        setLoad({ key, result: error instanceof FileUnavailableError ? { status: 'unavailable', message } : { status: 'failed', message } });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [item, isOnline, key, isReady]);
  if (isReady) return load.result;
  return load.key === key ? load.result : { status: 'loading' };
}
