/**
 * A launch, end to end: marketing imports a kit with the admin CLI; it reaches a rep's laptop;
 * with no signal the rep reviews the kit's card, opens its collateral, rehearses its demo script,
 * passes the knowledge check and asks product a question; back online, the manager's laptop shows
 * that rep complete and the readiness report agrees; product answers with the CLI and the answer
 * joins the kit's questions and answers on the rep's laptop.
 */
import { expect, test, type Browser } from '@playwright/test';
import { AppPage } from '../helpers/app-page.ts';
import { ReadinessPage } from '../helpers/readiness-page.ts';
import { TEST_PASSWORD, addUser } from '../helpers/server.ts';
import { useSpecServer } from '../helpers/spec-server.ts';

// The sample folder marketing starts from (server/cli/fixtures/import-sample): its kit requires the
// Quantrel card, the executive overview script and the Analytics one-pager.
const SAMPLE = 'server/cli/fixtures/import-sample';
const KIT_ID = 'kit-analytics-live-launch';
const KIT = 'Beacon Analytics Live: field readiness';
const CARD = 'Quantrel: winning against the BI incumbent';
const COLLATERAL = 'Beacon Analytics one-pager';
const RIGHT_ANSWERS = ['Exceptions as they happen, down to the line and shift', 'Live operational exceptions next to their existing Quantrel reports'];
const QUESTION = 'Does Analytics Live work with a Quantrel export that arrives once a day?';
const ANSWER = 'Yes: a daily export is read as it lands; exceptions then show within the hour.';

const spec = useSpecServer('launch');
let rep: { id: string; email: string };
let manager: { id: string; email: string };

test.beforeAll(async () => {
  rep = await addUser(spec.store, 'rep', 'Dana Reyes');
  manager = await addUser(spec.store, 'manager', 'Morgan Blake');
});

async function laptop(browser: Browser, email: string): Promise<ReadinessPage> {
  const page = await (await browser.newContext()).newPage();
  const app = new AppPage(page);
  await app.open();
  await app.signIn(spec.server.url, email, TEST_PASSWORD);
  return new ReadinessPage(page);
}

async function expectAllSent(app: AppPage): Promise<void> {
  await expect(app.syncBadge).toContainText('In sync', { timeout: 20_000 });
  await expect(app.syncBadge).not.toContainText('waiting to be sent');
}

test('a kit imported on the server is completed offline by a rep, and the manager and the report see it', async ({ browser }) => {
  test.setTimeout(180_000);
  const imported = await spec.admin('import', SAMPLE);
  expect(imported).toMatch(/kit/i);

  const readiness = await laptop(browser, rep.email);
  const { app, page } = readiness;
  await app.goTo('Readiness');
  await expect(readiness.progress(KIT)).toBeVisible({ timeout: 20_000 });
  await expect(readiness.kitsList().getByText('0 of 4 done')).toBeVisible();

  // Before the flight: the one-pager is kept on the laptop.
  await app.goTo('Collateral');
  const onePager = page.getByRole('list', { name: 'Collateral' }).getByRole('listitem', { name: COLLATERAL });
  await onePager.getByRole('checkbox', { name: 'Available offline' }).click();
  await expect(onePager.getByRole('status')).toHaveText('Available offline', { timeout: 15_000 });

  await page.context().setOffline(true);
  await expect(app.syncBadge).toContainText('Offline');
  await readiness.openKit(KIT);

  await readiness.item(CARD).getByRole('link', { name: `Review ${CARD}` }).click();
  await page.getByRole('button', { name: 'Mark reviewed' }).click();
  await page.goBack();
  await expect(readiness.state('1 of 4 done')).toBeVisible();

  await readiness.item(COLLATERAL).getByRole('link', { name: `Open ${COLLATERAL}` }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download beacon-analytics-one-pager.md' }).click();
  expect(await (await download).failure()).toBeNull();
  await page.goBack();
  await expect(readiness.item(COLLATERAL)).toContainText('Opened');

  await readiness.rehearseScript(KIT);
  await expect(readiness.state('3 of 4 done')).toBeVisible();

  await page.getByRole('link', { name: 'Take the knowledge check' }).click();
  await readiness.answerCheck(RIGHT_ANSWERS);
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the kit' }).last().click();
  await expect(readiness.state(/^Complete since /)).toBeVisible();

  await readiness.ask(QUESTION);
  await expect(readiness.yourQuestions().filter({ hasText: QUESTION })).toContainText('Received');

  // Back in the car.
  await page.context().setOffline(false);
  await expectAllSent(app);

  const boss = await laptop(browser, manager.email);
  await boss.app.goTo('Readiness');
  const dana = boss.teamTable(KIT).getByRole('row', { name: /^Dana Reyes/ });
  await expect(dana.getByRole('cell').first()).toHaveText('4 of 4', { timeout: 20_000 });
  await expect(dana.getByRole('cell').last()).toHaveText(/^Complete since /);

  const report = JSON.parse(await spec.admin('report', 'readiness', '--kit', KIT_ID, '--format', 'json')) as {
    kits: { id: string; reps: { id: string; name: string | null; done: number; total: number; isComplete: boolean }[] }[];
  };
  expect(report.kits.map((kit) => kit.id)).toEqual([KIT_ID]);
  expect(report.kits[0]?.reps).toContainEqual(expect.objectContaining({ id: rep.id, name: 'Dana Reyes', done: 4, total: 4, isComplete: true }));

  // Product answers the question asked offline; the answer joins the kit on the rep's laptop.
  const feedback = JSON.parse(await spec.admin('report', 'feedback', '--format', 'json')) as {
    quotes: { kind: string; items: { id: string; text: string }[] }[];
  };
  const asked = feedback.quotes.find((group) => group.kind === 'question')?.items.find((item) => item.text === QUESTION);
  expect(asked, 'the question reached the server').toBeDefined();
  expect(await spec.admin('feedback', 'answer', asked?.id ?? '', '--response', ANSWER)).toContain(`kit ${KIT_ID}`);
  const answered = page.getByRole('definition').filter({ hasText: ANSWER });
  await expect(answered).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('term').filter({ hasText: QUESTION })).toBeVisible();
  await expect(readiness.yourQuestions()).toHaveCount(0);

  await page.context().close();
  await boss.page.context().close();
});
