import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveStatus } from './autosave.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(save: (value: string) => Promise<void> = async () => {}) {
  const saved: string[] = [];
  const statuses: SaveStatus['state'][] = [];
  const autosave = createAutosave<string>({
    delayMs: 300,
    save: async (value) => {
      await save(value);
      saved.push(value);
    },
    onStatus: (s) => statuses.push(s.state),
  });
  return { autosave, saved, statuses };
}

describe('autosave', () => {
  it('writes the latest value once the delay has passed', async () => {
    const { autosave, saved } = setup();
    autosave.change('a');
    autosave.change('ab');
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab']);
    expect(autosave.status).toEqual({ state: 'saved' });
  });

  it('keeps saving during continuous typing instead of waiting for a pause', async () => {
    const { autosave, saved } = setup();
    for (let i = 1; i <= 10; i += 1) {
      autosave.change('x'.repeat(i));
      await vi.advanceTimersByTimeAsync(100);
    }
    // 1,000 ms of typing with a 300 ms bound: at least three writes, none older than 300 ms.
    expect(saved.length).toBeGreaterThanOrEqual(3);
    await autosave.flush();
    expect(saved.at(-1)).toBe('x'.repeat(10));
  });

  it('never overlaps writes, and stores the newest value last', async () => {
    let release: () => void = () => {};
    let active = 0;
    let maxActive = 0;
    const { autosave, saved } = setup(async () => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      active -= 1;
    });
    autosave.change('one');
    const first = autosave.flush();
    autosave.change('two');
    const second = autosave.flush();
    release();
    await vi.waitFor(() => expect(saved).toEqual(['one']));
    release();
    await Promise.all([first, second]);
    expect(saved).toEqual(['one', 'two']);
    expect(maxActive).toBe(1);
  });

  it('reports a failed write and retries it on the next flush', async () => {
    let fail = true;
    const { autosave, saved, statuses } = setup(async () => {
      if (fail) throw new Error('disk full');
    });
    autosave.change('important');
    await autosave.flush();
    expect(autosave.status).toEqual({ state: 'failed', message: 'disk full' });
    expect(saved).toEqual([]);
    fail = false;
    await autosave.flush();
    expect(saved).toEqual(['important']);
    expect(statuses).toEqual(['pending', 'saving', 'failed', 'saving', 'saved']);
  });

  it('flushes on dispose, and does nothing when there is nothing new', async () => {
    const { autosave, saved } = setup();
    await autosave.flush();
    expect(saved).toEqual([]);
    autosave.change('last words');
    await autosave.dispose();
    expect(saved).toEqual(['last words']);
  });

  it('discards what is pending when told to', async () => {
    const { autosave, saved } = setup();
    autosave.change('deleted on purpose');
    autosave.discard();
    await vi.advanceTimersByTimeAsync(1_000);
    await autosave.flush();
    expect(saved).toEqual([]);
  });
});
