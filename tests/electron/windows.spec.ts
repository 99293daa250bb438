/**
 * Desktop integration in the running app: two windows on one database, app commands from the
 * menu and from fieldcase:// links, a crashed window coming back, and the window's place kept
 * between launches. Runs wherever Electron's binary is installed; elsewhere each spec is skipped
 * with the reason.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from '../helpers/app-page.ts';
import { clickMenuItem, closeDesktop, launchDesktop, newProfileDir, useDesktopApp } from './desktop-app.ts';

const desktop = useDesktopApp();

test('two windows share one database: a note written in one shows in the other', async () => {
  const { app, page } = desktop();
  const first = new AppPage(page);
  const opened = app.waitForEvent('window');
  await clickMenuItem(app, 'New Window');
  const second = new AppPage(await opened);
  await expect(second.heading('Today')).toBeVisible();

  await first.goTo('Notes');
  await first.startNote();
  await first.noteTitle.fill('Written in the first window');
  await first.expectSaved();

  await second.goTo('Notes');
  await expect(second.noteLink('Written in the first window')).toBeVisible();
  await second.page.close();
});

test('the menu opens search and starts a new note', async () => {
  const { app, page } = desktop();
  await clickMenuItem(app, 'Search…');
  const dialog = page.getByRole('dialog', { name: 'Search Fieldcase' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await clickMenuItem(app, 'New Note');
  await expect(new AppPage(page).noteTitle).toBeFocused();
});

test('a fieldcase:// link opens that note; a crafted one is ignored', async () => {
  const { app, page } = desktop();
  const shell = new AppPage(page);
  await shell.goTo('Notes');
  await shell.startNote();
  await shell.noteTitle.fill('Opened from a link');
  await shell.expectSaved();
  const noteId = /#\/notes\/([^/?#]+)$/.exec(page.url())?.[1];
  expect(noteId).toBeDefined();
  await shell.goTo('Today');

  // What a second launch hands over on Windows and Linux (the single-instance lock).
  await app.evaluate(({ app: electronApp }, link) => {
    electronApp.emit('second-instance', {}, ['fieldcase', '--', 'fieldcase://notes/../sync']);
    electronApp.emit('second-instance', {}, ['fieldcase', '--', link]);
  }, `fieldcase://notes/${noteId}`);
  await expect(shell.noteTitle).toHaveValue('Opened from a link');
  expect(page.url()).toMatch(new RegExp(`#/notes/${noteId}$`));
});

test('a crashed window reloads by itself, with the note it was showing', async () => {
  const { app } = desktop();
  await app.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer();
  });
  // Read back through main: Playwright's handle on a page whose renderer crashed is not reused.
  await expect
    .poll(() =>
      app.evaluate(async ({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents;
        if (contents === undefined || contents.isCrashed() || contents.isLoading()) return null;
        const values: unknown = await contents.executeJavaScript('Array.from(document.querySelectorAll("input"), (input) => input.value)');
        return { url: contents.getURL(), values };
      }),
    )
    .toEqual({ url: expect.stringMatching(/#\/notes\/[^/]+$/), values: expect.arrayContaining(['Opened from a link']) });
});

test('the window opens where the rep left it', async () => {
  const userDataDir = newProfileDir();
  const before = await launchDesktop(userDataDir);
  await before.app.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]?.setBounds({ x: 60, y: 40, width: 1100, height: 700 });
  });
  await closeDesktop(before, { keepProfile: true });

  const after = await launchDesktop(userDataDir);
  try {
    const size = await after.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getNormalBounds());
    expect(size).toMatchObject({ width: 1100, height: 700 });
  } finally {
    await closeDesktop(after);
  }
});
