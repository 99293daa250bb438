import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';

const fake = vi.hoisted(() => {
  const makeSession = () => ({ setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() });
  return {
    makeSession,
    defaultSession: makeSession(),
    app: { on: vi.fn(), whenReady: vi.fn(() => Promise.resolve()) },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  session: { defaultSession: fake.defaultSession },
  shell: fake.shell,
}));

import {
  PERMISSION_ALLOWLIST,
  decideNavigation,
  decideWindowOpen,
  hardenSession,
  hardenWebContents,
  installSecurity,
  isOwnOrigin,
  isPermissionAllowed,
} from './security.ts';

const appOnly: ReadonlySet<string> = new Set(['app://fieldcase']);
const withDev: ReadonlySet<string> = new Set(['app://fieldcase', 'http://127.0.0.1:5173']);

/** The listener a fake registered under `name` through `on(name, listener)`. */
function listenerFor(on: Mock, name: string): (...args: unknown[]) => unknown {
  const call = on.mock.calls.find(([registered]) => registered === name);
  if (call === undefined) throw new Error(`no ${name} listener`);
  return call[1];
}

function fakeContents() {
  const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
  /** Emits a navigation-style event and reports whether it was prevented. */
  const isPrevented = (name: string, url: string): boolean => {
    const event = { url, preventDefault: vi.fn() };
    listenerFor(contents.on, name)(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string): unknown => contents.setWindowOpenHandler.mock.calls[0]?.[0]({ url });
  return { contents, isPrevented, open };
}

beforeEach(() => {
  fake.shell.openExternal.mockClear();
});

describe('decideNavigation', () => {
  it.each([
    ['app://fieldcase/index.html', appOnly, 'allow'],
    ['app://fieldcase/accounts/1', appOnly, 'allow'],
    ['APP://FIELDCASE/index.html', appOnly, 'allow'],
    ['http://127.0.0.1:5173/', withDev, 'allow'],
    ['http://127.0.0.1:5173/', appOnly, 'deny'],
    ['app://fieldcase.evil/index.html', appOnly, 'deny'],
    ['app://evil/index.html', appOnly, 'deny'],
    ['app://fieldcase@evil/index.html', appOnly, 'deny'],
    ['app://evil@fieldcase/index.html', appOnly, 'deny'],
    ['http://127.0.0.1.evil.com:5173/', withDev, 'deny'],
    ['http://127.0.0.1:5173@evil.com/', withDev, 'deny'],
    ['http://127.0.0.1:5174/', withDev, 'deny'],
    ['https://example.com/', withDev, 'deny'],
    ['javascript:alert(1)', withDev, 'deny'],
    ['JAVASCRIPT:alert(1)', withDev, 'deny'],
    ['file:///etc/passwd', withDev, 'deny'],
    ['data:text/html,<h1>hi</h1>', withDev, 'deny'],
    ['about:blank', withDev, 'deny'],
    ['', withDev, 'deny'],
  ] as const)('%s -> %s', (url, allowed, expected) => {
    expect(decideNavigation(url, allowed)).toBe(expected);
  });

  it('is backed by isOwnOrigin, re-exported for callers of this module', () => {
    expect(isOwnOrigin('app://fieldcase/', appOnly)).toBe(true);
    expect(isOwnOrigin('app://fieldcase.evil/', appOnly)).toBe(false);
  });
});

describe('decideWindowOpen', () => {
  it.each([
    ['https://example.com/docs', 'https://example.com/docs'],
    ['HTTP://Example.com', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['app://fieldcase/index.html', null],
    ['https://user:pass@example.com/', null],
    ['https:/evil.example', null],
    ['about:blank', null],
  ])('%s: denied, opens %s externally', (url, external) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: external });
  });
});

describe('permissions', () => {
  it('grants nothing', () => {
    expect(PERMISSION_ALLOWLIST.size).toBe(0);
    const requested = ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen'];
    for (const permission of requested) {
      expect(isPermissionAllowed(permission)).toBe(false);
    }
  });

  it('wires request and check handlers that deny', () => {
    const target = fake.makeSession();
    hardenSession(target);
    const request = target.setPermissionRequestHandler.mock.calls[0]?.[0];
    const check = target.setPermissionCheckHandler.mock.calls[0]?.[0];
    const callback = vi.fn();
    request(null, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(check(null, 'notifications', 'app://fieldcase', {})).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s allows only our own origin', (name) => {
    const { contents, isPrevented } = fakeContents();
    hardenWebContents(contents, withDev);
    expect(isPrevented(name, 'app://fieldcase/accounts')).toBe(false);
    expect(isPrevented(name, 'http://127.0.0.1:5173/')).toBe(false);
    expect(isPrevented(name, 'https://evil.example/')).toBe(true);
    expect(isPrevented(name, 'app://fieldcase.evil/')).toBe(true);
    expect(isPrevented(name, 'javascript:alert(1)')).toBe(true);
    expect(isPrevented(name, 'file:///etc/passwd')).toBe(true);
  });

  it('prevents every <webview>', () => {
    const { contents } = fakeContents();
    hardenWebContents(contents, appOnly);
    const event = { preventDefault: vi.fn() };
    listenerFor(contents.on, 'will-attach-webview')(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('denies every window and sends only web links to the system browser', () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents, appOnly);
    expect(open('https://example.com/pricing')).toEqual({ action: 'deny' });
    expect(open('app://fieldcase/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://example.com/pricing']]);
  });
});

describe('hardenWebContents with the talk-track overlay', () => {
  it('asks the overlay host first, with the opener, and denies the rest as before', () => {
    const { contents } = fakeContents();
    const host = {
      handleOpen: vi.fn((request: { url: string; frameName: string }) =>
        request.frameName === 'fieldcase-talk-track' ? { action: 'allow' as const } : null,
      ),
      adopt: vi.fn(),
    };
    hardenWebContents(Object.assign(contents, { id: 7 }), appOnly, host);
    const open = (url: string, frameName: string): unknown => contents.setWindowOpenHandler.mock.calls[0]?.[0]({ url, frameName });

    expect(open('app://fieldcase/index.html#/talk-track', 'fieldcase-talk-track')).toEqual({ action: 'allow' });
    expect(host.handleOpen).toHaveBeenLastCalledWith(
      { url: 'app://fieldcase/index.html#/talk-track', frameName: 'fieldcase-talk-track' },
      { id: 7 },
    );
    expect(open('https://example.com/', '_blank')).toEqual({ action: 'deny' });
    expect(open('app://fieldcase/index.html#/notes', 'x')).toEqual({ action: 'deny' });

    const window = {};
    listenerFor(contents.on, 'did-create-window')(window, { frameName: 'fieldcase-talk-track' });
    expect(host.adopt).toHaveBeenCalledWith(window, { frameName: 'fieldcase-talk-track' });
  });
});

describe('installSecurity', () => {
  it('hardens every web contents and session created, and the default session once ready', async () => {
    installSecurity(appOnly);

    const { contents, open } = fakeContents();
    listenerFor(fake.app.on, 'web-contents-created')({}, contents);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });

    const created = fake.makeSession();
    listenerFor(fake.app.on, 'session-created')(created);
    expect(created.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(created.setPermissionCheckHandler).toHaveBeenCalledTimes(1);

    await vi.waitFor(() => {
      expect(fake.defaultSession.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    });
    expect(fake.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
  });
});
