/**
 * Typing into the app's own search field, in a new browser process on the round's profile: each
 * keystroke timed in the page from the input event to the grouped results on screen (React has
 * committed the listbox for that query). The index is built first, as the app builds it at start.
 */
import type { Session } from './browser.ts';
import { withDeadline } from './browser.ts';
import { SEARCH_QUERIES } from './search-queries.ts';

export interface TypingFigures {
  /** From opening the app until its search index is ready. */
  indexReadyMs: number;
  /** One figure per keystroke that searches (two characters or more). */
  keystrokesMs: number[];
}

const FIELD = 'header [role="combobox"]';

export async function measureTyping(session: Session, appUrl: string): Promise<TypingFigures> {
  const { page } = session;
  const opened = Date.now();
  await page.goto(`${appUrl}#/today`, { waitUntil: 'load' });
  await page.locator(FIELD).click();
  // Ready when a search answers without "Still indexing".
  await withDeadline(
    page.waitForFunction(
      (selector) => {
        const input = document.querySelector<HTMLInputElement>(selector);
        if (!input) return false;
        if (input.value !== 'quantrel') {
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          setValue?.call(input, 'quantrel');
          input.dispatchEvent(new Event('input', { bubbles: true }));
          return false;
        }
        const status = document.getElementById(input.getAttribute('aria-describedby') ?? '');
        return status !== null && /results?\./.test(status.textContent ?? '') && !/Still indexing/.test(status.textContent ?? '');
      },
      FIELD,
      { polling: 100, timeout: 120_000 },
    ),
    130,
    'Waiting for the app to build its search index',
  );
  const indexReadyMs = Date.now() - opened;

  const keystrokesMs = await page.evaluate(
    async ({ selector, queries }) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      const list = input && document.getElementById(input.getAttribute('aria-controls') ?? '');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      if (!input || !list || !setValue) throw new Error('The search field is not on the page');
      const times: number[] = [];
      // No named function expressions in here: tsx would wrap them in a helper the page lacks.
      for (const query of queries) {
        for (let i = 0; i <= query.length; i += 1) {
          const value = query.slice(0, i);
          const ms = await new Promise<number>((resolve) => {
            const start = performance.now();
            if (input.value === value && list.dataset.resultsFor === value) {
              resolve(0);
              return;
            }
            const observer = new MutationObserver(() => {
              if (list.dataset.resultsFor !== value) return;
              observer.disconnect();
              resolve(performance.now() - start);
            });
            observer.observe(list, { attributes: true, attributeFilter: ['data-results-for'] });
            setValue.call(input, value);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          });
          if (value.trim().length >= 2) times.push(ms);
        }
      }
      return times;
    },
    { selector: FIELD, queries: [...SEARCH_QUERIES] },
  );
  return { indexReadyMs, keystrokesMs };
}
