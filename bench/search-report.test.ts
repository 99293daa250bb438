import { describe, expect, it } from 'vitest';
import { percentile, searchDetails } from './search-report.ts';

describe('search report', () => {
  it('takes percentiles by nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 0.5)).toBe(5);
    expect(percentile(values, 0.95)).toBe(10);
    expect(percentile(values, 0.1)).toBe(1);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.95)).toBeNaN();
  });

  it('lists each query with what it found', () => {
    const lines = searchDetails([
      { search: { buildMs: 1, idleWaitMs: 0, indexMs: 0, documents: 11_500, keystrokesMs: [1, 2], queries: [{ query: 'sentrix', hits: 7, kinds: ['battle_card', 'note'] }] } },
    ]);
    expect(lines[0]).toContain('11,500 documents indexed; 2 keystrokes per round');
    expect(lines[1]).toBe('  "sentrix": 7 results shown (battle_card, note)');
    expect(searchDetails([])).toEqual([]);
  });
});
