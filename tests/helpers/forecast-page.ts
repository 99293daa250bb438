/** Page model of the Forecast screen: the quarter picker, the chart, the figures table, what changed. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page.ts';

export class ForecastPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(quarter?: string): Promise<void> {
    await this.app.goTo('Forecast');
    if (quarter) await this.page.getByLabel('Quarter').selectOption(quarter);
    await expect(this.table()).toBeVisible();
  }

  /** The quarter holding a moment `days` days from now on the browser's calendar, like 2026-Q4. */
  quarterInDays(days: number): Promise<string> {
    return this.page.evaluate((offset) => {
      const date = new Date();
      date.setDate(date.getDate() + offset);
      return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
    }, days);
  }

  chart(currency: string): Locator {
    return this.page.getByRole('img', { name: new RegExp(`^Forecast chart, Q\\d \\d{4}, ${currency}$`) });
  }

  table(): Locator {
    return this.page.getByRole('table', { name: /^Forecast figures, / });
  }

  /** A category's total in one currency, as a number (0 when the category holds none of it). */
  async total(category: 'Commit' | 'Best case' | 'Pipeline', symbol: string): Promise<number> {
    const cell = this.table().getByRole('row', { name: new RegExp(`^${category} `) }).getByRole('cell').first();
    const text = await cell.innerText();
    const match = new RegExp(`${symbol.replace(/[$£€]/, '\\$&')}\\s?([\\d,]+)`).exec(text);
    return match?.[1] ? Number(match[1].replaceAll(',', '')) : 0;
  }

  /** A manager's table of the team's forecast, one row a rep and the team's total. */
  teamTable(): Locator {
    return this.page.getByRole('table', { name: /^Forecast by rep, / });
  }

  repChart(currency: string): Locator {
    return this.page.getByRole('img', { name: new RegExp(`^Forecast by rep, Q\\d \\d{4}, ${currency}$`) });
  }

  changes(): Locator {
    return this.page.getByRole('list', { name: 'Deals changed since last week' });
  }

  change(dealName: string): Locator {
    return this.changes().getByRole('listitem').filter({ has: this.page.getByRole('link', { name: dealName, exact: true }) });
  }

  /** Moves a deal on the Pipeline board with its stage picker. */
  async moveOnPipeline(dealName: string, stage: string): Promise<void> {
    await this.app.goTo('Pipeline');
    await this.page.getByLabel(`Stage of ${dealName}`).selectOption({ label: stage });
    await expect(this.page.getByRole('region', { name: stage }).getByRole('link', { name: dealName, exact: true })).toBeVisible();
  }
}
