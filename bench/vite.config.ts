import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the benchmark harness page (bench/page) into dist/bench. Separate from the app's config:
 * the harness needs neither React nor the offline shell, and the app build must not include it.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  // Relative URLs: the page is served under /bench/ beside the app's /app/.
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
