import { describe, expect, it } from 'vitest';
import { derivePhase } from './sync-phase.ts';
import { INITIAL_SYNC_STATE, type SyncState } from './sync.store.ts';

const state = (patch: Partial<SyncState>): SyncState => ({ ...INITIAL_SYNC_STATE, ...patch });

describe('derivePhase', () => {
  it.each([
    ['nothing yet', state({}), false, 'connecting'],
    ['started, idle', state({}), true, 'in-sync'],
    ['a pull running', state({ active: ['call_notes'] }), true, 'syncing'],
    ['a passing failure', state({ errors: { call_notes: 'Down.' } }), true, 'failing'],
    // Refused changes keep the phase while the rest of that kind syncs (a pull or push running).
    ['a refusal, while the rest syncs', state({ refused: { call_notes: 'Refused.' }, active: ['call_notes'] }), true, 'failing'],
    ['a refusal, offline', state({ refused: { call_notes: 'Refused.' }, isOnline: false }), true, 'offline'],
    ['a newer server', state({ refused: { call_notes: 'Refused.' }, newerOnServer: ['call_notes'] }), true, 'update-required'],
  ] as const)('%s', (_, given, hasStarted, phase) => {
    expect(derivePhase(given, hasStarted)).toBe(phase);
  });
});
