import { create } from 'zustand';
import type { CollectionName } from '../../shared/schemas/index.ts';

/**
 * What the rep sees of sync: always in view (the header) and in detail on the Sync screen.
 * Written only by the sync controller; screens read it through hooks.
 */
export type SyncPhase =
  | 'signed-out'
  | 'connecting'
  | 'syncing'
  | 'in-sync'
  | 'offline'
  | 'failing'
  | 'update-required'
  /** Another Fieldcase window of this profile replicates; this one sees its results. */
  | 'other-window';

export interface SyncState {
  phase: SyncPhase;
  isOnline: boolean;
  lastSyncedAt: number | null;
  /** The latest failure, in words, per collection: cleared by the next success of that kind. */
  errors: Partial<Record<CollectionName, string>>;
  /**
   * Why the server refuses changes of a kind (bad data, not the rep's to write), per collection:
   * those changes stay here and are sent again when the rep changes them. Kept while the other
   * changes of that kind go through, until a push of that kind goes through whole or nothing of
   * it waits to be sent any more.
   */
  refused: Partial<Record<CollectionName, string>>;
  /** Collections whose pull or push is running now. */
  active: CollectionName[];
  /** Documents received during the first sync of this laptop, to show progress. */
  received: number;
  sent: number;
  /** Another window holds sync leadership (one window replicates, all share the data). */
  isOtherWindowSyncing: boolean;
  /** During a catch-up (a first sync, or after long offline): documents to receive in all. */
  catchUpTotal: number | null;
  /** Local changes not yet on the server, per kind (kinds with none are absent). */
  pending: Partial<Record<CollectionName, number>>;
  /** Collections the server holds in a newer version than this app knows. */
  newerOnServer: CollectionName[];
}

export const INITIAL_SYNC_STATE: SyncState = {
  phase: 'signed-out',
  isOnline: true,
  lastSyncedAt: null,
  errors: {},
  refused: {},
  active: [],
  received: 0,
  sent: 0,
  newerOnServer: [],
  pending: {},
  catchUpTotal: null,
  isOtherWindowSyncing: false,
};

export const useSyncStatus = create<SyncState>(() => INITIAL_SYNC_STATE);
