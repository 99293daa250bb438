import { describe, expect, it } from 'vitest';
import { isPaused, isRunState, runReducer, stepTimesAt, type RunAction, type RunState } from './run-state.ts';

const T0 = 1_800_000_000_000;
const S = 1000;

const start: RunAction = {
  type: 'start',
  id: 'run-1',
  scriptId: 'script-1',
  scriptVersion: 3,
  mode: 'demo',
  meetingId: 'mtg-1',
  steps: [
    { title: 'Intro', plannedSec: 60 },
    { title: 'Drill', plannedSec: 120 },
    { title: 'Close', plannedSec: 30 },
  ],
  now: T0,
};

/** Applies actions in order, from no run. */
function play(...actions: RunAction[]): RunState {
  const state = actions.reduce<RunState | null>(runReducer, null);
  if (state === null) throw new Error('no run');
  return state;
}

describe('runReducer', () => {
  it('starts on the first step with the clock running', () => {
    const run = play(start);
    expect(run).toMatchObject({ current: 0, stepMs: [0, 0, 0], runningSince: T0, startedAt: T0, endedAt: null, noteId: null });
    expect(isPaused(run)).toBe(false);
  });

  it.each<[string, RunAction[], Partial<RunState>]>([
    ['next books the time on the step left', [{ type: 'next', now: T0 + 50 * S }], { current: 1, stepMs: [50 * S, 0, 0], runningSince: T0 + 50 * S }],
    [
      'back returns and keeps adding to the earlier step',
      [{ type: 'next', now: T0 + 50 * S }, { type: 'back', now: T0 + 60 * S }, { type: 'next', now: T0 + 70 * S }],
      { current: 1, stepMs: [60 * S, 10 * S, 0] },
    ],
    ['back on the first step does nothing', [{ type: 'back', now: T0 + 5 * S }], { current: 0, stepMs: [0, 0, 0], runningSince: T0 }],
    [
      'next on the last step does nothing',
      [{ type: 'next', now: T0 + S }, { type: 'next', now: T0 + 2 * S }, { type: 'next', now: T0 + 3 * S }],
      { current: 2, stepMs: [S, S, 0], runningSince: T0 + 2 * S },
    ],
    [
      'a pause stops the clock; time paused is not counted',
      [{ type: 'toggle-pause', now: T0 + 10 * S }, { type: 'toggle-pause', now: T0 + 100 * S }, { type: 'next', now: T0 + 105 * S }],
      { current: 1, stepMs: [15 * S, 0, 0], pausedBy: null },
    ],
    [
      'moving on while paused starts the clock again',
      [{ type: 'toggle-pause', now: T0 + 10 * S }, { type: 'next', now: T0 + 90 * S }],
      { current: 1, stepMs: [10 * S, 0, 0], runningSince: T0 + 90 * S, pausedBy: null },
    ],
    [
      'leaving the player pauses; coming back resumes without counting the time away',
      [{ type: 'leave', now: T0 + 20 * S }, { type: 'return', now: T0 + 3_600 * S }, { type: 'next', now: T0 + 3_610 * S }],
      { current: 1, stepMs: [30 * S, 0, 0] },
    ],
    [
      'coming back does not undo a pause the rep chose',
      [{ type: 'toggle-pause', now: T0 + 20 * S }, { type: 'leave', now: T0 + 30 * S }, { type: 'return', now: T0 + 40 * S }],
      { stepMs: [20 * S, 0, 0], runningSince: null, pausedBy: 'rep' },
    ],
    [
      'leaving and returning at once (a remount) changes no time',
      [{ type: 'leave', now: T0 + 20 * S }, { type: 'return', now: T0 + 20 * S }],
      { stepMs: [20 * S, 0, 0], runningSince: T0 + 20 * S, pausedBy: null },
    ],
    [
      'a clock that steps backwards counts as no time',
      [{ type: 'next', now: T0 - 60 * S }],
      { current: 1, stepMs: [0, 0, 0], runningSince: T0 - 60 * S },
    ],
    [
      'end books the last stretch and freezes the run',
      [{ type: 'next', now: T0 + 30 * S }, { type: 'end', now: T0 + 45 * S }, { type: 'next', now: T0 + 50 * S }, { type: 'toggle-pause', now: T0 + 60 * S }],
      { current: 1, stepMs: [30 * S, 15 * S, 0], runningSince: null, endedAt: T0 + 45 * S },
    ],
    [
      'a quick note remembers its step and the call note it went into',
      [{ type: 'note-added', step: 0, text: 'Asked about SSO', noteId: 'note-9' }],
      { noteId: 'note-9', notes: [{ step: 0, text: 'Asked about SSO' }] },
    ],
  ])('%s', (_case, actions, expected) => {
    expect(play(start, ...actions)).toMatchObject(expected);
  });

  it('ignores actions when no run is in progress', () => {
    expect(runReducer(null, { type: 'next', now: T0 })).toBeNull();
    expect(runReducer(null, { type: 'end', now: T0 })).toBeNull();
  });

  it('refuses to start a script without steps', () => {
    expect(runReducer(null, { ...start, steps: [] })).toBeNull();
  });

  it('copies the steps, so a later change to the script cannot alter the run', () => {
    const steps = [{ title: 'Intro', plannedSec: 60 }];
    const run = play({ ...start, steps });
    steps[0]!.title = 'Changed';
    expect(run.steps[0]?.title).toBe('Intro');
  });
});

describe('stepTimesAt', () => {
  it('adds the running stretch to the current step only', () => {
    const run = play(start, { type: 'next', now: T0 + 10 * S });
    expect(stepTimesAt(run, T0 + 25 * S)).toEqual([10 * S, 15 * S, 0]);
  });

  it('adds nothing while paused', () => {
    const run = play(start, { type: 'toggle-pause', now: T0 + 10 * S });
    expect(stepTimesAt(run, T0 + 99 * S)).toEqual([10 * S, 0, 0]);
  });
});

describe('isRunState', () => {
  const good = play(start, { type: 'next', now: T0 + S });

  it('accepts a run the reducer made, through JSON', () => {
    expect(isRunState(JSON.parse(JSON.stringify(good)))).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'run'],
    ['no steps', { ...good, steps: [], stepMs: [] }],
    ['step times not matching the steps', { ...good, stepMs: [0] }],
    ['a negative step time', { ...good, stepMs: [0, -1, 0] }],
    ['a step index past the end', { ...good, current: 3 }],
    ['a fractional step index', { ...good, current: 0.5 }],
    ['an unknown mode', { ...good, mode: 'live' }],
    ['a step without a title', { ...good, steps: [{ plannedSec: 1 }, ...good.steps.slice(1)] }],
    ['an infinite start', { ...good, startedAt: Number.POSITIVE_INFINITY }],
    ['notes that are not notes', { ...good, notes: [{ step: 'x', text: 1 }] }],
    ['an unknown pause reason', { ...good, pausedBy: 'cat' }],
  ])('refuses %s', (_case, value) => {
    expect(isRunState(value)).toBe(false);
  });
});
