import { describe, expect, it } from 'vitest';
import { INITIAL_SYNC_STATE, type SyncState } from '../../sync/sync.store.ts';
import { describeSync } from './describe-sync.ts';

const NOW = Date.UTC(2026, 10, 29, 12);
const state = (patch: Partial<SyncState>): SyncState => ({ ...INITIAL_SYNC_STATE, ...patch });

describe('describeSync', () => {
  it.each([
    [state({ phase: 'in-sync', lastSyncedAt: NOW - 120_000 }), true, 'In sync — last synced 2 minutes ago'],
    [state({ phase: 'offline', lastSyncedAt: null }), true, 'Offline — your changes are kept on this laptop (not yet synced)'],
    [state({ phase: 'failing', lastSyncedAt: NOW }), true, 'Sync is failing — retrying (last synced just now)'],
    [state({ phase: 'syncing' }), true, 'Syncing…'],
    [state({ phase: 'in-sync', lastSyncedAt: NOW, pending: { call_notes: 2, accounts: 1 } }), true, 'In sync — last synced just now · 3 changes waiting to be sent'],
    [state({ phase: 'offline', pending: { call_notes: 1 } }), true, 'Offline — your changes are kept on this laptop (not yet synced) · 1 change waiting to be sent'],
    [state({ phase: 'in-sync' }), false, 'Not syncing — sign in on the Sync screen'],
  ])('%o (signed in: %s) reads "%s"', (given, isSignedIn, words) => {
    expect(describeSync(given, isSignedIn, NOW)).toBe(words);
  });

  it('tells refused changes apart from a failing sync: retrying does not help them', () => {
    const refused = { call_notes: 'Refused.' };
    expect(describeSync(state({ phase: 'failing', lastSyncedAt: NOW, refused }), true, NOW)).toBe(
      'The server refused some changes — they stay on this laptop, see the Sync screen (last synced just now)',
    );
    expect(describeSync(state({ phase: 'failing', lastSyncedAt: NOW, refused, errors: { accounts: 'Down.' } }), true, NOW)).toBe(
      'Sync is failing — retrying (last synced just now)',
    );
  });

  it('says when another window does the syncing', () => {
    expect(describeSync(state({ phase: 'other-window' }), true, NOW)).toMatch(/^Syncing in another Fieldcase window/);
  });

  it('asks for an update when the server is newer', () => {
    expect(describeSync(state({ phase: 'update-required' }), true, NOW)).toMatch(/^Update Fieldcase/);
  });
});
