/** The files, sync and talk-track handlers, called the way Electron calls them. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, Listener>();
  const overlayWindow = { close: vi.fn(), setAlwaysOnTop: vi.fn() };
  return {
    handlers,
    overlayWindow,
    ipcMain: { handle: vi.fn((channel: string, listener: Listener) => handlers.set(channel, listener)) },
    BrowserWindow: { fromWebContents: vi.fn(() => overlayWindow) },
  };
});
vi.mock('electron', () => ({ ipcMain: fake.ipcMain, BrowserWindow: fake.BrowserWindow }));

import { createSyncStatusBoard } from '../sync-status.ts';
import { registerFilesIpc } from './files.ts';
import { createHandle } from './register.ts';
import { registerSyncIpc } from './sync.ts';
import { registerTalkTrackIpc } from './talk-track.ts';
import { invokeEventFrom } from './testing.ts';

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const listener = fake.handlers.get(channel);
  if (listener === undefined) throw new Error(`nothing handles ${channel}`);
  return listener(event, ...args);
}

const handle = () => createHandle(new Set(['app://fieldcase']));
const forbidden = { ok: false, error: { code: 'forbidden_sender', message: 'Caller is not allowed to use this channel' } };

beforeEach(() => {
  fake.handlers.clear();
  vi.clearAllMocks();
});

describe('files:open-with-system', () => {
  it('opens a validated file and refuses what the contract refuses', async () => {
    const opener = { open: vi.fn(async () => '/tmp/x/deck.pdf'), dispose: vi.fn() };
    registerFilesIpc(handle(), opener);
    const bytes = new Uint8Array([1, 2]);
    await expect(invoke('files:open-with-system', invokeEventFrom('app'), { name: 'deck.pdf', bytes })).resolves.toEqual({ ok: true, data: null });
    expect(opener.open).toHaveBeenCalledWith({ name: 'deck.pdf', bytes });

    await expect(invoke('files:open-with-system', invokeEventFrom('app'), { name: 'run.exe', bytes })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    await expect(invoke('files:open-with-system', invokeEventFrom('talk-track'), { name: 'deck.pdf', bytes })).resolves.toEqual(forbidden);
    expect(opener.open).toHaveBeenCalledTimes(1);
  });
});

describe('sync:report-status', () => {
  it('puts the sender\'s summary on the board', async () => {
    const board = createSyncStatusBoard();
    registerSyncIpc(handle(), board);
    const summary = { phase: 'in-sync', pending: 1, conflicts: 0, lastSyncedAt: 5, failure: null };
    await expect(invoke('sync:report-status', invokeEventFrom('app'), summary)).resolves.toEqual({ ok: true, data: null });
    expect(board.current()).toEqual(summary);
    await expect(invoke('sync:report-status', invokeEventFrom('app'), { ...summary, conflicts: -1 })).resolves.toMatchObject({ ok: false });
    expect(board.current()).toEqual(summary);
  });
});

describe('talk-track channels', () => {
  it('close and pin the overlay that asks, and nothing for the app window', async () => {
    registerTalkTrackIpc(handle());
    const overlay = invokeEventFrom('talk-track', 'app://fieldcase/index.html#/talk-track');
    await expect(invoke('talk-track:set-always-on-top', overlay, { alwaysOnTop: false })).resolves.toEqual({ ok: true, data: null });
    expect(fake.overlayWindow.setAlwaysOnTop).toHaveBeenCalledWith(false, 'screen-saver');
    await expect(invoke('talk-track:close', overlay)).resolves.toEqual({ ok: true, data: null });
    expect(fake.BrowserWindow.fromWebContents).toHaveBeenCalledWith(overlay.sender);
    expect(fake.overlayWindow.close).toHaveBeenCalledTimes(1);

    await expect(invoke('talk-track:close', invokeEventFrom('app'))).resolves.toEqual(forbidden);
    await expect(invoke('talk-track:set-always-on-top', overlay, { alwaysOnTop: 'yes' })).resolves.toMatchObject({ ok: false });
    expect(fake.overlayWindow.close).toHaveBeenCalledTimes(1);
  });
});
