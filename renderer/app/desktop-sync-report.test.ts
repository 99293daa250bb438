import { Subject } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { MAX_FAILURE_LENGTH, validateSyncSummary } from '../../shared/ipc/index.ts';
import { INITIAL_SYNC_STATE, type SyncState } from '../sync/sync.store.ts';
import { reportSyncStatus, summarizeSync } from './desktop-sync-report.ts';

const state = (patch: Partial<SyncState>): SyncState => ({ ...INITIAL_SYNC_STATE, ...patch });

describe('summarizeSync', () => {
  it('sums pending changes and carries phase, conflicts and the last sync', () => {
    expect(summarizeSync(state({ phase: 'in-sync', pending: { call_notes: 2, feedback: 1 }, lastSyncedAt: 1234.7 }), true, 3)).toEqual({
      phase: 'in-sync',
      pending: 3,
      conflicts: 3,
      lastSyncedAt: 1234,
      failure: null,
    });
  });

  it('says signed-out when nobody is signed in, whatever the controller last said', () => {
    expect(summarizeSync(state({ phase: 'in-sync' }), false, 0).phase).toBe('signed-out');
  });

  it('gives the failure in one bounded line while failing, and none otherwise', () => {
    const errors = { call_notes: `Server said:\n${'x'.repeat(1000)}` };
    const failing = summarizeSync(state({ phase: 'failing', errors }), true, 0);
    expect(failing.failure?.startsWith('Server said: x')).toBe(true);
    expect(failing.failure).toHaveLength(MAX_FAILURE_LENGTH);
    expect(validateSyncSummary(failing).ok).toBe(true);
    expect(summarizeSync(state({ phase: 'offline', errors }), true, 0).failure).toBeNull();
    expect(summarizeSync(state({ phase: 'failing', errors: { call_notes: '\n\t' } }), true, 0).failure).toBeNull();
  });

  it('gives why the server refuses changes when nothing else fails, and a passing failure before it', () => {
    const refused = { call_notes: 'call_notes documents can only be written by their owner.' };
    expect(summarizeSync(state({ phase: 'failing', refused }), true, 0).failure).toBe(refused.call_notes);
    expect(summarizeSync(state({ phase: 'failing', refused, errors: { accounts: 'The sync server cannot be reached.' } }), true, 0).failure).toBe(
      'The sync server cannot be reached.',
    );
  });

  it('always passes the contract validator', () => {
    for (const phase of ['signed-out', 'connecting', 'syncing', 'in-sync', 'offline', 'failing', 'update-required', 'other-window'] as const) {
      expect(validateSyncSummary(summarizeSync(state({ phase, errors: { accounts: 'bad\u0000news' } }), true, 0)).ok).toBe(true);
    }
  });
});

describe('reportSyncStatus', () => {
  function sources() {
    let current = state({ phase: 'connecting' });
    let signedIn = true;
    const syncListeners = new Set<() => void>();
    const sessionListeners = new Set<() => void>();
    const conflicts = new Subject<number>();
    const report = vi.fn();
    return {
      report,
      conflicts,
      setSync(patch: Partial<SyncState>) {
        current = { ...current, ...patch };
        syncListeners.forEach((listener) => listener());
      },
      signOut() {
        signedIn = false;
        sessionListeners.forEach((listener) => listener());
      },
      listeners: () => syncListeners.size + sessionListeners.size,
      value: {
        sync: {
          getState: () => current,
          subscribe: (listener: () => void) => {
            syncListeners.add(listener);
            return () => syncListeners.delete(listener);
          },
        },
        session: {
          isSignedIn: () => signedIn,
          subscribe: (listener: () => void) => {
            sessionListeners.add(listener);
            return () => sessionListeners.delete(listener);
          },
        },
        conflicts,
        report,
      },
    };
  }

  it('reports at once, then only when the summary changes, and stops cleanly', () => {
    const fake = sources();
    const stop = reportSyncStatus(fake.value);
    expect(fake.report).toHaveBeenCalledTimes(1);

    fake.setSync({ active: ['call_notes'] });
    expect(fake.report).toHaveBeenCalledTimes(1);
    fake.setSync({ phase: 'in-sync', lastSyncedAt: 10 });
    fake.conflicts.next(2);
    fake.conflicts.next(2);
    fake.signOut();
    expect(fake.report.mock.calls.map(([summary]) => [summary.phase, summary.conflicts])).toEqual([
      ['connecting', 0],
      ['in-sync', 0],
      ['in-sync', 2],
      ['signed-out', 2],
    ]);

    stop();
    expect(fake.listeners()).toBe(0);
    expect(fake.conflicts.observed).toBe(false);
  });
});
