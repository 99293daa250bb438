/**
 * The one search on the benchmark dataset: the index built the way the app builds it (from the
 * database, in slices at idle time), then realistic queries typed one character at a time,
 * each keystroke timed from the query to the grouped results the dropdown renders.
 */
import type { FieldcaseDatabase } from '../../renderer/db/database.ts';
import { SEARCHABLE_COLLECTIONS, readSearchable, type SearchableRecord } from '../../renderer/db/repos/search.repo.ts';
import { toSearchDocument } from '../../renderer/features/search/search-documents.ts';
import { pauseForIdle, startSearchEngine } from '../../renderer/features/search/search-engine.ts';
import { MIN_QUERY_LENGTH, SearchIndex } from '../../renderer/features/search/search-index.ts';
import type { SearchBenchFigures, SearchBenchOptions } from '../search-api.ts';
import { SEARCH_QUERIES } from '../search-queries.ts';


/**
 * Indexing alone, with the documents already in hand: the CPU part of the build. (The reads here
 * come from RxDB's query cache after the real build, so they are not timed.)
 */
async function timeIndexing(db: FieldcaseDatabase): Promise<number> {
  const records: SearchableRecord[] = [];
  for (const collection of SEARCHABLE_COLLECTIONS) {
    const docs: SearchableRecord['doc'][] = await readSearchable(db, collection);
    for (const doc of docs) records.push({ collection, doc } as SearchableRecord);
  }
  const start = performance.now();
  new SearchIndex().upsert(records.map(toSearchDocument));
  return performance.now() - start;
}

export async function timeSearch(db: FieldcaseDatabase, options: SearchBenchOptions): Promise<SearchBenchFigures> {
  let idleWaitMs = 0;
  const pause = async () => {
    const start = performance.now();
    const timeLeft = await pauseForIdle();
    idleWaitMs += performance.now() - start;
    return timeLeft;
  };
  const started = performance.now();
  const engine = startSearchEngine(db, { pause });
  await engine.ready;
  const buildMs = performance.now() - started;
  const indexMs = await timeIndexing(db);
  try {
    const prefixes = SEARCH_QUERIES.flatMap((query) =>
      Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)).filter((prefix) => prefix.trim().length >= MIN_QUERY_LENGTH),
    );
    for (let pass = 0; pass < options.warmups; pass += 1) for (const prefix of prefixes) engine.index.search(prefix);
    const keystrokesMs = prefixes.map((prefix) => {
      const start = performance.now();
      engine.index.search(prefix);
      return performance.now() - start;
    });
    const queries = SEARCH_QUERIES.map((query) => {
      const groups = engine.index.search(query);
      return { query, hits: groups.reduce((sum, group) => sum + group.hits.length, 0), kinds: groups.map((group) => group.kind) };
    });
    return { buildMs, idleWaitMs, indexMs, documents: engine.index.size, keystrokesMs, queries };
  } finally {
    engine.stop();
  }
}
