/**
 * `npm run bench`: bulk load, cold open and indexed query figures for a large local workspace,
 * measured in headless Chromium on real IndexedDB. The app is built by `vite build` first
 * (package.json); this script builds the harness page, serves both and drives three rounds.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, platform, arch, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import {
  chromiumPath,
  chromiumVersion,
  installAppShell,
  launch,
  measureColdOpen,
  openHarness,
  withDeadline,
  type Session,
} from './browser.ts';
import type { BenchHarness, DatasetSize, QueryOptions } from './harness-api.ts';
import { formatReport, type RoundFigures } from './report.ts';
import type { SearchBenchOptions } from './search-api.ts';
import { measureTyping } from './search-typing.ts';
import { timeScreens } from './screens.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

// Exists only in the harness page, where the functions passed to page.evaluate run.
declare const fieldcaseBench: BenchHarness;

const SIZE: DatasetSize = { notes: 10_000, battleCards: 500, accounts: 1_000 };
const SEED = 20_251_128;
const ROUNDS = 3;
const QUERY_OPTIONS: QueryOptions = { warmups: 3, runs: 9 };
const SEARCH_OPTIONS: SearchBenchOptions = { warmups: 2 };
const BRIEFS_PER_ROUND = 5;

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** The app built for the bench alone, so an e2e run rebuilding dist/renderer meanwhile cannot pull it away. */
const appDir = join(repoRoot, 'dist', 'bench-app');
const harnessDir = join(repoRoot, 'dist', 'bench');

/** Profiles still on disk; removed after each round, or on Ctrl-C. */
const profiles = new Set<string>();

function removeProfile(dir: string): void {
  // Chromium may still be flushing the profile for a moment after close.
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  profiles.delete(dir);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const dir of profiles) removeProfile(dir);
    process.exit(130);
  });
}

/** Runs `step` on a new browser process and always closes it, so a failure leaves no Chromium behind. */
async function withBrowser<T>(profile: string, step: (session: Session) => Promise<T>): Promise<T> {
  const session = await launch(profile);
  try {
    return await step(session);
  } finally {
    await session.context.close();
  }
}

async function runRound(origin: string, round: number): Promise<{ figures: RoundFigures; chromium: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'fieldcase-bench-'));
  profiles.add(profile);
  const appUrl = `${origin}/app/`;
  try {
    console.info(`round ${round}: loading ${SIZE.notes} notes, ${SIZE.battleCards} cards, ${SIZE.accounts} accounts…`);
    const loaded = await withBrowser(profile, async (session) => {
      await openHarness(session, `${origin}/bench/`);
      const { page } = session;
      const load = await withDeadline(
        page.evaluate(({ size, seed }) => fieldcaseBench.load(size, seed), { size: SIZE, seed: SEED }),
        180,
        'Loading the dataset',
      );
      const queries = await withDeadline(
        page.evaluate((options) => fieldcaseBench.queries(options), QUERY_OPTIONS),
        120,
        'Timing the queries',
      );
      const search = await withDeadline(
        page.evaluate((options) => fieldcaseBench.search(options), SEARCH_OPTIONS),
        120,
        'Timing the search',
      );
      await withDeadline(page.evaluate(() => fieldcaseBench.close()), 30, 'Closing the database');
      await installAppShell(session, appUrl);
      return { load, queries, search, chromium: await chromiumVersion(session) };
    });
    console.info(`round ${round}: cold opens…`);
    const notesOpen = await withBrowser(profile, (session) => measureColdOpen(session, appUrl, 'notes'));
    const cardsOpen = await withBrowser(profile, (session) => measureColdOpen(session, appUrl, 'battle-cards'));
    console.info(`round ${round}: typing into the app's search…`);
    const typing = await withBrowser(profile, (session) => measureTyping(session, appUrl));
    console.info(`round ${round}: Today, briefs and screen switches…`);
    const { todayOpen, screens } = await withBrowser(profile, async (session) => ({
      todayOpen: await measureColdOpen(session, appUrl, 'today'),
      screens: await withDeadline(timeScreens(session.page, BRIEFS_PER_ROUND), 120, 'Timing the screens'),
    }));
    const { chromium, ...rest } = loaded;
    return { figures: { ...rest, notesOpen, cardsOpen, typing, todayOpen, screens }, chromium };
  } finally {
    removeProfile(profile);
  }
}

async function main(): Promise<void> {
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath} (set FIELDCASE_CHROMIUM)`);
  await build({ build: { outDir: appDir, emptyOutDir: true }, logLevel: 'warn' });
  await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) });

  let server: StaticServer | undefined;
  try {
    server = await startStaticServer({ '/app/': appDir, '/bench/': harnessDir });
    const rounds: RoundFigures[] = [];
    let chromium = '';
    for (let round = 1; round <= ROUNDS; round += 1) {
      const result = await runRound(server.origin, round);
      rounds.push(result.figures);
      chromium = result.chromium;
    }
    const cpuList = cpus();
    const machine = `${cpuList.length} CPUs (${cpuList[0]?.model.trim() ?? 'unknown model'}), ${platform()} ${arch()}, Node ${process.version}`;
    console.info(formatReport({ size: SIZE, seed: SEED, queryOptions: QUERY_OPTIONS, machine, chromium }, rounds));
  } finally {
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exitCode = 1;
});
