import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './origin.ts';

/**
 * The only place window options are written. Every security-relevant preference is set
 * explicitly even where it matches Electron's default, so a default changing upstream, or a
 * careless edit here, shows up in window.test.ts.
 */
export function buildWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Fieldcase',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show so the rep never sees an empty white frame.
    show: false,
    webPreferences: {
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
    },
  };
}

export function resolveStartUrl(devServer: URL | null): string {
  return devServer === null ? APP_ENTRY_URL : devServer.href;
}

export interface MainWindowConfig {
  readonly preloadPath: string;
  readonly startUrl: string;
}

export function createMainWindow(config: MainWindowConfig): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(config.preloadPath));
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(config.startUrl).catch((error: unknown) => {
    console.error(`[window] could not load ${config.startUrl}`, error);
  });
  return window;
}
