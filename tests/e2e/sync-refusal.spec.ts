/**
 * A change the server refuses: the rep sees which kind and why, for as long as it is refused,
 * while the rest of their work keeps syncing; changed, it goes through and the notice goes.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from '../helpers/app-page.ts';
import { TEST_PASSWORD, addUser } from '../helpers/server.ts';
import { useSpecServer } from '../helpers/spec-server.ts';

const REFUSED_TITLE = 'Pricing sheet, not for the server';
const REASON = 'This note holds a price list, which is kept out of shared notes.';

const spec = useSpecServer('sync-refusal');
let rep: { id: string; email: string };

test.beforeAll(async () => {
  rep = await addUser(spec.store, 'rep', 'Ari Lund');
});

async function titlesOnServer(): Promise<string[]> {
  const notes = await spec.store.pull({ collection: 'call_notes', after: 0, limit: 100, ownerId: rep.id });
  return notes.map((note) => (note.doc as { title: string }).title);
}

test('a refused note is shown with its reason all the while the rest syncs, and goes through once changed', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // The server refuses any push that carries the note with that title, as it refuses bad data.
  await page.route(`${spec.server.url}/api/v1/sync/call_notes/push`, async (route) => {
    if (!(route.request().postData() ?? '').includes(REFUSED_TITLE)) return route.continue();
    return route.fulfill({ status: 422, contentType: 'application/json', body: JSON.stringify({ error: 'invalid_document', message: REASON }) });
  });
  const app = new AppPage(page);
  await app.open();
  await app.signIn(spec.server.url, rep.email, TEST_PASSWORD);

  await app.goTo('Notes');
  await app.startNote();
  await app.noteTitle.fill(REFUSED_TITLE);
  await app.noteText.fill('List prices for the renewal.');
  await app.expectSaved();
  await expect(app.syncBadge).toContainText('The server refused some changes', { timeout: 20_000 });

  await app.goTo('Sync');
  const refusals = page.getByRole('list', { name: 'Changes the server refused' });
  await expect(refusals.getByRole('listitem')).toHaveText([`Call notes: ${REASON}`]);

  // Another note goes through meanwhile, and the notice stays in view all along: RxDB tries the
  // refused push again every 5 seconds and the replication starts afresh past it.
  const badgeTexts = page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const badge = () => document.querySelector('header [role="group"][aria-label="Sync status"] [role="status"]');
        const timer = setInterval(() => seen.push(badge()?.textContent ?? ''), 100);
        setTimeout(() => {
          clearInterval(timer);
          resolve(seen);
        }, 8_000);
      }),
  );
  await app.goTo('Notes');
  await app.startNote();
  await app.noteTitle.fill('Visit at Harbor Freight');
  await app.noteText.fill('Next step: a demo for the warehouse team.');
  await app.expectSaved();
  await expect.poll(titlesOnServer, { timeout: 20_000 }).toContain('Visit at Harbor Freight');
  const seen = await badgeTexts;
  expect(seen.length).toBeGreaterThan(50);
  for (const text of seen) expect(text).toContain('The server refused some changes');
  expect(await titlesOnServer()).not.toContain(REFUSED_TITLE);

  // The rep takes the prices out: the note goes through, and nothing is refused any more.
  await app.noteLink(REFUSED_TITLE).click();
  await app.noteTitle.fill('Renewal call, prices sent by email');
  await app.expectSaved();
  await expect.poll(titlesOnServer, { timeout: 20_000 }).toContain('Renewal call, prices sent by email');
  await expect(app.syncBadge).toContainText('In sync', { timeout: 20_000 });
  await app.goTo('Sync');
  await expect(page.getByRole('list', { name: 'Changes the server refused' })).toHaveCount(0);
  await context.close();
});
