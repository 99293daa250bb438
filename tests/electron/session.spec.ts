/**
 * The desktop session store in the running app: a sign-in is sealed by the OS keychain
 * (safeStorage) and outlives a relaunch, and signing out forgets it; where the keychain cannot
 * protect it (Linux with no keyring, where safeStorage would fall back to a hard-coded key) the
 * app says it keeps the sign-in until it closes, writes nothing, and asks again after a
 * relaunch. Runs wherever Electron's binary is installed; elsewhere it is skipped with the reason.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppPage } from '../helpers/app-page.ts';
import { DEMO_REP, E2E_SERVER_URL } from '../helpers/e2e-env.ts';
import { buildElectronOnce, closeDesktop, launchDesktop, newProfileDir, skipWithoutElectron, type DesktopApp } from './desktop-app.ts';

// Its own launches (a relaunch on the same profile), so not useDesktopApp().
skipWithoutElectron();

let desktop: DesktopApp | undefined;
test.afterEach(async () => {
  await closeDesktop(desktop);
  desktop = undefined;
});

/** Whether safeStorage really encrypts here: not on Linux's `basic_text` fallback (no keyring). */
function canSeal(app: DesktopApp): Promise<boolean> {
  return app.app.evaluate(({ safeStorage }) => {
    if (!safeStorage.isEncryptionAvailable()) return false;
    if (process.platform !== 'linux') return true;
    return !['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend());
  });
}

/** Closes the app, keeping its profile folder, and launches it again on that folder. */
async function relaunch(current: DesktopApp): Promise<DesktopApp> {
  desktop = undefined;
  await closeDesktop(current, { keepProfile: true });
  desktop = await launchDesktop(current.userDataDir);
  return desktop;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  // Asked to confirm only while something may not have reached the server.
  const anyway = page.getByRole('button', { name: 'Sign out anyway' });
  if (await anyway.isVisible()) await anyway.click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}

test('a sign-in is sealed and outlives a relaunch, or is kept for the run only where it cannot be sealed', async () => {
  buildElectronOnce();
  const userDataDir = newProfileDir();
  const sessionFile = path.join(userDataDir, 'session.bin');
  desktop = await launchDesktop(userDataDir);
  const sealing = await canSeal(desktop);
  await new AppPage(desktop.page).signIn(E2E_SERVER_URL, DEMO_REP.email, DEMO_REP.password);
  if (sealing) {
    await expect.poll(() => existsSync(sessionFile)).toBe(true);
    // Sealed: neither the token's owner nor the server can be read from the file.
    const sealed = readFileSync(sessionFile);
    expect(sealed.includes(Buffer.from(DEMO_REP.email))).toBe(false);
    expect(sealed.includes(Buffer.from(E2E_SERVER_URL))).toBe(false);
  } else {
    await expect(desktop.page.getByRole('note')).toContainText('kept only until Fieldcase closes');
    expect(existsSync(sessionFile)).toBe(false);
  }

  const relaunched = await relaunch(desktop);
  await new AppPage(relaunched.page).goTo('Sync');
  if (!sealing) {
    // Nothing was kept: the rep signs in again, and nothing else is lost.
    await expect(relaunched.page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    return;
  }
  await expect(relaunched.page.getByRole('heading', { name: `Syncing with ${E2E_SERVER_URL}` })).toBeVisible();
  await expect(relaunched.page.getByRole('main').getByRole('status').filter({ hasText: 'In sync' })).toBeVisible({ timeout: 20_000 });
  await signOut(relaunched.page);
  await expect.poll(() => existsSync(sessionFile)).toBe(false);

  // Signed out stays signed out.
  const again = await relaunch(relaunched);
  await new AppPage(again.page).goTo('Sync');
  await expect(again.page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
