/**
 * A first sync shows how far it has come: signing in to a server that holds a large workspace,
 * the rep sees a bar counting what has arrived of the total, and it goes once everything is on
 * the laptop.
 */
import { expect, test } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppPage } from '../helpers/app-page.ts';
import { TEST_PASSWORD, addUser, note, signIn } from '../helpers/server.ts';
import { useSpecServer } from '../helpers/spec-server.ts';

const NOTES = 2_500;

const spec = useSpecServer('first-sync-progress');
let rep: { id: string; email: string };

test.beforeAll(async () => {
  rep = await addUser(spec.store, 'rep', 'Kim Park');
  // Written as another laptop of the same rep would send them: through the push endpoint.
  const { token } = await signIn(spec.server, rep.email);
  for (let start = 0; start < NOTES; start += 500) {
    const rows = Array.from({ length: 500 }, (_, i) => ({ newDocumentState: { ...note(rep.id, `visit-${start + i}`, { title: `Visit ${start + i}` }), _deleted: false } }));
    const response = await fetch(`${spec.server.url}/api/v1/sync/call_notes/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(rows),
    });
    expect(response.status).toBe(200);
  }
});

test('a first sync shows a bar counting what has arrived, and it goes when all is on the laptop', async ({ browser }) => {
  // No service worker, so every request of the page can be held back below.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Each page of notes held back a little, as over a slow connection, so the bar can be read.
  await page.route(`${spec.server.url}/api/v1/sync/call_notes/pull**`, async (route) => {
    await sleep(600);
    await route.continue();
  });
  const app = new AppPage(page);
  await app.open();
  await app.goTo('Sync');
  await page.getByLabel('Server address').fill(spec.server.url);
  await page.getByLabel('Email').fill(rep.email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  // Every value the bar shows, read in the page itself (a page lands every 600 ms or so, faster
  // than a check from here could be sure to see each), until the bar goes.
  const values = page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const timer = setInterval(() => {
          const bar = document.querySelector('progress');
          if (!bar) {
            if (seen.length > 0) {
              clearInterval(timer);
              resolve(seen);
            }
            return;
          }
          const value = Number(bar.getAttribute('value'));
          if (seen.at(-1) !== value) seen.push(value);
        }, 10);
      }),
  );
  await page.getByRole('button', { name: 'Sign in' }).click();

  const bar = page.getByRole('progressbar', { name: /Catching up/ });
  await expect(bar).toBeVisible();
  await expect(page.getByText(/^Catching up: [\d,]+ of 2,500 documents received$/)).toBeVisible();
  await expect(bar).toHaveAttribute('max', String(NOTES));
  await expect(bar).toBeHidden({ timeout: 30_000 });
  // It counted page by page, up to the total.
  const shown = await values;
  expect(shown.length).toBeGreaterThanOrEqual(2);
  expect(shown).toEqual([...shown].sort((a, b) => a - b));
  expect(shown[0]).toBeLessThan(NOTES);
  expect(shown.at(-1)).toBeLessThanOrEqual(NOTES);

  await expect(app.syncBadge).toContainText('In sync');
  await expect(page.getByText(`Received ${NOTES} and sent 0 changes since the app started.`)).toBeVisible();
  await context.close();
});
