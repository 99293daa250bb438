/** The search benchmark's contract between bench/run.ts and the harness page. Types only. */

export interface SearchBenchOptions {
  /** Passes over all the queries before the timed one (JIT warm-up), not reported. */
  warmups: number;
}

export interface SearchQueryFigures {
  query: string;
  /** Hits shown for the whole query (at most 5 per kind). */
  hits: number;
  /** Kinds of the groups, best first. */
  kinds: string[];
}

export interface SearchBenchFigures {
  /** startSearchEngine() on the stored database until its index is ready (slices at idle time). */
  buildMs: number;
  /** Of buildMs: time spent waiting for the page to be idle between slices. */
  idleWaitMs: number;
  /** Of buildMs, measured apart afterwards: indexing every document (CPU only, no waits, no reads). */
  indexMs: number;
  documents: number;
  /** One figure per keystroke that searches (queries shorter than the minimum do not search). */
  keystrokesMs: number[];
  queries: SearchQueryFigures[];
}
