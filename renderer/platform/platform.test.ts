import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppCommand, FieldcaseApi, TalkTrackApi } from '../../shared/ipc/index.ts';

type Listener = (command: AppCommand) => void;

function fakeApi(pending: AppCommand[] = []) {
  const listeners = new Set<Listener>();
  const calls: string[] = [];
  const ok = <T>(data: T) => Promise.resolve({ ok: true as const, data });
  const api = {
    app: { getInfo: vi.fn() },
    shell: { openExternal: vi.fn() },
    session: { load: vi.fn(), save: vi.fn(), clear: vi.fn() },
    system: { onResumed: vi.fn() },
    files: { openWithSystem: vi.fn((_name: string, _bytes: Uint8Array) => ok(null)) },
    sync: { reportStatus: vi.fn(() => ok(null)) },
    commands: {
      takePending: vi.fn(() => {
        calls.push('takePending');
        return ok(pending);
      }),
      onCommand: vi.fn((listener: Listener) => {
        calls.push('onCommand');
        listeners.add(listener);
        return () => listeners.delete(listener);
      }),
    },
  };
  return { api, listeners, calls, emit: (command: AppCommand) => listeners.forEach((listener) => listener(command)) };
}

/** A fresh platform module over the given window (getPlatform memoises per module instance). */
async function loadPlatform(windowValue: Record<string, unknown>) {
  vi.resetModules();
  vi.stubGlobal('window', windowValue);
  return import('./platform.ts');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('desktop platform', () => {
  it('opens a file with the system under a safe name, with its bytes', async () => {
    const fake = fakeApi();
    const { getPlatform } = await loadPlatform({ fieldcase: fake.api as unknown as FieldcaseApi });
    await getPlatform().openFile({ name: 'Q3: pricing', mimeType: 'application/pdf', data: new Blob([new Uint8Array([37, 80])]) });
    const [name, bytes] = fake.api.files.openWithSystem.mock.calls[0] ?? [];
    expect(name).toBe('Q3_ pricing.pdf');
    expect([...(bytes ?? [])]).toEqual([37, 80]);
  });

  it('fails with main\'s message when the file is refused', async () => {
    const fake = fakeApi();
    fake.api.files.openWithSystem.mockResolvedValue({ ok: false, error: { code: 'invalid_payload', message: 'files of type "exe" are not opened by the app' } } as never);
    const { getPlatform } = await loadPlatform({ fieldcase: fake.api as unknown as FieldcaseApi });
    await expect(getPlatform().openFile({ name: 'setup.exe', mimeType: '', data: new Blob([]) })).rejects.toThrow(/not opened by the app/);
  });

  it('listens for commands before taking the pending ones, then gets both', async () => {
    const navigate: AppCommand = { kind: 'navigate', path: '/notes/n1' };
    const fake = fakeApi([navigate]);
    const { getPlatform } = await loadPlatform({ fieldcase: fake.api as unknown as FieldcaseApi });
    const received: AppCommand[] = [];
    const stop = getPlatform().onCommand((command) => received.push(command));
    expect(fake.calls).toEqual(['onCommand', 'takePending']);
    await vi.waitFor(() => expect(received).toEqual([navigate]));
    fake.emit({ kind: 'search' });
    expect(received).toEqual([navigate, { kind: 'search' }]);
    stop();
    fake.emit({ kind: 'sync-now' });
    expect(received).toHaveLength(2);
  });

  it('hands pending commands taken for a listener that stopped to the next one, once', async () => {
    const fake = fakeApi([{ kind: 'search' }]);
    const { getPlatform } = await loadPlatform({ fieldcase: fake.api as unknown as FieldcaseApi });
    const first = vi.fn();
    getPlatform().onCommand(first)();
    const second = vi.fn();
    getPlatform().onCommand(second);
    await vi.waitFor(() => expect(second).toHaveBeenCalledWith({ kind: 'search' }));
    // The second listener's own take finds the queue in main empty.
    fake.api.commands.takePending.mockImplementation(() => Promise.resolve({ ok: true as const, data: [] }));
    const third = vi.fn();
    getPlatform().onCommand(third);
    await Promise.resolve();
    expect(first).not.toHaveBeenCalled();
    expect(third).not.toHaveBeenCalled();
  });

  it('keeps pending commands taken while nobody listens for the next listener', async () => {
    const fake = fakeApi([{ kind: 'sync-now' }]);
    const { getPlatform } = await loadPlatform({ fieldcase: fake.api as unknown as FieldcaseApi });
    getPlatform().onCommand(vi.fn())();
    await vi.waitFor(() => expect(fake.api.commands.takePending).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    fake.api.commands.takePending.mockImplementation(() => Promise.resolve({ ok: true as const, data: [] }));
    const later = vi.fn();
    getPlatform().onCommand(later);
    await vi.waitFor(() => expect(later).toHaveBeenCalledWith({ kind: 'sync-now' }));
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('reports the sync status to main', async () => {
    const fake = fakeApi();
    const { getPlatform } = await loadPlatform({ fieldcase: fake.api as unknown as FieldcaseApi });
    const summary = { phase: 'in-sync', pending: 0, conflicts: 0, lastSyncedAt: null, failure: null } as const;
    getPlatform().reportSyncStatus(summary);
    expect(fake.api.sync.reportStatus).toHaveBeenCalledWith(summary);
  });
});

describe('web platform', () => {
  let link: { href: string; download: string; rel: string; style: { display: string }; click: ReturnType<typeof vi.fn>; remove: ReturnType<typeof vi.fn> };
  let append: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    link = { href: '', download: '', rel: '', style: { display: '' }, click: vi.fn(), remove: vi.fn() };
    append = vi.fn();
    vi.stubGlobal('document', { createElement: vi.fn(() => link), body: { append } });
  });

  it('downloads the file under a safe name and lets the blob URL go', async () => {
    vi.useFakeTimers();
    try {
      const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:fieldcase/1');
      const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
      const { getPlatform } = await loadPlatform({});
      const data = new Blob(['a,b']);
      await getPlatform().openFile({ name: 'ROI/worksheet', mimeType: 'text/csv', data });
      expect(create).toHaveBeenCalledWith(data);
      expect(link).toMatchObject({ href: 'blob:fieldcase/1', download: 'ROI_worksheet.csv' });
      expect(link.click).toHaveBeenCalledTimes(1);
      expect(link.remove).toHaveBeenCalledTimes(1);
      vi.runAllTimers();
      expect(revoke).toHaveBeenCalledWith('blob:fieldcase/1');
    } finally {
      vi.useRealTimers();
    }
  });

  it('has no shell: no commands arrive and nothing is reported', async () => {
    const { getPlatform } = await loadPlatform({});
    const listener = vi.fn();
    expect(() => getPlatform().onCommand(listener)()).not.toThrow();
    expect(() => getPlatform().reportSyncStatus({ phase: 'in-sync', pending: 0, conflicts: 0, lastSyncedAt: null, failure: null })).not.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('getTalkTrackControls', () => {
  it('uses the overlay preload on the desktop', async () => {
    const overlay = { close: vi.fn(async () => ({ ok: true as const, data: null })), setAlwaysOnTop: vi.fn(async () => ({ ok: true as const, data: null })) };
    const { getTalkTrackControls } = await loadPlatform({ fieldcaseTalkTrack: overlay satisfies TalkTrackApi });
    const controls = getTalkTrackControls();
    expect(controls.canStayOnTop).toBe(true);
    await controls.setAlwaysOnTop(false);
    await controls.close();
    expect(overlay.setAlwaysOnTop).toHaveBeenCalledWith(false);
    expect(overlay.close).toHaveBeenCalledTimes(1);
  });

  it('closes a browser popup itself and cannot stay on top', async () => {
    const close = vi.fn();
    const { getTalkTrackControls } = await loadPlatform({ close });
    const controls = getTalkTrackControls();
    expect(controls.canStayOnTop).toBe(false);
    await controls.close();
    expect(close).toHaveBeenCalledTimes(1);
    await expect(controls.setAlwaysOnTop(true)).rejects.toThrow(/cannot stay on top/);
  });
});
