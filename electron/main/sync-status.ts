/**
 * The sync status as the app's windows report it, for the tray and notifications. Only one window
 * replicates (the others report 'other-window'), so the shell shows the report of the window that
 * syncs, and falls back to any report when none does.
 */
import type { SyncSummary } from '../../shared/ipc/index.ts';

export interface SyncStatusBoard {
  report(windowId: number, summary: SyncSummary): void;
  forget(windowId: number): void;
  current(): SyncSummary | null;
  subscribe(listener: (summary: SyncSummary | null) => void): () => void;
}

export function createSyncStatusBoard(): SyncStatusBoard {
  const reports = new Map<number, SyncSummary>();
  const listeners = new Set<(summary: SyncSummary | null) => void>();
  let shown: SyncSummary | null = null;

  const pick = (): SyncSummary | null => {
    const all = [...reports.values()];
    return all.findLast((summary) => summary.phase !== 'other-window') ?? all.at(-1) ?? null;
  };
  const refresh = () => {
    const next = pick();
    if (JSON.stringify(next) === JSON.stringify(shown)) return;
    shown = next;
    for (const listener of listeners) listener(next);
  };

  return {
    report(windowId, summary) {
      // The newest report of a window goes last, so it wins among several syncing windows.
      reports.delete(windowId);
      reports.set(windowId, summary);
      refresh();
    },
    forget(windowId) {
      reports.delete(windowId);
      refresh();
    },
    current: () => shown,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
