import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemChromium } from './tests/helpers/chromium.ts';
import { APP_PORT, E2E_SERVER_URL, SERVER_PORT } from './tests/helpers/e2e-env.ts';
import { findElectronBinary } from './tests/helpers/electron-binary.ts';

/**
 * e2e against `npm run web` (the production build served on 127.0.0.1). The system Chromium is
 * used where there is one (FIELDCASE_CHROMIUM, or Debian's /usr/bin/chromium); elsewhere
 * Playwright's own browser (`npx playwright install chromium`).
 */
const systemChromium = findSystemChromium();

const PORT = APP_PORT;

const electronBinary = findElectronBinary();
// Said once, by the runner (workers load this file too), so a skipped Electron suite is never silent.
if (!electronBinary.found && process.env.TEST_WORKER_INDEX === undefined) {
  console.warn(`[electron] specs skipped: ${electronBinary.reason}`);
}

export default defineConfig({
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'web', testDir: 'tests/e2e' },
    // Electron's own specs skip, saying why, where its binary is not installed.
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: [
    {
      // The web app alone (npm run web adds a demo server and signs in to it; the specs start
      // their own server and sign in themselves).
      command: 'npm run web:app',
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'pipe',
    },
    {
      // The sync server the specs sign in to: demo seed, fresh embedded store, removed after.
      command: 'tsx scripts/e2e-server.ts',
      url: `${E2E_SERVER_URL}/api/v1/health`,
      env: { PORT: String(SERVER_PORT) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
