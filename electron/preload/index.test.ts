import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FIELDCASE_API_KEY, type FieldcaseApi, type StoredSession } from '../../shared/ipc/index.ts';
import { buildApi } from './index.ts';

type Listener = (event: unknown, ...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Listener[]>();
  const exposed = new Map<string, FieldcaseApi>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ..._args: unknown[]) => ({ ok: true, data: `reply from ${channel}` })),
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((entry) => entry !== listener),
      );
      return ipcRenderer;
    },
    send: vi.fn(),
  };
  const emit = (channel: string, ...args: unknown[]): void => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer, ports: [] }, ...args);
  };
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: FieldcaseApi) => {
      exposed.set(key, api);
    }),
  };
  return { listeners, exposed, ipcRenderer, emit, contextBridge };
});

vi.mock('electron', () => ({ contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer }));


function exposedApi(): FieldcaseApi {
  const api = fake.exposed.get('fieldcase');
  if (api === undefined) throw new Error('window.fieldcase was not exposed');
  return api;
}

/** Every value reachable from the exposed object, to prove no IPC primitive leaks through it. */
function reachable(value: unknown, seen = new Set<unknown>()): Set<unknown> {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    if (seen.has(value)) return seen;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) reachable(descriptor.value, seen);
    }
  }
  return seen;
}

beforeEach(() => {
  fake.ipcRenderer.invoke.mockClear();
  fake.listeners.clear();
});

describe('preload', () => {
  it('exposes one object, under the key "fieldcase"', () => {
    expect(FIELDCASE_API_KEY).toBe('fieldcase');
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...fake.exposed.keys()]).toEqual(['fieldcase']);
  });

  it('exposes exactly the named methods of the contract and nothing else', () => {
    const api = exposedApi();
    const shape = Object.fromEntries(
      Object.entries(api).map(([namespace, methods]) => [
        namespace,
        Object.entries(methods).map(([name, fn]) => `${name}:${typeof fn}`),
      ]),
    );
    expect(shape).toEqual({
      app: ['getInfo:function'],
      shell: ['openExternal:function'],
      session: ['load:function', 'save:function', 'clear:function'],
      system: ['onResumed:function'],
      files: ['openWithSystem:function'],
      sync: ['reportStatus:function'],
      commands: ['takePending:function', 'onCommand:function'],
    });
  });

  it('buildApi builds independent objects over the port it is given', async () => {
    const api = buildApi(fake.ipcRenderer);
    expect(api).not.toBe(exposedApi());
    await api.app.getInfo();
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['app:get-info']]);
  });

  it('never exposes ipcRenderer or its methods', () => {
    const values = reachable(exposedApi());
    expect(values.has(fake.ipcRenderer)).toBe(false);
    expect(values.has(fake.ipcRenderer.invoke)).toBe(false);
    expect(values.has(fake.ipcRenderer.on)).toBe(false);
    expect(values.has(fake.ipcRenderer.send)).toBe(false);
  });

  it('app.getInfo invokes app:get-info with no payload and returns its reply', async () => {
    await expect(exposedApi().app.getInfo()).resolves.toEqual({ ok: true, data: 'reply from app:get-info' });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['app:get-info']]);
  });

  it('shell.openExternal invokes shell:open-external with { url }', async () => {
    await expect(exposedApi().shell.openExternal('https://example.com')).resolves.toEqual({
      ok: true,
      data: 'reply from shell:open-external',
    });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['shell:open-external', { url: 'https://example.com' }]]);
  });

  it('passes whatever page code gives openExternal to main, which is where it is validated', async () => {
    await exposedApi().shell.openExternal('javascript:alert(1)');
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['shell:open-external', { url: 'javascript:alert(1)' }]]);
  });
});

