/**
 * The manager's laptop holds every rep's deals and notes (the server lets managers read them),
 * but only their owner may change them: the Pipeline board filters by rep and names each
 * card's owner, and a rep's deal or note opens read-only, saying whose it is.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../helpers/app-page.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { E2E_SERVER_URL } from '../helpers/e2e-env.ts';

// Riley Morgan (demo-rep) owns Halden in the demo seed; Sam Okafor (demo-rep-2) owns Velder.
const RILEY_DEAL = 'Halden: Analytics rollout to 11 depots';
const SAM_DEAL = 'Velder: scrap and first-pass-yield analytics';
const RILEY_NOTE = 'Halden: commercial terms call with procurement';

async function signInAsManager(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open();
  await app.signIn(E2E_SERVER_URL, 'manager@demo.fieldcase', 'fieldcase-demo');
  return app;
}

const openPipeline = (page: Page) => page.getByRole('status').filter({ hasText: /^Open pipeline:/ });
const card = (page: Page, deal: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: deal, exact: true }) });

test('the manager filters the Pipeline board by rep: the totals follow, and with all reps each card names its owner', async ({ page }) => {
  const app = await signInAsManager(page);
  await app.goTo('Pipeline');
  const rep = page.getByLabel('Rep', { exact: true });
  await expect(rep).toHaveValue('');
  await expect(rep.getByRole('option')).toContainText(['All reps', 'Riley Morgan', 'Sam Okafor']);
  await expect(card(page, RILEY_DEAL)).toContainText('Riley Morgan');
  await expect(card(page, SAM_DEAL)).toContainText('Sam Okafor');
  const allReps = await openPipeline(page).textContent();

  await rep.selectOption({ label: 'Riley Morgan' });
  await expect(openPipeline(page)).not.toHaveText(allReps ?? '');
  const rileys = await openPipeline(page).textContent();
  await expect(card(page, RILEY_DEAL)).toBeVisible();
  await expect(card(page, SAM_DEAL)).toHaveCount(0);
  // One rep's board needs no owner on each card.
  await expect(card(page, RILEY_DEAL)).not.toContainText('Riley Morgan');

  await rep.selectOption({ label: 'Sam Okafor' });
  await expect(openPipeline(page)).not.toHaveText(rileys ?? '');
  await expect(card(page, SAM_DEAL)).toBeVisible();
  await expect(card(page, RILEY_DEAL)).toHaveCount(0);

  await rep.selectOption({ label: 'All reps' });
  await expect(card(page, RILEY_DEAL)).toBeVisible();
  await expect(card(page, SAM_DEAL)).toBeVisible();
});

test('a rep’s deal opened by the manager is read-only and says whose it is', async ({ page }) => {
  const app = await signInAsManager(page);
  await app.goTo('Pipeline');
  // No stage to change on the board either.
  await expect(card(page, RILEY_DEAL)).toBeVisible();
  await expect(page.getByRole('combobox', { name: `Stage of ${RILEY_DEAL}` })).toHaveCount(0);
  await page.getByRole('link', { name: RILEY_DEAL, exact: true }).click();
  await expect(app.heading(RILEY_DEAL)).toBeVisible();
  await expect(page.getByRole('main').getByRole('note')).toHaveText("Riley Morgan's deal — read only");
  await expect(page.getByRole('combobox', { name: `Stage of ${RILEY_DEAL}` })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit opportunity' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Stage history' })).toBeVisible();
});

test('a rep’s note opens read-only for the manager', async ({ page }) => {
  const app = await signInAsManager(page);
  await app.goTo('Notes');
  await app.noteLink(RILEY_NOTE).click();
  const note = page.getByRole('article', { name: 'Note' });
  await expect(note.getByRole('note')).toHaveText("Riley Morgan's note — read only");
  await expect(note.getByRole('heading', { name: RILEY_NOTE })).toBeVisible();
  await expect(note.getByRole('region', { name: 'Note text' })).not.toBeEmpty();
  await expect(app.noteTitle).toHaveCount(0);
  // Nothing in the note to type into, pick, tick or press.
  for (const role of ['textbox', 'combobox', 'checkbox', 'button'] as const) await expect(note.getByRole(role)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete note' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Log feedback from selection' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create upsell opportunity' })).toHaveCount(0);
});

test('axe-core finds no serious or critical violation on the manager’s board, a rep’s deal and a rep’s note', async ({ page }) => {
  const app = await signInAsManager(page);
  await app.goTo('Pipeline');
  await expect(card(page, RILEY_DEAL)).toContainText('Riley Morgan');
  expect(await seriousViolations(page), 'the board').toEqual([]);
  await page.getByRole('link', { name: RILEY_DEAL, exact: true }).click();
  await expect(page.getByRole('main').getByRole('note')).toBeVisible();
  expect(await seriousViolations(page), 'the deal').toEqual([]);
  await app.goTo('Notes');
  await app.noteLink(RILEY_NOTE).click();
  await expect(page.getByRole('article', { name: 'Note' }).getByRole('note')).toBeVisible();
  expect(await seriousViolations(page), 'the note').toEqual([]);
});
