import { describeAge } from '../../../shared/domain/relative-time.ts';
import type { SyncState } from '../../sync/sync.store.ts';

/** The sync state in a few words, for the header and the Sync screen. */
export function describeSync(state: SyncState, isSignedIn: boolean, now: number): string {
  if (!isSignedIn) return 'Not syncing — sign in on the Sync screen';
  const waiting = Object.values(state.pending).reduce((sum, count) => sum + (count ?? 0), 0);
  const suffix = waiting === 0 ? '' : ` · ${waiting} ${waiting === 1 ? 'change' : 'changes'} waiting to be sent`;
  return describePhase(state, now) + suffix;
}

function describePhase(state: SyncState, now: number): string {
  const last = state.lastSyncedAt === null ? 'not yet synced' : `last synced ${describeAge(state.lastSyncedAt, now)}`;
  switch (state.phase) {
    case 'other-window':
      return 'Syncing in another Fieldcase window — changes show here as they arrive';
    case 'update-required':
      return 'Update Fieldcase to keep syncing: the server has moved to a newer version. Everything keeps working on this laptop.';
    case 'offline':
      return `Offline — your changes are kept on this laptop (${last})`;
    case 'failing':
      return Object.keys(state.errors).length === 0 && Object.keys(state.refused).length > 0
        ? `The server refused some changes — they stay on this laptop, see the Sync screen (${last})`
        : `Sync is failing — retrying (${last})`;
    case 'syncing':
      return 'Syncing…';
    case 'connecting':
      return 'Connecting to the server…';
    default:
      return `In sync — ${last}`;
  }
}
