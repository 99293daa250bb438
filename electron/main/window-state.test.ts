import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  WINDOW_STATE_FILE_NAME,
  createWindowStateFile,
  parseWindowState,
  placeWindow,
  trackWindowState,
  type Rectangle,
} from './window-state.ts';

const limits = { width: 1280, height: 820, minWidth: 960, minHeight: 600 };
const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };
const saved = (x: number, y: number, width = 1200, height = 800, isMaximized = false) => ({ x, y, width, height, isMaximized });

describe('parseWindowState', () => {
  it('accepts a saved state', () => {
    expect(parseWindowState(saved(10, -20))).toEqual(saved(10, -20));
  });

  it.each([
    ['nothing', null],
    ['an array', [1, 2, 3, 4]],
    ['a missing field', { x: 1, y: 2, width: 3, height: 4 }],
    ['an extra field', { ...saved(1, 2), display: 3 }],
    ['a string number', { ...saved(1, 2), x: '1' }],
    ['a fraction', { ...saved(1, 2), width: 100.5 }],
    ['NaN', { ...saved(1, 2), y: Number.NaN }],
    ['a zero size', { ...saved(1, 2), height: 0 }],
    ['a negative size', { ...saved(1, 2), width: -800 }],
    ['a far-away position', { ...saved(1, 2), x: 1e9 }],
    ['a non-boolean maximized', { ...saved(1, 2), isMaximized: 'yes' }],
  ])('refuses %s', (_label, input) => {
    expect(parseWindowState(input)).toBeNull();
  });
});

describe('placeWindow', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [laptop], limits)).toEqual({ bounds: { width: 1280, height: 820 }, isMaximized: false });
  });

  it('keeps a position that is on a display', () => {
    expect(placeWindow(saved(100, 50), [laptop], limits)).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, isMaximized: false });
  });

  it('keeps a window on the second monitor while it is attached', () => {
    expect(placeWindow(saved(2200, 100), [laptop, rightMonitor], limits).bounds).toEqual({ x: 2200, y: 100, width: 1200, height: 800 });
  });

  it('centres a window whose monitor was unplugged, keeping its size and maximised state', () => {
    expect(placeWindow(saved(2200, 100, 1200, 800, true), [laptop], limits)).toEqual({
      bounds: { width: 1200, height: 800 },
      isMaximized: true,
    });
  });

  it('centres a window whose title bar is above the screen', () => {
    expect(placeWindow(saved(100, -500), [laptop], limits).bounds).toEqual({ width: 1200, height: 800 });
  });

  it('pulls a window hanging off the edge back inside its display', () => {
    expect(placeWindow(saved(1800, 900), [laptop], limits).bounds).toEqual({ x: 720, y: 240, width: 1200, height: 800 });
  });

  it('shrinks a window larger than any display and grows one below the minimum', () => {
    expect(placeWindow(saved(0, 0, 9000, 9000), [laptop], limits).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    expect(placeWindow(saved(0, 0, 10, 10), [laptop], limits).bounds).toEqual({ x: 0, y: 0, width: 960, height: 600 });
  });

  it('opens at the default size when no display is known', () => {
    expect(placeWindow(saved(0, 0), [], limits).bounds).toEqual({ width: 1280, height: 820 });
  });
});

describe('createWindowStateFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fieldcase-window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('saves and loads the state', async () => {
    const file = createWindowStateFile(dir);
    await file.save(saved(5, 6));
    await expect(file.load()).resolves.toEqual(saved(5, 6));
  });

  it.each([
    ['a missing file', null],
    ['broken JSON', '{"x": 1,'],
    ['a hand-edited absurd state', JSON.stringify({ ...saved(1, 2), width: -1 })],
    ['a huge file', JSON.stringify({ padding: 'x'.repeat(10_000) })],
  ])('loads nothing from %s', async (_label, content) => {
    if (content !== null) await writeFile(path.join(dir, WINDOW_STATE_FILE_NAME), content);
    await expect(createWindowStateFile(dir).load()).resolves.toBeNull();
  });

  it('writes through a temporary file and leaves only the state file', async () => {
    await createWindowStateFile(dir).save(saved(1, 2));
    expect(JSON.parse(await readFile(path.join(dir, WINDOW_STATE_FILE_NAME), 'utf8'))).toEqual(saved(1, 2));
  });
});

describe('trackWindowState', () => {
  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    return {
      listeners,
      on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
      getNormalBounds: vi.fn(() => ({ x: 1, y: 2, width: 1000, height: 700 })),
      isMaximized: vi.fn(() => true),
    };
  }

  it('saves once after moving stops, and at once on close', () => {
    vi.useFakeTimers();
    try {
      const window = fakeWindow();
      const save = vi.fn(() => Promise.resolve());
      trackWindowState(window, { save }, 500);
      window.listeners.get('move')?.();
      window.listeners.get('resize')?.();
      window.listeners.get('move')?.();
      expect(save).not.toHaveBeenCalled();
      vi.advanceTimersByTime(500);
      expect(save.mock.calls).toEqual([[{ x: 1, y: 2, width: 1000, height: 700, isMaximized: true }]]);

      window.listeners.get('resize')?.();
      window.listeners.get('close')?.();
      expect(save).toHaveBeenCalledTimes(2);
      vi.advanceTimersByTime(1000);
      expect(save).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
