import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { SyncSummary } from '../../shared/ipc/index.ts';

const fake = vi.hoisted(() => {
  const trays: { image: unknown; tooltip: string; menu: unknown; listeners: Map<string, () => void>; destroyed: boolean }[] = [];
  class Tray {
    readonly state = { image: null as unknown, tooltip: '', menu: null as unknown, listeners: new Map<string, () => void>(), destroyed: false };
    constructor(image: unknown) {
      this.state.image = image;
      trays.push(this.state);
    }
    setImage(image: unknown) {
      this.state.image = image;
    }
    setToolTip(tooltip: string) {
      this.state.tooltip = tooltip;
    }
    setContextMenu(menu: unknown) {
      this.state.menu = menu;
    }
    on(event: string, listener: () => void) {
      this.state.listeners.set(event, listener);
    }
    destroy() {
      this.state.destroyed = true;
    }
  }
  return {
    trays,
    Tray,
    Menu: { buildFromTemplate: (template: unknown) => ({ template }) },
    nativeImage: { createFromPath: (file: string) => ({ file }) },
  };
});
vi.mock('electron', () => ({ Tray: fake.Tray, Menu: fake.Menu, nativeImage: fake.nativeImage }));

import { createSyncStatusBoard } from './sync-status.ts';
import { buildTrayMenuTemplate, createSyncTray, describeTray, trayTooltip } from './tray.ts';

const NOW = 1_700_000_000_000;
const summary = (patch: Partial<SyncSummary>): SyncSummary => ({
  phase: 'in-sync',
  pending: 0,
  conflicts: 0,
  lastSyncedAt: NOW - 5 * 60_000,
  failure: null,
  ...patch,
});

describe('describeTray', () => {
  it.each([
    [summary({}), 'in-sync', 'In sync, last synced 5 minutes ago'],
    [summary({ pending: 2 }), 'in-sync', 'In sync, last synced 5 minutes ago · 2 changes to send'],
    [summary({ phase: 'syncing', pending: 1 }), 'syncing', 'Syncing… · 1 change to send'],
    [summary({ phase: 'offline', lastSyncedAt: null }), 'offline', 'Offline: work is kept on this laptop (not synced yet)'],
    [summary({ phase: 'failing', failure: 'The sync server cannot be reached.' }), 'failing', 'Sync is failing: The sync server cannot be reached. (last synced 5 minutes ago)'],
    [summary({ phase: 'signed-out' }), 'offline', 'Not syncing: sign in to sync'],
    [summary({ phase: 'update-required' }), 'failing', 'Update Fieldcase to keep syncing'],
    [summary({ phase: 'other-window' }), 'syncing', 'Syncing in another window'],
    [summary({ phase: 'connecting' }), 'syncing', 'Connecting…'],
  ] as const)('%j -> %s, "%s"', (input, icon, status) => {
    expect(describeTray(input, NOW)).toMatchObject({ icon, status });
  });

  it('shows conflicts and turns the dot red while they wait', () => {
    const view = describeTray(summary({ conflicts: 2 }), NOW);
    expect(view).toMatchObject({ icon: 'failing', conflicts: '2 notes have edits to settle' });
    expect(trayTooltip(view)).toBe('Fieldcase\nIn sync, last synced 5 minutes ago\n2 notes have edits to settle');
  });

  it('starts neutral before any window reported', () => {
    expect(describeTray(null, NOW)).toEqual({ icon: 'offline', status: 'Starting…', conflicts: null, canSync: false });
  });
});

function click(item: MenuItemConstructorOptions | undefined): void {
  item?.click?.(...([] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>));
}

describe('buildTrayMenuTemplate', () => {
  const actions = () => ({ openWindow: vi.fn(), dispatch: vi.fn(), quit: vi.fn() });

  it('shows the status, then open, sync now and quit', () => {
    const tray = actions();
    const template = buildTrayMenuTemplate(describeTray(summary({}), NOW), tray);
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'In sync, last synced 5 minutes ago',
      'separator',
      'Open Fieldcase',
      'Sync Now',
      'separator',
      'Quit Fieldcase',
    ]);
    expect(template[0]?.enabled).toBe(false);
    click(template.find((item) => item.label === 'Sync Now'));
    click(template.find((item) => item.label === 'Open Fieldcase'));
    click(template.find((item) => item.label === 'Quit Fieldcase'));
    expect(tray.dispatch).toHaveBeenCalledWith({ kind: 'sync-now' });
    expect(tray.openWindow).toHaveBeenCalledTimes(1);
    expect(tray.quit).toHaveBeenCalledTimes(1);
  });

  it('offers the conflicts, which open the notes', () => {
    const tray = actions();
    const template = buildTrayMenuTemplate(describeTray(summary({ conflicts: 1 }), NOW), tray);
    click(template.find((item) => item.label === '1 note has edits to settle…'));
    expect(tray.dispatch).toHaveBeenCalledWith({ kind: 'navigate', path: '/notes' });
  });

  it('disables Sync Now when nobody is signed in', () => {
    const template = buildTrayMenuTemplate(describeTray(summary({ phase: 'signed-out' }), NOW), actions());
    expect(template.find((item) => item.label === 'Sync Now')?.enabled).toBe(false);
  });
});

describe('createSyncTray', () => {
  it('follows the reported status and opens the app on click', () => {
    const board = createSyncStatusBoard();
    const openWindow = vi.fn();
    const tray = createSyncTray({ iconDir: '/icons', board, actions: { openWindow, dispatch: vi.fn(), quit: vi.fn() }, now: () => NOW });
    const state = fake.trays.at(-1);
    expect(state?.image).toEqual({ file: '/icons/tray-offline.png' });
    expect(state?.tooltip).toBe('Fieldcase\nStarting…');

    board.report(1, summary({ phase: 'failing', failure: 'Server error 503' }));
    expect(state?.image).toEqual({ file: '/icons/tray-failing.png' });
    expect(state?.tooltip).toContain('Sync is failing: Server error 503');

    state?.listeners.get('click')?.();
    expect(openWindow).toHaveBeenCalledTimes(1);
    tray.destroy();
    expect(state?.destroyed).toBe(true);
  });
});
