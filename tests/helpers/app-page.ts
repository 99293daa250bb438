/** Page model of the Fieldcase shell for e2e specs: roles and labels only, never CSS. */
import { expect, type Locator, type Page } from '@playwright/test';

export const NAV_LABELS = ['Today', 'Accounts', 'Pipeline', 'Forecast', 'Battle cards', 'Collateral', 'Demo scripts', 'Readiness', 'Notes', 'Feedback', 'Sync'] as const;

export class AppPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading('Today')).toBeVisible();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  nav(label: (typeof NAV_LABELS)[number]): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true });
  }

  async goTo(label: (typeof NAV_LABELS)[number]): Promise<void> {
    await this.nav(label).click();
    await expect(this.heading(label)).toBeVisible();
  }

  async loadDemoWorkspace(): Promise<void> {
    await this.page.getByRole('button', { name: 'Try the demo workspace' }).click();
    // The offer disappears once the local database holds the workspace.
    await expect(this.page.getByRole('button', { name: 'Try the demo workspace' })).toHaveCount(0);
  }

  /** Waits until the web mode's service worker controls the page, so it reloads offline. */
  async waitForOfflineShell(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
  }

  /** The sync badge in the header (the search field has a status line of its own there). */
  get syncBadge(): Locator {
    return this.page.getByRole('banner').getByRole('group', { name: 'Sync status' }).getByRole('status');
  }

  /**
   * The app opened once online (so its offline shell is kept), then reloaded with the network off
   * and the demo workspace loaded: a rep's laptop with no signal.
   */
  async openOfflineWithDemo(): Promise<void> {
    await this.open();
    await this.waitForOfflineShell();
    await this.page.context().setOffline(true);
    await this.page.reload();
    await expect(this.page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
    await this.loadDemoWorkspace();
  }

  get noteTitle(): Locator {
    return this.page.getByLabel('Title');
  }

  get noteText(): Locator {
    return this.page.getByLabel('Note text');
  }

  noteLink(title: string): Locator {
    return this.page.getByRole('list', { name: 'Recent notes' }).getByRole('link', { name: title, exact: true });
  }

  async startNote(): Promise<void> {
    await this.page.getByRole('button', { name: 'New note' }).click();
    await expect(this.noteTitle).toBeFocused();
  }

  async signIn(serverUrl: string, email: string, password: string): Promise<void> {
    await this.goTo('Sync');
    await this.page.getByLabel('Server address').fill(serverUrl);
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.page.getByRole('heading', { name: `Syncing with ${serverUrl}` })).toBeVisible();
    await expect(this.page.getByRole('main').getByRole('status').filter({ hasText: 'In sync' })).toBeVisible({ timeout: 20_000 });
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: 'Saved on this laptop' })).toBeVisible();
  }
}
