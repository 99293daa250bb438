/** Call notes: templates with fields, the Markdown editor, links, labels, next steps, quick capture, history, upsell. */
import { expect, test } from '@playwright/test';
import { AppPage } from '../helpers/app-page.ts';

async function startTemplatedNote(app: AppPage, template: string): Promise<void> {
  await app.goTo('Notes');
  await app.page.getByLabel('Template for a new note').selectOption({ label: template });
  await app.startNote();
}

test('a Discovery note asks for budget, authority, need and timeline, and keeps them', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await startTemplatedNote(app, 'Discovery');
  await expect(page.getByLabel('Template', { exact: true })).toHaveValue('discovery');
  for (const field of ['Budget', 'Authority', 'Need', 'Timeline']) await expect(page.getByLabel(field, { exact: true })).toBeVisible();
  await expect(app.noteText).toHaveValue(/^## Attendees\n/);

  await app.noteTitle.fill('Discovery at Halden');
  await page.getByLabel('Budget', { exact: true }).fill('184k approved for the depots');
  await page.getByLabel('Timeline', { exact: true }).fill('Decision before the end of the quarter');
  await app.expectSaved();

  // Switching template shows the new fields and keeps the old ones' words visible.
  await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Check-in' });
  await expect(page.getByLabel('Account health')).toBeVisible();
  await expect(page.getByLabel('Budget', { exact: true })).toHaveValue('184k approved for the depots');

  await page.reload();
  await expect(page.getByLabel('Budget', { exact: true })).toHaveValue('184k approved for the depots');
  await expect(page.getByLabel('Timeline', { exact: true })).toHaveValue('Decision before the end of the quarter');
});

test('the Markdown editor formats with its toolbar and shortcuts, continues lists, and previews', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.goTo('Notes');
  await app.startNote();
  await app.noteText.fill('Budget approved');
  await app.noteText.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(7, 15));
  await page.getByRole('button', { name: 'Bold' }).click();
  await expect(app.noteText).toHaveValue('Budget **approved**');

  await app.noteText.press('End');
  await app.noteText.press('Enter');
  await app.noteText.pressSequentially('Risks');
  await app.noteText.press('Control+Alt+1');
  await expect(app.noteText).toHaveValue('Budget **approved**\n## Risks');
  await app.noteText.press('End');
  await app.noteText.press('Enter');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await app.noteText.pressSequentially('IT bandwidth');
  await app.noteText.press('Enter');
  await app.noteText.pressSequentially('Works council');
  await expect(app.noteText).toHaveValue('Budget **approved**\n## Risks\n- IT bandwidth\n- Works council');

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Risks' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('approved');
  await expect(preview.getByRole('listitem')).toHaveText(['IT bandwidth', 'Works council']);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(app.noteText).toBeVisible();
  await app.expectSaved();
});

test('Ctrl+Shift+N opens a new note from any screen; Back does not create another', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.goTo('Battle cards');
  await page.keyboard.press('Control+Shift+N');
  await expect(app.noteTitle).toBeFocused();
  await expect(page).toHaveURL(/#\/notes\/[0-9a-f-]{36}$/);
  await page.keyboard.type('Quick thought after the call');
  await app.expectSaved();
  await page.goBack();
  await expect(app.heading('Battle cards')).toBeVisible();
  await app.goTo('Notes');
  await expect(page.getByRole('list', { name: 'Recent notes' }).getByRole('listitem')).toHaveCount(1);
  await expect(app.noteLink('Quick thought after the call')).toBeVisible();
});

test('a note links to an account, its deal and meeting, carries tags, competitors and next steps, and starts an upsell', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoWorkspace();
  await startTemplatedNote(app, 'Check-in');
  await app.noteTitle.fill('Plant 4 check-in');
  await expect(page.getByText('Link an account to create an upsell opportunity from this note.')).toBeVisible();

  await page.getByLabel('Account', { exact: true }).selectOption({ label: 'Tamsin Foods' });
  // Only Tamsin's deals and meetings are offered now.
  const opportunities = page.getByLabel('Opportunity', { exact: true }).getByRole('option');
  await expect(opportunities.first()).toHaveText('None');
  // The options follow the account asynchronously: wait for the list to narrow, never read it once.
  await expect
    .poll(async () => {
      const deals = (await opportunities.allTextContents()).slice(1);
      return deals.length > 0 && deals.every((deal) => deal.includes('Tamsin'));
    })
    .toBe(true);

  await page.getByLabel('Add a tag').fill('expansion');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByLabel('Add a competitor').fill('Quantrel');
  await page.getByLabel('Add a competitor').press('Enter');
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['expansion×']);
  await expect(page.getByRole('list', { name: 'Competitors mentioned' }).getByRole('listitem')).toHaveText(['Quantrel×']);

  await page.getByLabel('New next step', { exact: true }).fill('Send plant 4 pricing');
  await page.getByLabel('Due date of the new next step').fill('2031-05-04');
  await page.getByRole('button', { name: 'Add next step' }).click();
  await expect(page.getByLabel('Due date of Send plant 4 pricing')).toHaveValue('2031-05-04');
  await page.getByLabel('Done: Send plant 4 pricing').check();
  await expect(page.getByLabel('Done: Send plant 4 pricing')).toBeChecked();

  await page.getByRole('button', { name: 'Create upsell opportunity' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Upsell opportunity created: Tamsin Foods: Plant 4 check-in' })).toBeVisible();
  await expect(page.getByLabel('Opportunity', { exact: true }).locator('option:checked')).toHaveText('Tamsin Foods: Plant 4 check-in');

  await page.getByRole('button', { name: 'Remove tag expansion' }).click();
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Account', { exact: true }).locator('option:checked')).toHaveText('Tamsin Foods');
  await expect(page.getByLabel('Done: Send plant 4 pricing')).toBeChecked();
});

test('the local history brings back text the rep deleted', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.goTo('Notes');
  await app.startNote();
  const long = `Pricing discussion\n${'The CFO wants a per-site price, not per user. '.repeat(8)}`;
  await app.noteText.fill(long);
  await app.expectSaved();
  await app.noteText.fill('');
  await app.expectSaved();

  await page.getByRole('button', { name: 'History' }).click();
  const versions = page.getByRole('list', { name: 'Earlier versions' }).getByRole('listitem');
  await expect(versions.first()).toContainText('Pricing discussion');
  await versions.first().getByRole('button', { name: /^Restore the version saved/ }).click();
  await expect(app.noteText).toHaveValue(long);
  await app.expectSaved();

  // The emptied text it replaced is in the history too, so the restore can be undone.
  await page.getByRole('button', { name: 'History' }).click();
  await expect(versions).toHaveCount(2);
  await page.reload();
  await expect(app.noteText).toHaveValue(long);
});