describe('session', () => {
  const session: StoredSession = {
    serverUrl: 'https://sync.example.com',
    token: 'fc_preload-test-token',
    user: { id: 'u-1', email: 'rita@example.com', name: 'Rita Rep', role: 'rep' },
  };

  it('session.load invokes session:load with no payload and returns its reply', async () => {
    await expect(exposedApi().session.load()).resolves.toEqual({ ok: true, data: 'reply from session:load' });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['session:load']]);
  });

  it('session.save invokes session:save with the session as its one payload', async () => {
    await expect(exposedApi().session.save(session)).resolves.toEqual({ ok: true, data: 'reply from session:save' });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['session:save', session]]);
  });

  it('session.clear invokes session:clear with no payload', async () => {
    await expect(exposedApi().session.clear()).resolves.toEqual({ ok: true, data: 'reply from session:clear' });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['session:clear']]);
  });

  it('passes extra arguments from page code nowhere', async () => {
    const api = exposedApi();
    // @ts-expect-error load takes no argument; page code that passes one must not reach main with it
    await api.session.load({ path: '/etc/passwd' });
    // @ts-expect-error clear takes no argument; page code that passes one must not reach main with it
    await api.session.clear('all');
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['session:load'], ['session:clear']]);
  });
});

describe('system.onResumed', () => {
  it('listens on system:resumed and hands the callback only the payload, never the event', () => {
    const received: unknown[][] = [];
    exposedApi().system.onResumed((...args: unknown[]) => received.push(args));
    fake.emit('system:resumed', { at: 1234 });
    expect(received).toEqual([[{ at: 1234 }]]);
  });

  it('drops malformed payloads instead of forwarding them', () => {
    const callback = vi.fn();
    exposedApi().system.onResumed(callback);
    fake.emit('system:resumed', { at: 'soon' });
    fake.emit('system:resumed', { at: 1, sender: fake.ipcRenderer });
    fake.emit('system:resumed');
    expect(callback).not.toHaveBeenCalled();
  });

  it('ignores other channels', () => {
    const callback = vi.fn();
    exposedApi().system.onResumed(callback);
    fake.emit('system:online-changed', { at: 1 });
    expect(callback).not.toHaveBeenCalled();
  });

  it('unsubscribe removes exactly that listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = exposedApi().system.onResumed(first);
    exposedApi().system.onResumed(second);
    expect(fake.listeners.get('system:resumed')).toHaveLength(2);

    unsubscribeFirst();
    unsubscribeFirst();
    fake.emit('system:resumed', { at: 7 });

    expect(fake.listeners.get('system:resumed')).toHaveLength(1);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ at: 7 });
  });
});

describe('files, sync and commands', () => {
  it('files.openWithSystem invokes files:open-with-system with { name, bytes }', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    await exposedApi().files.openWithSystem('deck.pdf', bytes);
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['files:open-with-system', { name: 'deck.pdf', bytes }]]);
  });

  it('sync.reportStatus invokes sync:report-status with the summary', async () => {
    const summary = { phase: 'in-sync', pending: 0, conflicts: 1, lastSyncedAt: 5, failure: null } as const;
    await exposedApi().sync.reportStatus(summary);
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['sync:report-status', summary]]);
  });

  it('commands.takePending invokes app:take-commands with no payload', async () => {
    await exposedApi().commands.takePending();
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['app:take-commands']]);
  });

  it('commands.onCommand forwards valid commands only, rebuilt without extra fields', () => {
    const received: unknown[][] = [];
    const unsubscribe = exposedApi().commands.onCommand((...args: unknown[]) => received.push(args));
    fake.emit('app:command', { kind: 'search' });
    fake.emit('app:command', { kind: 'navigate', path: '/notes/n-1' });
    fake.emit('app:command', { kind: 'navigate', path: 'javascript:alert(1)' });
    fake.emit('app:command', { kind: 'navigate', path: '/notes/../sync' });
    fake.emit('app:command', { kind: 'format-disk' });
    fake.emit('app:command', { kind: 'search', sender: fake.ipcRenderer });
    unsubscribe();
    fake.emit('app:command', { kind: 'sync-now' });
    expect(received).toEqual([[{ kind: 'search' }], [{ kind: 'navigate', path: '/notes/n-1' }]]);
  });
});
