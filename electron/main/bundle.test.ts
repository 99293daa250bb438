/**
 * Smoke test of the bundled main process (dist/electron/main.js) where Electron's binary is
 * missing: it starts against a recording stand-in for `electron` (tests/electron/bundle/) and must
 * register every IPC channel, harden and open the window, and set up the menu and tray. Proves the
 * bundle loads (no missing module, no require() in ESM) and index.ts wires every module in.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/ipc/index.ts';
import { hardenedWebPreferences } from './window.ts';

// window.ts imports BrowserWindow; this test only reads its preferences function.
vi.mock('electron', () => ({ BrowserWindow: class {} }));

const root = path.resolve(import.meta.dirname, '..', '..');

interface StubRecord {
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  handledProtocols: string[];
  ipcChannels: string[];
  appEvents: string[];
  windows: { options: { webPreferences: Record<string, unknown> }; url: string | null }[];
  menu: string[];
  tray: { image: string; tooltip: string } | null;
  singleInstanceLock: boolean;
  permissionHandlers: number;
}

let record: StubRecord;
let profile: string;

beforeAll(() => {
  execFileSync('node', ['scripts/build-electron.mjs'], { cwd: root, stdio: 'pipe' });
  profile = mkdtempSync(path.join(tmpdir(), 'fieldcase-bundle-'));
  const output = execFileSync('node', ['--import', './tests/electron/bundle/register.mjs', 'dist/electron/main.js'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FIELDCASE_USER_DATA_DIR: profile, FIELDCASE_DEV_SERVER_URL: '', FIELDCASE_UPDATE_URL: '' },
    timeout: 30_000,
  });
  const line = output.split('\n').find((candidate) => candidate.startsWith('ELECTRON_STUB_RECORD '));
  if (line === undefined) throw new Error(`main.js printed no record:\n${output}`);
  record = JSON.parse(line.slice('ELECTRON_STUB_RECORD '.length)) as StubRecord;
}, 60_000);

afterAll(() => {
  rmSync(profile, { recursive: true, force: true });
});

describe('the bundled main process', () => {
  it('takes the single-instance lock and serves app:// as a privileged scheme', () => {
    expect(record.singleInstanceLock).toBe(true);
    expect(record.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(record.handledProtocols).toEqual(['app']);
  });

  it('registers a handler for every channel of the contract, once', () => {
    expect([...record.ipcChannels].sort()).toEqual(Object.keys(ipcChannels).sort());
  });

  it('hardens every webContents and session, and listens for links and second launches', () => {
    expect(record.appEvents).toEqual(expect.arrayContaining(['web-contents-created', 'session-created', 'second-instance', 'open-url']));
    expect(record.permissionHandlers).toBe(2);
  });

  it('opens one window with the hardened preferences on the packaged renderer', () => {
    expect(record.windows).toHaveLength(1);
    expect(record.windows[0]?.url).toBe('app://fieldcase/index.html');
    expect(record.windows[0]?.options.webPreferences).toEqual(hardenedWebPreferences(path.join(root, 'dist', 'electron', 'preload.cjs')));
  });

  it('sets up the application menu and the tray', () => {
    expect(record.menu).toEqual(expect.arrayContaining(['New Note', 'New Window', 'Sync Now', 'Search…', 'editMenu']));
    expect(record.tray).toEqual({ image: path.join(root, 'dist', 'electron', 'tray', 'tray-offline.png'), tooltip: 'Fieldcase\nStarting…' });
  });
});
