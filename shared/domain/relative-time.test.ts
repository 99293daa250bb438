import { describe, expect, it } from 'vitest';
import { describeAge } from './relative-time.ts';

const NOW = Date.UTC(2026, 10, 29, 12);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('describeAge', () => {
  it.each([
    [NOW, 'just now'],
    [NOW - 59_000, 'just now'],
    [NOW - 5 * MIN, '5 minutes ago'],
    [NOW - 3 * 60 * MIN, '3 hours ago'],
    [NOW - DAY, 'yesterday'],
    [NOW - 3 * DAY, '3 days ago'],
    [NOW - 8 * DAY, 'last week'],
    [NOW - 45 * DAY, 'last month'],
    [NOW - 400 * DAY, 'last year'],
    [NOW + 2 * DAY, 'in 2 days'],
    [Number.NaN, 'at an unknown time'],
  ])('describes %d as "%s"', (then, words) => {
    expect(describeAge(then, NOW)).toBe(words);
  });
});
