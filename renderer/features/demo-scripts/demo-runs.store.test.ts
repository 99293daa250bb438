import { describe, expect, it } from 'vitest';
import { validRuns } from './demo-runs.store.ts';
import { runReducer, type RunState } from './run-state.ts';

const run = runReducer(null, {
  type: 'start',
  id: 'run-1',
  scriptId: 'script-1',
  scriptVersion: 1,
  mode: 'rehearsal',
  meetingId: null,
  steps: [{ title: 'Intro', plannedSec: 60 }],
  now: 1_000,
}) as RunState;

describe('validRuns', () => {
  it('keeps the runs that pass the checks', () => {
    expect(validRuns({ runs: { 'script-1': run } })).toEqual({ 'script-1': run });
  });

  it.each<[string, unknown]>([
    ['nothing stored', undefined],
    ['a string', 'garbage'],
    ['runs that are not an object', { runs: 5 }],
    ['a broken run', { runs: { 'script-1': { ...run, stepMs: 'x' } } }],
    ['a run filed under another script', { runs: { 'script-2': run } }],
  ])('drops %s', (_case, stored) => {
    expect(validRuns(stored)).toEqual({});
  });
});
