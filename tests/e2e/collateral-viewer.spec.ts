import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from '../helpers/app-page.ts';
import { DEMO_REP, E2E_SERVER_URL } from '../helpers/e2e-env.ts';

const CASE_STUDY = 'Case study: Greyhollow Dairy Co-operative';
const DATASHEET = 'Beacon Analytics datasheet';

/** A rep's laptop with no signal and the demo workspace loaded. */
async function offlineWithDemo(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.openOfflineWithDemo();
  return app;
}

/** How many pixels of the canvas are dark: text drawn by pdf.js, not a blank page. */
function darkPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const context = (element as HTMLCanvasElement).getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, (element as HTMLCanvasElement).width, (element as HTMLCanvasElement).height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128 && (data[i + 3] ?? 0) > 0) dark += 1;
    return dark;
  });
}

test('offline: the library filters by kind, product and stage, and says what is on the laptop', async ({ page }) => {
  const app = await offlineWithDemo(page);
  await app.goTo('Collateral');
  const items = page.getByRole('list', { name: 'Collateral' }).getByRole('listitem');
  await expect(items).toHaveCount(6);
  for (const status of await items.getByRole('status').all()) await expect(status).toHaveText('Available offline');

  await page.getByLabel('Stage').selectOption({ label: 'Negotiation' });
  await expect(items).toHaveCount(2);
  await page.getByLabel('Product').selectOption({ label: 'Beacon Connect' });
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAccessibleName('Beacon Connect ROI worksheet');
  await expect(items.first()).toContainText('version 2');
  await page.getByLabel('Kind').selectOption({ label: 'Case study' });
  await expect(page.getByText('No collateral matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(items).toHaveCount(6);
});

test('offline: a PDF opens in the app with its page drawn, and pages through and zooms with named controls', async ({ page }) => {
  const app = await offlineWithDemo(page);
  await app.goTo('Collateral');
  await page.getByLabel('Kind').selectOption({ label: 'Case study' });
  await page.getByRole('list', { name: 'Collateral' }).getByRole('link', { name: CASE_STUDY }).click();

  await expect(app.heading(CASE_STUDY)).toBeVisible();
  const viewer = page.getByRole('region', { name: `${CASE_STUDY}, PDF viewer` });
  await expect(viewer.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText('Showing page 1 of 1');
  const canvas = viewer.getByRole('img', { name: `Page 1 of ${CASE_STUDY}` });
  expect(await darkPixels(canvas)).toBeGreaterThan(1_000);
  await expect(viewer.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await expect(viewer.getByRole('button', { name: 'Next page' })).toBeDisabled();

  await viewer.getByText('Text of page 1').click();
  await expect(viewer.getByText(/Weekly reporting from five days to four hours/)).toBeVisible();

  const width = await canvas.evaluate((element) => element.getBoundingClientRect().width);
  await viewer.getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewer.getByLabel('Zoom level')).toHaveText('125%');
  await expect.poll(() => canvas.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(width * 1.2);
  await viewer.getByRole('group', { name: 'Page 1 of 1' }).press('-');
  await expect(viewer.getByLabel('Zoom level')).toHaveText('100%');
});

test('offline: an image opens in the app, and other files download in web mode', async ({ page }) => {
  const app = await offlineWithDemo(page);
  await app.goTo('Collateral');
  await page.getByRole('link', { name: DATASHEET }).click();
  const viewer = page.getByRole('region', { name: `${DATASHEET}, image viewer` });
  await expect(viewer.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(`Showing ${DATASHEET}`);
  const image = viewer.getByRole('img', { name: DATASHEET });
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
  await viewer.getByRole('button', { name: 'Zoom out' }).click();
  await expect(viewer.getByLabel('Zoom level')).toHaveText('75%');

  await page.getByRole('link', { name: 'All collateral' }).click();
  await page.getByRole('link', { name: 'Beacon price list' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download beacon-price-list.md' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('beacon-price-list.md');
  expect(await file.failure()).toBeNull();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Downloaded.' })).toBeVisible();
});

test('signed in: a PDF not yet on the laptop downloads and opens; offline, a missing file is said to be missing', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.signIn(E2E_SERVER_URL, DEMO_REP.email, DEMO_REP.password);
  await app.goTo('Collateral');
  const items = page.getByRole('list', { name: 'Collateral' }).getByRole('listitem');
  await expect(items.filter({ hasText: CASE_STUDY }).getByRole('status')).toHaveText('Not downloaded');

  await items.getByRole('link', { name: CASE_STUDY }).click();
  const viewer = page.getByRole('region', { name: `${CASE_STUDY}, PDF viewer` });
  await expect(viewer.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText('Showing page 1 of 1', { timeout: 15_000 });
  await expect(page.getByRole('main')).toContainText('On this laptop');

  await page.context().setOffline(true);
  await page.getByRole('link', { name: 'All collateral' }).click();
  await page.getByRole('link', { name: DATASHEET }).click();
  await expect(page.getByRole('alert')).toHaveText(
    `“${DATASHEET}” is not on this laptop, and there is no network to download it. Next time you are online, mark it “Available offline” to keep it here.`,
  );
});
