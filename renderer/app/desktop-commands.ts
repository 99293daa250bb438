/**
 * Turns the desktop shell's commands (application menu, tray, notifications, fieldcase:// links)
 * into what the rep would have done by hand. Mounted once inside the router by App.tsx; in web
 * mode no command ever arrives and it does nothing.
 */
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { AppCommand } from '../../shared/ipc/index.ts';
import { getPlatform } from '../platform/platform.ts';
import { syncNow } from '../sync/session.ts';
import { useSession } from './session.store.ts';

/** The search dialog listens for this event on window (renderer/features/search). */
export const OPEN_SEARCH_EVENT = 'fieldcase:open-search';
/** Where "New note" goes: the notes list, whose first action is writing a new note. */
export const NEW_NOTE_PATH = '/notes';
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

/** Listens for desktop commands while mounted. Renders nothing. */
export function DesktopCommands(): null {
  const navigate = useNavigate();
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
