import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schedulePendingCounts } from './pending-counts.ts';

type Kind = 'notes' | 'cards';

function schedule(count: (kinds: ReadonlySet<Kind>) => Promise<void> = async () => {}) {
  const counted: Kind[][] = [];
  const schedule = schedulePendingCounts<Kind>({
    count: async (kinds) => {
      counted.push([...kinds].sort());
      await count(kinds);
    },
    gapMs: 2_000,
    settleMs: 100,
  });
  return { counted, schedule };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('schedulePendingCounts', () => {
  it('counts nothing while nothing changes', async () => {
    const { counted } = schedule();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(counted).toEqual([]);
  });

  it('counts a burst of changes once, a moment after the last, and only the kinds that changed', async () => {
    const { counted, schedule: counts } = schedule();
    counts.changed('notes');
    counts.changed('notes');
    await vi.advanceTimersByTimeAsync(99);
    expect(counted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(counted).toEqual([['notes']]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(counted).toEqual([['notes']]);
  });

  it('counts no more often than the gap, gathering what changed meanwhile', async () => {
    const { counted, schedule: counts } = schedule();
    counts.changed('notes');
    await vi.advanceTimersByTimeAsync(100);
    counts.changed('cards');
    counts.changed('notes');
    // The first count started at 100 ms: the next starts 2 s after it.
    await vi.advanceTimersByTimeAsync(1_999);
    expect(counted).toEqual([['notes']]);
    await vi.advanceTimersByTimeAsync(1);
    expect(counted).toEqual([['notes'], ['cards', 'notes']]);
  });

  it('counts again after a count during which the kind changed', async () => {
    let finish = () => {};
    const { counted, schedule: counts } = schedule(() => new Promise<void>((resolve) => (finish = resolve)));
    counts.changed('notes');
    await vi.advanceTimersByTimeAsync(100);
    counts.changed('notes');
    await vi.advanceTimersByTimeAsync(5_000);
    // Still counting: one count at a time.
    expect(counted).toEqual([['notes']]);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(counted).toEqual([['notes'], ['notes']]);
  });

  it('keeps counting after a count fails', async () => {
    let fails = true;
    const { counted, schedule: counts } = schedule(async () => {
      if (fails) throw new Error('IndexedDB is closing');
    });
    counts.changed('notes');
    await vi.advanceTimersByTimeAsync(100);
    fails = false;
    counts.changed('cards');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(counted).toEqual([['notes'], ['cards']]);
  });

  it('counts nothing once stopped', async () => {
    const { counted, schedule: counts } = schedule();
    counts.changed('notes');
    counts.stop();
    counts.changed('cards');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(counted).toEqual([]);
  });
});
