import { expect, test } from '@playwright/test';
import { AppPage } from '../helpers/app-page.ts';
import { seriousViolations } from '../helpers/axe.ts';

/** Every screen, reached the way a rep reaches it, with the demo workspace loaded. */
const SCREENS: { name: string; path: string }[] = [
  { name: 'Today', path: '/today' },
  { name: 'Accounts', path: '/accounts' },
  { name: 'New account', path: '/accounts/new' },
  { name: 'Account', path: '/accounts/demo-acct-halden-cold-chain' },
  { name: 'Edit account', path: '/accounts/demo-acct-halden-cold-chain/edit' },
  { name: 'New opportunity', path: '/accounts/demo-acct-halden-cold-chain/opportunities/new' },
  { name: 'Account brief', path: '/accounts/demo-acct-halden-cold-chain/brief' },
  { name: 'Meeting brief', path: '/meetings/demo-mtg-brightwater-deep-dive/brief' },
  { name: 'Opportunity', path: '/opportunities/demo-opp-halden-eu-rollout' },
  { name: 'Pipeline', path: '/pipeline' },
  { name: 'Battle cards', path: '/battle-cards' },
  { name: 'Battle card', path: '/battle-cards/demo-card-quantrel' },
  { name: 'Quick review', path: '/battle-cards/review?competitors=Quantrel,Orbiqa' },
  { name: 'Collateral', path: '/collateral' },
  { name: 'Collateral item', path: '/collateral/demo-coll-greyhollow-case-study' },
  { name: 'Demo scripts', path: '/demo-scripts' },
  { name: 'Demo script', path: '/demo-scripts/demo-script-analytics-exec-overview' },
  { name: 'Notes', path: '/notes' },
  { name: 'Note', path: '/notes/demo-note-halden-negotiation' },
  { name: 'Feedback', path: '/feedback' },
  { name: 'Readiness', path: '/readiness' },
  { name: 'Launch kit', path: '/readiness/demo-kit-forecast-launch' },
  { name: 'Knowledge check', path: '/readiness/demo-kit-forecast-launch/check' },
  { name: 'Forecast', path: '/forecast' },
  { name: 'Sync', path: '/sync' },
  { name: 'Not found', path: '/no-such-screen' },
];

test('axe-core finds no serious or critical violation on any screen', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.open();
  expect(await seriousViolations(page), 'the empty Today screen').toEqual([]);
  await app.loadDemoWorkspace();
  for (const screen of SCREENS) {
    await page.goto(`/#${screen.path}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    expect(await seriousViolations(page), `${screen.name} (${screen.path})`).toEqual([]);
  }
});

test('axe-core finds no serious or critical violation in the search dialog', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoWorkspace();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search Fieldcase' });
  await dialog.getByRole('combobox', { name: 'Search' }).pressSequentially('quantrel');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
