/**
 * The application menu: the usual roles (edit, view, window, and the app menu on macOS) plus the
 * app's own commands, which go to the renderer as app commands. Built as a plain template so the
 * shortcuts and items are tested without Electron.
 */
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/ipc/index.ts';

export const SHORTCUTS = {
  newNote: 'CmdOrCtrl+N',
  // Not Shift+N: the page uses Ctrl/Cmd+Shift+N for quick capture of a note.
  newWindow: 'CmdOrCtrl+Alt+N',
  search: 'CmdOrCtrl+K',
  syncNow: 'CmdOrCtrl+Shift+S',
} as const;

export interface MenuActions {
  dispatch(command: AppCommand): void;
  newWindow(): void;
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Developer tools only in development builds. */
  readonly isPackaged: boolean;
}

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Note', accelerator: SHORTCUTS.newNote, click: () => actions.dispatch({ kind: 'new-note' }) },
      { label: 'New Window', accelerator: SHORTCUTS.newWindow, click: () => actions.newWindow() },
      { type: 'separator' },
      { label: 'Sync Now', accelerator: SHORTCUTS.syncNow, click: () => actions.dispatch({ kind: 'sync-now' }) },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Search…', accelerator: SHORTCUTS.search, click: () => actions.dispatch({ kind: 'search' }) },
      { type: 'separator' },
      { role: 'reload' },
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } satisfies MenuItemConstructorOptions]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    ...(isMac ? [] : [{ label: '&Help', submenu: [{ role: 'about' }] } satisfies MenuItemConstructorOptions]),
  ];
}

export function installApplicationMenu(options: MenuOptions, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options, actions)));
}
