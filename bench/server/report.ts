/**
 * Prints the server figures: one row per figure, one column per store, each figure beside its
 * goal and whether it was met. Printing only: figures are never asserted.
 */
import type { PullFigures, PushFigures } from './scenarios.ts';
import type { StreamFigures } from './stream-scenario.ts';
import { formatTable } from '../table.ts';

/** Event loop utilization (0 to 1) of the server's thread and of the clients' thread. */
export interface Busy {
  server: number;
  client: number;
}

export interface StoreFigures {
  push: PushFigures;
  pull: PullFigures;
  stream: StreamFigures;
  busy: Record<'push' | 'pull' | 'stream', Busy>;
}

/** A store's column: its figures, or why there are none. */
export interface StoreColumn {
  label: string;
  figures: StoreFigures | { missing: string };
}

export interface Workload {
  pushDocs: number;
  batchSize: number;
  reps: number;
  pullLimit: number;
  pullRounds: number;
  streams: number;
  streamPushes: number;
  intervalMs: number;
}

interface Goal {
  text: string;
  isMet(value: number, figures: StoreFigures): boolean;
}

interface Measure {
  label: string;
  pick(figures: StoreFigures): number;
  show(value: number, figures: StoreFigures): string;
  goal?: Goal;
}

const whole = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
const percent = (value: number) => `${Math.round(value * 100)}%`;

function busyRow(scenario: keyof StoreFigures['busy']): Measure {
  return {
    label: `${scenario}: busy share of the server thread / of the client thread`,
    pick: (f) => f.busy[scenario].server,
    show: (v, f) => `${percent(v)} / ${percent(f.busy[scenario].client)}`,
  };
}

function measures(w: Workload): Measure[] {
  return [
    {
      label: `push: ${whole(w.pushDocs)} notes, batches of ${w.batchSize}, ${w.reps} reps at once (docs/s)`,
      pick: (f) => f.push.docsPerSecond,
      show: whole,
      goal: { text: '>= 5,000', isMet: (v) => v >= 5_000 },
    },
    { label: 'push: latency per batch, p50 (ms)', pick: (f) => f.push.batchMs.p50, show: ms },
    { label: 'push: latency per batch, p99 (ms)', pick: (f) => f.push.batchMs.p99, show: ms },
    busyRow('push'),
    {
      label: `pull: a manager reads everything, pages of ${whole(w.pullLimit)} (docs/s, median of ${w.pullRounds})`,
      pick: (f) => f.pull.docsPerSecond,
      show: whole,
      goal: { text: '>= 20,000', isMet: (v) => v >= 20_000 },
    },
    { label: 'pull: documents per full pull', pick: (f) => f.pull.docs, show: whole },
    busyRow('pull'),
    {
      label: `stream: ${w.streams} open streams, ${w.streamPushes} single-note pushes ${w.intervalMs} ms apart, p50 (ms)`,
      pick: (f) => f.stream.latencyMs.p50,
      show: ms,
      goal: { text: '< 20', isMet: (v) => v < 20 },
    },
    {
      label: 'stream: delivery latency, p99 (ms)',
      pick: (f) => f.stream.latencyMs.p99,
      show: ms,
      goal: { text: '< 100', isMet: (v) => v < 100 },
    },
    { label: 'stream: delivery latency, max (ms)', pick: (f) => f.stream.latencyMs.max, show: ms },
    { label: 'stream: the single-note push itself, p50 (ms)', pick: (f) => f.stream.pushMs.p50, show: ms },
    {
      label: 'stream: deliveries received / expected (streams dropped)',
      pick: (f) => f.stream.received,
      show: (v, f) => `${whole(v)} / ${whole(f.stream.expected)} (${f.stream.droppedStreams})`,
      goal: {
        text: 'all, 0 dropped',
        isMet: (v, f) => v === f.stream.expected && f.stream.droppedStreams === 0,
      },
    },
    busyRow('stream'),
  ];
}

function cell(measure: Measure, column: StoreColumn): string {
  if ('missing' in column.figures) return 'not run';
  const figures = column.figures;
  const value = measure.pick(figures);
  const shown = measure.show(value, figures);
  if (!measure.goal) return shown;
  return `${shown}  ${measure.goal.isMet(value, figures) ? 'met' : 'NOT MET'}`;
}

export function formatReport(workload: Workload, columns: StoreColumn[]): string {
  const header = ['figure', 'goal', ...columns.map((column) => column.label)];
  const rows = measures(workload).map((measure) => [measure.label, measure.goal?.text ?? '', ...columns.map((c) => cell(measure, c))]);
  const notes = columns.flatMap((column) => ('missing' in column.figures ? [`${column.label}: ${column.figures.missing}`] : []));
  return [formatTable(header, rows), ...notes].join('\n');
}
