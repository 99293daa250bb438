import { describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../../shared/ipc/index.ts';
import { NEW_NOTE_PATH, SYNC_SCREEN_PATH, runDesktopCommand, type CommandActions } from './desktop-commands.ts';

function fakeActions(isSignedIn = true) {
  return {
    navigate: vi.fn(),
    openSearch: vi.fn(),
    syncNow: vi.fn(),
    isSignedIn: vi.fn(() => isSignedIn),
  } satisfies CommandActions;
}

describe('runDesktopCommand', () => {
  it('New note opens quick capture', () => {
    const actions = fakeActions();
    runDesktopCommand({ kind: 'new-note' }, actions);
    expect(actions.navigate.mock.calls).toEqual([[NEW_NOTE_PATH]]);
  });

  it('Search opens the search dialog and navigates nowhere', () => {
    const actions = fakeActions();
    runDesktopCommand({ kind: 'search' }, actions);
    expect(actions.openSearch).toHaveBeenCalledTimes(1);
    expect(actions.navigate).not.toHaveBeenCalled();
  });

  it('Sync now syncs when signed in', () => {
    const actions = fakeActions(true);
    runDesktopCommand({ kind: 'sync-now' }, actions);
    expect(actions.syncNow).toHaveBeenCalledTimes(1);
    expect(actions.navigate).not.toHaveBeenCalled();
  });

  it('Sync now opens the Sync screen to sign in when nobody is signed in', () => {
    const actions = fakeActions(false);
    runDesktopCommand({ kind: 'sync-now' }, actions);
    expect(actions.syncNow).not.toHaveBeenCalled();
    expect(actions.navigate.mock.calls).toEqual([[SYNC_SCREEN_PATH]]);
  });

  it.each<AppCommand>([
    { kind: 'navigate', path: '/battle-cards/card-orbiqa' },
    { kind: 'navigate', path: '/accounts/acc-1' },
    { kind: 'navigate', path: '/notes/2f1c' },
  ])('navigate goes to %j', (command) => {
    const actions = fakeActions();
    runDesktopCommand(command, actions);
    expect(actions.navigate.mock.calls).toEqual([[command.kind === 'navigate' ? command.path : '']]);
  });
});
