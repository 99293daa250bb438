import { app } from 'electron';
import type { BrowserWindow } from 'electron';

export type FocusableWindow = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>;

/**
 * Two instances would open the same IndexedDB from two processes and race on sync, so a second
 * launch hands over to the first: it focuses the existing window and quits. Returns false in the
 * second instance.
 */
export function claimSingleInstance(getWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = getWindow();
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
