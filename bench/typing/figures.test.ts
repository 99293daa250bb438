import { describe, expect, it } from 'vitest';
import { distribution, typingFigures } from './figures.ts';

describe('typing figures', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(distribution(values)).toEqual({ p50: 50, p95: 95, max: 100, count: 100 });
    expect(distribution([7])).toEqual({ p50: 7, p95: 7, max: 7, count: 1 });
    expect(distribution([]).p95).toBeNaN();
  });

  it('counts a keystroke durable when the first write started after it is stored', () => {
    const figures = typingFigures({
      keys: [0, 100, 250, 400, 900],
      frames: [5, 6],
      work: [2, 3],
      queued: [1, 4],
      saves: [
        { start: 300, end: 310 },
        // Started before the key at 400: does not contain it.
        { start: 350, end: 380 },
        { start: 700, end: 720 },
      ],
    });
    expect(figures.keystrokeToDurable).toEqual({ p50: 210, p95: 320, max: 320, count: 4 });
    expect(figures.writeAfterDebounce).toEqual({ p50: 20, p95: 30, max: 30, count: 3 });
    expect(figures.keystrokeToFrame.max).toBe(6);
    expect(figures.keystrokeHandling.max).toBe(3);
    expect(figures.keystrokeQueued.max).toBe(4);
    expect(figures.unsaved).toBe(1);
  });
});
