import { describe, expect, it } from 'vitest';
import { describePace, formatDuration, isLongStep, paceOf, summarizeRun } from './pacing.ts';

const S = 1000;
const M = 60 * S;

describe('paceOf', () => {
  const plan = [2 * M, 3 * M, 1 * M];

  it.each([
    // [case, actual, current, delta, status, elapsed, projected]
    ['just started', [0, 0, 0], 0, 0, 'on-plan', 0, 6 * M],
    ['inside the first step (never "ahead" early)', [30 * S, 0, 0], 0, 0, 'on-plan', 30 * S, 6 * M],
    ['first step over by 10 s (within tolerance)', [2 * M + 10 * S, 0, 0], 0, 10 * S, 'on-plan', 2 * M + 10 * S, 6 * M + 10 * S],
    ['first step over by a minute', [3 * M, 0, 0], 0, 1 * M, 'behind', 3 * M, 7 * M],
    ['moved on early from the first step', [1 * M, 0, 0], 1, -1 * M, 'ahead', 1 * M, 5 * M],
    ['early first step, long second step', [1 * M, 5 * M, 0], 1, 1 * M, 'behind', 6 * M, 7 * M],
    ['on plan at the last step', [2 * M, 3 * M, 30 * S], 2, 0, 'on-plan', 5 * M + 30 * S, 6 * M],
    ['back to an earlier step: time on later steps counts', [2 * M, 1 * M, 0], 0, 1 * M, 'behind', 3 * M, 6 * M],
  ] as const)('%s', (_case, actual, current, delta, status, elapsed, projected) => {
    const pace = paceOf(plan, actual, current);
    expect(pace.deltaMs).toBe(delta);
    expect(pace.status).toBe(status);
    expect(pace.elapsedMs).toBe(elapsed);
    expect(pace.projectedTotalMs).toBe(projected);
    expect(pace.plannedTotalMs).toBe(6 * M);
  });

  it('reports the current step against its own plan', () => {
    const pace = paceOf(plan, [2 * M, 3 * M + 20 * S, 0], 1);
    expect(pace).toMatchObject({ stepElapsedMs: 3 * M + 20 * S, stepPlannedMs: 3 * M, stepOverMs: 20 * S });
  });

  it.each([
    ['NaN and negative times count as none', plan, [Number.NaN, -5 * M, Number.POSITIVE_INFINITY], 1],
    ['a step index past the end is the last step', plan, [0, 0, 0], 99],
    ['a negative step index is the first step', plan, [0, 0, 0], -3],
    ['a fractional step index is truncated', plan, [0, 0, 0], 1.7],
    ['fewer actual times than steps', plan, [], 0],
  ])('survives hostile input: %s', (_case, planned, actual, current) => {
    const pace = paceOf(planned, actual, current);
    expect(Number.isFinite(pace.deltaMs)).toBe(true);
    expect(pace.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(pace.stepPlannedMs).toBeGreaterThan(0);
  });

  it('has nothing to pace in an empty script', () => {
    expect(paceOf([], [], 0)).toMatchObject({ elapsedMs: 0, plannedTotalMs: 0, deltaMs: 0, status: 'on-plan', stepPlannedMs: 0 });
  });
});

describe('summarizeRun', () => {
  it('says where the run went long', () => {
    const summary = summarizeRun([
      { title: 'Intro', plannedMs: 2 * M, actualMs: 2 * M + 20 * S },
      { title: 'Drill', plannedMs: 3 * M, actualMs: 5 * M },
      { title: 'Alerts', plannedMs: 2 * M, actualMs: 3 * M },
      { title: 'Close', plannedMs: 1 * M, actualMs: 30 * S },
    ]);
    expect(summary.steps.map((s) => s.isLong)).toEqual([false, true, true, false]);
    expect(summary.longest?.title).toBe('Drill');
    expect(summary).toMatchObject({ plannedTotalMs: 8 * M, actualTotalMs: 10 * M + 50 * S, deltaMs: 2 * M + 50 * S, status: 'behind' });
  });

  it('names no step when none went long', () => {
    const summary = summarizeRun([{ title: 'Intro', plannedMs: 2 * M, actualMs: M }]);
    expect(summary.longest).toBeNull();
    expect(summary.status).toBe('ahead');
  });

  it('treats broken times as zero', () => {
    const summary = summarizeRun([{ title: 'X', plannedMs: Number.NaN, actualMs: -1 }]);
    expect(summary.steps[0]).toMatchObject({ plannedMs: 0, actualMs: 0, overMs: 0, isLong: false });
  });
});

describe('isLongStep', () => {
  it.each([
    [60 * S, 74 * S, false], // 14 s over a 1-minute step: within the 15 s floor
    [60 * S, 76 * S, true],
    [4 * M, 4 * M + 59 * S, false], // a quarter of 4 minutes is 1 minute
    [4 * M, 5 * M + 1 * S, true],
    [0, 16 * S, true],
  ])('planned %d ms, actual %d ms: long = %s', (planned, actual, expected) => {
    expect(isLongStep(planned, actual)).toBe(expected);
  });
});

describe('formatting', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [61_000, '1:01'],
    [10 * M + 5 * S, '10:05'],
    [3_723_000, '1:02:03'],
    [-5000, '0:00'],
    [Number.NaN, '0:00'],
  ])('formatDuration(%d) = %s', (value, text) => {
    expect(formatDuration(value)).toBe(text);
  });

  it.each([
    [0, 'On plan'],
    [15 * S, 'On plan'],
    [65 * S, '1:05 behind plan'],
    [-30 * S, '0:30 ahead of plan'],
    [Number.NaN, 'On plan'],
  ])('describePace(%d) = %s', (delta, text) => {
    expect(describePace(delta)).toBe(text);
  });
});
