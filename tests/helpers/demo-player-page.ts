/** Page model of the demo scripts screens, the player and the talk-track pop-out: roles and labels only. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page.ts';

export class DemoPlayerPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  /** Opens the app, waits for the offline shell, goes offline and loads the demo workspace. */
  openOfflineWithDemoWorkspace(): Promise<void> {
    return this.app.openOfflineWithDemo();
  }

  async openScript(title: string): Promise<void> {
    await this.app.goTo('Demo scripts');
    await this.page.getByRole('list', { name: 'Scripts' }).getByRole('link', { name: title, exact: true }).click();
    await expect(this.app.heading(title)).toBeVisible();
  }

  get meeting(): Locator {
    return this.page.getByRole('main').getByLabel('Meeting');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** "Step 3 of 6" and the step's title: where the player is. */
  async expectStep(position: number, count: number, title: string): Promise<void> {
    await expect(this.page.getByText(`Step ${position} of ${count}`, { exact: true })).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  }

  /** A reading of the player's clock ("Step 2:05 of 1:30"): the step's time, the total, the pace, or "Clock Paused". */
  timing(term: 'Step' | 'Total' | 'Pace' | 'Clock'): Locator {
    return this.page.getByRole('group', { name: 'Timing', exact: true }).getByRole('group', { name: term, exact: true });
  }

  get quickNote(): Locator {
    return this.page.getByLabel('Quick note on this step');
  }

  async addQuickNote(text: string): Promise<void> {
    await this.quickNote.fill(text);
    await this.quickNote.press('Enter');
    await expect(this.page.getByRole('main').getByRole('status').filter({ hasText: 'Added to' })).toBeVisible();
    // Esc leaves the field, so the next key drives the player again.
    await this.quickNote.press('Escape');
    await expect(this.quickNote).not.toBeFocused();
  }

  /** Presses the player's keys on the page, one after the other. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  get stepRows(): Locator {
    return this.page.getByRole('table', { name: 'Time per step' }).getByRole('rowgroup').nth(1).getByRole('row');
  }

  pastRuns(): Locator {
    return this.page.getByRole('list', { name: 'Past runs' }).getByRole('listitem');
  }
}
