import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() } }));
vi.mock('electron', () => ({ Menu: fake.Menu }));

import { SHORTCUTS, buildMenuTemplate, installApplicationMenu } from './menu.ts';

function actions() {
  return { dispatch: vi.fn(), newWindow: vi.fn() };
}

/** Every item of the template, submenus flattened. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byLabel(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items(template).find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no menu item ${label}`);
  return item;
}

describe('buildMenuTemplate', () => {
  it.each([
    ['New Note', SHORTCUTS.newNote, { kind: 'new-note' }],
    ['Search…', SHORTCUTS.search, { kind: 'search' }],
    ['Sync Now', SHORTCUTS.syncNow, { kind: 'sync-now' }],
  ])('%s has %s and sends its command to the renderer', (label, accelerator, command) => {
    const menuActions = actions();
    const item = byLabel(buildMenuTemplate({ platform: 'linux', isPackaged: true }, menuActions), label);
    expect(item.accelerator).toBe(accelerator);
    item.click?.(...([] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>));
    expect(menuActions.dispatch.mock.calls).toEqual([[command]]);
  });

  it('New Window opens another window', () => {
    const menuActions = actions();
    const item = byLabel(buildMenuTemplate({ platform: 'win32', isPackaged: true }, menuActions), 'New Window');
    expect(item.accelerator).toBe('CmdOrCtrl+Alt+N');
    item.click?.(...([] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>));
    expect(menuActions.newWindow).toHaveBeenCalledTimes(1);
  });

  it('uses the standard roles for editing, zoom, windows and quitting', () => {
    const roles = items(buildMenuTemplate({ platform: 'linux', isPackaged: true }, actions())).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit', 'about']));
    expect(roles).not.toContain('appMenu');
  });

  it('has the app menu on macOS and closes windows from File there', () => {
    const template = buildMenuTemplate({ platform: 'darwin', isPackaged: true }, actions());
    expect(template[0]).toEqual({ role: 'appMenu' });
    const roles = items(template).map((item) => item.role);
    expect(roles).toContain('close');
    expect(roles).not.toContain('quit');
  });

  it('offers developer tools only in development builds', () => {
    const roles = (isPackaged: boolean) => items(buildMenuTemplate({ platform: 'linux', isPackaged }, actions())).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('gives no two items the same shortcut', () => {
    const accelerators = items(buildMenuTemplate({ platform: 'linux', isPackaged: false }, actions()))
      .map((item) => item.accelerator)
      .filter((accelerator) => accelerator !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

describe('installApplicationMenu', () => {
  it('sets the built template as the application menu', () => {
    installApplicationMenu({ platform: 'linux', isPackaged: true }, actions());
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(fake.Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
  });
});
