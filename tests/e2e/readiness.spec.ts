/**
 * Launch readiness, offline: a rep opens the Beacon Forecast kit from the demo workspace, reviews
 * its battle card, opens its collateral, rehearses its demo script, fails the knowledge check once
 * then passes it, and sees the kit complete; a question asked offline waits to go to product.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from '../helpers/axe.ts';
import { E2E_SERVER_URL } from '../helpers/e2e-env.ts';
import { ReadinessPage } from '../helpers/readiness-page.ts';

const KIT = 'Beacon Forecast launch: field readiness';
const COLLATERAL = [
  ['Beacon Forecast launch deck', 'beacon-forecast-launch-deck.md'],
  ['Beacon price list', 'beacon-price-list.md'],
] as const;
const RIGHT = [
  'Beacon Analytics Professional or Enterprise customers',
  '25% off the first year for orders signed before general availability plus 60 days',
  'Show that Forecast explains the drivers behind each number and measures planner overrides',
  'From 31% to 19%',
];

test('offline, a rep works through a launch kit to complete and asks product a question', async ({ page }) => {
  test.setTimeout(120_000);
  const readiness = new ReadinessPage(page);
  await readiness.app.openOfflineWithDemo();

  await readiness.app.goTo('Readiness');
  await expect(readiness.progress(KIT)).toBeVisible();
  // The demo rep reviewed the Quantrel card 16 days ago, at v3; v4 came out since: that does not count.
  await expect(readiness.kitsList().getByText('0 of 5 done')).toBeVisible();

  await readiness.openKit(KIT);
  const items = page.getByRole('list', { name: 'Required items' }).getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(readiness.page.getByRole('heading', { name: 'Qualification: Beacon Forecast' })).toBeVisible();

  // The battle card asks for another look; reviewed again from its own screen, it counts.
  const cardRow = readiness.item('Quantrel: winning against the BI incumbent');
  await expect(cardRow).toContainText('Reviewed v3 — the card changed since (now v4): review again');
  await expect(readiness.state('0 of 5 done')).toBeVisible();
  await cardRow.getByRole('link', { name: /^Review / }).click();
  await page.getByRole('button', { name: 'Mark reviewed' }).click();
  await page.goBack();
  await expect(cardRow).not.toContainText('review again');
  await expect(cardRow).toContainText(/Reviewed \w/);
  await expect(readiness.state('1 of 5 done')).toBeVisible();

  // Both collateral items: downloading each from its viewer (web mode) records the opening.
  for (const [index, [title, fileName]] of COLLATERAL.entries()) {
    await readiness.item(title).getByRole('link', { name: `Open ${title}` }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Download ${fileName}` }).click();
    await download;
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Downloaded.' })).toBeVisible();
    await page.goBack();
    await expect(readiness.item(title)).toContainText('Opened');
    await expect(readiness.state(`${2 + index} of 5 done`)).toBeVisible();
  }

  // The demo script: a rehearsal in the player, ended and saved.
  await readiness.rehearseScript(KIT);
  await expect(readiness.state('4 of 5 done')).toBeVisible();

  // The knowledge check: failed once (what was wrong is shown), then passed on a retake.
  await page.getByRole('link', { name: 'Take the knowledge check' }).click();
  await readiness.answerCheck([RIGHT[0] ?? '', 'Free until general availability', RIGHT[2] ?? '', 'No measurable change yet']);
  await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
  await expect(readiness.wrongAnswers()).toHaveCount(2);
  await expect(readiness.wrongAnswers().first()).toContainText('Right answer: 25% off the first year');
  await page.getByRole('button', { name: 'Retake the check' }).click();
  await readiness.answerCheck(RIGHT);
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the kit' }).last().click();
  await expect(readiness.state(/^Complete since /)).toBeVisible();

  // A question to product, asked offline, waits to be sent.
  await readiness.ask('Can an Essentials customer trial Forecast during the early-access period?');
  await expect(readiness.yourQuestions()).toHaveCount(1);
  await expect(readiness.yourQuestions().first()).toContainText('Received');
  await expect(readiness.yourQuestions().first()).toContainText('Essentials customer trial');

  await readiness.app.goTo('Readiness');
  await expect(readiness.kitsList().getByText(/^Complete since /)).toBeVisible();
});

test('offline, the Forecast kit’s qualification checklist shows in the brief of a Forecast deal and beside its Discovery note', async ({ page }) => {
  const readiness = new ReadinessPage(page);
  await readiness.app.openOfflineWithDemo();

  await readiness.app.goTo('Accounts');
  await page.getByRole('link', { name: 'Tamsin Foods' }).first().click();
  await page.getByRole('link', { name: 'Tamsin Foods: Beacon Forecast intro' }).click();
  await expect(readiness.app.heading('Tamsin Foods: Beacon Forecast intro')).toBeVisible();
  const qualification = page.getByRole('region', { name: 'Qualification', exact: true });
  await expect(qualification.getByRole('list', { name: 'Not a fit for Beacon Forecast' })).toContainText('Analytics Essentials customers');
  await expect(qualification.getByRole('list', { name: 'A fit for Beacon Forecast', exact: true }).getByRole('listitem')).toHaveCount(4);

  await readiness.app.goTo('Notes');
  await page.getByLabel('Template for a new note').selectOption({ label: 'Discovery' });
  await readiness.app.startNote();
  const checklist = page.getByRole('complementary', { name: 'Qualification checklist' });
  await expect(checklist).toHaveCount(0);
  await page.getByLabel('Opportunity').selectOption({ label: 'Tamsin Foods: Forecast early access' });
  await expect(checklist.getByRole('list', { name: 'A fit for Beacon Forecast', exact: true }).getByRole('listitem')).toHaveCount(4);

  // Another template: the checklist is for Discovery notes.
  await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Demo' });
  await expect(checklist).toHaveCount(0);
});

test('a manager sees each rep of the team on each kit, by name, from the reps’ synced activities', async ({ page }) => {
  const readiness = new ReadinessPage(page);
  await readiness.app.open();
  await readiness.app.signIn(E2E_SERVER_URL, 'manager@demo.fieldcase', 'fieldcase-demo');
  await readiness.app.goTo('Readiness');
  const team = readiness.teamTable(KIT);
  await expect(team.getByRole('rowheader')).toHaveText(['Riley Morgan', 'Sam Okafor']);
  // The demo rep's seeded review was of an older Quantrel card, so it need not count; counts may grow as other specs sync.
  const riley = team.getByRole('row', { name: /^Riley Morgan/ });
  await expect(riley.getByRole('cell').first()).toHaveText(/^[0-5] of 5$/);
  await expect(team.getByRole('row', { name: /^Sam Okafor/ }).getByRole('cell').first()).toHaveText(/^[0-5] of 5$/);
});

test('axe-core finds no serious or critical violation on the Readiness screens', async ({ page }) => {
  const readiness = new ReadinessPage(page);
  await readiness.app.open();
  await readiness.app.loadDemoWorkspace();
  for (const path of ['/readiness', '/readiness/demo-kit-forecast-launch', '/readiness/demo-kit-forecast-launch/check', '/readiness/no-such-kit']) {
    await page.goto(`/#${path}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.goto('/#/readiness/demo-kit-forecast-launch/check');
  await readiness.answerCheck(['Any Beacon Connect customer', 'Free until general availability', 'Tell them Predict is being discontinued', 'From 31% to 19%']);
  await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeFocused();
  expect(await seriousViolations(page), 'the check’s result').toEqual([]);
});
