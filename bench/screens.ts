/**
 * The screens a rep opens before a call, timed in the running app: the pre-call brief from Today,
 * and switching between the main screens. Each figure is read from the page's own clock (from the
 * click to the frame where the screen shows its data), so Playwright's round trips are not counted.
 * Functions passed to page.evaluate / waitForFunction run in the page: they stay flat and anonymous.
 */
import type { Page } from 'playwright-core';

export interface ScreenTimings {
  /** Click on a meeting's Prepare to its brief rendered with the battle cards section filled in. */
  briefMs: number[];
  /** Click on a navigation link to that screen's heading shown with no "Loading…" left. */
  switches: { screen: string; ms: number }[];
}

/** The main screens, in the order a rep might visit them; Today last, to come back round. */
export const SWITCH_ORDER = ['Accounts', 'Pipeline', 'Battle cards', 'Collateral', 'Demo scripts', 'Notes', 'Today'] as const;

async function clickAndTime(page: Page, selector: string, ready: { selector: string; heading?: string }): Promise<number> {
  await page.evaluate((sel) => {
    const target = document.querySelector<HTMLElement>(sel);
    if (!target) throw new Error(`nothing to click at ${sel}`);
    (window as unknown as { benchClickAt: number }).benchClickAt = performance.now();
    target.click();
  }, selector);
  const handle = await page.waitForFunction(
    ({ selector: readySelector, heading }) => {
      const main = document.querySelector('main');
      if (!main || !document.querySelector(readySelector)) return false;
      if (heading !== undefined && main.querySelector('h1')?.textContent !== heading) return false;
      if (main.textContent?.includes('Loading…')) return false;
      return performance.now() - (window as unknown as { benchClickAt: number }).benchClickAt;
    },
    ready,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Times `rounds` briefs (Today → Prepare → brief → back) and two laps of screen switches. */
export async function timeScreens(page: Page, rounds: number): Promise<ScreenTimings> {
  const briefMs: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    await page.waitForSelector('main a[href*="/brief"]');
    const brief = { selector: 'main section[aria-labelledby="brief-cards"] li, main section[aria-labelledby="brief-cards"] p' };
    briefMs.push(await clickAndTime(page, 'main a[href*="/brief"]', brief));
    await page.goBack();
  }
  const switches: ScreenTimings['switches'] = [];
  for (let lap = 0; lap < 2; lap += 1) {
    for (const screen of SWITCH_ORDER) {
      const link = `nav[aria-label="Main"] a[href="#/${screen.toLowerCase().replace(' ', '-')}"]`;
      const ms = await clickAndTime(page, link, { selector: 'main h1', heading: screen });
      switches.push({ screen, ms });
    }
  }
  return { briefMs, switches };
}
