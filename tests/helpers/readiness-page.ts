/** Page model of the Readiness screens: launch kits, a kit's items, the knowledge check, questions to product. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page.ts';

export class ReadinessPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  kitsList(): Locator {
    return this.page.getByRole('list', { name: 'Launch kits' });
  }

  /** A kit's progress bar, named after the kit. */
  progress(kitTitle: string): Locator {
    return this.page.getByRole('progressbar', { name: `${kitTitle} progress` });
  }

  async openKit(kitTitle: string): Promise<void> {
    await this.app.goTo('Readiness');
    await this.kitsList().getByRole('link', { name: kitTitle, exact: true }).click();
    await expect(this.app.heading(kitTitle)).toBeVisible();
  }

  /** One required item's row on the kit screen. */
  item(title: string): Locator {
    return this.page.getByRole('list', { name: 'Required items' }).getByRole('listitem', { name: title, exact: true });
  }

  /** Says whether the kit is complete, or how much is done ("3 of 5 done"). */
  state(text: string | RegExp): Locator {
    return this.page.getByRole('main').getByText(text);
  }

  /** Rehearses the kit's demo script from the kit screen: starts the player, ends and saves the run, back to the kit. */
  async rehearseScript(kitTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Rehearse / }).click();
    await this.page.getByRole('button', { name: 'End rehearsal', exact: true }).click();
    await this.page.getByRole('button', { name: 'End and save', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await this.openKit(kitTitle);
  }

  async answerCheck(answers: readonly string[]): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Knowledge check' });
    const questions = form.getByRole('group');
    await expect(questions).toHaveCount(answers.length);
    for (const [index, answer] of answers.entries()) {
      await questions.nth(index).getByRole('radio', { name: answer, exact: true }).check();
    }
    await form.getByRole('button', { name: 'Check my answers' }).click();
  }

  wrongAnswers(): Locator {
    return this.page.getByRole('list', { name: 'What was wrong' }).getByRole('listitem');
  }

  async ask(question: string): Promise<void> {
    await this.page.getByLabel('Your question to product').fill(question);
    await this.page.getByRole('button', { name: 'Ask product', exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Question saved' })).toBeVisible();
  }

  yourQuestions(): Locator {
    return this.page.getByRole('list', { name: 'Your questions' }).getByRole('listitem');
  }

  /** The manager's table of the team's readiness for one kit. */
  teamTable(kitTitle: string): Locator {
    return this.page.getByRole('table', { name: `Team readiness: ${kitTitle}` });
  }
}
