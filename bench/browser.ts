/**
 * Chromium for the benchmark: one persistent profile per round, relaunched to measure cold opens.
 * Functions passed to page.evaluate / waitForFunction run in the page, not in Node; they stay
 * anonymous and flat because tsx may wrap named inner functions in a helper the page lacks.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findSystemChromium } from '../tests/helpers/chromium.ts';
import type { BenchHarness } from './harness-api.ts';

// This module is type-checked without the DOM lib; these globals exist only in the page.
interface PageElement {
  querySelectorAll(selectors: string): { length: number };
  checkVisibility(): boolean;
}
declare const document: { querySelector(selectors: string): PageElement | null; querySelectorAll(selectors: string): { length: number } };
declare const navigator: { serviceWorker: { ready: Promise<unknown> } };
declare const fieldcaseBench: BenchHarness;

export const chromiumPath = findSystemChromium() ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  page: Page;
}

/** A new browser process on `userDataDir`: whatever the profile holds is read from disk again. */
export async function launch(userDataDir: string): Promise<Session> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(120_000);
  return { context, page };
}

/** The browser's own product string, e.g. "HeadlessChrome/156.0.8078.108". */
export async function chromiumVersion(session: Session): Promise<string> {
  const cdp = await session.context.newCDPSession(session.page);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  return product;
}

/** page.evaluate has no timeout of its own: a page that never answers would hang the whole bench. */
export async function withDeadline<T>(work: Promise<T>, seconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${seconds} s`)), seconds * 1_000);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Fails fast on a 404 (say, dist/ rebuilt mid-run) instead of waiting for a screen that cannot come. */
async function goto(page: Page, url: string, waitUntil: 'load' | 'commit'): Promise<void> {
  const response = await page.goto(url, { waitUntil });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
}

/** Loads the harness page and waits until it has installed window.fieldcaseBench. */
export async function openHarness(session: Session, url: string): Promise<void> {
  await goto(session.page, url, 'load');
  await session.page.waitForFunction(() => typeof fieldcaseBench !== 'undefined');
}

/**
 * Visits the app once so its service worker installs and keeps the app's files: both cold opens
 * then start from the same state (a returning user), instead of only the first paying for the install.
 */
export async function installAppShell(session: Session, appUrl: string): Promise<void> {
  await goto(session.page, appUrl, 'load');
  const ready = session.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await withDeadline(ready, 60, 'Installing the service worker');
}

export type Screen = 'notes' | 'battle-cards' | 'today';

export interface ColdOpen {
  /** performance.now() in the page when the screen showed data: ms since navigation start. */
  ms: number;
  links: number;
}

/**
 * Navigates a fresh browser process to one screen and polls on every animation frame until it
 * shows data. The page reads its own clock, so Playwright's round trips are not counted.
 */
export async function measureColdOpen(session: Session, appUrl: string, screen: Screen): Promise<ColdOpen> {
  const { page } = session;
  await goto(page, `${appUrl}#/${screen}`, 'commit');
  if (screen === 'today') {
    const today = await page.waitForFunction(
      () => {
        const meetings = document.querySelectorAll('main li[aria-labelledby^="meeting-"]').length;
        return meetings > 0 ? { ms: performance.now(), links: meetings } : false;
      },
      undefined,
      { polling: 'raf' },
    );
    return (await today.jsonValue()) || Promise.reject(new Error('The Today screen never listed a meeting'));
  }
  const ready =
    screen === 'notes'
      ? await page.waitForFunction(
          () => {
            const list = document.querySelector('ul[aria-label="Recent notes"]');
            const links = list ? list.querySelectorAll('a').length : 0;
            return links > 0 ? { ms: performance.now(), links } : false;
          },
          undefined,
          { polling: 'raf' },
        )
      : await page.waitForFunction(
          () => {
            const card = document.querySelector('main a[href*="#/battle-cards/"]');
            const main = document.querySelector('main');
            if (!card || !main || !card.checkVisibility()) return false;
            return { ms: performance.now(), links: main.querySelectorAll('a[href*="#/battle-cards/"]').length };
          },
          undefined,
          { polling: 'raf' },
        );
  const result = await ready.jsonValue();
  if (result === false) throw new Error(`The ${screen} screen never showed data`);
  return result;
}
