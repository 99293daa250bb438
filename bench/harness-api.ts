/**
 * The contract between bench/run.ts (Node) and the harness page (bench/page, in Chromium).
 * Types only: both sides import it, and nothing here may need the DOM or Node at runtime.
 */
import type { SearchBenchFigures, SearchBenchOptions } from './search-api.ts';

export interface DatasetSize {
  notes: number;
  battleCards: number;
  accounts: number;
  /** Absent: none (the local bench stores none; the sync comparison adds 50). */
  demoScripts?: number;
}

export interface LoadFigures {
  /** Building every document in memory from the seed. */
  generateMs: number;
  /** createDatabase() with its default name and options. */
  openMs: number;
  /** importWorkspace(): the app's own bulk path into IndexedDB. */
  importMs: number;
  stored: DatasetSize;
  averageNoteBodyBytes: number;
}

export interface QueryOptions {
  warmups: number;
  runs: number;
}

export interface QueryFigures {
  label: string;
  /** The index RxDB's query planner chose, e.g. "_deleted+updatedAt+id". */
  index: string;
  /** False when the index order does not give the requested sort, so every match is read and sorted in memory. */
  isSortedByIndex: boolean;
  hits: number;
  runsMs: number[];
}

export interface BenchHarness {
  /** Builds the one search's index from the database and times typing into it. */
  search(options: SearchBenchOptions): Promise<SearchBenchFigures>;
  load(size: DatasetSize, seed: number): Promise<LoadFigures>;
  /** Times the indexed queries on the database that load() filled. */
  queries(options: QueryOptions): Promise<QueryFigures[]>;
  /** Closes the database so the next browser process opens it cold. */
  close(): Promise<void>;
}
