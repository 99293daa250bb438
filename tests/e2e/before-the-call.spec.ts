import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../helpers/app-page.ts';

/** A rep's laptop with no signal and the demo workspace loaded. */
async function offlineWithDemo(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.openOfflineWithDemo();
  return app;
}

const DEEP_DIVE = 'Brightwater: technical deep-dive with the data team';
const BRIGHTWATER_DEAL = 'Brightwater: SCADA and billing integration';
const MARROW_DEAL = 'Marrow & Pike: store operations dashboards';

test('offline: prepare a meeting from Today, see its brief with the right battle cards, and review them with the keyboard', async ({ page }) => {
  const app = await offlineWithDemo(page);
  await expect(app.heading('Today')).toBeVisible();
  const meeting = page.getByRole('listitem', { name: DEEP_DIVE });
  await expect(meeting).toContainText('Proposal'); // the deal's stage
  await expect(meeting.getByRole('list', { name: 'Competitors' })).toHaveText(/In-house build\s*Orbiqa/);
  await meeting.getByRole('link', { name: `Prepare: ${DEEP_DIVE}` }).click();

  await expect(app.heading(DEEP_DIVE)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open opportunity' }).getByRole('link', { name: BRIGHTWATER_DEAL })).toBeVisible();
  const cards = page.getByRole('region', { name: 'Battle cards' });
  await expect(cards.getByRole('listitem', { name: /^Battle card: / })).toHaveCount(2);
  await expect(cards.getByText('In-house build', { exact: true })).toBeVisible();
  await expect(cards.getByText('Orbiqa', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Collateral and demo' }).getByRole('link')).not.toHaveCount(0);

  await page.getByRole('button', { name: 'Mark brief reviewed' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Reviewed / })).toBeVisible();

  await cards.getByRole('link', { name: 'Quick review these cards' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Card 1 of 2' })).toBeVisible();
  const firstTitle = await app.page.getByRole('heading', { level: 1 }).textContent();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: 'Card 2 of 2' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Card 2 of 2 · 1 reviewed' })).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByRole('status').filter({ hasText: '2 reviewed in this session' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.heading(DEEP_DIVE)).toBeVisible();

  // The review is on the card now.
  await app.goTo('Battle cards');
  await page.getByRole('link', { name: firstTitle ?? '' }).click();
  await expect(page.getByText(/^Reviewed /)).toBeVisible();
});

test('offline: moving a deal from Demo to Proposal moves its amount on the pipeline board', async ({ page }) => {
  const app = await offlineWithDemo(page);
  await app.goTo('Pipeline');
  const demo = page.getByRole('region', { name: 'Demo', exact: true });
  const proposal = page.getByRole('region', { name: 'Proposal', exact: true });
  await expect(page.getByRole('status').filter({ hasText: 'Open pipeline' })).toHaveText('Open pipeline: 4 deals, €206,500 + £158,000');
  await expect(demo.getByLabel('Demo totals')).toHaveText('1 deal · £62,000');
  await expect(proposal.getByLabel('Proposal totals')).toHaveText('1 deal · £96,000');

  await demo.getByLabel(`Stage of ${MARROW_DEAL}`).selectOption({ label: 'Proposal' });
  await expect(demo.getByLabel('Demo totals')).toHaveText('0 deals · 0');
  await expect(proposal.getByLabel('Proposal totals')).toHaveText('2 deals · £158,000');
  await expect(page.getByRole('status').filter({ hasText: 'Open pipeline' })).toHaveText('Open pipeline: 4 deals, €206,500 + £158,000');

  await proposal.getByRole('link', { name: MARROW_DEAL }).click();
  await expect(app.heading(MARROW_DEAL)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Stage history' }).getByRole('listitem').first()).toContainText('Proposal');
});

test('offline: a marketing-qualified lead is disqualified only with a reason', async ({ page }) => {
  const app = await offlineWithDemo(page);
  await app.goTo('Pipeline');
  const leads = page.getByRole('region', { name: /^Leads to qualify/ });
  const lead = 'Kestrel Biolabs: lab data integration';
  await leads.getByRole('button', { name: `Disqualify ${lead}…` }).click();
  await leads.getByRole('button', { name: 'Disqualify lead' }).click();
  await expect(leads.getByRole('alert')).toHaveText('Say why the lead is disqualified; marketing reads the reason.');
  await leads.getByLabel(`Why disqualify ${lead}?`).fill('Research project, no budget');
  await leads.getByRole('button', { name: 'Disqualify lead' }).click();
  await expect(page.getByRole('region', { name: /^Leads to qualify/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Closed Lost', exact: true }).getByRole('link', { name: lead })).toBeVisible();
});

test('offline: an account is created (bad input named per field), found by the filter, and given a deal', async ({ page }) => {
  const app = await offlineWithDemo(page);
  await app.goTo('Accounts');
  await page.getByRole('link', { name: 'New account' }).click();
  await expect(app.heading('New account')).toBeVisible();
  await page.getByLabel('Website').fill('not a site');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Give the account a name.');
  await expect(page.getByLabel('Website')).toHaveAccessibleDescription('Enter a web address such as https://example.com.');

  await page.getByLabel('Name').fill('Orchard Lane Cider');
  await page.getByLabel('Website').fill('orchardlane.example');
  await page.getByLabel('City').fill('Hereford');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(app.heading('Orchard Lane Cider')).toBeVisible();

  await page.getByRole('link', { name: 'New opportunity' }).click();
  await page.getByLabel('Name').fill('Orchard Lane: packing line analytics');
  await page.getByLabel('Amount').fill('12,500');
  await page.getByLabel('Currency').fill('gbp');
  await page.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(app.heading('Orchard Lane: packing line analytics')).toBeVisible();
  await expect(page.getByText('£12,500')).toBeVisible();

  await app.goTo('Accounts');
  await page.getByLabel('Filter accounts').fill('hereford');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Orchard Lane Cider' })).toBeVisible();
});

test('offline: an account shows its deals, contacts and latest notes, and prepares a brief', async ({ page }) => {
  const app = await offlineWithDemo(page);
  await app.goTo('Accounts');
  await page.getByRole('link', { name: 'Halden Cold Chain', exact: false }).first().click();
  await expect(page.getByRole('region', { name: 'Opportunities' }).getByRole('link', { name: 'Halden: Analytics rollout to 11 depots' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notes' }).getByRole('link')).not.toHaveCount(0);
  await page.getByRole('link', { name: 'Prepare brief' }).click();
  await expect(page.getByRole('region', { name: 'Battle cards' }).getByText('Quantrel', { exact: true })).toBeVisible();
});
