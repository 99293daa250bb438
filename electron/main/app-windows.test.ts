import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  let nextId = 1;
  class FakeContents {
    readonly id = nextId++;
    readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    readonly send = vi.fn();
    readonly reload = vi.fn();
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: (...args: unknown[]) => void) {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
    isDestroyed() {
      return false;
    }
  }
  class BrowserWindow {
    static focused: BrowserWindow | null = null;
    static getFocusedWindow() {
      return BrowserWindow.focused;
    }
    readonly webContents = new FakeContents();
    readonly listeners = new Map<string, (() => void)[]>();
    destroyed = false;
    minimized = false;
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly maximize = vi.fn();
    readonly loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: { x?: number; y?: number; width: number; height: number }) {}
    on(event: string, listener: () => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: () => void) {
      return this.on(event, listener);
    }
    emit(event: string) {
      for (const listener of this.listeners.get(event) ?? []) listener();
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return this.minimized;
    }
    isFocused() {
      return BrowserWindow.focused === this;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      const { x = 0, y = 0, width, height } = this.options;
      return { x, y, width, height };
    }
  }
  return {
    BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
  };
});
vi.mock('electron', () => ({ BrowserWindow: fake.BrowserWindow, screen: fake.screen, dialog: fake.dialog }));

import { createAppWindows } from './app-windows.ts';
import { windowRoleOf } from './window-roles.ts';

type FakeWindow = InstanceType<typeof fake.BrowserWindow>;

function setUp(saved: { x: number; y: number; width: number; height: number; isMaximized: boolean } | null = null) {
  const onPageGone = vi.fn();
  const stateFile = { load: vi.fn(() => Promise.resolve(saved)), save: vi.fn(() => Promise.resolve()) };
  const windows = createAppWindows({ preloadPath: '/p.cjs', startUrl: 'app://fieldcase/index.html', stateFile, onPageGone, onGiveUp: vi.fn() });
  return { windows, onPageGone, stateFile };
}

describe('createAppWindows', () => {
  it('opens the first window where the rep left it, as an app window', async () => {
    const { windows } = setUp({ x: 100, y: 50, width: 1200, height: 800, isMaximized: false });
    const window = (await windows.open()) as unknown as FakeWindow;
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 800 });
    expect(windowRoleOf(window.webContents)).toBe('app');
    expect(window.loadURL).toHaveBeenCalledWith('app://fieldcase/index.html');
  });

  it('cascades a second window from the focused one', async () => {
    const { windows } = setUp({ x: 100, y: 50, width: 1200, height: 800, isMaximized: false });
    const first = (await windows.open()) as unknown as FakeWindow;
    fake.BrowserWindow.focused = first;
    const second = (await windows.open()) as unknown as FakeWindow;
    fake.BrowserWindow.focused = null;
    expect(second.options).toMatchObject({ x: 132, y: 82, width: 1200, height: 800 });
    expect(windows.all()).toHaveLength(2);
  });

  it('opens only one window when asked twice at once', async () => {
    const { windows } = setUp();
    await Promise.all([windows.ensureOne(), windows.ensureOne()]);
    expect(windows.all()).toHaveLength(1);
    await windows.ensureOne();
    expect(windows.all()).toHaveLength(1);
  });

  it('says when a page goes away (reload, crash, close) and forgets closed windows', async () => {
    const { windows, onPageGone } = setUp();
    const window = (await windows.open()) as unknown as FakeWindow;
    const { id } = window.webContents;
    window.webContents.emit('did-start-loading');
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    window.emit('closed');
    expect(onPageGone.mock.calls).toEqual([[id], [id], [id]]);
    expect(windows.all()).toEqual([]);
  });

  it('reloads a crashed window', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { windows } = setUp();
    const window = (await windows.open()) as unknown as FakeWindow;
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('shows the first window from the tray, or opens one when there is none', async () => {
    const { windows } = setUp();
    await windows.revealOrOpen();
    expect(windows.all()).toHaveLength(1);
    const [window] = windows.all() as unknown as FakeWindow[];
    await windows.revealOrOpen();
    expect(windows.all()).toHaveLength(1);
    expect(window?.focus).toHaveBeenCalledTimes(1);
  });

  it('gives the command router its windows, and reveals one by its contents', async () => {
    const { windows } = setUp();
    const window = (await windows.open()) as unknown as FakeWindow;
    window.minimized = true;
    const [target] = windows.commandTargets();
    target?.send('app:command', { kind: 'search' });
    expect(window.webContents.send).toHaveBeenCalledWith('app:command', { kind: 'search' });
    windows.revealContents(window.webContents.id);
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });
});
