import { describe, expect, it } from 'vitest';
import { addQuarters, formatQuarterId, isTimeZone, parseQuarterId, quarterLabel, quarterOf } from './forecast-quarter.ts';

describe('quarter ids', () => {
  it.each([
    ['2026-Q4', { year: 2026, quarter: 4 }],
    ['0001-Q1', { year: 1, quarter: 1 }],
    ['2026-Q0', null],
    ['2026-Q5', null],
    ['2026-q4', null],
    [' 2026-Q4', null],
    ['2026-Q4\n', null],
    ['26-Q4', null],
    ['2026-Q4; DROP TABLE', null],
    ['', null],
  ])('parses %j', (text, expected) => {
    expect(parseQuarterId(text)).toEqual(expected);
  });

  it('formats with four digits, and round-trips', () => {
    expect(formatQuarterId({ year: 2026, quarter: 1 })).toBe('2026-Q1');
    expect(formatQuarterId({ year: 987, quarter: 2 })).toBe('0987-Q2');
    expect(quarterLabel('2026-Q4')).toBe('Q4 2026');
  });

  it.each([
    ['2026-Q4', 1, '2027-Q1'],
    ['2026-Q1', -1, '2025-Q4'],
    ['2026-Q2', 0, '2026-Q2'],
    ['2026-Q3', -9, '2024-Q2'],
    ['2026-Q1', 8, '2028-Q1'],
  ])('%s moved by %i is %s', (id, count, expected) => {
    expect(addQuarters(id, count)).toBe(expected);
  });

  it.each([
    ['not a quarter', 'Q4', 1],
    ['a fraction of a quarter', '2026-Q4', 0.5],
    ['past year 9999', '9999-Q4', 1],
    ['before year 0', '0000-Q1', -1],
  ])('refuses %s', (_, id, count) => {
    expect(() => addQuarters(id, count)).toThrow(RangeError);
  });
});

describe('quarterOf in the rep’s time zone', () => {
  it.each([
    ['23:30 on 31 March in Lisbon is Q1 (already April in Berlin)', Date.UTC(2026, 2, 31, 22, 30), 'Europe/Lisbon', '2026-Q1'],
    ['the same instant in Berlin is Q2', Date.UTC(2026, 2, 31, 22, 30), 'Europe/Berlin', '2026-Q2'],
    ['23:30 on 31 March in Berlin (summer time) is Q1', Date.UTC(2026, 2, 31, 21, 30), 'Europe/Berlin', '2026-Q1'],
    ['New Year in Tokyo while still December in UTC', Date.UTC(2026, 11, 31, 16, 0), 'Asia/Tokyo', '2027-Q1'],
    ['the same instant in UTC', Date.UTC(2026, 11, 31, 16, 0), 'UTC', '2026-Q4'],
    ['evening of 30 September in Los Angeles', Date.UTC(2026, 9, 1, 5, 0), 'America/Los_Angeles', '2026-Q3'],
    ['the first millisecond of July', Date.UTC(2026, 6, 1), 'UTC', '2026-Q3'],
    ['the last millisecond of June', Date.UTC(2026, 6, 1) - 1, 'UTC', '2026-Q2'],
    ['the epoch', 0, 'UTC', '1970-Q1'],
  ])('%s', (_, at, timeZone, expected) => {
    expect(quarterOf(at, timeZone)).toBe(expected);
  });

  it.each([
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['a negative time', -1],
    ['a time past year 9999', 8.64e15],
  ])('has no quarter for %s', (_, at) => {
    expect(quarterOf(at, 'UTC')).toBeNull();
  });

  it('has no quarter for a moment already in year 10000 on the rep’s calendar', () => {
    expect(quarterOf(Date.UTC(9999, 11, 31, 23, 0), 'Pacific/Kiritimati')).toBeNull();
  });

  it.each([
    ['Europe/Lisbon', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['../../etc/passwd', false],
    ['x'.repeat(5_000), false],
  ])('knows whether %j is a time zone', (timeZone, expected) => {
    expect(isTimeZone(timeZone)).toBe(expected);
  });
});

describe('quarterOf agrees with the calendar at every instant, cached or not', () => {
  /** The quarter read straight from Intl, with nothing kept between calls. */
  function reference(at: number, timeZone: string): string {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(at);
    const year = parts.find((part) => part.type === 'year')?.value;
    const month = Number(parts.find((part) => part.type === 'month')?.value);
    return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  }

  it.each([
    ['UTC', Date.UTC(2026, 9, 1)],
    ['Asia/Kathmandu (UTC+5:45)', Date.UTC(2026, 3, 1) - (5 * 60 + 45) * 60_000, 'Asia/Kathmandu'],
    ['America/St_Johns (UTC−2:30 in summer)', Date.UTC(2026, 6, 1) + 150 * 60_000, 'America/St_Johns'],
    ['Australia/Lord_Howe (30-minute summer time)', Date.UTC(2026, 0, 1) - 11 * 3_600_000, 'Australia/Lord_Howe'],
  ])('around a quarter boundary in %s', (_, boundary, zone = 'UTC') => {
    for (let at = boundary - 3 * 3_600_000; at <= boundary + 3 * 3_600_000; at += 433_000) {
      const expected = reference(at, zone);
      expect(quarterOf(at, zone), new Date(at).toISOString()).toBe(expected);
      expect(quarterOf(at, zone), `again, ${new Date(at).toISOString()}`).toBe(expected);
    }
    expect(quarterOf(boundary - 1, zone)).not.toBe(quarterOf(boundary, zone));
  });

  it('across the night Lisbon moves its clocks forward and the night it moves them back', () => {
    for (const night of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]) {
      for (let at = night - 3 * 3_600_000; at <= night + 3 * 3_600_000; at += 433_000) {
        expect(quarterOf(at, 'Europe/Lisbon')).toBe(reference(at, 'Europe/Lisbon'));
      }
    }
  });
});
