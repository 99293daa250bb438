/**
 * `npm run bench:first-sync`: only the first sync, several times on each side, with the median.
 * One run of `npm run bench:sync` on a busy 2-core machine can be off by a third either way;
 * comparing two builds needs several. FIELDCASE_BENCH_RUNS sets how many (default 3);
 * FIELDCASE_BENCH_SIDES=fieldcase skips PouchDB.
 */
import { median } from '../report.ts';
import type { FirstSyncFigures, Side } from './page-api.ts';
import { runFirstSyncs } from './scenario.ts';
import { machine, withBenchPage } from './setup.ts';

const RUNS = Number(process.env['FIELDCASE_BENCH_RUNS'] ?? 3);
const SIDES = (process.env['FIELDCASE_BENCH_SIDES'] ?? 'fieldcase,pouchdb').split(',') as Side[];

async function main(): Promise<void> {
  if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 20) throw new Error('FIELDCASE_BENCH_RUNS must be a whole number from 1 to 20');
  await withBenchPage(async (plan) => {
    const before = machine();
    const results = new Map<Side, FirstSyncFigures[]>();
    for (const side of SIDES) results.set(side, await runFirstSyncs(side, plan, RUNS, (line) => console.info(line)));
    console.info(`\nFirst sync of ${plan.documents.toLocaleString('en-US')} documents into a fresh profile, ${RUNS} runs per side`);
    console.info(`Machine: ${before}; at the end ${machine().split('load average ')[1] ?? ''}`);
    for (const [side, figures] of results) {
      const rates = figures.map((figure) => plan.documents / (figure.ms / 1_000));
      const each = figures.map((figure, i) => `${Math.round(rates[i] as number).toLocaleString('en-US')} docs/s (${(figure.ms / 1_000).toFixed(2)} s, open ${(figure.openMs / 1_000).toFixed(2)} s)`);
      console.info(`${side.padEnd(9)} median ${Math.round(median(rates)).toLocaleString('en-US')} docs/s; each: ${each.join(', ')}`);
    }
  });
}

main().catch((error: unknown) => {
  console.error('first-sync bench failed:', error);
  process.exitCode = 1;
});
