import { describe, expect, it, vi } from 'vitest';
import { CRASH_WINDOW_MS, MAX_RELOADS_IN_WINDOW, decideCrashAction, offerReloadWhenHung, recoverFromCrashes } from './crash-recovery.ts';

describe('decideCrashAction', () => {
  it.each([
    ['clean-exit', [], 'ignore'],
    ['crashed', [], 'reload'],
    ['killed', [], 'reload'],
    ['oom', [], 'reload'],
    ['launch-failed', [], 'reload'],
    ['crashed', [1_000, 2_000], 'reload'],
    ['crashed', [1_000, 2_000, 3_000], 'ask'],
    // Crashes longer ago than the window do not count.
    ['crashed', [1_000 - CRASH_WINDOW_MS, 2_000 - CRASH_WINDOW_MS, 3_000 - CRASH_WINDOW_MS], 'reload'],
  ] as const)('%s after %j -> %s', (reason, earlier, expected) => {
    expect(decideCrashAction(reason, earlier, 10_000)).toBe(expected);
  });
});

function fakeWindow() {
  let onGone: ((event: unknown, details: { reason: 'crashed' | 'clean-exit'; exitCode: number }) => void) | undefined;
  const window = {
    isDestroyed: vi.fn(() => false),
    webContents: {
      on: vi.fn((_event: 'render-process-gone', listener: NonNullable<typeof onGone>) => {
        onGone = listener;
      }),
      reload: vi.fn(),
    },
  };
  return { window, crash: (reason: 'crashed' | 'clean-exit' = 'crashed') => onGone?.({}, { reason, exitCode: 139 }) };
}

describe('recoverFromCrashes', () => {
  it('reloads a crashed page, and asks after repeated crashes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { window, crash } = fakeWindow();
    const ask = vi.fn(() => Promise.resolve(true));
    let now = 0;
    recoverFromCrashes(window, { ask, onGiveUp: vi.fn(), now: () => now });

    for (let index = 0; index < MAX_RELOADS_IN_WINDOW; index += 1) {
      now += 1_000;
      crash();
    }
    expect(window.webContents.reload).toHaveBeenCalledTimes(MAX_RELOADS_IN_WINDOW);
    expect(ask).not.toHaveBeenCalled();

    now += 1_000;
    crash();
    expect(ask).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledTimes(MAX_RELOADS_IN_WINDOW + 1));

    // "Try again" starts the count afresh.
    now += 1_000;
    crash();
    expect(window.webContents.reload).toHaveBeenCalledTimes(MAX_RELOADS_IN_WINDOW + 2);
    vi.restoreAllMocks();
  });

  it('gives up when the rep chooses to quit', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { window, crash } = fakeWindow();
    const onGiveUp = vi.fn();
    recoverFromCrashes(window, { ask: () => Promise.resolve(false), onGiveUp, now: () => 5 });
    for (let index = 0; index <= MAX_RELOADS_IN_WINDOW; index += 1) crash();
    await vi.waitFor(() => expect(onGiveUp).toHaveBeenCalledTimes(1));
    vi.restoreAllMocks();
  });

  it('does nothing when the window closed itself cleanly', () => {
    const { window, crash } = fakeWindow();
    recoverFromCrashes(window, { ask: vi.fn(), onGiveUp: vi.fn() });
    crash('clean-exit');
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });
});

describe('offerReloadWhenHung', () => {
  function hungWindow() {
    const listeners = new Map<string, () => void>();
    const window = {
      isDestroyed: vi.fn(() => false),
      on: vi.fn((event: 'unresponsive' | 'responsive', listener: () => void) => listeners.set(event, listener)),
      webContents: { reload: vi.fn() },
    };
    return { window, emit: (event: string) => listeners.get(event)?.() };
  }

  it('reloads when the rep chooses to, and asks once per hang', async () => {
    const { window, emit } = hungWindow();
    const ask = vi.fn(() => Promise.resolve(true));
    offerReloadWhenHung(window, ask);
    emit('unresponsive');
    emit('unresponsive');
    expect(ask).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(window.webContents.reload).toHaveBeenCalledTimes(1));
  });

  it('waits when the rep chooses to', async () => {
    const { window, emit } = hungWindow();
    const answered = Promise.resolve(false);
    offerReloadWhenHung(window, () => answered);
    emit('unresponsive');
    await answered;
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('withdraws the question when the page answers again, and does not reload', async () => {
    const { window, emit } = hungWindow();
    let signal: AbortSignal | undefined;
    let answer: (reload: boolean) => void = () => {};
    offerReloadWhenHung(window, (given) => {
      signal = given;
      return new Promise((resolve) => {
        answer = resolve;
      });
    });
    emit('unresponsive');
    emit('responsive');
    expect(signal?.aborted).toBe(true);
    answer(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });
});
