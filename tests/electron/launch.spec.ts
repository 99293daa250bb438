/**
 * The desktop app itself, launched through Playwright's Electron driver. Runs wherever
 * Electron's binary is installed; elsewhere each spec is skipped with the reason.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { findElectronBinary } from '../helpers/electron-binary.ts';
import { AppPage } from '../helpers/app-page.ts';

const binary = findElectronBinary();
test.skip(!binary.found, binary.found ? '' : binary.reason);

let app: ElectronApplication;

test.beforeAll(async () => {
  // The renderer is built by the web server step; main and preload are bundled here.
  execFileSync('node', ['scripts/build-electron.mjs'], { stdio: 'inherit' });
  app = await electron.launch({ args: ['.'], env: { ...process.env, FIELDCASE_DEV_SERVER_URL: '' } });
});

test.afterAll(async () => {
  await app?.close();
});

test('opens one sandboxed, isolated window serving the app over app://', async () => {
  const page = await app.firstWindow();
  await expect(new AppPage(page).heading('Today')).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/fieldcase\//);

  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows();
    return window?.webContents.getLastWebPreferences();
  });
  expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
});

test('exposes only the typed fieldcase API to the page, never Node', async () => {
  const page = await app.firstWindow();
  const surface = await page.evaluate(() => ({
    api: Object.keys((window as unknown as { fieldcase: Record<string, unknown> }).fieldcase).sort(),
    hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
    hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
  }));
  expect(surface).toEqual({ api: ['app', 'shell', 'system'], hasRequire: false, hasProcess: false });
});

test('answers app:get-info through the preload', async () => {
  const page = await app.firstWindow();
  const info = await page.evaluate(() =>
    (window as unknown as { fieldcase: { app: { getInfo(): Promise<unknown> } } }).fieldcase.app.getInfo(),
  );
  expect(info).toMatchObject({ ok: true, data: { name: expect.any(String), version: '0.1.0' } });
});
