/**
 * The tray icon: sync state at a glance (the icon's dot and the tooltip), and a menu to open the
 * app, sync now, see conflicts, and quit. It shows what the app's windows report over
 * `sync:report-status`; main knows nothing of sync itself.
 */
import path from 'node:path';
import { Menu, Tray, nativeImage } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { describeAge } from '../../shared/domain/relative-time.ts';
import type { AppCommand, SyncSummary } from '../../shared/ipc/index.ts';
import type { SyncStatusBoard } from './sync-status.ts';

export type TrayIconName = 'in-sync' | 'syncing' | 'offline' | 'failing';

export interface TrayView {
  readonly icon: TrayIconName;
  /** One line: what sync is doing. */
  readonly status: string;
  /** Conflicts to settle, when there are any. */
  readonly conflicts: string | null;
  readonly canSync: boolean;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function describeTray(summary: SyncSummary | null, now: number): TrayView {
  if (summary === null) return { icon: 'offline', status: 'Starting…', conflicts: null, canSync: false };
  const last = summary.lastSyncedAt === null ? 'not synced yet' : `last synced ${describeAge(summary.lastSyncedAt, now)}`;
  const waiting = summary.pending === 0 ? '' : ` · ${plural(summary.pending, 'change', 'changes')} to send`;
  const conflicts = summary.conflicts === 0 ? null : `${plural(summary.conflicts, 'note has', 'notes have')} edits to settle`;
  const view = (icon: TrayIconName, status: string, canSync = true): TrayView => ({ icon, status, conflicts, canSync });
  switch (summary.phase) {
    case 'signed-out':
      return view('offline', 'Not syncing: sign in to sync', false);
    case 'connecting':
      return view('syncing', 'Connecting…');
    case 'syncing':
      return view('syncing', `Syncing…${waiting}`);
    case 'offline':
      return view('offline', `Offline: work is kept on this laptop (${last})${waiting}`);
    case 'failing':
      return view('failing', `Sync is failing: ${summary.failure ?? 'retrying'} (${last})${waiting}`);
    case 'update-required':
      return view('failing', 'Update Fieldcase to keep syncing', false);
    case 'other-window':
      return view('syncing', 'Syncing in another window');
    case 'in-sync':
      return view(conflicts === null ? 'in-sync' : 'failing', `In sync, ${last}${waiting}`);
  }
}

export function trayTooltip(view: TrayView): string {
  return ['Fieldcase', view.status, view.conflicts].filter((line) => line !== null).join('\n');
}

export interface TrayActions {
  openWindow(): void;
  dispatch(command: AppCommand): void;
  quit(): void;
}

export function buildTrayMenuTemplate(view: TrayView, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: view.status, enabled: false },
    ...(view.conflicts === null
      ? []
      : [{ label: `${view.conflicts}…`, click: () => actions.dispatch({ kind: 'navigate', path: '/notes' }) } satisfies MenuItemConstructorOptions]),
    { type: 'separator' },
    { label: 'Open Fieldcase', click: () => actions.openWindow() },
    { label: 'Sync Now', enabled: view.canSync, click: () => actions.dispatch({ kind: 'sync-now' }) },
    { type: 'separator' },
    { label: 'Quit Fieldcase', click: () => actions.quit() },
  ];
}

export interface SyncTrayOptions {
  /** The folder holding tray-<state>.png (and @2x), copied next to main.js by the build. */
  readonly iconDir: string;
  readonly board: SyncStatusBoard;
  readonly actions: TrayActions;
  readonly now?: () => number;
}

// Relative times in the menu go stale; refresh them while the app runs.
const REFRESH_MS = 60_000;

export function createSyncTray(options: SyncTrayOptions): { destroy(): void } {
  const now = options.now ?? Date.now;
  const image = (name: TrayIconName) => nativeImage.createFromPath(path.join(options.iconDir, `tray-${name}.png`));
  let view = describeTray(options.board.current(), now());
  const tray = new Tray(image(view.icon));
  const show = () => {
    view = describeTray(options.board.current(), now());
    tray.setImage(image(view.icon));
    tray.setToolTip(trayTooltip(view));
    tray.setContextMenu(Menu.buildFromTemplate(buildTrayMenuTemplate(view, options.actions)));
  };
  show();
  // Windows and Linux: a click on the icon opens the app (macOS shows the menu on click).
  tray.on('click', () => options.actions.openWindow());
  const unsubscribe = options.board.subscribe(show);
  const timer = setInterval(show, REFRESH_MS);
  timer.unref();
  return {
    destroy() {
      unsubscribe();
      clearInterval(timer);
      tray.destroy();
    },
  };
}
