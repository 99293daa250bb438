import { shell } from 'electron';
import type { Handle } from './register.ts';

export function registerShellIpc(handle: Handle): void {
  // The payload reached here only through validateOpenExternalPayload, so `url` is a normalised
  // http(s) URL without credentials; never call openExternal with anything else.
  handle('shell:open-external', async ({ url }) => {
    await shell.openExternal(url);
    return null;
  });
}
