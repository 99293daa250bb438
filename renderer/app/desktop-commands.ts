/**
 * The renderer's side of the desktop shell. Turns its commands (application menu, tray,
 * notifications, fieldcase:// links) into what the rep would have done by hand, and reports how
 * sync is doing for its tray and notifications. Mounted once inside the router and the database
 * by App.tsx; in web mode no command ever arrives and nothing is reported.
 */
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { AppCommand } from '../../shared/ipc/index.ts';
import { observeConflictedNoteCount } from '../db/repos/note-conflicts.repo.ts';
import { useDatabase } from '../db/useDatabase.ts';
import { getPlatform } from '../platform/platform.ts';
import { syncNow } from '../sync/session.ts';
import { useSyncStatus } from '../sync/sync.store.ts';
import { reportSyncStatus } from './desktop-sync-report.ts';
import { useSession } from './session.store.ts';

/** The search dialog listens for this event on window (renderer/features/search). */
export const OPEN_SEARCH_EVENT = 'fieldcase:open-search';
/** Where "New note" goes: quick capture, which creates a note per visit (features/notes). */
export const NEW_NOTE_PATH = '/notes/new';
/** Where "Sync now" goes when nobody is signed in, so the rep can sign in. */
export const SYNC_SCREEN_PATH = '/sync';

export interface CommandActions {
  navigate(path: string): void;
  openSearch(): void;
  syncNow(): void;
  isSignedIn(): boolean;
}

export function runDesktopCommand(command: AppCommand, actions: CommandActions): void {
  switch (command.kind) {
    case 'new-note':
      actions.navigate(NEW_NOTE_PATH);
      return;
    case 'search':
      actions.openSearch();
      return;
    case 'sync-now':
      if (actions.isSignedIn()) actions.syncNow();
      else actions.navigate(SYNC_SCREEN_PATH);
      return;
    case 'navigate':
      // The path passed the contract's route check in main and again in the preload.
      actions.navigate(command.path);
      return;
  }
}

/** Listens for desktop commands and reports sync status while mounted. Renders nothing. */
export function DesktopShell(): null {
  const navigate = useNavigate();
  const db = useDatabase();
  useEffect(() => {
    const platform = getPlatform();
    if (platform.kind !== 'desktop') return undefined;
    return reportSyncStatus({
      sync: useSyncStatus,
      session: { isSignedIn: () => useSession.getState().status === 'signed-in', subscribe: useSession.subscribe },
      conflicts: observeConflictedNoteCount(db),
      report: (summary) => platform.reportSyncStatus(summary),
    });
  }, [db]);
  useEffect(() => {
    const actions: CommandActions = {
      navigate: (path) => {
        void navigate(path);
      },
      openSearch: () => {
        window.dispatchEvent(new CustomEvent(OPEN_SEARCH_EVENT));
      },
      syncNow,
      isSignedIn: () => useSession.getState().status === 'signed-in',
    };
    return getPlatform().onCommand((command) => runDesktopCommand(command, actions));
  }, [navigate]);
  return null;
}
