import { observeCollectionCounts, observeIsWorkspaceEmpty } from '../../db/repos/workspace.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';

export function useIsWorkspaceEmpty() {
  return useLiveQuery('workspace-empty', observeIsWorkspaceEmpty);
}

export function useCollectionCounts() {
  return useLiveQuery('collection-counts', observeCollectionCounts);
}
