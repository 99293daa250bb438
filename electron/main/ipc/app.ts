import { app } from 'electron';
import type { AppInfo } from '../../../shared/ipc/index.ts';
import type { CommandRouter } from '../commands.ts';
import type { Handle } from './register.ts';

export function readAppInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    electron: process.versions.electron ?? '',
    isPackaged: app.isPackaged,
  };
}

export function registerAppIpc(handle: Handle, commands: CommandRouter): void {
  handle('app:get-info', readAppInfo);
  handle('app:take-commands', (_payload, { sender }) => commands.takePending(sender));
}
