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
  await expect(app.page.getByRole('banner').getByRole('status')).toContainText('In sync');
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
  await a.page.context().close();
  await b.page.context().close();
});
