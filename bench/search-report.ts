/** The search benchmark's lines of the printed report. Printing only: figures are never asserted. */
import type { SearchBenchFigures } from './search-api.ts';
import type { TypingFigures } from './search-typing.ts';

/** The value below which `fraction` of the sorted values fall (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

type Measure<R> = [label: string, pick: (round: R) => number];

export function searchMeasures<R extends { search: SearchBenchFigures; typing: TypingFigures }>(): Measure<R>[] {
  return [
    ['SEARCH index build from the database (idle-time slices)', (r) => r.search.buildMs],
    ['  of which waiting for idle time', (r) => r.search.idleWaitMs],
    ['  of which indexing (CPU, timed apart)', (r) => r.search.indexMs],
    ['  the rest: reading the database', (r) => r.search.buildMs - r.search.idleWaitMs - r.search.indexMs],
    ['SEARCH per keystroke, p50', (r) => percentile(r.search.keystrokesMs, 0.5)],
    ['SEARCH per keystroke, p95', (r) => percentile(r.search.keystrokesMs, 0.95)],
    ['SEARCH per keystroke, max', (r) => Math.max(...r.search.keystrokesMs)],
    ['APP SEARCH: app opened to its search index ready', (r) => r.typing.indexReadyMs],
    ['APP SEARCH per keystroke, input to results on screen, p50', (r) => percentile(r.typing.keystrokesMs, 0.5)],
    ['APP SEARCH per keystroke, input to results on screen, p95', (r) => percentile(r.typing.keystrokesMs, 0.95)],
    ['APP SEARCH per keystroke, input to results on screen, max', (r) => Math.max(...r.typing.keystrokesMs)],
  ];
}

export function searchDetails(rounds: readonly { search: SearchBenchFigures }[]): string[] {
  const first = rounds[0]?.search;
  if (!first) return [];
  return [
    `Search: ${first.documents.toLocaleString('en-US')} documents indexed; ${first.keystrokesMs.length} keystrokes per round ` +
      '(queries typed one character at a time; a keystroke is the query to the grouped results, in the page):',
    ...first.queries.map((q) => `  "${q.query}": ${q.hits} results shown (${q.kinds.join(', ') || 'none'})`),
    'APP SEARCH: the same queries typed into the header field of the app in a new browser process (a keystroke is',
    "the input event to React's commit of that query's results, timed in the page); the index built at app start.",
  ];
}
