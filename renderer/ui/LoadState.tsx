import type { ReactNode } from 'react';
import type { LiveQuery } from '../db/useDatabase.ts';

/** Renders a live query: a quiet loading line, a plain error, or the data. */
export function LoadState<T>({ query, children }: { query: LiveQuery<T>; children: (data: T) => ReactNode }) {
  if (query.status === 'loading') return <p className="muted">Loading…</p>;
  if (query.status === 'failed') return <p role="alert">Could not read local data: {query.message}</p>;
  return <>{children(query.data)}</>;
}
