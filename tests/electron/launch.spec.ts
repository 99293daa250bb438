/**
 * The desktop app itself, launched through Playwright's Electron driver. Runs wherever
 * Electron's binary is installed; elsewhere each spec is skipped with the reason.
 */
import { expect, test } from '@playwright/test';
import { useDesktopApp, webPreferencesOf } from './desktop-app.ts';

const desktop = useDesktopApp();

test('opens one sandboxed, isolated window serving the app over app://', async () => {
  const { app, page } = desktop();
  expect(page.url()).toMatch(/^app:\/\/fieldcase\//);
  expect(await webPreferencesOf(app)).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
});

test('exposes only the typed fieldcase API to the page, never Node', async () => {
  const surface = await desktop().page.evaluate(() => ({
    api: Object.keys((window as unknown as { fieldcase: Record<string, unknown> }).fieldcase).sort(),
    hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
    hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
    hasOverlayApi: 'fieldcaseTalkTrack' in window,
  }));
  expect(surface).toEqual({
    api: ['app', 'commands', 'files', 'session', 'shell', 'sync', 'system'],
    hasRequire: false,
    hasProcess: false,
    hasOverlayApi: false,
  });
});

test('answers app:get-info through the preload', async () => {
  const info = await desktop().page.evaluate(() =>
    (window as unknown as { fieldcase: { app: { getInfo(): Promise<unknown> } } }).fieldcase.app.getInfo(),
  );
  expect(info).toMatchObject({ ok: true, data: { name: expect.any(String), version: '0.1.0' } });
});

test('has the application menu with the app commands and their shortcuts', async () => {
  const menu = await desktop().app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).flatMap((item) => item.submenu?.items.map((inner) => `${inner.label}|${inner.accelerator ?? ''}`) ?? []),
  );
  expect(menu).toEqual(expect.arrayContaining(['New Note|CmdOrCtrl+N', 'Search…|CmdOrCtrl+K', 'Sync Now|CmdOrCtrl+Shift+S', 'New Window|CmdOrCtrl+Alt+N']));
});
