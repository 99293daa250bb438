/**
 * The app's own windows (not the talk-track overlay): opening them where the rep left the last
 * one, giving each the 'app' role IPC checks, reloading them after a renderer crash, and telling
 * the rest of main when a window's page goes away so nothing is sent to a page that cannot hear.
 */
import { BrowserWindow, dialog, screen } from 'electron';
import type { CommandTarget } from './commands.ts';
import { offerReloadWhenHung, recoverFromCrashes } from './crash-recovery.ts';
import { assignWindowRole } from './window-roles.ts';
import { placeWindow, trackWindowState, type WindowStateFile } from './window-state.ts';
import { createMainWindow, MAIN_WINDOW_SIZE } from './window.ts';

export interface AppWindowsConfig {
  readonly preloadPath: string;
  readonly startUrl: string;
  readonly stateFile: WindowStateFile;
  /** The page in this webContents is gone (reloading, crashed or closed). */
  readonly onPageGone: (contentsId: number) => void;
  readonly onGiveUp: () => void;
}

export interface AppWindows {
  open(): Promise<BrowserWindow>;
  /** Opens a window unless one exists or is opening (a link and the dock can both ask at once). */
  ensureOne(): Promise<void>;
  all(): BrowserWindow[];
  reveal(window: BrowserWindow): void;
  /** Shows the first window, or opens one when there is none (the tray's "Open Fieldcase"). */
  revealOrOpen(): Promise<void>;
  /** The windows as the command router sees them, by their webContents. */
  commandTargets(): CommandTarget[];
  revealContents(contentsId: number): void;
}

async function askWhenHung(window: BrowserWindow, signal: AbortSignal): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    message: 'Fieldcase is not responding',
    detail: 'You can wait for it, or reload the window. What you typed is saved on this laptop.',
    buttons: ['Wait', 'Reload'],
    defaultId: 0,
    cancelId: 0,
    signal,
  });
  return response === 1;
}

// A second window opens this far down and right of the current one, so both can be seen.
const CASCADE_OFFSET = 32;

async function askToReload(window: BrowserWindow): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'error',
    message: 'Fieldcase keeps stopping',
    detail: 'The window stopped several times in the last minute. What you typed is saved on this laptop.',
    buttons: ['Try again', 'Quit Fieldcase'],
    defaultId: 0,
    cancelId: 1,
  });
  return response === 0;
}

export function createAppWindows(config: AppWindowsConfig): AppWindows {
  const windows: BrowserWindow[] = [];
  let opening = 0;

  const nextPlacement = async () => {
    const current = BrowserWindow.getFocusedWindow() ?? windows.at(-1);
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    if (current === undefined || current.isDestroyed()) return placeWindow(await config.stateFile.load(), workAreas, MAIN_WINDOW_SIZE);
    const { x, y, width, height } = current.getNormalBounds();
    return placeWindow({ x: x + CASCADE_OFFSET, y: y + CASCADE_OFFSET, width, height, isMaximized: false }, workAreas, MAIN_WINDOW_SIZE);
  };

  const api: AppWindows = {
    async ensureOne() {
      if (opening === 0 && api.all().length === 0) await api.open();
    },
    async open() {
      opening += 1;
      const placement = await nextPlacement().finally(() => {
        opening -= 1;
      });
      const window = createMainWindow({
        preloadPath: config.preloadPath,
        startUrl: config.startUrl,
        bounds: placement.bounds,
        isMaximized: placement.isMaximized,
      });
      const { webContents } = window;
      const contentsId = webContents.id;
      assignWindowRole(webContents, 'app');
      windows.push(window);
      trackWindowState(window, config.stateFile);
      recoverFromCrashes(window, { ask: () => askToReload(window), onGiveUp: config.onGiveUp });
      offerReloadWhenHung(window, (signal) => askWhenHung(window, signal));
      webContents.on('did-start-loading', () => config.onPageGone(contentsId));
      webContents.on('render-process-gone', () => config.onPageGone(contentsId));
      window.on('closed', () => {
        config.onPageGone(contentsId);
        windows.splice(windows.indexOf(window), 1);
      });
      return window;
    },
    all: () => windows.filter((window) => !window.isDestroyed()),
    reveal(window) {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
    async revealOrOpen() {
      const [first] = api.all();
      if (first === undefined) await api.ensureOne();
      else api.reveal(first);
    },
    commandTargets: () =>
      api.all().map((window) => ({
        id: window.webContents.id,
        isDestroyed: () => window.isDestroyed() || window.webContents.isDestroyed(),
        isFocused: () => window.isFocused(),
        send: (channel, command) => window.webContents.send(channel, command),
      })),
    revealContents(contentsId) {
      const window = api.all().find((candidate) => candidate.webContents.id === contentsId);
      if (window !== undefined) api.reveal(window);
    },
  };
  return api;
}
