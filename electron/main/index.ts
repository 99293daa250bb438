/**
 * Main-process entry: wiring only. Each concern lives in its own module; the order below matters
 * where commented.
 */
import { app, safeStorage, shell } from 'electron';
import { createAppWindows } from './app-windows.ts';
import { createCommandRouter } from './commands.ts';
import { registerIpc } from './ipc/index.ts';
import { createFileOpener } from './open-file.ts';
import { buildAllowedOrigins, parseDevServerUrl } from './origin.ts';
import { resolveDistPaths } from './paths.ts';
import { forwardResumeEvents } from './power.ts';
import { handleAppProtocol, registerAppScheme } from './protocol.ts';
import { installSecurity } from './security.ts';
import { claimSingleInstance } from './single-instance.ts';
import { createSyncStatusBoard } from './sync-status.ts';
import { createTalkTrackHost } from './talk-track.ts';
import { createTokenStore, sessionFilePath } from './token-store.ts';
import { createWindowStateFile } from './window-state.ts';
import { resolveStartUrl } from './window.ts';

const paths = resolveDistPaths(import.meta.url);
const devServer = parseDevServerUrl(process.env['FIELDCASE_DEV_SERVER_URL'], app.isPackaged);
if (!devServer.ok) console.error(`[main] ${devServer.message}; loading the built renderer instead`);
const devServerUrl = devServer.ok ? devServer.value : null;
const allowedOrigins = buildAllowedOrigins(devServerUrl);

const syncStatus = createSyncStatusBoard();
const fileOpener = createFileOpener({ tempDir: app.getPath('temp'), openPath: (filePath) => shell.openPath(filePath) });
const windows = createAppWindows({
  preloadPath: paths.preload,
  startUrl: resolveStartUrl(devServerUrl),
  stateFile: createWindowStateFile(app.getPath('userData')),
  onPageGone: (contentsId) => {
    commands.forget({ id: contentsId });
    syncStatus.forget(contentsId);
  },
  onGiveUp: () => app.quit(),
});
const openWindow = (): void => {
  windows.open().catch((error: unknown) => {
    console.error('[main] could not open a window', error);
  });
};
const commands = createCommandRouter({
  windows: () => windows.all().map((window) => ({
    id: window.webContents.id,
    isDestroyed: () => window.isDestroyed() || window.webContents.isDestroyed(),
    isFocused: () => window.isFocused(),
    send: (channel, command) => window.webContents.send(channel, command),
  })),
  reveal: (target) => {
    const window = windows.all().find((candidate) => candidate.webContents.id === target.id);
    if (window !== undefined) windows.reveal(window);
  },
  openWindow,
});

if (!claimSingleInstance(() => windows.all()[0] ?? null)) {
  app.quit();
} else {
  // Both must run before ready: privileged schemes cannot be registered later, and security
  // listeners must exist before the first webContents is created.
  registerAppScheme();
  installSecurity(allowedOrigins, createTalkTrackHost(paths.talkTrackPreload, allowedOrigins));

  app
    .whenReady()
    .then(() => {
      handleAppProtocol(paths.renderer);
      // After ready: on Linux, safeStorage only knows whether a keyring backs it from then on.
      const tokenStore = createTokenStore({ safeStorage, filePath: sessionFilePath(app.getPath('userData')) });
      registerIpc(allowedOrigins, { tokenStore, fileOpener, syncStatus, commands });
      forwardResumeEvents();
      openWindow();
      // macOS keeps the app alive with no windows; clicking the dock icon reopens one.
      app.on('activate', () => {
        if (windows.all().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('[main] startup failed', error);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    fileOpener.dispose();
  });
}
