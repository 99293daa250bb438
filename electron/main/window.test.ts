import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  class BrowserWindow {
    readonly once = vi.fn();
    readonly show = vi.fn();
    readonly loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: unknown) {
      instances.push(this);
    }
  }
  const instances: BrowserWindow[] = [];
  return { BrowserWindow, instances };
});
vi.mock('electron', () => ({ BrowserWindow: fake.BrowserWindow }));

import { buildWindowOptions, createMainWindow, resolveStartUrl } from './window.ts';

describe('buildWindowOptions', () => {
  const options = buildWindowOptions('/opt/fieldcase/dist/electron/preload.cjs');

  it('sandboxes and isolates the renderer', () => {
    expect(options.webPreferences).toEqual({
      preload: '/opt/fieldcase/dist/electron/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('starts hidden so it can appear when ready', () => {
    expect(options.show).toBe(false);
  });
});

describe('resolveStartUrl', () => {
  it('loads the packaged renderer by default', () => {
    expect(resolveStartUrl(null)).toBe('app://fieldcase/index.html');
  });

  it('loads the validated dev server when one is given', () => {
    expect(resolveStartUrl(new URL('http://127.0.0.1:5173'))).toBe('http://127.0.0.1:5173/');
  });
});

describe('createMainWindow', () => {
  it('builds the window from the hardened options, loads the start URL and shows it when ready', () => {
    createMainWindow({ preloadPath: '/p/preload.cjs', startUrl: 'app://fieldcase/index.html' });
    const window = fake.instances.at(-1);
    if (window === undefined) throw new Error('no window was created');

    expect(window.options).toEqual(buildWindowOptions('/p/preload.cjs'));
    expect(window.loadURL).toHaveBeenCalledWith('app://fieldcase/index.html');
    expect(window.show).not.toHaveBeenCalled();

    const [event, onReady] = window.once.mock.calls[0] ?? [];
    expect(event).toBe('ready-to-show');
    onReady();
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});
