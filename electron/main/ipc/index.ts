import { registerAppIpc } from './app.ts';
import { createHandle } from './register.ts';
import { registerShellIpc } from './shell.ts';

/** Registers every namespace's handlers; each namespace lives in its own file. */
export function registerIpc(allowedOrigins: ReadonlySet<string>): void {
  const handle = createHandle(allowedOrigins);
  registerAppIpc(handle);
  registerShellIpc(handle);
}
