/**
 * Opens a file the renderer holds (collateral, say) with the system's program for it. The bytes
 * go into this run's own temporary folder, each file in a fresh random subfolder so two files of
 * one name never collide and a file still open in another program is never overwritten; the
 * folder is removed when the app quits. The name arrives validated (shared/ipc/files.ts): one
 * plain name with a document extension, so the path cannot leave the folder and the OS opens,
 * never runs, what it gets.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OpenFilePayload } from '../../shared/ipc/index.ts';

export interface FileOpenerOptions {
  /** Where this run's folder is made (the OS temporary folder). */
  readonly tempDir: string;
  /** shell.openPath: resolves to '' on success or to the OS's error message. */
  readonly openPath: (filePath: string) => Promise<string>;
}

export interface FileOpener {
  open(file: OpenFilePayload): Promise<string>;
  /** Removes every file this run wrote. Synchronous: it runs while the app quits. */
  dispose(): void;
}

export function createFileOpener(options: FileOpenerOptions): FileOpener {
  let folder: Promise<string> | null = null;
  let created: string | null = null;
  const runFolder = (): Promise<string> => {
    folder ??= mkdtemp(path.join(options.tempDir, 'fieldcase-open-')).then((made) => {
      created = made;
      return made;
    });
    return folder;
  };

  return {
    async open(file) {
      const root = await runFolder();
      const dir = path.join(root, randomUUID());
      // Owner-only: customer documents do not belong to the other accounts of a shared laptop.
      await mkdir(dir, { mode: 0o700 });
      const filePath = path.join(dir, file.name);
      if (path.dirname(filePath) !== dir) throw new Error('file name escapes its folder');
      await writeFile(filePath, file.bytes, { mode: 0o600, flag: 'wx' });
      const failure = await options.openPath(filePath);
      if (failure !== '') throw new Error(`the system could not open the file: ${failure}`);
      return filePath;
    },
    dispose() {
      if (created !== null) rmSync(created, { recursive: true, force: true });
      created = null;
      folder = null;
    },
  };
}
