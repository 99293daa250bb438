/**
 * Feedback from the field to product: a rep selects words in a note and logs them; the server's
 * feedback report (the admin CLI, as product runs it) lists them; product's answer, set with the
 * CLI, comes back to the rep's Feedback screen through sync.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from '../helpers/app-page.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { TEST_PASSWORD, addUser } from '../helpers/server.ts';
import { useSpecServer } from '../helpers/spec-server.ts';

const spec = useSpecServer('feedback');
const admin = spec.admin;

/** The feedback report's CSV row holding `text`, once the rep's laptop has synced it. */
async function reportRowOnceSynced(text: string): Promise<string> {
  let csv = '';
  await expect
    .poll(async () => {
      csv = await admin('report', 'feedback', '--format', 'csv');
      return csv;
    }, { timeout: 30_000 })
    .toContain(text);
  return csv.split('\n').find((line) => line.includes(text)) ?? '';
}

test('feedback logged from selected note text reaches the server’s report, and product’s answer comes back', async ({ page }) => {
  test.setTimeout(120_000);
  const rep = await addUser(spec.store, 'rep', 'Field Rep');
  const app = new AppPage(page);
  await app.open();
  await app.signIn(spec.server.url, rep.email, TEST_PASSWORD);

  await app.goTo('Notes');
  await app.startNote();
  await app.noteTitle.fill('Velder pricing call');
  const quote = 'Quantrel quoted 20% less per site';
  await app.noteText.fill(`Met the plant manager.\n${quote}, and they include training.\n`);
  const start = `Met the plant manager.\n`.length;
  await app.noteText.evaluate((el: HTMLTextAreaElement, range) => el.setSelectionRange(range.from, range.to), { from: start, to: start + quote.length });
  await page.getByRole('button', { name: 'Log feedback from selection' }).click();

  const form = page.getByRole('form', { name: 'Log feedback' });
  await expect(form.getByLabel('What the customer said')).toHaveValue(quote);
  await form.getByLabel('Kind').selectOption({ label: 'Pricing remark' });
  await form.getByLabel('Competitor (if one was named)').fill('Quantrel');
  await form.getByLabel('Product (if it is about one)').fill('Beacon Analytics');
  await form.getByRole('button', { name: 'Log feedback' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Feedback logged for product and marketing.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Feedback logged from this note' })).toContainText(quote);

  // Once synced, the report product reads lists it, with its kind, competitor and product.
  const row = await reportRowOnceSynced(quote);
  expect(row).toContain('pricing');
  expect(row).toContain('Quantrel');
  expect(row).toContain('Beacon Analytics');
  expect(await admin('report', 'feedback')).toContain(quote);

  const id = row.split(',')[0] ?? '';
  expect(await admin('feedback', 'set-status', id, 'planned', '--response', 'Per-site pricing ships with the autumn price list.')).toContain(
    'is now planned',
  );

  await app.goTo('Feedback');
  const item = page.getByRole('list', { name: 'Your feedback' }).getByRole('listitem').filter({ hasText: quote });
  await expect(item).toContainText('Planned', { timeout: 30_000 });
  await expect(item).toContainText('Per-site pricing ships with the autumn price list.');
});

test('feedback can be logged directly on the Feedback screen, and empty text is refused', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.goTo('Feedback');
  const form = page.getByRole('form', { name: 'Log feedback' });
  await form.getByRole('button', { name: 'Log feedback' }).click();
  await expect(form.getByRole('alert')).toHaveText('Write what the customer said before logging it.');

  await form.getByLabel('Kind').selectOption({ label: 'Feature request' });
  await expect(form.getByLabel('Competitor (if one was named)')).toHaveCount(0);
  await form.getByLabel('What the customer said').fill('Offline maps of the depots in the app');
  await form.getByRole('button', { name: 'Log feedback' }).click();
  const item = page.getByRole('list', { name: 'Your feedback' }).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Feature request');
  await expect(item).toContainText('Received');
  await expect(form.getByLabel('What the customer said')).toHaveValue('');
});

test('a customer story flagged from a note offline reaches the report as a case study lead once synced', async ({ page }) => {
  test.setTimeout(120_000);
  const rep = await addUser(spec.store, 'rep', 'Story Rep');
  const app = new AppPage(page);
  await app.open();
  await app.signIn(spec.server.url, rep.email, TEST_PASSWORD);

  await page.context().setOffline(true);
  await app.goTo('Notes');
  await app.startNote();
  await app.noteTitle.fill('Hallvik rollout review');
  const story = 'Hallvik cut scrap by 18% in three months with live line alerts';
  await app.noteText.fill(`Quarterly review.\n${story}. Their COO would speak at our summit.\n`);

  // Nothing selected: the dialog starts from the note's title.
  await page.getByRole('button', { name: 'Flag customer story' }).click();
  const dialog = page.getByRole('dialog', { name: 'Flag a customer story for marketing' });
  await expect(dialog.getByLabel('The customer’s story')).toHaveValue('Hallvik rollout review');
  expect(await seriousViolations(page), 'the flag dialog').toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);

  const start = 'Quarterly review.\n'.length;
  await app.noteText.evaluate((el: HTMLTextAreaElement, range) => el.setSelectionRange(range.from, range.to), { from: start, to: start + story.length });
  await page.getByRole('button', { name: 'Flag customer story' }).click();
  await expect(dialog.getByLabel('The customer’s story')).toHaveValue(story);
  await dialog.getByLabel('Product (if it is about one)').fill('Beacon Analytics');
  await dialog.getByRole('button', { name: 'Flag for marketing' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Customer story flagged for marketing.' })).toBeVisible();
  const logged = page.getByRole('list', { name: 'Feedback logged from this note' }).getByRole('listitem').filter({ hasText: story });
  await expect(logged).toContainText('Case study lead');

  await page.context().setOffline(false);
  const row = await reportRowOnceSynced(story);
  expect(row).toContain(',case_study_lead,received,');
  expect(row).toContain('Beacon Analytics');
  const noteId = /#\/notes\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  expect(noteId).not.toBe('');
  expect(row).toContain(noteId);
  const markdown = await admin('report', 'feedback');
  expect(markdown).toMatch(/\| Case study lead \| 1 \|/);
  expect(markdown).toContain('### Case study lead');

  await app.goTo('Feedback');
  await expect(page.getByRole('list', { name: 'Your feedback' }).getByRole('listitem').filter({ hasText: story })).toContainText('Case study lead');
});
