import type { SyncStatusBoard } from '../sync-status.ts';
import type { Handle } from './register.ts';

export function registerSyncIpc(handle: Handle, board: SyncStatusBoard): void {
  handle('sync:report-status', (summary, { sender }) => {
    board.report(sender.id, summary);
    return null;
  });
}
