import type { SyncPhase, SyncState } from './sync.store.ts';

/** The one phase shown to the rep, from the parts the controller tracks. */
export function derivePhase(
  state: Pick<SyncState, 'isOnline' | 'errors' | 'refused' | 'active' | 'newerOnServer' | 'isOtherWindowSyncing'>,
  hasStarted: boolean,
): SyncPhase {
  if (state.newerOnServer.length > 0) return 'update-required';
  if (state.isOtherWindowSyncing) return 'other-window';
  if (!state.isOnline) return 'offline';
  if (Object.keys(state.errors).length > 0 || Object.keys(state.refused).length > 0) return 'failing';
  if (state.active.length > 0) return 'syncing';
  return hasStarted ? 'in-sync' : 'connecting';
}
