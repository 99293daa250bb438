import { useEffect, useState } from 'react';
import type { Collateral } from '../../../shared/schemas/index.ts';
import { observeCollateral } from '../../db/repos/collateral.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';
import { useCollateralFiles } from './collateral.store.ts';
import { fileState, type FileState } from './collateral-files.ts';

export function useCollateral() {
  return useLiveQuery('collateral', observeCollateral);
}

/** Where each item's file is (on this laptop, pinned or not), refreshed whenever the cache changes. */
export function useFileStates(items: Collateral[]): Record<string, FileState> {
  const revision = useCollateralFiles((s) => s.revision);
  const [states, setStates] = useState<Record<string, FileState>>({});
  useEffect(() => {
    let isCurrent = true;
    Promise.all(items.map(async (item) => [item.sha256, await fileState(item)] as const)).then(
      (entries) => isCurrent && setStates(Object.fromEntries(entries)),
      (error: unknown) => console.warn('File states unavailable:', error),
    );
    return () => {
      isCurrent = false;
    };
  }, [items, revision]);
  return states;
}
