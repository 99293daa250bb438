import { useCallback, useEffect, useState } from 'react';
import type { Collateral } from '../../../shared/schemas/index.ts';
import { useSession } from '../../app/session.store.ts';
import { observeCollateral, observeCollateralItem, recordCollateralOpened } from '../../db/repos/collateral.repo.ts';
import { useDatabase, useLiveQuery } from '../../db/useDatabase.ts';
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

export function useCollateralItem(id: string) {
  return useLiveQuery(`collateral:${id}`, (db) => observeCollateralItem(db, id));
}

/** Records that the rep opened `item`; a failure to record never gets in the rep's way. */
export function useRecordOpened(): (item: Collateral) => void {
  const db = useDatabase();
  const ownerId = useSession((s) => s.userId);
  return useCallback(
    (item: Collateral) => {
      recordCollateralOpened(db, { ownerId, item }).catch((error: unknown) => console.warn('Could not record the opening:', error));
    },
    [db, ownerId],
  );
}
