/**
 * `npm run bench:sync` (and part of `npm run bench`): Fieldcase's sync against the classic
 * offline-first stack, side by side on the same data in the same Chromium: first sync of a
 * large workspace, live propagation between two laptops, offline notes pushed on reconnect,
 * and each server's peak memory. Figures are printed, never asserted.
 */
import { chromiumPath } from '../browser.ts';
import { DRIVER } from './cdp.ts';
import { formatReport } from './report.ts';
import { runSide } from './scenario.ts';
import { loadAverage, machine, SEED, SIZE, withBenchPage } from './setup.ts';
import { SERVER_NODE_FLAGS } from '../../server/node-flags.ts';

async function main(): Promise<void> {
  await withBenchPage(async (plan) => {
    const documents = plan.documents;
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
  });
}

main().catch((error: unknown) => {
  console.error('sync bench failed:', error);
  process.exitCode = 1;
});
