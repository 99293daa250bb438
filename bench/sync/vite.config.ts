import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the sync comparison's page (bench/sync/page) into dist/bench-sync: the app's database
 * and sync code on one side, pouchdb-browser on the other, in one bundle served under /sync/.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench-sync', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Readable CPU profiles (FIELDCASE_SYNC_BENCH_PROFILE): names and lines as in the sources.
    minify: false,
    // A bench page: the size warning says nothing useful here.
    chunkSizeWarningLimit: 4_000,
  },
});
