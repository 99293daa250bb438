import { expect, test } from '@playwright/test';
import { seriousViolations } from '../helpers/axe.ts';
import { DemoPlayerPage } from '../helpers/demo-player-page.ts';

const EXEC = 'Beacon Analytics: executive overview';
const EXEC_STEPS = [
  'Open on their problem',
  'The network at a glance',
  'Drill into an exception',
  'One definition of every KPI',
  'Alerts that reach people',
  'Time to value and next step',
];
const MARROW_DEMO = 'Marrow & Pike: executive demo';

test('runs a demo with the keyboard, notes a step into the meeting’s call note, and stores every step’s time', async ({ page }) => {
  // A controllable clock (it still runs on its own): step times become exact enough to check.
  await page.clock.install();
  const demo = new DemoPlayerPage(page);
  await demo.openOfflineWithDemoWorkspace();

  // Pick the script by product and persona.
  await demo.app.goTo('Demo scripts');
  const scripts = page.getByRole('list', { name: 'Scripts' }).getByRole('link');
  await expect(scripts).toHaveCount(3);
  await page.getByRole('main').getByLabel('Product').selectOption('Beacon Analytics');
  await expect(scripts).toHaveText([EXEC]);
  await page.getByRole('main').getByLabel('Persona').selectOption('IT admin / integration architect');
  await expect(page.getByRole('main').getByRole('status')).toContainText('No script for this product and persona.');
  await page.getByRole('main').getByLabel('Persona').selectOption('VP Operations');
  await expect(scripts).toHaveText([EXEC]);
  await scripts.first().click();

  await expect(demo.app.heading(EXEC)).toBeVisible();
  await expect(page.getByRole('heading', { name: '6 steps, 14:30 planned' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Steps' }).getByRole('listitem')).toHaveCount(6);
  // Today's meeting with the script's persona is suggested.
  await expect(demo.meeting).toHaveValue('demo-mtg-marrow-exec-demo');
  await expect(demo.meeting.getByRole('option', { name: `Today, 14:00 · ${MARROW_DEMO}` })).toHaveCount(1);
  await demo.button('Start demo').click();

  await demo.expectStep(1, 6, EXEC_STEPS[0]!);
  const step = page.getByRole('article', { name: EXEC_STEPS[0]! });
  await expect(step).toContainText('five days old');
  await expect(step).toContainText('Do: Title slide');
  await expect(page.getByRole('complementary', { name: 'Next step' })).toContainText(EXEC_STEPS[1]!);

  await demo.addQuickNote('Dana asked whether SSO covers the regional managers');

  // Two minutes on a 1:30 step: the step runs over and the run falls behind plan.
  await page.clock.fastForward('02:00');
  await expect(demo.timing('Step')).toHaveText(/^Step\s*2:0\d of 1:30$/);
  await expect(demo.timing('Pace')).toHaveText(/^Pace\s*0:3\d behind plan$/);

  await demo.press('ArrowRight');
  await demo.expectStep(2, 6, EXEC_STEPS[1]!);
  await demo.press(' ');
  await demo.expectStep(3, 6, EXEC_STEPS[2]!);
  await demo.press('ArrowLeft');
  await demo.expectStep(2, 6, EXEC_STEPS[1]!);

  await demo.press('p');
  await expect(demo.timing('Clock')).toHaveText(/^Clock\s*Paused$/);
  await expect(demo.button('Resume')).toBeVisible();
  await page.clock.fastForward('10:00'); // paused time is not demo time
  await demo.press('P');
  await expect(demo.timing('Clock')).toHaveCount(0);

  await demo.press('ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
  await demo.expectStep(6, 6, EXEC_STEPS[5]!);
  await demo.press('ArrowRight'); // nothing past the last step
  await demo.expectStep(6, 6, EXEC_STEPS[5]!);
  await expect(page.getByRole('complementary', { name: 'Next step' })).toContainText('This is the last step.');

  // Esc asks, Esc again keeps going; Esc then Enter ends and stores the run.
  await demo.press('Escape');
  await expect(page.getByRole('group', { name: 'End the demo?' })).toBeVisible();
  await demo.press('Escape');
  await expect(page.getByRole('group', { name: 'End the demo?' })).toHaveCount(0);
  await demo.press('Escape');
  await expect(demo.button('End and save')).toBeFocused();
  await demo.press('Enter');

  await expect(demo.app.heading('Run summary')).toBeVisible();
  await expect(demo.stepRows).toHaveCount(6);
  await expect(demo.stepRows.first().getByRole('rowheader')).toHaveText(EXEC_STEPS[0]!);
  await expect(demo.stepRows.first()).toContainText(/1:30\s*2:0\d/);
  await expect(demo.stepRows.first()).toContainText('went long');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^Went long at Open on their problem \(\+0:3\d\)\.$/);

  // Stored: the past runs list and the summary read it back from the local database after a reload.
  await page.reload();
  await expect(demo.stepRows).toHaveCount(6);
  await page.getByRole('link', { name: 'Back to the script' }).click();
  // Newest first: this demo, then the rehearsal the demo workspace comes with.
  await expect(demo.pastRuns()).toHaveCount(2);
  await expect(demo.pastRuns().first()).toContainText('went long at Open on their problem');
  await expect(demo.pastRuns().nth(1).getByRole('link')).toHaveText(/^Rehearsal, /);
  await demo.pastRuns().first().getByRole('link', { name: /^Demo, / }).click();
  await expect(demo.stepRows.first()).toContainText(/1:30\s*2:0\d/);

  // The quick note is in the meeting's call note, under the step's heading.
  await demo.app.goTo('Notes');
  await demo.app.noteLink(MARROW_DEMO).click();
  await expect(demo.app.noteText).toHaveValue(
    /## Demo notes\n\n### Open on their problem\n- Dana asked whether SSO covers the regional managers\n/,
  );
});

test('the talk track pops out without the app around it and stays in step with the player', async ({ page }) => {
  const demo = new DemoPlayerPage(page);
  await demo.openOfflineWithDemoWorkspace();
  await demo.openScript(EXEC);
  await demo.button('Rehearse').click();
  await demo.expectStep(1, 6, EXEC_STEPS[0]!);

  const popupOpened = page.waitForEvent('popup');
  await demo.button('Pop out talk track').click();
  const popup = await popupOpened;
  await expect(popup.getByRole('heading', { level: 1, name: EXEC_STEPS[0]!, exact: true })).toBeVisible();
  await expect(popup.getByText('Rehearsal · Step 1 of 6')).toBeVisible();
  await expect(popup.getByText(`Next: ${EXEC_STEPS[1]!}`, { exact: true })).toBeVisible();
  await expect(popup.getByRole('region', { name: 'Talk track' })).toContainText('five days old');
  await expect(popup.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'The talk track is popped out' })).toBeVisible();

  // The player moves; the pop-out follows.
  await page.bringToFront();
  await demo.press('ArrowRight');
  await expect(popup.getByRole('heading', { level: 1, name: EXEC_STEPS[1]!, exact: true })).toBeVisible();
  await demo.press('p');
  await expect(popup.getByRole('button', { name: 'Resume' })).toBeVisible();

  // The pop-out drives the player.
  await popup.getByRole('button', { name: 'Resume' }).click();
  await expect(demo.button('Pause')).toBeVisible();
  await popup.getByRole('button', { name: 'Next step' }).click();
  await demo.expectStep(3, 6, EXEC_STEPS[2]!);
  await expect(popup.getByRole('heading', { level: 1, name: EXEC_STEPS[2]!, exact: true })).toBeVisible();
  await popup.getByRole('button', { name: 'Previous step' }).click();
  await demo.expectStep(2, 6, EXEC_STEPS[1]!);

  // Leaving the player tells the pop-out; coming back picks it up again.
  await demo.app.goTo('Notes');
  await expect(popup.getByRole('status')).toContainText('The demo player was closed.');
  await page.goBack();
  await demo.expectStep(2, 6, EXEC_STEPS[1]!);
  await expect(popup.getByRole('heading', { level: 1, name: EXEC_STEPS[1]!, exact: true })).toBeVisible();

  // The button closes its own window: a pointer click can still be finishing when the page goes
  // (Playwright then fails the click), so the click is dispatched and the close awaited.
  const popupClosed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Close talk track' }).dispatchEvent('click');
  await popupClosed;
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'The talk track window was closed.' })).toBeVisible();

  // A rehearsal's quick notes go into a rehearsal note, and the run is kept as a rehearsal.
  await demo.addQuickNote('Slow down on the KPI catalogue');
  await expect(page.getByRole('main').getByRole('link', { name: `Rehearsal: ${EXEC}` })).toBeVisible();
  await demo.button('End rehearsal').click();
  await demo.button('End and save').click();
  await expect(page.getByText(`Rehearsal of ${EXEC}`)).toBeVisible();
  await page.getByRole('link', { name: 'Back to the script' }).click();
  await expect(demo.pastRuns().getByRole('link', { name: /^Rehearsal, / })).toHaveCount(2);
  await expect(demo.pastRuns().getByRole('link', { name: /^Demo, / })).toHaveCount(0);
});

