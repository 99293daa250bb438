import { BrowserWindow } from 'electron';
import type { WebContents } from 'electron';
import type { EventPayload, IpcEvent } from '../../../shared/ipc/index.ts';

export type EventRecipient = Pick<WebContents, 'isDestroyed' | 'send'>;

/** The one typed way to push an event to a renderer. Returns false when the target is gone. */
export function send<E extends IpcEvent>(target: EventRecipient, event: E, payload: EventPayload<E>): boolean {
  if (target.isDestroyed()) return false;
  target.send(event, payload);
  return true;
}

export function broadcast<E extends IpcEvent>(event: E, payload: EventPayload<E>): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed()) send(window.webContents, event, payload);
  }
}
