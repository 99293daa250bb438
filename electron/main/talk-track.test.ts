import { describe, expect, it, vi } from 'vitest';

// window.ts (the shared web preferences) imports BrowserWindow; nothing here constructs one.
vi.mock('electron', () => ({ BrowserWindow: class {} }));

import { buildWindowOptions } from './window.ts';
import { assignWindowRole } from './window-roles.ts';
import {
  TALK_TRACK_FRAME_NAME,
  buildTalkTrackWindowOptions,
  createTalkTrackHost,
  isTalkTrackRequest,
  type OverlayWindow,
} from './talk-track.ts';

const appOnly: ReadonlySet<string> = new Set(['app://fieldcase']);
const withDev: ReadonlySet<string> = new Set(['app://fieldcase', 'http://127.0.0.1:5173']);
const NAME = TALK_TRACK_FRAME_NAME;

describe('isTalkTrackRequest', () => {
  it.each([
    ['app://fieldcase/index.html#/talk-track', NAME, appOnly],
    ['app://fieldcase/#/talk-track', NAME, appOnly],
    ['APP://FIELDCASE/index.html#/talk-track', NAME, appOnly],
    ['http://127.0.0.1:5173/#/talk-track', NAME, withDev],
  ])('allows %s in %s', (url, frameName, allowed) => {
    expect(isTalkTrackRequest({ url, frameName }, allowed)).toBe(true);
  });

  it.each([
    ['another hash route', 'app://fieldcase/index.html#/notes', NAME],
    ['a look-alike hash', 'app://fieldcase/index.html#/talk-track-evil', NAME],
    ['a hash with a query', 'app://fieldcase/index.html#/talk-track?x=1', NAME],
    ['a hash with a trailing slash', 'app://fieldcase/index.html#/talk-track/', NAME],
    ['an upper-case hash', 'app://fieldcase/index.html#/Talk-Track', NAME],
    ['an encoded hash', 'app://fieldcase/index.html#/talk%2Dtrack', NAME],
    ['no hash', 'app://fieldcase/index.html', NAME],
    ['a query on the page', 'app://fieldcase/index.html?x=1#/talk-track', NAME],
    ['another page of our origin', 'app://fieldcase/other.html#/talk-track', NAME],
    ['a path through a folder', 'app://fieldcase/assets/index.html#/talk-track', NAME],
    ['a look-alike host', 'app://fieldcase.evil/index.html#/talk-track', NAME],
    ['userinfo', 'app://evil@fieldcase/index.html#/talk-track', NAME],
    ['a web site', 'https://evil.example/#/talk-track', NAME],
    ['the dev server when not in development', 'http://127.0.0.1:5173/#/talk-track', NAME],
    ['a script url', 'javascript:alert(1)//#/talk-track', NAME],
    ['a data url', 'data:text/html,<script>1</script>#/talk-track', NAME],
    ['about:blank', 'about:blank#/talk-track', NAME],
    ['another frame name', 'app://fieldcase/index.html#/talk-track', 'fieldcase-talk-track2'],
    ['a look-alike frame name', 'app://fieldcase/index.html#/talk-track', 'Fieldcase-Talk-Track'],
    ['a frame name with spaces', 'app://fieldcase/index.html#/talk-track', ' fieldcase-talk-track'],
    ['no frame name', 'app://fieldcase/index.html#/talk-track', ''],
    ['_blank', 'app://fieldcase/index.html#/talk-track', '_blank'],
  ])('refuses %s', (_label, url, frameName) => {
    expect(isTalkTrackRequest({ url, frameName }, appOnly)).toBe(false);
  });
});

describe('buildTalkTrackWindowOptions', () => {
  const options = buildTalkTrackWindowOptions('/p/talk-track-preload.cjs');

  it('is small and on top', () => {
    expect(options).toMatchObject({ width: 420, height: 300, alwaysOnTop: true, skipTaskbar: true, fullscreenable: false });
  });

  it('is sandboxed and isolated like every window, with its own preload', () => {
    expect(options.webPreferences).toEqual(buildWindowOptions('/p/talk-track-preload.cjs').webPreferences);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });
});

