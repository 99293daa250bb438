import type { TokenStore } from '../token-store.ts';
import { registerAppIpc } from './app.ts';
import { createHandle } from './register.ts';
import { registerSessionIpc } from './session.ts';
import { registerShellIpc } from './shell.ts';

/** The main-process services that handlers answer from, built by index.ts once the app is ready. */
export interface IpcServices {
  readonly tokenStore: TokenStore;
}

/** Registers every namespace's handlers; each namespace lives in its own file. */
export function registerIpc(allowedOrigins: ReadonlySet<string>, services: IpcServices): void {
  const handle = createHandle(allowedOrigins);
  registerAppIpc(handle);
  registerShellIpc(handle);
  registerSessionIpc(handle, services.tokenStore);
}
