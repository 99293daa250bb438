import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './origin.ts';

/**
 * The only place window options are written. Every security-relevant preference is set
 * explicitly even where it matches Electron's default, so a default changing upstream, or a
 * careless edit here, shows up in window.test.ts.
 */
/** The web preferences of every window we make, the talk-track overlay included. */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // Middle-click would otherwise try to open links in new windows (denied anyway, see security.ts).
    disableBlinkFeatures: 'Auxclick',
  };
}

export const MAIN_WINDOW_SIZE = { width: 1280, height: 820, minWidth: 960, minHeight: 600 } as const;

/** Where the window opens: from window-state.ts; without a position the OS centres it. */
export interface WindowBoundsOption {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

export function buildWindowOptions(preloadPath: string, bounds?: WindowBoundsOption): BrowserWindowConstructorOptions {
  return {
    title: 'Fieldcase',
    ...MAIN_WINDOW_SIZE,
    ...bounds,
    // Shown on ready-to-show so the rep never sees an empty white frame.
    show: false,
    webPreferences: hardenedWebPreferences(preloadPath),
  };
}

export function resolveStartUrl(devServer: URL | null): string {
  return devServer === null ? APP_ENTRY_URL : devServer.href;
}

export interface MainWindowConfig {
  readonly preloadPath: string;
  readonly startUrl: string;
  readonly bounds?: WindowBoundsOption;
  readonly isMaximized?: boolean;
}

export function createMainWindow(config: MainWindowConfig): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(config.preloadPath, config.bounds));
  window.once('ready-to-show', () => {
    if (config.isMaximized === true) window.maximize();
    window.show();
  });
  window.loadURL(config.startUrl).catch((error: unknown) => {
    console.error(`[window] could not load ${config.startUrl}`, error);
  });
  return window;
}
