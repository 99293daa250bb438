/**
 * Typing in a call note (`npm run bench`, after the app is built): keystroke to durable local
 * write, the write itself after the debounce, and keystroke to the next frame, in a short note
 * and in one of 100,000 characters. Drives the built app in headless Chromium through its own
 * screens: real keys, React, RxDB and IndexedDB. Prints figures; asserts nothing.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { arch, cpus, loadavg, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumPath, chromiumVersion, launch, withDeadline } from '../browser.ts';
import { startStaticServer } from '../static-server.ts';
import { typingFigures, type Distribution, type RawTimings, type TypingFigures } from './figures.ts';
import { PROBE_SCRIPT, TAKE_TIMINGS } from './probe.ts';

const KEYSTROKES = 200;
/** About 12 characters a second: a quick typist taking notes. */
const KEY_DELAY_MS = 80;
const SHORT_NOTE_CHARS = 2_000;
const LONG_NOTE_CHARS = 100_000;
const PHRASE = 'Budget approved for Q3; the CFO signs in June. Pilot on line 3, then plants 4 and 5. ';

const appDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

function textOf(length: number): string {
  let text = '';
  while (text.length < length) text += text.length % 800 < PHRASE.length ? `\n## Section ${text.length}\n` : PHRASE;
  return text.slice(0, length);
}

async function waitSaved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Saved on this laptop' }).waitFor({ timeout: 60_000 });
}

/** Opens a new note holding `chars` characters, then types KEYSTROKES keys in the middle of it. */
async function measureNote(page: Page, origin: string, chars: number): Promise<TypingFigures> {
  await page.goto(`${origin}/app/#/notes/new`);
  const body = page.getByLabel('Note text');
  await body.waitFor({ timeout: 60_000 });
  await body.fill(textOf(chars));
  await waitSaved(page);
  await body.evaluate((el, at) => {
    (el as unknown as { focus(): void; setSelectionRange(a: number, b: number): void }).focus();
    (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(at, at);
  }, Math.floor(chars / 2));
  await page.evaluate(TAKE_TIMINGS);
  const typed = textOf(KEYSTROKES).replaceAll('\n', ' ');
  await withDeadline(page.keyboard.type(typed, { delay: KEY_DELAY_MS }), 120, 'Typing');
  await waitSaved(page);
  const raw = (await page.evaluate(TAKE_TIMINGS)) as RawTimings;
  return typingFigures(raw);
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
const row = (label: string, d: Distribution, goal: string) =>
  `| ${label.padEnd(52)} | ${ms(d.p50).padStart(9)} | ${ms(d.p95).padStart(9)} | ${ms(d.max).padStart(9)} | ${String(d.count).padStart(5)} | ${goal.padEnd(9)} |`;

function report(results: { label: string; figures: TypingFigures }[], context: string): string {
  const lines = [
    '',
    `Typing in a call note: ${KEYSTROKES} keys at one every ${KEY_DELAY_MS} ms, typed in the middle of the note`,
    context,
    '',
    `| ${'measure'.padEnd(52)} | ${'p50'.padStart(9)} | ${'p95'.padStart(9)} | ${'max'.padStart(9)} | ${'n'.padStart(5)} | ${'goal p95'.padEnd(9)} |`,
    `|${'-'.repeat(54)}|${'-'.repeat(11)}|${'-'.repeat(11)}|${'-'.repeat(11)}|${'-'.repeat(7)}|${'-'.repeat(11)}|`,
  ];
  for (const { label, figures } of results) {
    lines.push(row(`${label}: write after the debounce`, figures.writeAfterDebounce, '< 50 ms'));
    lines.push(row(`${label}: keystroke to durable write`, figures.keystrokeToDurable, '< 500 ms'));
    lines.push(row(`${label}: typing latency (handling one key)`, figures.keystrokeHandling, '< 16 ms'));
    lines.push(row(`${label}: key waiting before it is handled`, figures.keystrokeQueued, '—'));
    lines.push(row(`${label}: keydown to next frame painted`, figures.keystrokeToFrame, '—'));
    if (figures.unsaved > 0) lines.push(`  ${label}: ${figures.unsaved} keystrokes were never written (a bug).`);
  }
  lines.push(
    '',
    'Durable write: the note is stored in IndexedDB (the RxDB write resolved), measured by the app\'s own',
    '"fieldcase:note-save" User Timing measure; the debounce writes at most 300 ms after a keystroke.',
    'Typing latency: the time the page spends handling one key\'s input event (React re-renders the editor',
    'and updates the textarea), from the first to the last listener of the event. Waiting: from keydown',
    'until that input event starts (other tasks, such as a save in flight, and a busy machine). Next frame',
    'painted: from keydown until just after the following frame (includes the wait for the display\'s',
    'next frame, up to 16.7 ms at 60 Hz).',
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(join(appDir, 'index.html'))) throw new Error(`${appDir} has no build: run "npm run bench", which builds the app first`);
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath} (set FIELDCASE_CHROMIUM)`);
  const server = await startStaticServer({ '/app/': appDir });
  const profile = mkdtempSync(join(tmpdir(), 'fieldcase-bench-typing-'));
  try {
    const session = await launch(profile);
    try {
      await session.context.addInitScript({ content: PROBE_SCRIPT });
      const results = [];
      for (const [label, chars] of [
        [`${SHORT_NOTE_CHARS.toLocaleString('en-US')}-character note`, SHORT_NOTE_CHARS],
        [`${LONG_NOTE_CHARS.toLocaleString('en-US')}-character note`, LONG_NOTE_CHARS],
      ] as const) {
        console.info(`typing: ${label}…`);
        results.push({ label, figures: await measureNote(session.page, server.origin, chars) });
      }
      const cpuList = cpus();
      const load = loadavg()
        .map((value) => value.toFixed(1))
        .join(' / ');
      const machine = `${cpuList.length} CPUs (${cpuList[0]?.model.trim() ?? 'unknown model'}), ${platform()} ${arch()}, Node ${process.version}, ${await chromiumVersion(session)} headless; load average ${load} (1/5/15 min): tails grow with load`;
      console.info(report(results, machine));
    } finally {
      await session.context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error('typing bench failed:', error);
  process.exitCode = 1;
});
