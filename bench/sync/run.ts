/**
 * `npm run bench:sync` (and part of `npm run bench`): Fieldcase's sync against the classic
 * offline-first stack, side by side on the same data in the same Chromium: first sync of a
 * large workspace, live propagation between two laptops, offline notes pushed on reconnect,
 * and each server's peak memory. Figures are printed, never asserted.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg, platform, arch, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { generateWorkspace } from '../page/dataset.ts';
import type { DatasetSize } from '../harness-api.ts';
import { startStaticServer, type StaticServer } from '../static-server.ts';
import { chromiumPath } from '../browser.ts';
import { DRIVER } from './cdp.ts';
import { formatReport } from './report.ts';
import { REP, runSide, type ScenarioPlan } from './scenario.ts';
import { buildServers } from './servers.ts';
import { SERVER_NODE_FLAGS } from '../../server/node-flags.ts';

const SIZE: DatasetSize = { notes: 10_000, battleCards: 500, demoScripts: 50, accounts: 1_000 };
const SEED = 20_251_128;
/** FIELDCASE_SYNC_BENCH_PROFILE=folder: CPU profiles of both servers and of laptop B's first sync. */
const PROFILE_DIR = process.env['FIELDCASE_SYNC_BENCH_PROFILE'];

const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

function machine(): string {
  const list = cpus();
  return `${list.length} cores (${list[0]?.model.trim() ?? 'unknown model'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${arch()}, Node ${process.version}, load average ${loadAverage()}`;
}

async function main(): Promise<void> {
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
    const plan: ScenarioPlan = {
      chromium: chromiumPath,
      pageUrl: `${server.origin}/sync/`,
      workspace,
      documents,
      liveWrites: 100,
      liveWarmups: 5,
      liveGapMs: 50,
      offlineNotes: 2_000,
      ...(PROFILE_DIR ? { profileDir: PROFILE_DIR } : {}),
    };
    const machineBefore = machine();
    const log = (line: string) => console.info(line);
    const fieldcase = await runSide('fieldcase', plan, log);
    const pouchdb = await runSide('pouchdb', plan, log);
    const dataset = `${SIZE.notes.toLocaleString('en-US')} notes + ${SIZE.battleCards} battle cards + ${SIZE.demoScripts ?? 0} demo scripts + ${SIZE.accounts.toLocaleString('en-US')} accounts = ${documents.toLocaleString('en-US')} documents, seed ${SEED}`;
    console.info(
      formatReport(
        {
          dataset,
          machine: `${machineBefore}; at the end ${loadAverage()}`,
          browser: `${chromiumPath} (${fieldcase.browser})`,
          driver: DRIVER,
          servers:
            `Fieldcase server/main.ts on the embedded SQLite store (node ${SERVER_NODE_FLAGS.join(' ')}, as npm run server starts it) vs express-pouchdb 4.2 + pouchdb-node 9 (LevelDB), each compiled by esbuild and run as its own node process, fresh data folder, logging at warn; PouchDB laptops run pouchdb-browser 9 (idb adapter) with live two-way sync, restarted on \`online\``,
        },
        fieldcase,
        pouchdb,
      ),
    );
  } finally {
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error('sync bench failed:', error);
  process.exitCode = 1;
});
