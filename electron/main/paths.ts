import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DistPaths {
  /** The sandboxed preload bundle, written next to main.js by scripts/build-electron.mjs. */
  readonly preload: string;
  /** The talk-track overlay's own, narrower preload bundle. */
  readonly talkTrackPreload: string;
  /** The tray's icons, copied from electron/assets/tray by scripts/build-electron.mjs. */
  readonly trayIcons: string;
  /** The Vite build of the renderer, served over app://fieldcase. */
  readonly renderer: string;
}

/**
 * Locates the build outputs from main's own file URL (dist/electron/main.js), so the answer is the
 * same in development, in tests and inside app.asar, whatever the working directory is.
 */
export function resolveDistPaths(mainModuleUrl: string): DistPaths {
  const electronDir = path.dirname(fileURLToPath(mainModuleUrl));
  return {
    preload: path.join(electronDir, 'preload.cjs'),
    talkTrackPreload: path.join(electronDir, 'talk-track-preload.cjs'),
    trayIcons: path.join(electronDir, 'tray'),
    renderer: path.join(electronDir, '..', 'renderer'),
  };
}
