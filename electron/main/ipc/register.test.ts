import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    ipcMain: {
      // Like Electron's: a second handler for one channel is a programming error.
      handle: vi.fn((channel: string, listener: Listener) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, listener);
      }),
    },
  };
});
vi.mock('electron', () => ({ ipcMain: fake.ipcMain }));

import { assignWindowRole } from '../window-roles.ts';
import { createHandle } from './register.ts';

const allowed: ReadonlySet<string> = new Set(['app://fieldcase', 'http://127.0.0.1:5173']);
const sender = { id: 1 };
const overlaySender = { id: 2 };
const strangerSender = { id: 3 };
assignWindowRole({ ...sender, once: () => sender }, 'app');
assignWindowRole({ ...overlaySender, once: () => overlaySender }, 'talk-track');
const mainFrame = (url: string) => ({ url, parent: null });

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const listener = fake.handlers.get(channel);
  if (listener === undefined) throw new Error(`nothing handles ${channel}`);
  return listener(event, ...args);
}

const fromApp = { sender, senderFrame: mainFrame('app://fieldcase/accounts/1') };
const handler = vi.fn();

beforeEach(() => {
  fake.handlers.clear();
  handler.mockReset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  createHandle(allowed)('shell:open-external', handler);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('handle: a good call', () => {
  it('registers on the channel name and returns the handler data in the envelope', async () => {
    handler.mockResolvedValue(null);
    await expect(invoke('shell:open-external', fromApp, { url: 'https://example.com' })).resolves.toEqual({
      ok: true,
      data: null,
    });
    expect(fake.ipcMain.handle).toHaveBeenCalledWith('shell:open-external', expect.any(Function));
  });

  it('hands the handler the validated payload and the sender', async () => {
    await invoke('shell:open-external', fromApp, { url: 'HTTPS://Example.com' });
    expect(handler.mock.calls).toEqual([[{ url: 'https://example.com/' }, { sender }]]);
  });

  it('accepts the dev server origin when it is allowed', async () => {
    handler.mockResolvedValue(null);
    const event = { sender, senderFrame: mainFrame('http://127.0.0.1:5173/') };
    const result = await invoke('shell:open-external', event, { url: 'https://example.com' });
    expect(result).toEqual({ ok: true, data: null });
  });
});

describe('handle: refused senders', () => {
  it.each([
    ['another site', mainFrame('https://evil.example/')],
    ['a look-alike app host', mainFrame('app://fieldcase.evil/index.html')],
    ['app origin with userinfo', mainFrame('app://evil@fieldcase/index.html')],
    ['a dev server on another port', mainFrame('http://127.0.0.1:5174/')],
    ['a look-alike loopback host', mainFrame('http://127.0.0.1.evil.com:5173/')],
    ['a file page', mainFrame('file:///tmp/evil.html')],
    ['a data page', mainFrame('data:text/html,hi')],
    ['about:blank', mainFrame('about:blank')],
    ['a subframe of our own origin', { url: 'app://fieldcase/index.html', parent: mainFrame('app://fieldcase/') }],
    ['a destroyed frame', null],
  ])('%s gets forbidden_sender and the handler never runs', async (_label, senderFrame) => {
    const result = await invoke('shell:open-external', { sender, senderFrame }, { url: 'https://example.com' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden_sender', message: 'Caller is not allowed to use this channel' },
    });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('handle: window roles', () => {
  const forbidden = { ok: false, error: { code: 'forbidden_sender', message: 'Caller is not allowed to use this channel' } };

  it('refuses an app channel from the talk-track overlay, even on our origin', async () => {
    const event = { sender: overlaySender, senderFrame: mainFrame('app://fieldcase/index.html#/talk-track') };
    await expect(invoke('shell:open-external', event, { url: 'https://example.com' })).resolves.toEqual(forbidden);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a webContents main never registered', async () => {
    const event = { sender: strangerSender, senderFrame: mainFrame('app://fieldcase/index.html') };
    await expect(invoke('shell:open-external', event, { url: 'https://example.com' })).resolves.toEqual(forbidden);
  });

  it('answers overlay channels only from the overlay', async () => {
    const close = vi.fn(() => null);
    createHandle(allowed)('talk-track:close', close);
    const fromOverlay = { sender: overlaySender, senderFrame: mainFrame('app://fieldcase/index.html#/talk-track') };
    await expect(invoke('talk-track:close', fromApp)).resolves.toEqual(forbidden);
    await expect(invoke('talk-track:close', fromOverlay)).resolves.toEqual({ ok: true, data: null });
    expect(close).toHaveBeenCalledTimes(1);
  });
});

describe('handle: invalid payloads', () => {
  it.each([
    ['no payload', []],
    ['null', [null]],
    ['a bare string', ['https://example.com']],
    ['a javascript: url', [{ url: 'javascript:alert(1)' }]],
    ['a file: url', [{ url: 'file:///etc/passwd' }]],
    ['credentials', [{ url: 'https://a:b@example.com' }]],
    ['an extra key', [{ url: 'https://example.com', x: 1 }]],
    ['a huge url', [{ url: `https://example.com/${'a'.repeat(100_000)}` }]],
    ['an extra argument', [{ url: 'https://example.com' }, 'extra']],
  ])('%s gets invalid_payload and the handler never runs', async (_label, args) => {
    const result = await invoke('shell:open-external', fromApp, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('handle: failing handlers', () => {
  it('turns a thrown error into internal without leaking its message', async () => {
    handler.mockImplementation(() => {
      throw new Error('ENOENT: /home/rep/.config/Fieldcase/secret');
    });
    const result = await invoke('shell:open-external', fromApp, { url: 'https://example.com' });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong in the app' } });
    expect(console.error).toHaveBeenCalledTimes(1);
  });

  it('turns a rejected promise, even of a non-Error, into internal', async () => {
    handler.mockRejectedValue('plain string');
    const result = await invoke('shell:open-external', fromApp, { url: 'https://example.com' });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong in the app' } });
  });
});

describe('handle: channels without payload', () => {
  it('accepts a call with no argument and refuses one with an argument', async () => {
    createHandle(allowed)('app:get-info', () => ({
      name: 'Fieldcase',
      version: '1.0.0',
      platform: 'linux',
      electron: '41.7.1',
      isPackaged: true,
    }));
    await expect(invoke('app:get-info', fromApp)).resolves.toMatchObject({ ok: true, data: { name: 'Fieldcase' } });
    await expect(invoke('app:get-info', fromApp, { sneaky: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
  });
});
