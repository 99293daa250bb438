/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import { offlineShellPlugin } from './scripts/offline-shell-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * One config for the renderer build (served by `npm run web`, loaded by Electron over app://)
 * and for the Vitest unit suites of every folder.
 */
export default defineConfig({
  root: `${root}renderer`,
  // Relative asset URLs: the same build works over app://fieldcase/ and http://127.0.0.1.
  base: './',
  plugins: [react(), offlineShellPlugin(`${root}renderer/sw/service-worker.ts`)],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    outDir: `${root}dist/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Loaded from the laptop's disk (app://) or the offline cache, not over a mobile network.
    chunkSizeWarningLimit: 1_024,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    root,
    include: ['{electron,renderer,server,shared,scripts,bench}/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
