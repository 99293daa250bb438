/**
 * The shell's security checks in the running app: navigation, window.open, permissions, the CSP
 * and IPC validation, and the talk-track overlay (the one window.open that is allowed). Runs
 * wherever Electron's binary is installed; elsewhere each spec is skipped with the reason.
 */
import { expect, test, type Page } from '@playwright/test';
import { useDesktopApp, webPreferencesOf } from './desktop-app.ts';

const desktop = useDesktopApp();

test.beforeAll(async () => {
  // Record what would reach the system browser instead of opening one.
  await desktop().app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { openedExternally: string[] }).openedExternally = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
});

const windowCount = () => desktop().app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);

type Api = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;
const callApi = (page: Page, namespace: string, method: string, ...args: unknown[]) =>
  page.evaluate(
    ([ns, name, rest]) => ((window as unknown as { fieldcase: Api }).fieldcase[ns]![name]!)(...(rest as unknown[])),
    [namespace, method, args] as const,
  );

test('refuses navigation away from the app', async () => {
  const { app, page } = desktop();
  await app.evaluate(({ BrowserWindow }) => {
    const record: { url: string; prevented: boolean }[] = [];
    (globalThis as unknown as { navigations: typeof record }).navigations = record;
    BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (event, url) => {
      record.push({ url, prevented: event.defaultPrevented });
    });
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.com/phish';
  });
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { navigations: unknown[] }).navigations))
    .toEqual([{ url: 'https://example.com/phish', prevented: true }]);
  expect(page.url()).toMatch(/^app:\/\/fieldcase\//);
});

test('opens no child windows; web links go to the system browser, other schemes nowhere', async () => {
  const { app, page } = desktop();
  const results = await page.evaluate(() => [
    window.open('https://example.com/pricing') === null,
    window.open('file:///etc/passwd') === null,
    window.open('app://fieldcase/index.html#/notes') === null,
  ]);
  expect(results).toEqual([true, true, true]);
  expect(await windowCount()).toBe(1);
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally))
    .toEqual(['https://example.com/pricing']);
});

test('grants no permission and runs no eval under its CSP', async () => {
  const { page } = desktop();
  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
  expect(
    await page.evaluate(() => {
      try {
        return String(eval('1 + 1'));
      } catch {
        return 'blocked';
      }
    }),
  ).toBe('blocked');
});

test('validates IPC payloads in main', async () => {
  const { page } = desktop();
  expect(await callApi(page, 'shell', 'openExternal', 'javascript:alert(1)')).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  expect(await callApi(page, 'files', 'openWithSystem', 'setup.exe', new Uint8Array([77, 90]))).toMatchObject({
    ok: false,
    error: { code: 'invalid_payload' },
  });
  expect(await callApi(page, 'files', 'openWithSystem', '../../.bashrc.txt', new Uint8Array([1]))).toMatchObject({
    ok: false,
    error: { code: 'invalid_payload' },
  });
});

test('opens the talk-track overlay: small, on top, with its own narrow API', async () => {
  const { app, page } = desktop();
  // Look-alikes of the overlay request are refused like any other window.
  const refused = await page.evaluate(() => [
    window.open('#/notes', 'fieldcase-talk-track') === null,
    window.open('#/talk-track', 'fieldcase-talk-track-2') === null,
  ]);
  expect(refused).toEqual([true, true]);

  const opened = app.waitForEvent('window');
  await page.evaluate(() => {
    window.open('#/talk-track', 'fieldcase-talk-track', 'popup,width=420,height=300');
  });
  const overlay = await opened;
  expect(overlay.url()).toMatch(/^app:\/\/fieldcase\/(index\.html)?#\/talk-track$/);
  const state = await app.evaluate(({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows().find((candidate) => candidate.webContents.getURL().endsWith('#/talk-track'));
    return window && { alwaysOnTop: window.isAlwaysOnTop(), size: window.getSize() };
  });
  expect(state?.alwaysOnTop).toBe(true);
  expect(state?.size).toEqual([420, 300]);
  expect(await webPreferencesOf(app, '#/talk-track')).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });

  const surface = await overlay.evaluate(() => ({
    hasAppApi: 'fieldcase' in window,
    overlayApi: Object.keys((window as unknown as { fieldcaseTalkTrack: object }).fieldcaseTalkTrack).sort(),
  }));
  expect(surface).toEqual({ hasAppApi: false, overlayApi: ['close', 'setAlwaysOnTop'] });

  // A second request focuses the overlay that is open instead of opening another.
  expect(await page.evaluate(() => window.open('#/talk-track', 'fieldcase-talk-track') === null)).toBe(true);
  expect(await windowCount()).toBe(2);

  await overlay.evaluate(() => (window as unknown as { fieldcaseTalkTrack: { setAlwaysOnTop(on: boolean): Promise<unknown> } }).fieldcaseTalkTrack.setAlwaysOnTop(false));
  expect(
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().find((candidate) => candidate.webContents.getURL().endsWith('#/talk-track'))?.isAlwaysOnTop(),
    ),
  ).toBe(false);
  await overlay.evaluate(() => (window as unknown as { fieldcaseTalkTrack: { close(): Promise<unknown> } }).fieldcaseTalkTrack.close());
  await expect.poll(windowCount).toBe(1);
});
