/** The app's one search engine per database, started when the app shell first needs it. */
import type { FieldcaseDatabase } from '../../db/database.ts';
import { startSearchEngine, type SearchEngine } from './search-engine.ts';
import { useSearchUi } from './search.store.ts';

const engines = new WeakMap<FieldcaseDatabase, SearchEngine>();

export function searchEngineFor(db: FieldcaseDatabase): SearchEngine | undefined {
  return engines.get(db);
}

/** Starts indexing `db` in the background, once; later calls return the same engine. */
export function ensureSearchEngine(db: FieldcaseDatabase): SearchEngine {
  const existing = engines.get(db);
  if (existing) return existing;
  useSearchUi.setState({ status: 'building', indexed: 0, error: null });
  const engine = startSearchEngine(db, {
    onProgress: (indexed) => useSearchUi.setState({ indexed }),
    onChange: (index) => useSearchUi.setState((s) => ({ status: 'ready', indexed: index.size, revision: s.revision + 1 })),
    onError: (error) => {
      console.warn('Search index failed:', error);
      useSearchUi.setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
    },
  });
  engines.set(db, engine);
  return engine;
}
