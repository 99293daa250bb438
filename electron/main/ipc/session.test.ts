import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedSession, SavedSession, StoredSession } from '../../../shared/ipc/index.ts';
import { createTokenStore, sessionFilePath, type TokenStore } from '../token-store.ts';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    ipcMain: { handle: vi.fn((channel: string, listener: Listener) => handlers.set(channel, listener)) },
  };
});
vi.mock('electron', () => ({ ipcMain: fake.ipcMain }));

import { createHandle } from './register.ts';
import { registerSessionIpc } from './session.ts';
import { invokeEventFrom } from './testing.ts';

const session: StoredSession = {
  serverUrl: 'http://127.0.0.1:8787',
  token: 'fc_c2Vzc2lvbi1pcGMtdGVzdC10b2tlbi1ub3QtcmVhbA',
  user: { id: 'u-rep-1', email: 'rita@example.com', name: 'Rita Rep', role: 'rep' },
};

const fromApp = invokeEventFrom('app', 'app://fieldcase/');

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const listener = fake.handlers.get(channel);
  if (listener === undefined) throw new Error(`${channel} is not registered`);
  return listener(event, ...args);
}

function fakeStore() {
  return {
    load: vi.fn(async (): Promise<LoadedSession> => ({ session, persistence: 'keychain' })),
    save: vi.fn(async (_session: StoredSession): Promise<SavedSession> => ({ persistence: 'keychain' })),
    clear: vi.fn(async () => undefined),
  } satisfies TokenStore;
}

let store = fakeStore();

beforeEach(() => {
  fake.handlers.clear();
  store = fakeStore();
  registerSessionIpc(createHandle(new Set(['app://fieldcase'])), store);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('session channels', () => {
  it('registers exactly session:load, session:save and session:clear', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(['session:clear', 'session:load', 'session:save']);
  });

  it('session:load answers with the stored session and where it is kept', async () => {
    await expect(invoke('session:load', fromApp)).resolves.toEqual({ ok: true, data: { session, persistence: 'keychain' } });
    expect(store.load).toHaveBeenCalledTimes(1);
  });

  it('session:save hands the store a rebuilt copy of the session and answers with its persistence', async () => {
    store.save.mockResolvedValueOnce({ persistence: 'memory-only' });
    const payload = structuredClone(session);
    await expect(invoke('session:save', fromApp, payload)).resolves.toEqual({ ok: true, data: { persistence: 'memory-only' } });
    expect(store.save.mock.calls).toEqual([[session]]);
    expect(store.save.mock.calls[0]?.[0]).not.toBe(payload);
  });

  it('session:clear clears the store and answers null', async () => {
    await expect(invoke('session:clear', fromApp)).resolves.toEqual({ ok: true, data: null });
    expect(store.clear).toHaveBeenCalledTimes(1);
  });
});

describe('refused calls never reach the store', () => {
  it.each([
    ['no payload', []],
    ['null', [null]],
    ['a JSON string', [JSON.stringify(session)]],
    ['an extra key', [{ ...session, expiresAt: 1 }]],
    ['an unknown role', [{ ...session, user: { ...session.user, role: 'superuser' } }]],
    ['an over-long token', [{ ...session, token: 'x'.repeat(513) }]],
    ['a file: server', [{ ...session, serverUrl: 'file:///etc/passwd' }]],
    ['a server with credentials', [{ ...session, serverUrl: 'https://a:b@sync.example.com' }]],
    ['an extra argument', [session, 'extra']],
  ])('session:save with %s gets invalid_payload', async (_label, args) => {
    await expect(invoke('session:save', fromApp, ...args)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(store.save).not.toHaveBeenCalled();
  });

  it.each(['session:load', 'session:clear'])('%s with a payload gets invalid_payload', async (channel) => {
    await expect(invoke(channel, fromApp, { force: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(store.load).not.toHaveBeenCalled();
    expect(store.clear).not.toHaveBeenCalled();
  });

  it.each(['session:load', 'session:save', 'session:clear'])('%s from a foreign page gets forbidden_sender', async (channel) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const foreign = invokeEventFrom('app', 'https://evil.example/');
    const args = channel === 'session:save' ? [session] : [];
    await expect(invoke(channel, foreign, ...args)).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden_sender', message: 'Caller is not allowed to use this channel' },
    });
    expect(store.load).not.toHaveBeenCalled();
    expect(store.save).not.toHaveBeenCalled();
    expect(store.clear).not.toHaveBeenCalled();
  });

  it('a store failure becomes internal, without its details', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    store.load.mockRejectedValueOnce(new Error('EACCES: /home/rita/.config/Fieldcase/session.bin'));
    await expect(invoke('session:load', fromApp)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in the app' },
    });
  });
});

describe('through a real token store without a keyring', () => {
  let dir = '';

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fieldcase-session-ipc-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('saves in memory only, loads it back and clears it, writing nothing', async () => {
    const safeStorage = {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'basic_text',
      encryptString: vi.fn((): Buffer => {
        throw new Error('must not be called without a keyring');
      }),
      decryptString: vi.fn((): string => {
        throw new Error('must not be called without a keyring');
      }),
    };
    fake.handlers.clear();
    const tokenStore = createTokenStore({ safeStorage, filePath: sessionFilePath(dir) });
    registerSessionIpc(createHandle(new Set(['app://fieldcase'])), tokenStore);

    await expect(invoke('session:save', fromApp, session)).resolves.toEqual({ ok: true, data: { persistence: 'memory-only' } });
    await expect(invoke('session:load', fromApp)).resolves.toEqual({ ok: true, data: { session, persistence: 'memory-only' } });
    await expect(invoke('session:clear', fromApp)).resolves.toEqual({ ok: true, data: null });
    await expect(invoke('session:load', fromApp)).resolves.toEqual({
      ok: true,
      data: { session: null, persistence: 'memory-only' },
    });
    expect(await readdir(dir)).toEqual([]);
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
  });
});
