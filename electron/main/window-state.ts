/**
 * Keeps the main window's size and position between launches. What is read back is checked
 * against the displays attached now: a window last seen on an unplugged monitor, or a file edited
 * by hand to absurd numbers, must never open off screen or larger than any display.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasExactKeys, isPlainObject } from '../../shared/ipc/index.ts';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SavedWindowState extends Rectangle {
  readonly isMaximized: boolean;
}

export interface SizeLimits {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
}

/** Where to open the window: a position only when it is safely on a display. */
export interface Placement {
  readonly bounds: { x?: number; y?: number; width: number; height: number };
  readonly isMaximized: boolean;
}

// Coordinates beyond this are no real desktop (the largest multi-monitor set-ups are far smaller).
const MAX_COORDINATE = 100_000;
// A window counts as reachable when this much of its top edge (where the title bar is) is on a display.
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 30;

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_COORDINATE;
}

export function parseWindowState(input: unknown): SavedWindowState | null {
  if (!isPlainObject(input) || !hasExactKeys(input, ['x', 'y', 'width', 'height', 'isMaximized'])) return null;
  const { x, y, width, height, isMaximized } = input;
  if (!isCoordinate(x) || !isCoordinate(y) || !isCoordinate(width) || !isCoordinate(height)) return null;
  if (width <= 0 || height <= 0 || typeof isMaximized !== 'boolean') return null;
  return { x, y, width, height, isMaximized };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * The window's placement from what was saved and the work areas of the displays attached now.
 * Size is kept within the limits and the largest display; the position is kept only when the
 * window's top edge is on a display, and then nudged so the window fits inside that display.
 */
export function placeWindow(saved: SavedWindowState | null, workAreas: readonly Rectangle[], limits: SizeLimits): Placement {
  if (saved === null || workAreas.length === 0) return { bounds: { width: limits.width, height: limits.height }, isMaximized: false };
  const widest = Math.max(...workAreas.map((area) => area.width));
  const tallest = Math.max(...workAreas.map((area) => area.height));
  const width = clamp(saved.width, limits.minWidth, widest);
  const height = clamp(saved.height, limits.minHeight, tallest);
  const titleBar: Rectangle = { x: saved.x, y: saved.y, width, height: GRAB_HEIGHT };
  const home = workAreas.find((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= Math.min(GRAB_WIDTH, width) && shared.height >= GRAB_HEIGHT;
  });
  if (home === undefined) return { bounds: { width, height }, isMaximized: saved.isMaximized };
  const x = clamp(saved.x, home.x, home.x + home.width - width);
  const y = clamp(saved.y, home.y, home.y + home.height - height);
  return { bounds: { x, y, width, height }, isMaximized: saved.isMaximized };
}

export interface WindowStateFile {
  load(): Promise<SavedWindowState | null>;
  save(state: SavedWindowState): Promise<void>;
}

/** The state file in userData, written whole through a temporary file so a crash never leaves half of one. */
export function createWindowStateFile(userDataDir: string): WindowStateFile {
  const filePath = path.join(userDataDir, WINDOW_STATE_FILE_NAME);
  return {
    async load() {
      try {
        const text = await readFile(filePath, 'utf8');
        return text.length > 4096 ? null : parseWindowState(JSON.parse(text));
      } catch {
        // Missing or unreadable: the window opens at its default size, which is the right answer.
        return null;
      }
    },
    async save(state) {
      await mkdir(userDataDir, { recursive: true });
      const temporary = `${filePath}.tmp`;
      await writeFile(temporary, JSON.stringify(state), { mode: 0o600 });
      await rename(temporary, filePath);
    },
  };
}

export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/** Saves the window's state a moment after it stops moving, and at once when it closes. */
export function trackWindowState(
  window: TrackedWindow,
  file: Pick<WindowStateFile, 'save'>,
  delayMs = 500,
  timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout },
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timers.clear(timer);
    timer = undefined;
    const { x, y, width, height } = window.getNormalBounds();
    file.save({ x, y, width, height, isMaximized: window.isMaximized() }).catch((error: unknown) => {
      console.error('[window-state] could not save the window position', error);
    });
  };
  const later = () => {
    timers.clear(timer);
    timer = timers.set(save, delayMs);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', save);
}
