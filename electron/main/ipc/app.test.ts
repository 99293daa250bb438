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

import { registerAppIpc } from './app.ts';
import { createHandle } from './register.ts';

describe('app:get-info', () => {
  it('answers with the app name, version, platform, Electron version and packaging', async () => {
    registerAppIpc(createHandle(new Set(['app://fieldcase'])));
    const listener = fake.handlers.get('app:get-info');
    if (listener === undefined) throw new Error('app:get-info is not registered');

    const result = await listener({ sender: {}, senderFrame: { url: 'app://fieldcase/', parent: null } });
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
