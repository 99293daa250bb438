import type { CommandRouter } from '../commands.ts';
import type { FileOpener } from '../open-file.ts';
import type { SyncStatusBoard } from '../sync-status.ts';
import type { TokenStore } from '../token-store.ts';
import { registerAppIpc } from './app.ts';
import { registerFilesIpc } from './files.ts';
import { createHandle } from './register.ts';
import { registerSessionIpc } from './session.ts';
import { registerShellIpc } from './shell.ts';
import { registerSyncIpc } from './sync.ts';
import { registerTalkTrackIpc } from './talk-track.ts';

/** The main-process services that handlers answer from, built by index.ts once the app is ready. */
export interface IpcServices {
  readonly tokenStore: TokenStore;
  readonly fileOpener: FileOpener;
  readonly syncStatus: SyncStatusBoard;
  readonly commands: CommandRouter;
}

/** Registers every namespace's handlers; each namespace lives in its own file. */
export function registerIpc(allowedOrigins: ReadonlySet<string>, services: IpcServices): void {
  const handle = createHandle(allowedOrigins);
  registerAppIpc(handle, services.commands);
  registerShellIpc(handle);
  registerSessionIpc(handle, services.tokenStore);
  registerFilesIpc(handle, services.fileOpener);
  registerSyncIpc(handle, services.syncStatus);
  registerTalkTrackIpc(handle);
}
