/**
 * Tells the desktop shell how sync is doing (tray icon and menu, notifications): a small summary
 * built from the sync status, the session and the count of notes with conflicts, sent only when
 * it changes. Nothing from the rep's documents goes into it.
 */
import type { Observable } from 'rxjs';
import { MAX_FAILURE_LENGTH, type SyncSummary } from '../../shared/ipc/index.ts';
import type { SyncState } from '../sync/sync.store.ts';

export function summarizeSync(state: SyncState, isSignedIn: boolean, conflicts: number): SyncSummary {
  const pending = Object.values(state.pending).reduce((sum, count) => sum + (count ?? 0), 0);
  // A passing failure first; else why the server refuses changes.
  const [firstError] = [...Object.values(state.errors), ...Object.values(state.refused)];
  const failure = firstError === undefined ? null : cleanFailure(firstError);
  return {
    phase: isSignedIn ? state.phase : 'signed-out',
    pending,
    conflicts,
    lastSyncedAt: state.lastSyncedAt === null ? null : Math.max(0, Math.floor(state.lastSyncedAt)),
    failure: state.phase === 'failing' ? failure : null,
  };
}

/** A failure message as the contract takes it: one line, bounded, or null when nothing is left. */
function cleanFailure(message: string): string | null {
  const line = Array.from(message, (character) => (character < ' ' || character === '\u007f' ? ' ' : character))
    .join('')
    .trim();
  if (line === '') return null;
  return line.length <= MAX_FAILURE_LENGTH ? line : `${line.slice(0, MAX_FAILURE_LENGTH - 1)}…`;
}

export interface SyncReportSources {
  /** The sync status now and on every change (zustand's getState/subscribe). */
  readonly sync: { getState(): SyncState; subscribe(listener: () => void): () => void };
  readonly session: { isSignedIn(): boolean; subscribe(listener: () => void): () => void };
  readonly conflicts: Observable<number>;
  readonly report: (summary: SyncSummary) => void;
}

/** Reports now and whenever the summary changes; returns the stop function. */
export function reportSyncStatus(sources: SyncReportSources): () => void {
  let conflicts = 0;
  let last = '';
  const send = () => {
    const summary = summarizeSync(sources.sync.getState(), sources.session.isSignedIn(), conflicts);
    const key = JSON.stringify(summary);
    if (key === last) return;
    last = key;
    sources.report(summary);
  };
  const stops = [sources.sync.subscribe(send), sources.session.subscribe(send)];
  const subscription = sources.conflicts.subscribe((count) => {
    conflicts = count;
    send();
  });
  send();
  return () => {
    stops.forEach((stop) => stop());
    subscription.unsubscribe();
  };
}
