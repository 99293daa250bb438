import { describe, expect, it } from 'vitest';
import { demoMeetingRange, describeMeetingTime, startOfDay } from './meeting-time.ts';

// Local times, so the tests hold in any time zone the machine is set to.
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes).getTime();
const NOW = at(29, 12, 30);

describe('meeting times', () => {
  it('starts the day at local midnight', () => {
    expect(startOfDay(NOW)).toBe(at(29, 0));
  });

  it('covers today and the next seven days', () => {
    expect(demoMeetingRange(NOW)).toEqual({ from: at(29, 0), to: new Date(2026, 11, 7).getTime() });
  });

  it.each([
    [at(29, 14), 'Today, 14:00'],
    [at(29, 8, 5), 'Today, 08:05'],
    [at(30, 10, 30), 'Tomorrow, 10:30'],
    [at(28, 16), 'Yesterday, 16:00'],
    [new Date(2026, 11, 3, 15).getTime(), 'Thu 3 Dec, 15:00'],
    [Number.NaN, 'Unknown time'],
  ])('names %d as "%s"', (startsAt, words) => {
    expect(describeMeetingTime(startsAt, NOW)).toBe(words);
  });
});
