/**
 * The forecast, offline with the demo workspace: the chart and the table show, and moving a deal to
 * Negotiation raises Commit and lists the move under "Changed since last week".
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from '../helpers/axe.ts';
import { E2E_SERVER_URL } from '../helpers/e2e-env.ts';
import { ForecastPage } from '../helpers/forecast-page.ts';

// Demo deal of the demo rep: £62,000, in Demo since three days ago (Qualification a week ago),
// closing in 41 days.
const DEAL = 'Marrow & Pike: store operations dashboards';
const AMOUNT = 62_000;
const CLOSES_IN_DAYS = 41;

test('offline, moving a deal to Negotiation raises Commit and shows under what changed', async ({ page }) => {
  const forecast = new ForecastPage(page);
  await forecast.app.openOfflineWithDemo();
  const quarter = await forecast.quarterInDays(CLOSES_IN_DAYS);

  await forecast.open(quarter);
  await expect(forecast.chart('GBP')).toBeVisible();
  await expect(forecast.page.getByText(/Stage probabilities: the defaults/)).toBeVisible();
  await expect(forecast.change(DEAL)).toContainText('Qualification → Demo');
  expect(await seriousViolations(page)).toEqual([]);
  const commitBefore = await forecast.total('Commit', '£');
  const pipelineBefore = await forecast.total('Pipeline', '£');

  await forecast.moveOnPipeline(DEAL, 'Negotiation');
  await forecast.open(quarter);
  await expect.poll(() => forecast.total('Commit', '£')).toBe(commitBefore + AMOUNT);
  expect(await forecast.total('Pipeline', '£')).toBe(pipelineBefore);
  await expect(forecast.change(DEAL)).toContainText('Qualification → Negotiation');
  await expect(forecast.table().getByRole('row', { name: /^Commit / })).toContainText(`+£${AMOUNT.toLocaleString('en-US')}`);

  await forecast.change(DEAL).getByRole('link', { name: DEAL }).click();
  await expect(forecast.app.heading(DEAL)).toBeVisible();
});

test('a manager sees the team’s forecast by rep, by name, with the server’s stage probabilities', async ({ page }) => {
  const forecast = new ForecastPage(page);
  await forecast.app.open();
  await forecast.app.signIn(E2E_SERVER_URL, 'manager@demo.fieldcase', 'fieldcase-demo');
  // Aldermoor (Sam Okafor, EUR) closes in 27 days; other specs may move deals, so figures are not pinned.
  await forecast.open(await forecast.quarterInDays(27));
  const team = forecast.teamTable();
  await expect(team.getByRole('rowheader')).toHaveText(['Riley Morgan', 'Sam Okafor', 'Team']);
  await expect(forecast.repChart('EUR')).toBeVisible();
  await expect(forecast.chart('EUR')).toBeVisible();
  await expect(page.getByText(/^Stage probabilities as set by your admin:/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
