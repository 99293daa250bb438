import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, nextDelay } from './backoff.ts';

describe('nextDelay', () => {
  it.each([
    [1, 500, 1_000],
    [2, 1_000, 2_000],
    [3, 2_000, 4_000],
    [7, 30_000, 60_000],
  ])('after %d failures waits between %d and %d ms', (failures, low, high) => {
    expect(nextDelay(failures, () => 0)).toBe(low);
    expect(nextDelay(failures, () => 1)).toBe(Math.min(high, BACKOFF_MAX_MS));
  });

  it('never waits past the cap, nor less than half the ceiling, nor goes NaN', () => {
    for (const failures of [0, -3, 50, 1_000]) {
      const delay = nextDelay(failures, () => 0.5);
      expect(delay).toBeGreaterThanOrEqual(375);
      expect(delay).toBeLessThanOrEqual(BACKOFF_MAX_MS);
    }
  });
});
