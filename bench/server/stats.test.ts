import { describe, expect, it } from 'vitest';
import { median, percentile, spread } from './stats.ts';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [0, 1],
  ])('p%i of 1..100 in reverse order is %i', (percent, expected) => {
    expect(percentile(hundred, percent)).toBe(expected);
  });

  it('takes the lower of the two middle values for p50 of an even count', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it('is NaN with no values, and does not reorder its input', () => {
    expect(percentile([], 95)).toBeNaN();
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('spread agrees with percentile', () => {
    const values = [12, 7, 30, 9, 11];
    expect(spread(values)).toEqual({ p50: percentile(values, 50), p99: percentile(values, 99), max: 30, count: 5 });
  });
});
