import type { FileOpener } from '../open-file.ts';
import type { Handle } from './register.ts';

export function registerFilesIpc(handle: Handle, opener: FileOpener): void {
  // The payload passed validateOpenFilePayload: a plain document file name and bounded bytes.
  handle('files:open-with-system', async (file) => {
    await opener.open(file);
    return null;
  });
}
