import { BrowserWindow } from 'electron';
import type { Handle } from './register.ts';

/** The overlay's two channels; register.ts answers them only for the talk-track window. */
export function registerTalkTrackIpc(handle: Handle): void {
  handle('talk-track:close', (_payload, { sender }) => {
    BrowserWindow.fromWebContents(sender)?.close();
    return null;
  });
  handle('talk-track:set-always-on-top', ({ alwaysOnTop }, { sender }) => {
    BrowserWindow.fromWebContents(sender)?.setAlwaysOnTop(alwaysOnTop, 'screen-saver');
    return null;
  });
}
