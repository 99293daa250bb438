/**
 * Prints the comparison: one row per figure, Fieldcase beside the peer, the goal, whether
 * Fieldcase met it, and the ratio (how many times better Fieldcase is; above 1 is better).
 * Printing only: figures are never asserted.
 */
import { percentile } from '../server/stats.ts';
import { formatTable } from '../table.ts';
import { mebibytes } from './memory.ts';
import type { SideFigures } from './scenario.ts';

export interface ReportContext {
  dataset: string;
  machine: string;
  browser: string;
  driver: string;
  servers: string;
}

interface Row {
  label: string;
  unit: string;
  pick(figures: SideFigures): number;
  /** Higher is better (throughput) or lower is better (time, memory). */
  isHigherBetter: boolean;
  goal?: { text: string; isMet(value: number): boolean };
  digits: number;
}

const docsPerSecond = (f: SideFigures) => f.firstSync.stored / (f.firstSync.ms / 1000);

export const ROWS: Row[] = [
  {
    label: 'first sync into a fresh profile',
    unit: 'docs/s',
    pick: docsPerSecond,
    isHigherBetter: true,
    goal: { text: '>= 5,000', isMet: (v) => v >= 5_000 },
    digits: 0,
  },
  { label: 'first sync, end to end', unit: 's', pick: (f) => f.firstSync.ms / 1000, isHigherBetter: false, digits: 2 },
  { label: '  of which: open database, sign in, start sync', unit: 's', pick: (f) => f.firstSync.openMs / 1000, isHigherBetter: false, digits: 2 },
  { label: 'first sync, second laptop (not a goal)', unit: 'docs/s', pick: (f) => f.secondLaptopFirstSync.stored / (f.secondLaptopFirstSync.ms / 1000), isHigherBetter: true, digits: 0 },
  {
    label: 'live propagation A -> B, p50',
    unit: 'ms',
    pick: (f) => percentile(f.liveMs, 50),
    isHigherBetter: false,
    goal: { text: '< 30', isMet: (v) => v < 30 },
    digits: 1,
  },
  {
    label: 'live propagation A -> B, p95',
    unit: 'ms',
    pick: (f) => percentile(f.liveMs, 95),
    isHigherBetter: false,
    goal: { text: '< 80', isMet: (v) => v < 80 },
    digits: 1,
  },
  { label: 'live propagation A -> B, max', unit: 'ms', pick: (f) => Math.max(...f.liveMs), isHigherBetter: false, digits: 1 },
  {
    label: 'offline notes pushed once back online',
    unit: 's',
    pick: (f) => f.offlinePush.ms / 1000,
    isHigherBetter: false,
    goal: { text: '< 0.4', isMet: (v) => v < 0.4 },
    digits: 3,
  },
  {
    label: 'server peak memory (VmHWM)',
    unit: 'MiB',
    pick: (f) => mebibytes(f.serverPeakBytes),
    isHigherBetter: false,
    goal: { text: '< 150', isMet: (v) => v < 150 },
    digits: 1,
  },
  { label: 'seeding the server over HTTP (not a goal)', unit: 's', pick: (f) => f.seedMs / 1000, isHigherBetter: false, digits: 2 },
];

/** How many times better `ours` is than `theirs`: above 1 means Fieldcase is ahead. */
export function ratio(ours: number, theirs: number, isHigherBetter: boolean): number {
  return isHigherBetter ? ours / theirs : theirs / ours;
}

const show = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';

export function formatReport(context: ReportContext, fieldcase: SideFigures, pouchdb: SideFigures): string {
  const rows = ROWS.map((row) => {
    const ours = row.pick(fieldcase);
    const theirs = row.pick(pouchdb);
    const verdict = row.goal ? (row.goal.isMet(ours) ? 'met' : 'NOT MET') : '';
    return [row.label, row.unit, show(ours, row.digits), show(theirs, row.digits), row.goal?.text ?? '', verdict, `${show(ratio(ours, theirs, row.isHigherBetter), 2)}x`];
  });
  return [
    '',
    `Sync comparison: Fieldcase vs PouchDB, ${context.dataset}`,
    `Machine: ${context.machine}`,
    `Browser: ${context.browser}, headless, one browser process and profile per laptop, IndexedDB on both sides`,
    `Driver: ${context.driver}, the same for both sides`,
    `Servers: ${context.servers}`,
    '',
    formatTable(['figure', 'unit', 'Fieldcase', 'PouchDB', 'goal', 'Fieldcase vs goal', 'ratio (>1: Fieldcase better)'], rows, 2),
    '',
    `Stored after first sync: Fieldcase ${fieldcase.firstSync.stored.toLocaleString('en-US')}, PouchDB ${pouchdb.firstSync.stored.toLocaleString('en-US')} documents.`,
    `Live: ${fieldcase.liveMs.length} and ${pouchdb.liveMs.length} writes timed, from just before the local write on A to the note landing in B's local database (epoch clocks of the two processes).`,
    ...[fieldcase, pouchdb].map(
      (f) =>
        `${f.side} server, resident / peak MiB after each step: ${f.serverSteps.map(({ step, memory }) => `${step} ${mebibytes(memory.currentBytes).toFixed(0)} / ${mebibytes(memory.peakBytes).toFixed(0)}`).join(', ')}`,
    ),
    `Offline: ${fieldcase.offlinePush.pushed.toLocaleString('en-US')} and ${pouchdb.offlinePush.pushed.toLocaleString('en-US')} notes acknowledged by the server, timed from the page's online event.`,
  ].join('\n');
}