let nextId = 500;
function contents() {
  nextId += 1;
  const id = nextId;
  return { id, once: vi.fn(() => undefined) };
}

function fakeOverlay() {
  const closed: (() => void)[] = [];
  const window = {
    webContents: contents(),
    isDestroyed: vi.fn(() => false),
    focus: vi.fn(),
    setContentProtection: vi.fn(),
    setAlwaysOnTop: vi.fn(),
    removeMenu: vi.fn(),
    once: vi.fn((_event: 'closed', listener: () => void) => {
      closed.push(listener);
      return window;
    }),
  };
  return { window: window as typeof window & OverlayWindow, close: () => closed.forEach((listener) => listener()) };
}

describe('createTalkTrackHost', () => {
  const request = { url: 'app://fieldcase/index.html#/talk-track', frameName: NAME };

  function appOpener() {
    const opener = contents();
    assignWindowRole(opener, 'app');
    return opener;
  }

  it('allows the overlay from an app window with the overlay options, and adopts it hardened', () => {
    const host = createTalkTrackHost('/p/talk-track-preload.cjs', appOnly);
    expect(host.handleOpen(request, appOpener())).toEqual({
      action: 'allow',
      outlivesOpener: false,
      overrideBrowserWindowOptions: buildTalkTrackWindowOptions('/p/talk-track-preload.cjs'),
    });
    const { window } = fakeOverlay();
    host.adopt(window, { frameName: NAME });
    expect(window.setContentProtection).toHaveBeenCalledWith(true);
    expect(window.setAlwaysOnTop).toHaveBeenCalledWith(true, 'screen-saver');
    expect(window.removeMenu).toHaveBeenCalledTimes(1);
  });

  it('gives the overlay the talk-track role, so it can open no overlay of its own', async () => {
    const host = createTalkTrackHost('/p/t.cjs', appOnly);
    host.handleOpen(request, appOpener());
    const { window, close } = fakeOverlay();
    host.adopt(window, { frameName: NAME });
    close();
    const { windowRoleOf } = await import('./window-roles.ts');
    expect(windowRoleOf(window.webContents)).toBe('talk-track');
    expect(host.handleOpen(request, window.webContents)).toBeNull();
  });

  it('answers null (not ours: the default deny applies) for other requests and unknown openers', () => {
    const host = createTalkTrackHost('/p/t.cjs', appOnly);
    expect(host.handleOpen({ ...request, url: 'https://evil.example/#/talk-track' }, appOpener())).toBeNull();
    expect(host.handleOpen({ ...request, frameName: '_blank' }, appOpener())).toBeNull();
    expect(host.handleOpen(request, contents())).toBeNull();
  });

  it('keeps one overlay: a second request focuses the open one and is denied', () => {
    const host = createTalkTrackHost('/p/t.cjs', appOnly);
    const opener = appOpener();
    host.handleOpen(request, opener);
    const first = fakeOverlay();
    host.adopt(first.window, { frameName: NAME });
    expect(host.handleOpen(request, opener)).toEqual({ action: 'deny' });
    expect(first.window.focus).toHaveBeenCalledTimes(1);

    first.close();
    expect(host.handleOpen(request, opener)).toMatchObject({ action: 'allow' });
  });

  it('adopts nothing it did not allow', () => {
    const host = createTalkTrackHost('/p/t.cjs', appOnly);
    const { window } = fakeOverlay();
    host.adopt(window, { frameName: NAME });
    expect(window.setContentProtection).not.toHaveBeenCalled();

    host.handleOpen(request, appOpener());
    host.adopt(window, { frameName: 'other' });
    expect(window.setContentProtection).not.toHaveBeenCalled();
  });
});
