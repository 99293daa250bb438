import { describe, expect, it } from 'vitest';
import { fromDateInput, toDateInput } from './due-date.ts';

describe('due dates', () => {
  it('round-trips a day through the date field, stored as the start of that local day', () => {
    const stored = fromDateInput('2025-11-03');
    expect(stored).toBe(new Date(2025, 10, 3).getTime());
    expect(toDateInput(stored ?? null)).toBe('2025-11-03');
    expect(toDateInput(new Date(2025, 10, 3, 23, 59).getTime())).toBe('2025-11-03');
  });

  it('reads an empty field as no due date', () => {
    expect(fromDateInput('')).toBeNull();
    expect(toDateInput(null)).toBe('');
  });

  it.each(['2025-02-30', '2025-13-01', '03/11/2025', '2025-1-3', 'tomorrow', '2025-11-03T10:00'])('refuses %j', (value) => {
    expect(fromDateInput(value)).toBeUndefined();
  });
});
