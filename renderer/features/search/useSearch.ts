import { useCallback, useEffect, useMemo } from 'react';
import { OPEN_SEARCH_EVENT } from '../../app/desktop-commands.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import type { SearchGroup } from './search-index.ts';
import { ensureSearchEngine, searchEngineFor } from './search-service.ts';
import { openSearchDialog, useSearchUi } from './search.store.ts';

/**
 * How long the app runs before the index build starts on its own: the first screen's queries go
 * first. Searching before then starts it at once (useStartSearch).
 */
const START_DELAY_MS = 1_000;

/** Starts the background index for this database (once per app run), shortly after start. */
export function useSearchIndexing(): void {
  const db = useDatabase();
  useEffect(() => {
    const timer = setTimeout(() => ensureSearchEngine(db), START_DELAY_MS);
    return () => clearTimeout(timer);
  }, [db]);
}

/** Starts the index now (the rep is about to search); a no-op once it has started. */
export function useStartSearch(): () => void {
  const db = useDatabase();
  return useCallback(() => {
    ensureSearchEngine(db);
  }, [db]);
}

/** Results for `query`, recomputed whenever the index changes. */
export function useSearchResults(query: string): SearchGroup[] {
  const db = useDatabase();
  const revision = useSearchUi((s) => s.revision);
  // Results also refresh while the first build is still filling the index.
  const indexed = useSearchUi((s) => s.indexed);
  return useMemo(() => {
    void revision;
    void indexed;
    return searchEngineFor(db)?.index.search(query) ?? [];
  }, [db, query, revision, indexed]);
}

function isSearchShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/** Ctrl+K (Cmd+K on a Mac) from anywhere, and the desktop menu's event, open the search dialog. */
export function useSearchShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      openSearchDialog();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener(OPEN_SEARCH_EVENT, openSearchDialog);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener(OPEN_SEARCH_EVENT, openSearchDialog);
    };
  }, []);
}