test('a blocked pop-out is said to be blocked', async ({ page }) => {
  const demo = new DemoPlayerPage(page);
  await demo.openOfflineWithDemoWorkspace();
  await demo.openScript(EXEC);
  await demo.button('Rehearse').click();
  // What a popup blocker does: window.open hands back no window.
  await page.evaluate(() => {
    window.open = () => null;
  });
  await demo.button('Pop out talk track').click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('The browser blocked the pop-out. Allow pop-ups for Fieldcase, then try again.');
});

test('leaving a run and coming back resumes it at the same step with the same times', async ({ page }) => {
  await page.clock.install();
  const demo = new DemoPlayerPage(page);
  await demo.openOfflineWithDemoWorkspace();
  // A link from a meeting picks that meeting; the rep can still choose none.
  await page.goto('/#/demo-scripts/demo-script-analytics-exec-overview?meeting=demo-mtg-brightwater-deep-dive');
  await expect(demo.meeting).toHaveValue('demo-mtg-brightwater-deep-dive');
  await demo.meeting.selectOption({ label: 'No meeting' });
  await demo.button('Start demo').click();
  await demo.expectStep(1, 6, EXEC_STEPS[0]!);
  await page.clock.fastForward('01:00');
  await demo.press('ArrowRight', 'ArrowRight');
  await demo.expectStep(3, 6, EXEC_STEPS[2]!);
  await expect(demo.timing('Total')).toHaveText(/^Total\s*1:0\d of 14:30$/);

  // Away from the player for a quarter of an hour: that time is not counted.
  await demo.app.goTo('Demo scripts');
  await expect(page.getByRole('list', { name: 'Scripts' })).toContainText('Demo in progress, step 3 of 6');
  await page.clock.fastForward('15:00');
  await page.getByRole('link', { name: EXEC, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Demo in progress' })).toBeVisible();
  await demo.button('Resume').click();
  await demo.expectStep(3, 6, EXEC_STEPS[2]!);
  await expect(demo.timing('Total')).toHaveText(/^Total\s*1:0\d of 14:30$/);

  // A reload (or closing the window) keeps the run too.
  await page.reload();
  await demo.expectStep(3, 6, EXEC_STEPS[2]!);
  await expect(demo.timing('Total')).toHaveText(/^Total\s*1:0\d of 14:30$/);
  await demo.press('ArrowLeft');
  await demo.expectStep(2, 6, EXEC_STEPS[1]!);
});

test('axe-core finds no serious or critical violation in the player, the pop-out or a run’s summary', async ({ page }) => {
  const demo = new DemoPlayerPage(page);
  await demo.openOfflineWithDemoWorkspace();
  await demo.openScript(EXEC);
  await demo.button('Start demo').click();
  await demo.addQuickNote('Wants the shift view');
  await demo.press('p', 'Escape');
  await expect(demo.button('End and save')).toBeFocused();
  expect(await seriousViolations(page), 'player').toEqual([]);

  const popupOpened = page.waitForEvent('popup');
  await demo.button('Pop out talk track').click();
  const popup = await popupOpened;
  await expect(popup.getByRole('heading', { level: 1, name: EXEC_STEPS[0]!, exact: true })).toBeVisible();
  expect(await seriousViolations(popup), 'talk-track pop-out').toEqual([]);

  await demo.button('End and save').click();
  await expect(demo.app.heading('Run summary')).toBeVisible();
  await expect(popup.getByRole('main').getByRole('status')).toContainText('The demo player was closed.');
  expect(await seriousViolations(page), 'run summary').toEqual([]);
  expect(await seriousViolations(popup), 'pop-out with no player').toEqual([]);
});
