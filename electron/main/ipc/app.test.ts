import { describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    ipcMain: { handle: vi.fn((channel: string, listener: Listener) => handlers.set(channel, listener)) },
    app: { getName: () => 'Fieldcase', getVersion: () => '0.1.0', isPackaged: false },
  };
});
vi.mock('electron', () => ({ ipcMain: fake.ipcMain, app: fake.app }));

import { createCommandRouter } from '../commands.ts';
import { registerAppIpc } from './app.ts';
import { createHandle } from './register.ts';
import { invokeEventFrom } from './testing.ts';

function listenerOf(channel: string): Listener {
  const listener = fake.handlers.get(channel);
  if (listener === undefined) throw new Error(`${channel} is not registered`);
  return listener;
}

function register() {
  const target = { id: 0, isDestroyed: () => false, isFocused: () => true, send: vi.fn() };
  const router = createCommandRouter({ windows: () => [target], reveal: vi.fn(), openWindow: vi.fn() });
  fake.handlers.clear();
  registerAppIpc(createHandle(new Set(['app://fieldcase'])), router);
  return router;
}

describe('app:get-info', () => {
  it('answers with the app name, version, platform, Electron version and packaging', async () => {
    register();
    const result = await listenerOf('app:get-info')(invokeEventFrom('app', 'app://fieldcase/'));
    expect(result).toEqual({
      ok: true,
      data: {
        name: 'Fieldcase',
        version: '0.1.0',
        platform: process.platform,
        // Vitest runs in plain Node, where there is no Electron version.
        electron: '',
        isPackaged: false,
      },
    });
  });
});

describe('app:take-commands', () => {
  it('hands a window what waited for it, once', async () => {
    const router = register();
    router.dispatch({ kind: 'navigate', path: '/notes/n1' });
    const event = invokeEventFrom('app');
    await expect(listenerOf('app:take-commands')(event)).resolves.toEqual({
      ok: true,
      data: [{ kind: 'navigate', path: '/notes/n1' }],
    });
    await expect(listenerOf('app:take-commands')(event)).resolves.toEqual({ ok: true, data: [] });
  });

  it('is refused to the talk-track overlay', async () => {
    register();
    const result = await listenerOf('app:take-commands')(invokeEventFrom('talk-track'));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });
});
