import { expect, test } from '@playwright/test';
import { DEMO_COMPETITORS } from '../../shared/demo/index.ts';
import { AppPage, NAV_LABELS } from '../helpers/app-page.ts';

test('every screen is reachable by its link, and none is a placeholder', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  for (const label of NAV_LABELS) {
    await app.goTo(label);
    await expect(page.getByText('This screen is not built yet')).toHaveCount(0);
  }
  await page.goto('/#/no-such-screen');
  await expect(app.heading('Nothing here')).toBeVisible();
});

test('loads the demo workspace, opens a battle card, and keeps a note across a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoWorkspace();

  await app.goTo('Battle cards');
  const firstCard = page.getByRole('main').getByRole('listitem').getByRole('link').first();
  const cardTitle = (await firstCard.textContent()) ?? '';
  await firstCard.click();
  await expect(app.heading(cardTitle)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Objection handling' })).toBeVisible();
  await expect(page.getByText('If they say').first()).toBeVisible();

  await app.goTo('Notes');
  await app.startNote();
  await app.noteTitle.fill('Harbor discovery call');
  await app.noteText.fill('Budget approved for Q3.\n- Send the ROI worksheet');
  await app.expectSaved();

  await page.reload();
  await app.noteLink('Harbor discovery call').click();
  await expect(app.noteTitle).toHaveValue('Harbor discovery call');
  await expect(app.noteText).toHaveValue('Budget approved for Q3.\n- Send the ROI worksheet');
});

test('filters battle cards by competitor', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoWorkspace();
  await app.goTo('Battle cards');
  const groupHeadings = page.getByRole('main').getByRole('heading', { level: 2 });
  const competitors = Object.values(DEMO_COMPETITORS).sort((a, b) => a.localeCompare(b));
  await expect(groupHeadings).toHaveText(competitors);

  const filters = page.getByRole('group', { name: 'Show competitor' });
  await filters.getByRole('button', { name: 'Orbiqa', exact: true }).click();
  await expect(filters.getByRole('button', { name: 'Orbiqa', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(groupHeadings).toHaveText(['Orbiqa']);

  // The choice is UI state: it survives leaving the screen and coming back.
  await app.goTo('Notes');
  await app.goTo('Battle cards');
  await expect(groupHeadings).toHaveText(['Orbiqa']);
  await filters.getByRole('button', { name: 'All competitors' }).click();
  await expect(groupHeadings).toHaveText(competitors);
});

test('offline: a note is written, edited, and found again after a reload', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.open();
  await app.waitForOfflineShell();

  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await app.goTo('Notes');
  await app.startNote();
  await app.noteTitle.fill('Site visit, no signal');
  await app.noteText.fill('Warehouse tour. Forklift telemetry gaps.');
  await app.expectSaved();
  await app.noteTitle.fill('Site visit at Greyhollow');
  await app.noteText.press('End');
  await app.noteText.pressSequentially(' Champion: Dana.');
  await app.expectSaved();

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await expect(app.noteLink('Site visit, no signal')).toHaveCount(0);
  await app.noteLink('Site visit at Greyhollow').click();
  await expect(app.noteText).toHaveValue('Warehouse tour. Forklift telemetry gaps. Champion: Dana.');
});

test('a note can be deleted, after a confirmation', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.goTo('Notes');
  await app.startNote();
  await app.noteTitle.fill('Scratch note');
  await app.expectSaved();
  await page.getByRole('button', { name: 'Delete note' }).click();
  await page.getByRole('button', { name: 'Keep note' }).click();
  await expect(app.noteTitle).toHaveValue('Scratch note');
  await page.getByRole('button', { name: 'Delete note' }).click();
  await page.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note deleted.' })).toBeVisible();
  await expect(app.noteLink('Scratch note')).toHaveCount(0);
  await page.reload();
  await expect(app.noteLink('Scratch note')).toHaveCount(0);
  await expect(page.getByText('No notes yet.')).toBeVisible();
});
