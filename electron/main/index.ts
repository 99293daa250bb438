/**
 * Main-process entry: wiring only. Each concern lives in its own module; the order below matters
 * where commented.
 */
import { app, safeStorage, shell } from 'electron';
import { createAppWindows } from './app-windows.ts';
import { createCommandRouter } from './commands.ts';
import { findDeepLink, listenForDeepLinks } from './deep-links.ts';
import { registerIpc } from './ipc/index.ts';
import { installApplicationMenu } from './menu.ts';
import { notifySyncChanges } from './notifications.ts';
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
import { createSyncTray } from './tray.ts';
import { applyUserDataOverride } from './user-data.ts';
import { checkForUpdatesIfConfigured } from './updater.ts';
import { createWindowStateFile } from './window-state.ts';
import { resolveStartUrl } from './window.ts';

// First: everything below reads the profile folder, and the single-instance lock lives in it.
applyUserDataOverride(app, process.env['FIELDCASE_USER_DATA_DIR']);
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
const reportOpenFailure = (error: unknown): void => {
  console.error('[main] could not open a window', error);
};
const openWindow = (): void => {
  windows.open().catch(reportOpenFailure);
};
// Before ready nothing can open; the window opened at ready picks up whatever waited.
const ensureWindow = (): void => {
  if (app.isReady()) windows.ensureOne().catch(reportOpenFailure);
};
const commands = createCommandRouter({
  windows: () => windows.commandTargets(),
  reveal: (target) => windows.revealContents(target.id),
  openWindow: ensureWindow,
});

const dispatchLink = (argv: readonly string[]): void => {
  const command = findDeepLink(argv);
  if (command !== null) commands.dispatch(command);
};

if (!claimSingleInstance(() => windows.all()[0] ?? null, dispatchLink)) {
  app.quit();
} else {
  // These run before ready: privileged schemes cannot be registered later, security listeners
  // must exist before the first webContents is created, and macOS sends the link that launched
  // the app right after will-finish-launching.
  registerAppScheme();
  installSecurity(allowedOrigins, createTalkTrackHost(paths.talkTrackPreload, allowedOrigins));
  listenForDeepLinks((command) => commands.dispatch(command));
  // Windows and Linux pass the link that launched the app on the command line; it waits in the
  // router until the first window listens.
  dispatchLink(process.argv);

  app
    .whenReady()
    .then(() => {
      handleAppProtocol(paths.renderer);
      // After ready: on Linux, safeStorage only knows whether a keyring backs it from then on.
      const tokenStore = createTokenStore({ safeStorage, filePath: sessionFilePath(app.getPath('userData')) });
      registerIpc(allowedOrigins, { tokenStore, fileOpener, syncStatus, commands });
      forwardResumeEvents();
      installApplicationMenu({ platform: process.platform, isPackaged: app.isPackaged }, {
        dispatch: (command) => commands.dispatch(command),
        newWindow: openWindow,
      });
      createSyncTray({
        iconDir: paths.trayIcons,
        board: syncStatus,
        actions: {
          openWindow: () => {
            windows.revealOrOpen().catch(reportOpenFailure);
          },
          dispatch: (command) => commands.dispatch(command),
          quit: () => app.quit(),
        },
      });
      notifySyncChanges(syncStatus, (command) => commands.dispatch(command));
      checkForUpdatesIfConfigured({ isPackaged: app.isPackaged, envUrl: process.env['FIELDCASE_UPDATE_URL'], resourcesPath: process.resourcesPath });
      ensureWindow();
      // macOS keeps the app alive with no windows; clicking the dock icon reopens one.
      app.on('activate', () => {
        ensureWindow();
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
