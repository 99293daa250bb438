import { describe, expect, it } from 'vitest';
import { runReducer, type RunState } from './run-state.ts';
import { finishedRunOf, plannedTotalMs, playPath, runPath, runStepsOf, stepContent, stepResultsOf, talkTrackViewOf } from './script-run.ts';

const script = {
  steps: [
    { title: 'Intro', talkTrack: 'Hello', action: 'Title slide', durationSec: 90 },
    { title: 'Drill', talkTrack: 'Red site', action: 'Click', durationSec: 180 },
  ],
};

function runOf(mode: 'demo' | 'rehearsal'): RunState {
  const started = runReducer(null, { type: 'start', id: 'r1', scriptId: 's1', scriptVersion: 2, mode, meetingId: 'm1', steps: runStepsOf(script), now: 1_000 });
  const moved = runReducer(started, { type: 'next', now: 61_000 });
  return runReducer(moved, { type: 'end', now: 100_000 }) as RunState;
}

describe('script runs', () => {
  it('plans the sum of the steps', () => {
    expect(plannedTotalMs(script)).toBe(270_000);
    expect(runStepsOf(script)).toEqual([
      { title: 'Intro', plannedSec: 90 },
      { title: 'Drill', plannedSec: 180 },
    ]);
  });

  it('records an ended demo as played and a rehearsal as rehearsed, with each step’s time', () => {
    expect(finishedRunOf(runOf('demo'), 'rep-1')).toEqual({
      id: 'r1',
      ownerId: 'rep-1',
      kind: 'demo_played',
      scriptId: 's1',
      scriptVersion: 2,
      meetingId: 'm1',
      startedAt: 1_000,
      endedAt: 100_000,
      steps: [
        { title: 'Intro', plannedSec: 90, actualMs: 60_000 },
        { title: 'Drill', plannedSec: 180, actualMs: 39_000 },
      ],
    });
    expect(finishedRunOf(runOf('rehearsal'), 'rep-1')?.kind).toBe('demo_rehearsed');
  });

  it('records nothing for a run still going', () => {
    const going = runReducer(null, { type: 'start', id: 'r1', scriptId: 's1', scriptVersion: 2, mode: 'demo', meetingId: null, steps: runStepsOf(script), now: 1 });
    expect(finishedRunOf(going as RunState, 'rep-1')).toBeNull();
  });
});

describe('stored runs', () => {
  it('reads a stored run’s steps, naming untitled ones by number', () => {
    const steps = stepResultsOf({ steps: [{ index: 0, title: 'Intro', plannedSec: 60, actualMs: 5 }, { index: 1, actualMs: 7 }] });
    expect(steps).toEqual([
      { title: 'Intro', plannedMs: 60_000, actualMs: 5 },
      { title: 'Step 2', plannedMs: 0, actualMs: 7 },
    ]);
    expect(stepResultsOf({})).toEqual([]);
  });

  it('builds paths with the ids escaped', () => {
    expect(runPath('s/1', 'r 1')).toBe('/demo-scripts/s%2F1/runs/r%201');
    expect(playPath('s1')).toBe('/demo-scripts/s1/play');
  });
});

describe('talk-track view of a run', () => {
  const published = { title: 'Exec overview', ...script };
  const run = runReducer(null, { type: 'start', id: 'r1', scriptId: 's1', scriptVersion: 2, mode: 'rehearsal', meetingId: null, steps: runStepsOf(script), now: 1_000 }) as RunState;

  it('shows the live step and names the next', () => {
    expect(talkTrackViewOf(published, run)).toEqual({
      scriptId: 's1',
      scriptTitle: 'Exec overview',
      isRehearsal: true,
      current: 0,
      title: 'Intro',
      talkTrack: 'Hello',
      action: 'Title slide',
      nextTitle: 'Drill',
      plannedMs: [90_000, 180_000],
      stepMs: [0, 0],
      runningSince: 1_000,
    });
    const last = runReducer(run, { type: 'next', now: 2_000 }) as RunState;
    expect(talkTrackViewOf(published, last).nextTitle).toBeNull();
  });

  it('falls back to the run’s own titles when the script is gone or its steps changed', () => {
    expect(talkTrackViewOf(null, run)).toMatchObject({ scriptTitle: 'Demo script', title: 'Intro', talkTrack: '', action: '', nextTitle: 'Drill' });
    const renamed = { title: 'Exec overview', steps: [{ ...script.steps[0]!, title: 'Opening' }, script.steps[1]!] };
    expect(stepContent(renamed, run, 0)).toEqual({ title: 'Intro', talkTrack: '', action: '', durationSec: 90 });
    expect(stepContent(renamed, run, 1).talkTrack).toBe('Red site');
  });
});
