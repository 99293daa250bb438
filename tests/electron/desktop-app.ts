/**
 * Launches the desktop app for the Electron specs: main and preloads bundled once per run (the
 * renderer is built by Playwright's web server step), each launch with its own profile folder so
 * specs in parallel workers neither share a database nor meet the single-instance lock.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppPage } from '../helpers/app-page.ts';
import { findElectronBinary } from '../helpers/electron-binary.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const LOCK = path.join(root, 'dist', '.electron-build-lock');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isBuildFresh(): boolean {
  try {
    const built = statSync(path.join(root, 'dist', 'electron', 'main.js')).mtimeMs;
    return built >= Math.max(newestMtime(path.join(root, 'electron')), newestMtime(path.join(root, 'shared')));
  } catch {
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Bundles main and the preloads unless an up-to-date bundle exists; one worker builds, the others wait. */
export function buildElectronOnce(): void {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      sleepSync(200);
    }
  }
  try {
    if (!isBuildFresh()) execFileSync('node', ['scripts/build-electron.mjs'], { cwd: root, stdio: 'inherit' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface DesktopApp {
  readonly app: ElectronApplication;
  readonly userDataDir: string;
  /** The first app window, once the app shell shows. */
  readonly page: Page;
}

export function newProfileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'fieldcase-electron-'));
}

export async function launchDesktop(userDataDir = newProfileDir()): Promise<DesktopApp> {
  const app = await electron.launch({
    args: ['.'],
    cwd: root,
    env: { ...process.env, FIELDCASE_DEV_SERVER_URL: '', FIELDCASE_USER_DATA_DIR: userDataDir },
  });
  const page = await app.firstWindow();
  await expect(new AppPage(page).heading('Today')).toBeVisible();
  return { app, userDataDir, page };
}

export async function closeDesktop(desktop: DesktopApp | undefined, options: { keepProfile?: boolean } = {}): Promise<void> {
  if (desktop === undefined) return;
  await desktop.app.close();
  if (options.keepProfile !== true) rmSync(desktop.userDataDir, { recursive: true, force: true });
}

/** Clicks an item of the application menu by its label, as the rep would. */
export async function clickMenuItem(app: ElectronApplication, label: string): Promise<void> {
  const found = await app.evaluate(({ Menu }, wanted) => {
    const search = (items: Electron.MenuItem[]): Electron.MenuItem | undefined => {
      for (const item of items) {
        if (item.label === wanted) return item;
        const inner = item.submenu ? search(item.submenu.items) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const item = search(Menu.getApplicationMenu()?.items ?? []);
    item?.click();
    return item !== undefined;
  }, label);
  expect(found, `menu item ${label}`).toBe(true);
}

/**
 * The web preferences a window really runs with, read back from main. `getLastWebPreferences`
 * exists on every WebContents at runtime but is missing from Electron's typings.
 */
export async function webPreferencesOf(app: ElectronApplication, urlSuffix = ''): Promise<Electron.WebPreferences | null> {
  return app.evaluate(({ BrowserWindow }, suffix) => {
    const window = BrowserWindow.getAllWindows().find((candidate) => candidate.webContents.getURL().endsWith(suffix));
    const contents = window?.webContents as (Electron.WebContents & { getLastWebPreferences(): Electron.WebPreferences | null }) | undefined;
    return contents?.getLastWebPreferences() ?? null;
  }, urlSuffix);
}

/** Skips the spec file, saying why, where Electron's binary is missing. */
export function skipWithoutElectron(): void {
  const binary = findElectronBinary();
  test.skip(!binary.found, binary.found ? '' : binary.reason);
}

/**
 * The set-up most Electron spec files share: skip where Electron's binary is missing; run the
 * file's tests in order against one app launched before them and closed after.
 */
export function useDesktopApp(): () => DesktopApp {
  skipWithoutElectron();
  test.describe.configure({ mode: 'serial' });
  let desktop: DesktopApp | undefined;
  test.beforeAll(async () => {
    buildElectronOnce();
    desktop = await launchDesktop();
  });
  test.afterAll(async () => {
    await closeDesktop(desktop);
  });
  return () => {
    if (desktop === undefined) throw new Error('the desktop app did not launch');
    return desktop;
  };
}
