import { describe, expect, it } from 'vitest';
import { MAX_FAILURE_LENGTH, validateSyncSummary } from './sync-summary.ts';

const good = { phase: 'failing', pending: 3, conflicts: 1, lastSyncedAt: 1_700_000_000_000, failure: 'The sync server cannot be reached.' };

describe('validateSyncSummary', () => {
  it('accepts a summary and rebuilds it from its fields', () => {
    expect(validateSyncSummary(good)).toEqual({ ok: true, value: good });
    expect(validateSyncSummary({ ...good, lastSyncedAt: null, failure: null }).ok).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['an extra field', { ...good, token: 'secret' }],
    ['a missing field', { phase: 'in-sync', pending: 0, conflicts: 0, lastSyncedAt: null }],
    ['an unknown phase', { ...good, phase: 'hacked' }],
    ['negative pending', { ...good, pending: -1 }],
    ['fractional conflicts', { ...good, conflicts: 0.5 }],
    ['NaN pending', { ...good, pending: Number.NaN }],
    ['infinite conflicts', { ...good, conflicts: Number.POSITIVE_INFINITY }],
    ['a huge count', { ...good, pending: 1e12 }],
    ['a string count', { ...good, pending: '3' }],
    ['a negative time', { ...good, lastSyncedAt: -5 }],
    ['a string time', { ...good, lastSyncedAt: 'yesterday' }],
    ['an empty failure', { ...good, failure: '' }],
    ['a long failure', { ...good, failure: 'x'.repeat(MAX_FAILURE_LENGTH + 1) }],
    ['a failure with control characters', { ...good, failure: 'bad\u0007news' }],
  ])('refuses %s', (_label, input) => {
    expect(validateSyncSummary(input).ok).toBe(false);
  });
});
