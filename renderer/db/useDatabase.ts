import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Observable } from 'rxjs';
import type { FieldcaseDatabase } from './database.ts';
import { DatabaseContext } from './DatabaseProvider.tsx';

export function useDatabase(): FieldcaseDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase is used outside <DatabaseProvider>');
  return db;
}

export type LiveQuery<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; message: string };

/**
 * Subscribes a component to a repository observable. `key` names the query: a new key
 * (another note id, say) starts a new subscription; the factory itself may change freely.
 */
export function useLiveQuery<T>(key: string, query: (db: FieldcaseDatabase) => Observable<T>): LiveQuery<T> {
  const db = useDatabase();
  const [state, setState] = useState<{ key: string; result: LiveQuery<T> }>({ key, result: { status: 'loading' } });
  const latestQuery = useRef(query);
  useLayoutEffect(() => {
    latestQuery.current = query;
  });

  useEffect(() => {
    const subscription = latestQuery.current(db).subscribe({
      next: (data) => setState({ key, result: { status: 'ready', data } }),
      error: (error: unknown) =>
        setState({ key, result: { status: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    });
    return () => subscription.unsubscribe();
  }, [db, key]);

  return state.key === key ? state.result : { status: 'loading' };
}
