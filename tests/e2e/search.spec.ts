import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from '../helpers/app-page.ts';

const NOTE_TITLE = 'Tamsin Foods QBR: rollout on track, Forecast interest';

/** A rep's laptop with no signal and the demo workspace loaded. */
async function offlineWithDemo(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.openOfflineWithDemo();
  return app;
}

/** Presses ↓ until `option` is the active one; fails if it never becomes active. */
async function arrowDownTo(box: Locator, options: Locator, option: Locator): Promise<void> {
  const count = await options.count();
  for (let i = 0; i < count; i += 1) {
    await box.press('ArrowDown');
    if ((await option.getAttribute('aria-selected')) === 'true') return;
  }
  throw new Error('the option never became active');
}

test('offline: Ctrl+K finds a note by a misspelled word, and the keyboard opens it', async ({ page }) => {
  const app = await offlineWithDemo(page);
  await app.goTo('Battle cards');

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search Fieldcase' });
  const box = dialog.getByRole('combobox', { name: 'Search' });
  await expect(box).toBeFocused();
  await box.pressSequentially('persistance rule');

  const results = dialog.getByRole('listbox');
  const note = results.getByRole('group', { name: 'Notes' }).getByRole('option', { name: new RegExp(`^${NOTE_TITLE}`) });
  await expect(note).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await arrowDownTo(box, results.getByRole('option'), note);
  await expect(box).toHaveAttribute('aria-activedescendant', (await note.getAttribute('id')) ?? '');
  await box.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(app.noteTitle).toHaveValue(NOTE_TITLE);
});

test('results are grouped by kind, Escape closes the dialog, and the header field searches too', async ({ page }) => {
  const app = await offlineWithDemo(page);
  await app.goTo('Notes');

  // The desktop menu opens the same dialog through this event.
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('fieldcase:open-search')));
  const dialog = page.getByRole('dialog', { name: 'Search Fieldcase' });
  const box = dialog.getByRole('combobox', { name: 'Search' });
  await box.pressSequentially('quantral');
  const results = dialog.getByRole('listbox');
  await expect(results.getByRole('group', { name: 'Battle cards' }).getByRole('option').first()).toBeVisible();
  await expect(results.getByRole('group', { name: 'Notes' }).getByRole('option').first()).toBeVisible();
  await box.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(app.heading('Notes')).toBeVisible();

  const field = page.getByRole('banner').getByRole('combobox', { name: 'Search everything' });
  await field.click();
  await expect(page.getByRole('banner').getByRole('status').filter({ hasText: 'Type at least 2 letters' })).toBeVisible();
  await field.pressSequentially('greyholow case');
  const headerResults = page.getByRole('banner').getByRole('listbox');
  const collateral = headerResults.getByRole('group', { name: 'Collateral' }).getByRole('option', { name: /Greyhollow Dairy/ });
  await collateral.click();
  await expect(app.heading('Case study: Greyhollow Dairy Co-operative')).toBeVisible();

  await field.pressSequentially('zzqx');
  await expect(page.getByRole('banner').getByRole('status').filter({ hasText: 'No results for “zzqx”' })).toBeVisible();
  await field.press('Escape');
  await expect(field).toHaveValue('');
});

test('a note written offline is found at once', async ({ page }) => {
  const app = await offlineWithDemo(page);
  await app.goTo('Notes');
  await app.startNote();
  await app.noteTitle.fill('Warehouse walk-through');
  await app.noteText.fill('Forklift telemetry gaps on the night shift.');
  await app.expectSaved();

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search Fieldcase' });
  await dialog.getByRole('combobox', { name: 'Search' }).pressSequentially('telemetri');
  await expect(dialog.getByRole('option', { name: /^Warehouse walk-through/ })).toBeVisible();
});
