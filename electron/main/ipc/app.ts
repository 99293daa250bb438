import { app } from 'electron';
import type { AppInfo } from '../../../shared/ipc/index.ts';
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

export function registerAppIpc(handle: Handle): void {
  handle('app:get-info', readAppInfo);
}
