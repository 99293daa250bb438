/** Turns the rounds' figures into the printed report. Printing only: figures are never asserted. */
import type { ColdOpen } from './browser.ts';
import type { DatasetSize, LoadFigures, QueryFigures, QueryOptions } from './harness-api.ts';
import type { SearchBenchFigures } from './search-api.ts';
import type { ScreenTimings } from './screens.ts';
import { screenDetails, screenMeasures } from './screens-report.ts';
import { searchDetails, searchMeasures } from './search-report.ts';
import type { TypingFigures } from './search-typing.ts';

export interface RoundFigures {
  load: LoadFigures;
  queries: QueryFigures[];
  search: SearchBenchFigures;
  typing: TypingFigures;
  notesOpen: ColdOpen;
  cardsOpen: ColdOpen;
  todayOpen: ColdOpen;
  screens: ScreenTimings;
}

export interface ReportContext {
  size: DatasetSize;
  seed: number;
  queryOptions: QueryOptions;
  machine: string;
  chromium: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

const count = (value: number) => value.toLocaleString('en-US');

function queryMedian(round: RoundFigures, index: number): number {
  return median(round.queries[index]?.runsMs ?? []);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function formatReport(context: ReportContext, rounds: RoundFigures[]): string {
  const { size, queryOptions } = context;
  const perQuery = `median of ${queryOptions.runs} runs after ${queryOptions.warmups} warm-ups`;
  const measures: [string, (round: RoundFigures) => number][] = [
    ['generate dataset in the page', (r) => r.load.generateMs],
    ['createDatabase(), default name and options', (r) => r.load.openMs],
    ['insert through importWorkspace()', (r) => r.load.importMs],
    ['BULK LOAD = generate + insert', (r) => r.load.generateMs + r.load.importMs],
    ['COLD OPEN #/notes to "Recent notes" links', (r) => r.notesOpen.ms],
    ['COLD OPEN #/battle-cards to a visible card link', (r) => r.cardsOpen.ms],
    [`QUERY notes by updatedAt range (${perQuery})`, (r) => queryMedian(r, 0)],
    [`QUERY cards by competitor (${perQuery})`, (r) => queryMedian(r, 1)],
    ...searchMeasures<RoundFigures>(),
    ...screenMeasures<RoundFigures>(),
  ];
  const header = ['measure', 'unit', ...rounds.map((_, i) => `round ${i + 1}`), 'median'];
  const rows = measures.map(([label, pick]) => {
    const values = rounds.map(pick);
    return [label, 'ms', ...values.map((v) => v.toFixed(1)), median(values).toFixed(1)];
  });

  const first = rounds[0];
  const details = first
    ? [
        `Stored per round: ${rounds.map((r) => `${count(r.load.stored.notes)} notes / ${count(r.load.stored.battleCards)} cards / ${count(r.load.stored.accounts)} accounts`).join('; ')}`,
        ...first.queries.map(
          (q) => `Query "${q.label}": ${q.hits} hits, index ${q.index}, ${q.isSortedByIndex ? 'sorted by the index' : 'all matches read, then sorted in memory'}`,
        ),
        ...searchDetails(rounds),
        ...screenDetails(rounds),
        `Links rendered at first screen: notes ${rounds.map((r) => r.notesOpen.links).join(', ')}; battle cards ${rounds.map((r) => r.cardsOpen.links).join(', ')}`,
      ]
    : [];

  return [
    '',
    `Fieldcase bench: ${count(size.notes)} call notes (average body ${first?.load.averageNoteBodyBytes ?? 0} B), ${count(size.battleCards)} battle cards, ${count(size.accounts)} accounts; seed ${context.seed}`,
    `Machine: ${context.machine}`,
    `Browser: ${context.chromium}, headless, real IndexedDB (RxDB on Dexie, production mode)`,
    '',
    table(header, rows),
    '',
    ...details,
    'Cold open: a new browser process on the round\'s profile (service worker already installed), timed by the',
    "page's performance.now() since navigation start. Each round uses a fresh profile.",
    '',
  ].join('\n');
}
