/**
 * `npm run bench:first-sync`: only the first sync, several times on each side, with the median.
 * One run of `npm run bench:sync` on a busy 2-core machine can be off by a third either way;
 * comparing two builds needs several. FIELDCASE_BENCH_RUNS sets how many (default 3);
 * FIELDCASE_BENCH_SIDES=fieldcase skips PouchDB.
 */
import { median } from '../report.ts';
import type { Side } from './page-api.ts';
import { formatCpu } from './process-cpu.ts';
import { runFirstSyncs } from './scenario.ts';
import { machine, withBenchPage } from './setup.ts';

const RUNS = Number(process.env['FIELDCASE_BENCH_RUNS'] ?? 3);
const SIDE_NAMES: readonly Side[] = ['fieldcase', 'pouchdb'];
const SIDES = (process.env['FIELDCASE_BENCH_SIDES'] ?? SIDE_NAMES.join(',')).split(',') as Side[];

async function main(): Promise<void> {
  if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 20) throw new Error('FIELDCASE_BENCH_RUNS must be a whole number from 1 to 20');
  if (SIDES.length === 0 || SIDES.some((side) => !SIDE_NAMES.includes(side)) || new Set(SIDES).size !== SIDES.length) {
    throw new Error(`FIELDCASE_BENCH_SIDES must list some of ${SIDE_NAMES.join(', ')}, each once`);
  }
  await withBenchPage(async (plan) => {
    const before = machine();
    const results = await runFirstSyncs(SIDES, plan, RUNS, (line) => console.info(line));
    console.info(`\nFirst sync of ${plan.documents.toLocaleString('en-US')} documents into a fresh profile, ${RUNS} runs per side`);
    console.info(`Machine: ${before}; at the end ${machine().split('load average ')[1] ?? ''}`);
    for (const [side, figures] of results) {
      const rates = figures.map((figure) => plan.documents / (figure.ms / 1_000));
      const each = figures.map((figure, i) => `${Math.round(rates[i] as number).toLocaleString('en-US')} docs/s (${(figure.ms / 1_000).toFixed(2)} s, open ${(figure.openMs / 1_000).toFixed(2)} s)`);
      console.info(`${side.padEnd(9)} median ${Math.round(median(rates)).toLocaleString('en-US')} docs/s; each: ${each.join(', ')}`);
      for (const [i, figure] of figures.entries()) console.info(`${''.padEnd(9)} run ${i + 1} CPU: ${formatCpu(figure.cpu)}`);
    }
    const fieldcase = results.get('fieldcase');
    const pouchdb = results.get('pouchdb');
    if (fieldcase && pouchdb) {
      // Runs of the same number ran back to back: their ratio is the least disturbed by the machine.
      const ratios = fieldcase.map((figure, i) => (pouchdb[i]?.ms ?? Number.NaN) / figure.ms);
      console.info(`Fieldcase / PouchDB: median ${median(ratios).toFixed(2)}x; run by run ${ratios.map((ratio) => `${ratio.toFixed(2)}x`).join(', ')}`);
    }
  });
}

main().catch((error: unknown) => {
  console.error('first-sync bench failed:', error);
  process.exitCode = 1;
});
