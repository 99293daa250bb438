import { expect, test, type Browser } from '@playwright/test';
import { AppPage } from '../helpers/app-page.ts';
import { DEMO_REP, E2E_SERVER_URL } from '../helpers/e2e-env.ts';

/** A laptop: its own browser context, so its own local database. */
async function laptop(browser: Browser): Promise<AppPage> {
  const context = await browser.newContext();
  const app = new AppPage(await context.newPage());
  await app.open();
  return app;
}

test('signing in brings the company’s content down to the laptop', async ({ browser }) => {
  const app = await laptop(browser);
  await app.signIn(E2E_SERVER_URL, DEMO_REP.email, DEMO_REP.password);
  await app.goTo('Battle cards');
  await expect(app.page.getByRole('main').getByRole('heading', { level: 2 })).not.toHaveCount(0);
  await expect(app.syncBadge).toContainText('In sync');
  await app.page.context().close();
});

test('refuses a wrong password, and says so', async ({ browser }) => {
  const app = await laptop(browser);
  await app.goTo('Sync');
  await app.page.getByLabel('Server address').fill(E2E_SERVER_URL);
  await app.page.getByLabel('Email').fill(DEMO_REP.email);
  await app.page.getByLabel('Password').fill('not the password');
  await app.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(app.page.getByRole('alert')).toContainText('The email or password is not right.');
  await app.page.context().close();
});

test('a note written on one laptop appears on the other, live', async ({ browser }) => {
  const a = await laptop(browser);
  const b = await laptop(browser);
  await a.signIn(E2E_SERVER_URL, DEMO_REP.email, DEMO_REP.password);
  await b.signIn(E2E_SERVER_URL, DEMO_REP.email, DEMO_REP.password);
  await b.goTo('Notes');

  const title = `Live from laptop A ${Date.now()}`;
  await a.goTo('Notes');
  await a.startNote();
  await a.noteTitle.fill(title);
  await a.noteText.fill('Pricing agreed in principle.');
  await a.expectSaved();

  await expect(b.noteLink(title)).toBeVisible({ timeout: 15_000 });
  await b.noteLink(title).click();
  await expect(b.noteText).toHaveValue('Pricing agreed in principle.');

  // With the note open on B, A's next edit shows up in B's editor.
  await a.noteText.fill('Pricing agreed in principle.\nLegal review next week.');
  await a.expectSaved();
  await expect(b.noteText).toHaveValue('Pricing agreed in principle.\nLegal review next week.', { timeout: 15_000 });
  await a.page.context().close();
  await b.page.context().close();
});

test('offline edits to different paragraphs merge; the same line becomes a conflict the rep settles', async ({ browser }) => {
  const a = await laptop(browser);
  const b = await laptop(browser);
  await a.signIn(E2E_SERVER_URL, DEMO_REP.email, DEMO_REP.password);
  await b.signIn(E2E_SERVER_URL, DEMO_REP.email, DEMO_REP.password);

  const title = `Shared QBR ${Date.now()}`;
  await a.goTo('Notes');
  await a.startNote();
  await a.noteTitle.fill(title);
  await a.noteText.fill('Budget\n\nTimeline\n\nRisks\n');
  await a.expectSaved();
  await b.goTo('Notes');
  await b.noteLink(title).click();
  await expect(b.noteText).toHaveValue('Budget\n\nTimeline\n\nRisks\n', { timeout: 15_000 });

  await b.page.context().setOffline(true);
  await b.noteText.fill('Budget\n\nTimeline: Q3 rollout\n\nRisks: IT bandwidth\n');
  await b.expectSaved();
  await expect(b.syncBadge).toContainText('1 change waiting to be sent');
  await a.noteText.fill('Budget: approved\n\nTimeline: Q4 at the latest\n\nRisks\n');
  await a.expectSaved();
  await b.page.context().setOffline(false);

  const merged = 'Budget: approved\n\nTimeline: Q3 rollout\n\nRisks: IT bandwidth\n';
  await expect(b.noteText).toHaveValue(merged, { timeout: 20_000 });
  await expect(a.noteText).toHaveValue(merged, { timeout: 20_000 });
  const conflict = b.page.getByRole('article', { name: 'Conflict 1' });
  await expect(conflict).toContainText('Timeline: Q4 at the latest');
  await conflict.getByRole('button', { name: 'Keep both' }).click();

  const settled = 'Budget: approved\n\nTimeline: Q3 rollout\nTimeline: Q4 at the latest\n\nRisks: IT bandwidth\n';
  await expect(b.noteText).toHaveValue(settled);
  await expect(a.noteText).toHaveValue(settled, { timeout: 20_000 });
  await expect(a.page.getByRole('article', { name: 'Conflict 1' })).toHaveCount(0);
  await expect(b.syncBadge).not.toContainText('waiting to be sent');
  await a.page.context().close();
  await b.page.context().close();
});

test('a collateral file marked available offline opens with no network', async ({ browser }) => {
  const app = await laptop(browser);
  await app.signIn(E2E_SERVER_URL, DEMO_REP.email, DEMO_REP.password);
  await app.goTo('Collateral');
  const item = app.page.getByRole('list', { name: 'Collateral' }).getByRole('listitem').first();
  await item.getByRole('checkbox', { name: 'Available offline' }).click();
  await expect(item.getByRole('status')).toHaveText('Available offline', { timeout: 15_000 });
  await expect(app.page.getByText(/^Using [\d.]+ [KM]?B \([\d.]+ [KM]?B available offline\)/)).toBeVisible();
  await app.page.getByLabel('Keep up to').selectOption({ label: '500 MB' });

  await app.page.context().setOffline(true);
  await app.page.reload();
  await expect(item.getByRole('status')).toHaveText('Available offline');
  await expect(app.page.getByLabel('Keep up to')).toHaveValue(String(500 * 1024 * 1024));
  const download = app.page.waitForEvent('download');
  await item.getByRole('button', { name: /^Save a copy of / }).click();
  const file = await download;
  expect(await file.failure()).toBeNull();
  await app.page.context().close();
});

test('one window syncs for all: a second window says so and shows the same notes', async ({ browser }) => {
  const first = await laptop(browser);
  await first.signIn(E2E_SERVER_URL, DEMO_REP.email, DEMO_REP.password);
  const second = new AppPage(await first.page.context().newPage());
  await second.open();
  await expect(second.syncBadge).toContainText('Syncing in another Fieldcase window', {
    timeout: 15_000,
  });

  const title = `Seen in both windows ${Date.now()}`;
  await first.goTo('Notes');
  await first.startNote();
  await first.noteTitle.fill(title);
  await first.expectSaved();
  await second.goTo('Notes');
  await expect(second.noteLink(title)).toBeVisible();
  await first.page.context().close();
});
