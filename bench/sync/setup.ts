/**
 * What both sync benchmarks share: the dataset, and the comparison page and servers built and
 * served for a run.
 */
import { existsSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromiumPath } from '../browser.ts';
import type { DatasetSize } from '../harness-api.ts';
import { generateWorkspace } from '../page/dataset.ts';
import { startStaticServer, type StaticServer } from '../static-server.ts';
import { REP, type ScenarioPlan } from './scenario.ts';
import { buildServers } from './servers.ts';

export const SIZE: DatasetSize = { notes: 10_000, battleCards: 500, demoScripts: 50, accounts: 1_000 };
export const SEED = 20_251_128;
/** FIELDCASE_SYNC_BENCH_PROFILE=folder: CPU profiles of the servers and of the first syncs (laptop B's in bench:sync, every run in bench:first-sync). */
const PROFILE_DIR = process.env['FIELDCASE_SYNC_BENCH_PROFILE'];

export const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

export function machine(): string {
  const list = cpus();
  return `${list.length} cores (${list[0]?.model.trim() ?? 'unknown model'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${arch()}, Node ${process.version}, load average ${loadAverage()}`;
}

/** Builds the comparison page and both servers, and serves the page; `work` gets the plan. */
export async function withBenchPage<T>(work: (plan: ScenarioPlan) => Promise<T>): Promise<T> {
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath} (set FIELDCASE_CHROMIUM)`);
  console.info('building the sync comparison page…');
  await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) });
  console.info('compiling both servers…');
  await buildServers();
  const { workspace } = generateWorkspace(SIZE, SEED, REP.id);
  const documents = Object.values(workspace).reduce((sum, docs) => sum + (docs?.length ?? 0), 0);
  let server: StaticServer | undefined;
  try {
    server = await startStaticServer({ '/sync/': fileURLToPath(new URL('../../dist/bench-sync', import.meta.url)) });
    return await work({
      chromium: chromiumPath,
      pageUrl: `${server.origin}/sync/`,
      workspace,
      documents,
      liveWrites: 100,
      liveWarmups: 5,
      liveGapMs: 50,
      offlineNotes: 2_000,
      ...(PROFILE_DIR ? { profileDir: PROFILE_DIR } : {}),
    });
  } finally {
    await server?.stop();
  }
}

