/**
 * Main-process entry: wiring only. Each concern lives in its own module; the order below matters
 * where commented.
 */
import { app, BrowserWindow, safeStorage } from 'electron';
import { registerIpc } from './ipc/index.ts';
import { buildAllowedOrigins, parseDevServerUrl } from './origin.ts';
import { resolveDistPaths } from './paths.ts';
import { forwardResumeEvents } from './power.ts';
import { handleAppProtocol, registerAppScheme } from './protocol.ts';
import { installSecurity } from './security.ts';
import { claimSingleInstance } from './single-instance.ts';
import { createTokenStore, sessionFilePath } from './token-store.ts';
import { createMainWindow, resolveStartUrl } from './window.ts';

const paths = resolveDistPaths(import.meta.url);
const devServer = parseDevServerUrl(process.env['FIELDCASE_DEV_SERVER_URL'], app.isPackaged);
if (!devServer.ok) console.error(`[main] ${devServer.message}; loading the built renderer instead`);
const devServerUrl = devServer.ok ? devServer.value : null;
const allowedOrigins = buildAllowedOrigins(devServerUrl);

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  const window = createMainWindow({ preloadPath: paths.preload, startUrl: resolveStartUrl(devServerUrl) });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

if (!claimSingleInstance(() => mainWindow)) {
  app.quit();
} else {
  // Both must run before ready: privileged schemes cannot be registered later, and security
  // listeners must exist before the first webContents is created.
  registerAppScheme();
  installSecurity(allowedOrigins);

  app
    .whenReady()
    .then(() => {
      handleAppProtocol(paths.renderer);
      // After ready: on Linux, safeStorage only knows whether a keyring backs it from then on.
      const tokenStore = createTokenStore({ safeStorage, filePath: sessionFilePath(app.getPath('userData')) });
      registerIpc(allowedOrigins, { tokenStore });
      forwardResumeEvents();
      openMainWindow();
      // macOS keeps the app alive with no windows; clicking the dock icon reopens one.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('[main] startup failed', error);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
