import { app } from 'electron';
import type { BrowserWindow } from 'electron';

export type FocusableWindow = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>;

/**
 * Two instances would open the same IndexedDB from two processes and race on sync, so a second
 * launch hands over to the first: it focuses the existing window and quits. Its command line goes
 * to `onArgv` (a fieldcase:// link opened on Windows or Linux arrives that way). Returns false in
 * the second instance.
 */
export function claimSingleInstance(getWindow: () => FocusableWindow | null, onArgv: (argv: readonly string[]) => void = () => {}): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event: unknown, argv: unknown) => {
    const window = getWindow();
    if (window !== null && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    }
    if (Array.isArray(argv) && argv.every((arg) => typeof arg === 'string')) onArgv(argv);
  });
  return true;
}
