/**
 * Where Electron's binary is, or why there is none. `npm install` downloads it on a normal
 * machine; where installs ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (CI here, which cannot reach
 * the download host) the electron package has no binary and its specs must say so and skip.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { found: true, path };
    return { found: false, reason: `the electron package points at ${String(path)}, which does not exist` };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      found: false,
      reason:
        `Electron's binary is not installed here (${detail}). It is skipped when installing with ` +
        'ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on machines that cannot reach its download host; ' +
        'run `npm install` where it can to run these specs.',
    };
  }
}
